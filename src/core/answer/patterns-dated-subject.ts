/**
 * "Which party called for an end to the boycott?" over "Bosnia's ruling Moslem nationalist party on
 * Friday called on its refugee voters to end a boycott": wire copy puts the day between the subject
 * and its verb ("The U.S. Treasury Department on Wednesday denied ...", "Afrikaners on Saturday
 * revived their campaign"), and a span reader then offers the day for "who". The answer is the
 * subject that opens the sentence, when the word after the day is the question's verb and the
 * sentence says the rest of the question.
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { sentenceStems, stems } from './patterns-change.ts';
import { stem } from './spans.ts';

const ASKS_DOER = /^(?:who|which\s+[\p{L}-]+|what\s+(?:group|party|company|country|agency|body|organi[sz]ation|department|court|team|side|government))\s+(\p{Ll}+ed|\p{Ll}+)\b(.*)$/iu;
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** The sentence's opening subject (up to eight words, no comma), "on <day>", and the verb. */
const OPENING = new RegExp(String.raw`^((?:[\p{L}\d'’.&-]+\s+){0,7}?[\p{L}\d'’.&-]+)\s+(?:on|late on|early on)\s+${DAY}\s+(\p{Ll}+)\b`, 'u');

export function subjectBeforeDay(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = ASKS_DOER.exec(q.trim().replace(/[?.!]+$/, ''));
  if (!m || /^(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)$/i.test(m[1])) return null;
  const verb = stem(m[1].toLowerCase());
  const needed = stems(m[2]);
  for (const r of ranked.slice(0, 5)) {
    const s = prep.sentences[r.sentence];
    const x = OPENING.exec(s.text.trim());
    if (!x || stem(x[2].toLowerCase()) !== verb) continue;
    const have = sentenceStems(s.tokens);
    if (!needed.every((w) => have.has(w))) continue;
    return { text: x[1], sentence: r.sentence, kind: 'unique' };
  }
  return null;
}
