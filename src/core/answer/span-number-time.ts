/**
 * A count or sum asked for a time, read from a sentence that gives one figure per time: "How many
 * women took vows last year?" over "... has trebled from 15 in 2009 to 45 last year" is 45, and
 * "How many ... in 2009?" is 15. News copy compares figures this way all the time ("rose from X in
 * 2019 to Y this year"); the span model reads both numbers as alike. The figure whose own time
 * phrase (right after it) is the question's is the answer.
 */
import { Cls, type Token } from './spans.ts';
import { isYear, YEAR_DIGITS } from '../text/years.ts';
import { isCurrencyWord } from '../text/currency-words.ts';
import { fullMonthIndex } from '../text/calendar-words.ts';

const ASKED_YEAR = new RegExp(`\\b(?:in|during|by)\\s+(${YEAR_DIGITS})\\b`, 'i');
/** Words that open another clause: a time phrase after them is not the figure's. */
const CLAUSE_JOIN = /^(?:and|but|or|while|whereas|than)$/;
/** A share's word after its figure ("2.6 percent"). */
const PERCENT = /^(?:percent|%)$/;
/** A capitalised word after "in/during", not followed by a day ("in February", not "in May 5"): a month asked when it is one. */
const ASKED_IN = /\b(?:in|during)\s+(\p{Lu}\p{Ll}+)\b(?!\s+\d)/gu;

/** "four years ago", "a year earlier", "two months before". */
const AGO = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(years?|months?|weeks?|days?)\s+(?:ago|earlier|before)\b/i;

/** A "what" question that asks a figure by its noun ("What was net profit a year earlier?"). */
const FIGURE_ASKED = /^what\s+(?:was|were|is|are)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?(?:profit|revenue|sales|price|cost|rate|turnout|income|earnings|loss|debt|deficit|salary|budget|output|population|figure|total)s?\b/i;

/** The time a question asks about: a year after "in/during/by", or "last/this/next year/month/week/season". */
function askedTime(q: string): string[] | null {
  const year = ASKED_YEAR.exec(q);
  if (year) return [year[1]];
  // ("inflation eased to 2.6 percent in February from 3.1 percent in January".)
  const month = [...q.matchAll(ASKED_IN)].find((m) => fullMonthIndex(m[1]) >= 0);
  if (month) return [month[1].toLowerCase()];
  const rel = /\b(last|this|next)\s+(year|month|week|season)\b/i.exec(q);
  if (rel) return [rel[1].toLowerCase(), rel[2].toLowerCase()];
  // "four years ago", "a year earlier": the time back from the story's.
  const ago = AGO.exec(q);
  return ago ? [ago[1].toLowerCase().replace(/^an?$/, 'one'), ago[2].toLowerCase().replace(/s$/, ''), 'ago'] : null;
}

/** Does a time phrase start at token `k` ("in 2009", "last year"), and which words does it say? */
function timeAt(toks: readonly Token[], k: number): string[] | null {
  const t = toks[k];
  if (!t) return null;
  if ((t.lower === 'in' || t.lower === 'during' || t.lower === 'by') && isYear(toks[k + 1]?.text ?? '')) return [toks[k + 1].text];
  if ((t.lower === 'in' || t.lower === 'during') && fullMonthIndex(toks[k + 1]?.lower ?? '') >= 0 && toks[k + 2]?.cls !== Cls.Num) return [toks[k + 1].lower];
  if (/^(last|this|next)$/.test(t.lower) && /^(year|month|week|season)$/.test(toks[k + 1]?.lower ?? '')) return [t.lower, toks[k + 1].lower];
  const ago = AGO.exec(toks.slice(k, k + 3).map((x) => x.text).join(' '));
  if (ago && ago.index === 0) return [ago[1].toLowerCase().replace(/^an?$/, 'one'), ago[2].toLowerCase().replace(/s$/, ''), 'ago'];
  return null;
}

/**
 * The span [i, j] moved to the figure of the asked time, or null: only when the question names a
 * time, the sentence writes two or more figures each followed by its own time phrase, exactly one of
 * them is the question's, and the chosen span is on another of them; or one figure is timed as asked
 * (an earlier time, a year: "Turnout was 58 percent, up from 49 percent at the last election in
 * 2021") and the span is on a figure with no time of its own, the story's.
 */
