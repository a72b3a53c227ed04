/**
 * "What is a caretaker government?": a question that asks what a kind of thing is. News copy
 * answers it only where a sentence says so: the thing, then "is"/"are"/"means"/"refers to"
 * ("A caretaker government is one that ..."), or the thing set off by a comma and "a"/"an"/"the"
 * ("a caretaker government, one that ..."). Any other sentence that names it only uses it.
 */
import { stem, type Token } from './spans.ts';

const DEFINITION_ASKED = /^what\s+(?:is|are)\s+(?:a|an)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,3})\s*\??$/iu;
const SAYS_WHAT = /^(?:is|are|was|were|means|mean|refers|describes|,)$/i;

/** The question asks what a kind of thing is, and the sentence never says it of the thing's last word. */
export function definitionWithout(question: string, sentence: readonly Token[]): boolean {
  const m = DEFINITION_ASKED.exec(question.trim());
  if (!m) return false;
  const head = stem(m[1].split(/\s+/).pop()!.toLowerCase());
  return !sentence.some((t, k) => t.stem === head && SAYS_WHAT.test(sentence[k + 1]?.text ?? ''));
}

/**
 * "What is a caretaker government?" over "A caretaker government is one that stays in office
 * until elections, she said.": what the sentence says the thing is, without its credit. News
 * copy only (the caller decides); null when no sentence says it.
 */
export function definitionAnswer(question: string, sentences: readonly { text: string }[]): { text: string; sentence: number } | null {
  const m = DEFINITION_ASKED.exec(question.trim());
  if (!m) return null;
  const thing = m[1].trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const re = new RegExp(String.raw`\b${thing}s?\s+(?:is|are|means|refers\s+to)\s+(.{8,}?)(?:,\s+(?:\p{Ll}+\s+){0,3}(?:said|says|told)\b.*)?[.]?$`, 'iu');
  for (let k = 0; k < sentences.length; k++) {
    const x = re.exec(sentences[k].text);
    if (x) return { text: x[1].trim(), sentence: k };
  }
  return null;
}
