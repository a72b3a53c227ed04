/**
 * "How many babies named Dexter were born in 2013?": a count restricted to those given a name (or
 * called one) is said where that name is. "Just 28 of 700,000 babies born in the UK in 2013" counts
 * every baby, not the Dexters ("dexter (there were 1,019 born in 2013)"). The count pattern reads
 * only sentences that hold the name (a plural of it too: "235 garys"); with none, it gives no
 * answer and the span model reads the article under its own answerability check.
 */
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

/** The name a "How many ... named / called X ...?" question restricts its count to, or null. */
export function countedName(q: string): string | null {
  const m = /^how many\b.*?\b(?:named|called|given the name)\s+["“']?([\p{L}][\p{L}'’-]*)/iu.exec(q.trim());
  return m ? m[1].replace(/['’]s$/u, '') : null;
}

/** The sentences (of those ranked) that write the name the question's count is restricted to. */
export function sentencesNaming<T extends { sentence: number }>(q: string, texts: readonly { text: string }[], ranked: readonly T[]): readonly T[] {
  const name = countedName(q);
  if (!name) return ranked;
  const re = new RegExp(`(?<![\\p{L}])${esc(name)}(?:s|es)?(?![\\p{L}])`, 'iu');
  return ranked.filter((r) => re.test(texts[r.sentence]?.text ?? ''));
}

/** "How many babies named Dexter ...?" answered from a sentence that never writes "Dexter": it counts others. */
export function countsOthersThanNamed(q: string, sentenceText: string): boolean {
  return sentencesNaming(q, [{ text: sentenceText }], [{ sentence: 0 }]).length === 0;
}

/**
 * "How many babies named Hermione ...?" over "rihanna (60 born in 2013), hermione (77) and paris
 * (107)": the figure a list gives in brackets right after the name ("dexter (there were 1,019 born
 * in 2013)"). The sentence's index and the figure, or null.
 */
export function bracketedFigureOfName(q: string, texts: readonly { text: string }[], ranked: readonly { sentence: number }[]): { sentence: number; text: string } | null {
  const name = countedName(q);
  if (!name) return null;
  const re = new RegExp(`(?<![\\p{L}])${esc(name)}(?:s|es)?\\s*\\((?:there (?:were|was|are|is)\\s+)?((?:(?:about|around|nearly|almost|more than|fewer than|just|only|some|over|under)\\s+)?\\d[\\d,.]*)(?=[\\s)])`, 'iu');
  for (const r of ranked) {
    const m = re.exec(texts[r.sentence]?.text ?? '');
    if (m) return { sentence: r.sentence, text: m[1].replace(/[.,]$/, '') };
  }
  return null;
}