export function figureForAskedTime(q: string, toks: readonly Token[], i: number, j: number): [number, number] | null {
  const asked = askedTime(q);
  if (!asked) return null;
  const timed: { k: number; same: boolean }[] = [];
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].cls !== Cls.Num || isYear(toks[k].text)) continue;
    // The figure's own time phrase, right after it (a unit word between: "15 women in 2009").
    let n = k + 1;
    // (Or a few words more, within its clause: "49 percent at the last election in 2021".)
    while (n < toks.length && n - k <= 6 && !timeAt(toks, n) && toks[n].isWord && toks[n].cls !== Cls.Num && !CLAUSE_JOIN.test(toks[n].lower)) n++;
    const when = timeAt(toks, n);
    if (when) timed.push({ k, same: when.join(' ') === asked.join(' ') });
  }
  const same = timed.filter((t) => t.same);
  // ("77.2%, up from 76.4% four years ago": a figure with no time of its own is the story's, so a
  // span on it, or holding both, gives the asked earlier time's alone.)
  const untimedInSpan = toks.slice(i, j + 1).some((t, x) => t.cls === Cls.Num && !isYear(t.text) && !timed.some((y) => y.k === i + x));
  // ("What was net profit a year earlier?" over "fell to 212 million dollars from 342 million a year
  // earlier", the span on no figure at all: the question asks a figure by its noun, and one is timed so.)
  const noFigure = FIGURE_ASKED.test(q) && !toks.slice(i, j + 1).some((t) => t.cls === Cls.Num);
  if (same.length !== 1 || (timed.length < 2 && !((asked.includes('ago') || asked[0] === 'last' || /^\d{4}$/.test(asked[0])) && (untimedInSpan || noFigure)))) return null;
  const k = same[0].k;
  // (The whole written number: "342 million" when its time phrase follows "million".)
  let from = k;
  while (from > 0 && toks[from - 1].cls === Cls.Num && !isYear(toks[from - 1].text)) from--;
  const unit = withUnit(toks, k, toks.length - 1);
  const figure: [number, number] = [toks[from - 1] && /^[$£€¥]$/.test(toks[from - 1].text) ? from - 1 : from, unit];
  if (timed.length < 2) return figure;
  // (A span holding the asked figure and another timed one is cut to the asked one.)
  if (k >= i && k <= j && !timed.some((t) => !t.same && t.k >= i && t.k <= j)) return null;
  // The chosen span must be on another timed figure (not somewhere else in the sentence).
  if (!timed.some((t) => !t.same && t.k >= i && t.k <= j)) return null;
  return figure;
}

/** The last token of the figure ending at `k` with its unit ("2.6 percent", "10 per cent", "2.75 crowns"), within `limit`. */
function withUnit(toks: readonly Token[], k: number, limit: number): number {
  const next = toks[k + 1];
  if (next && k + 1 <= limit && (isCurrencyWord(next.lower, toks[k].lower) || PERCENT.test(next.lower))) return k + 1;
  if (next?.lower === 'per' && toks[k + 2]?.lower === 'cent' && k + 2 <= limit) return k + 2;
  return k;
}

/** A question asking the figure a change arrived at ("the new forecast") or left ("the previous one"). */
const ASKED_NEW = /\b(?:new|latest|revised|current)\b/i;
const ASKED_OLD = /\b(?:previous|old|earlier|prior|original|former)\b/i;

/**
 * "What is the new growth forecast?" over "lowered its growth forecast to 0.8 percent from 1.2
 * percent": a span holding both figures of a change is cut to the one asked, the figure after
 * "to" for a new one, after "from" for an old one. Null unless the question asks one and the span
 * holds both "to <figure>" and "from <figure>".
 */
export function figureOfChangeAsked(q: string, toks: readonly Token[], i: number, j: number): [number, number] | null {
  const asksNew = ASKED_NEW.test(q);
  if (asksNew === ASKED_OLD.test(q)) return null;
  const figureAfter = (word: string): [number, number] | null => {
    for (let k = i; k < j; k++) {
      if (toks[k].lower !== word || toks[k + 1]?.cls !== Cls.Num || isYear(toks[k + 1].text)) continue;
      let end = k + 1;
      while (end + 1 <= j && toks[end + 1].cls === Cls.Num && !isYear(toks[end + 1].text)) end++;
      return [k + 1, withUnit(toks, end, j)];
    }
    return null;
  };
  const to = figureAfter('to');
  const from = figureAfter('from');
  if (!to || !from) return null;
  return asksNew ? to : from;
}
