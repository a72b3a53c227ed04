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
import { HYPHEN_LENGTH } from '../text/time-words.ts';

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
 * one number-and-unit the sentence writes ("seven years"), or the one length it writes without a
 * figure ("for more than a week", "a quarter of an hour", "the past decade", "the two-hour flight");
 * null when the span has a unit already, or the sentence has none or several.
 */
export function lengthForHowLong(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): [number, number] | null {
  if (info.wh !== 'how long') return null;
  // (The sentence must name whoever the question names: "How long was Lisa Ward jailed for?" is not
  // answered by "A 34-year-old man was jailed for 12 years".)
  const names = namesAsked(q).map((w) => w.toLowerCase());
  if (!names.every((n) => toks.some((t) => t.lower === n))) return null;
  if (toks.slice(i, j + 1).some((t) => LENGTH_UNIT.test(t.lower) || /-(?:year|month|week|day|hour|minute)(?:-long)?$/i.test(t.lower))) return null;
  const lengths: [number, number][] = [];
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k].lower;
    if (k > 0 && LENGTH_UNIT.test(w) && toks[k - 1].cls === Cls.Num && !isYear(toks[k - 1].text)) lengths.push([k - 1, k]);
    // "for more than a week", "over the past decade": a unit after "a" / "the past" is a length too.
    // (Not a point in time reckoned from another: "a week after Warnock had been installed".)
    else if (/^(?:after|before|later|ago|earlier|since)$/.test(toks[k + 1]?.lower ?? '')) continue;
    else if (k > 0 && LENGTH_UNIT.test(w) && /^(?:a|an)$/.test(toks[k - 1].lower)) lengths.push([lengthStart(toks, k - 1), k]);
    else if (k > 1 && LENGTH_UNIT.test(w) && /^(?:past|last)$/.test(toks[k - 1].lower) && toks[k - 2].lower === 'the') lengths.push([k - 2, k]);
    // "the two-hour flight".
    else if (HYPHEN_LENGTH.test(toks[k].text)) lengths.push([k, k]);
  }
  return lengths.length === 1 ? lengths[0] : null;
}

/** Where "a week" / "an hour" starts: "more than a week", "half an hour", "a quarter of an hour". */
function lengthStart(toks: readonly Token[], a: number): number {
  const w = (k: number) => toks[k]?.lower ?? '';
  if (w(a - 1) === 'than' && /^(?:more|less)$/.test(w(a - 2))) return a - 2;
  if (w(a - 1) === 'half') return a - 1;
  if (w(a - 1) === 'of' && /^(?:quarter|half|third)$/.test(w(a - 2)) && /^(?:a|an|one|three)$/.test(w(a - 3))) return a - 3;
  return a;
}
