/**
 * "What is the officer's condition?" over "he was taken to Leeds General Infirmary, where his
 * condition is described as stable": a hospital report writes a condition in fixed ways ("his
 * condition is stable", "in a critical condition", "in serious but stable condition"). The span
 * model read the hospital's name as the answer.
 */
import type { PreparedArticle } from './prepare.ts';
import { stem } from './spans.ts';
import type { PatternResult } from './patterns-typed.ts';

/** Words a condition is given in. */
const STATE = '((?:(?:very|extremely|critical|serious|stable|fair|good|poor|grave|comfortable|satisfactory|life-threatening)(?:,?\\s+(?:but|and)\\s+)?){1,3})';
const SHAPES = [
  new RegExp(`\\bcondition\\s+(?:is|was|remains|remained|has been|had been)\\s+(?:described|listed|said to be|reported)?\\s*(?:as\\s+)?${STATE}`, 'i'),
  new RegExp(`\\bin\\s+(?:a\\s+)?${STATE}\\s+condition\\b`, 'i'),
];

/** The condition of the one asked about, from the best-ranked sentence that names them (or says he/she/his/her); null when the question is not this shape. */
export function condition(q: string, prep: PreparedArticle, ranked: readonly { sentence: number }[]): PatternResult | null {
  const m = /^(?:what\s+(?:is|was)\s+(?:the\s+)?(.+?)['’]s?\s+condition|what\s+condition\s+(?:is|was|are|were)\s+(?:the\s+)?(.+?)\s+in|how\s+(?:is|was)\s+(?:the\s+)?(.+?)\s+doing)\s*\??$/i.exec(q.trim());
  if (!m) return null;
  const who = (m[1] ?? m[2] ?? m[3]).split(/\s+/);
  const last = stem(who[who.length - 1].toLowerCase());
  for (const r of ranked) {
    const s = prep.sentences[r.sentence];
    if (!s.tokens.some((t) => t.stem === last || /^(?:he|she|his|her|their|they)$/.test(t.lower))) continue;
    for (const re of SHAPES) {
      const x = re.exec(s.text);
      if (x) return { text: x[1].trim().replace(/,$/, ''), sentence: r.sentence, kind: 'unique' };
    }
  }
  return null;
}
