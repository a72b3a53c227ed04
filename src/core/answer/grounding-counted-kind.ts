/**
 * A count of another kind of the thing asked. "How many passport applications were approved?"
 * over "just 2,191 compensation applications were approved"; "How many MS-13 members were
 * transferred?" over "In all 1,177 Barrio 18 members were transferred"; "How many US troops ...?"
 * over "up to 25,000 Iraqi troops": the sentence counts the noun asked, but says with its own
 * word which of them it counts, and never says the question's word. A reporter writes the kind
 * beside the count when it matters, so the count is of the other kind.
 *
 * The question's kind is a word between "how many" and the counted noun that is a noun or a name
 * ("passport", "MS-13", "US"), not an adjective a story may paraphrase ("new", "extra"); the
 * sentence's is a word between the count and the same noun.
 */
import { tollOfOtherKind } from './grounding-toll.ts';
import type { Token } from './spans.ts';
import { Cls, isStop, stem, tokenize } from './spans.ts';
import { writtenAs, says } from './grounding-restrictor.ts';

/** Words that end the counted phrase of "How many X Y ...?". */
const AUX = /^(?:are|were|is|was|did|does|do|has|have|had|will|would|can|could|should|may|might|must|in|on|at|of|for|from|to|by|with|per)$/;

/** The counted noun and the kind words before it in "How many <kind...> <noun> ...?", or null. */
function askedCount(question: string): { noun: string; kinds: Token[] } | null {
  const toks = tokenize(question.trim()).filter((t) => t.isWord);
  const at = toks.findIndex((t, k) => t.lower === 'how' && toks[k + 1]?.lower === 'many');
  if (at < 0) return null;
  const phrase: Token[] = [];
  for (const t of toks.slice(at + 2)) {
    if (AUX.test(t.lower)) break;
    phrase.push(t);
  }
  if (phrase.length < 2 || phrase.length > 4) return null;
  const noun = phrase[phrase.length - 1];
  // A noun or a name used as a kind ("passport applications", "MS-13 members", "US troops"); adjectives are paraphrased too often.
  const kinds = phrase.slice(0, -1).filter((t) => !isStop(t.lower) && (t.cls === Cls.Cap || t.cls === Cls.Noun || /^\p{Lu}/u.test(t.text) || /\d/.test(t.text)));
  return kinds.length ? { noun: noun.stem, kinds } : null;
}

/** Why the count `answer` in `sentence` counts another kind than asked, or null. */
export function countOfOtherKind(question: string, sentence: readonly Token[], text: string, answer: string): string | null {
  // (A toll of the injured for one of the dead, or the other way: grounding-toll.ts.)
  const toll = tollOfOtherKind(question, text, answer);
  if (toll) return toll;
  const asked = askedCount(question);
  if (!asked) return null;
  // The question's kind said anywhere in the sentence (or a form of a name: "U.S." / "American").
  if (asked.kinds.some((t) => sentence.some((s) => s.stem === t.stem || s.stem === stem(t.lower)) || (/^\p{Lu}/u.test(t.text) && says(text, writtenAs(t.text))))) return null;
  const figure = tokenize(answer).filter((t) => t.isWord).pop();
  if (!figure) return null;
  const at = sentence.findIndex((t) => t.text === figure.text);
  if (at < 0) return null;
  // The same noun within three words after the count, with a word of its own kind between ("2,191 compensation applications").
  for (let j = at + 1; j <= at + 4 && j < sentence.length; j++) {
    if (sentence[j].stem !== asked.noun) continue;
    // (A word the question says too is no other kind: "about five new cases" for "How many new HIV cases".)
    const qStems = new Set(tokenize(question).map((t) => t.stem));
    const between = sentence.slice(at + 1, j).filter((t) => t.isWord && !isStop(t.lower) && !qStems.has(t.stem));
    return between.length ? `counts ${between.map((t) => t.text).join(' ')} ${sentence[j].text}, not ${asked.kinds.map((t) => t.text).join(' ')} ones` : null;
  }
  return null;
}
