/**
 * "How much would Manchester City pay for Sterling?" over "Sterling is wanted by manchester city this
 * summer for £50million as he stalls over new contract": a long span that holds one figure answers a
 * "how much/how many" question with that figure, not the clause around it. (The news span repairs
 * that do this in copy written with capitals, span-news.ts, need capitals; this needs none.)
 */
import { Cls, type Token } from './spans.ts';
import type { QuestionInfo } from './question-type.ts';
import { isYear } from '../text/years.ts';
import { isCurrencyWord } from '../text/currency-words.ts';
import { namesAsked } from './patterns-typed.ts';

/** Fewest words a span must have before it is cut to its figure. */
const LONG = 4;

/** The span [i, j] cut to its one figure (with a currency sign before it), or null. */
export function figureInLongSpan(info: QuestionInfo, toks: readonly Token[], i: number, j: number): [number, number] | null {
  if (info.wh !== 'how much' && info.wh !== 'how many') return null;
  let words = 0;
  const figures: [number, number][] = [];
  for (let k = i; k <= j; k++) {
    if (toks[k].isWord) words++;
    if (toks[k].cls !== Cls.Num || isYear(toks[k].text) || /^(one|a|an)$/.test(toks[k].lower)) continue;
    const last = figures[figures.length - 1];
    if (last && last[1] === k - 1) last[1] = k;
    else figures.push([k, k]);
  }
  if (words < LONG || figures.length !== 1) return null;
  const [a, b] = figures[0];
  // (A currency name after it stays: "1.50 crowns per share" is "1.50 crowns", not a time "1.50".)
  const end = b < j && isCurrencyWord(toks[b + 1].lower, toks[b].lower) ? b + 1 : b;
  return [a > i && /^[$£€¥]$/.test(toks[a - 1].text) ? a - 1 : a, end];
}

/** Words of a length of time. */
const LENGTH_UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)$/;

/**
 * "How long were participants followed?" answered by "79" of "aged 40 to 79 for an average of
 * seven years": a length is a number with its unit of time. A span with no such unit moves to the
 * one number-and-unit the sentence writes ("seven years"); null when the span has a unit already,
 * or the sentence has none or several.
 */
export function lengthForHowLong(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): [number, number] | null {
  if (info.wh !== 'how long') return null;
  // (The sentence must name whoever the question names: "How long was Lisa Ward jailed for?" is not
  // answered by "A 34-year-old man was jailed for 12 years".)
  const names = namesAsked(q).map((w) => w.toLowerCase());
  if (!names.every((n) => toks.some((t) => t.lower === n))) return null;
  if (toks.slice(i, j + 1).some((t) => LENGTH_UNIT.test(t.lower) || /-(?:year|month|week|day|hour|minute)(?:-long)?$/i.test(t.lower))) return null;
  const lengths: number[] = [];
  for (let k = 1; k < toks.length; k++) if (LENGTH_UNIT.test(toks[k].lower) && toks[k - 1].cls === Cls.Num && !isYear(toks[k - 1].text)) lengths.push(k);
  return lengths.length === 1 ? [lengths[0] - 1, lengths[0]] : null;
}
