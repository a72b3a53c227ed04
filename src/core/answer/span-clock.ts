/**
 * "What time did the incident happen?" over "The incident happened at about 21:15 BST on Friday":
 * the span model may take the day; a clock time asked is the sentence's one clock time ("about
 * 21:15 BST", "around 9.30pm"). When the sentence holds no clock time, or several, the span stays.
 */
import { TIME_SHAPE, TIME_UNIT } from './grounding-shapes.ts';
import type { Token } from './spans.ts';
import type { SpanRange } from './span-names.ts';

/** "What time ...?", "At what time ...?" (not "what time period / frame / zone / span"). */
const CLOCK_ASKED = /^(?:at\s+)?what time\b(?!\s+(?:period|frame|zone|span|limit|scale))/i;
/** Words a reporter writes before a clock time that belong to it. */
const ROUGHLY = /^(?:about|around|approximately|roughly|shortly|just|some)$/;

/** Is token k a clock time ("21:15", "9.30pm", "noon", or "9" before "pm")? */
function clockAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k].text;
  if (TIME_SHAPE.test(t) && !/^\d{1,2}(?:s|secs?|mins?|hrs?)$/i.test(t)) return true;
  return /^\d{1,2}$/.test(t) && /^(?:am|pm|a\.m\.?|p\.m\.?|o'clock)$/i.test(toks[k + 1]?.text ?? '');
}

/** The sentence's one clock time, when a clock time is asked and the span has none; else null. */
export function clockTimeAsked(q: string, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (!CLOCK_ASKED.test(q.trim())) return null;
  for (let k = i; k <= j; k++) if (clockAt(toks, k)) return null;
  const at: number[] = [];
  for (let k = 0; k < toks.length; k++) if (clockAt(toks, k)) at.push(k);
  if (at.length !== 1) return null;
  let from = at[0];
  let end = at[0];
  while (end + 1 < toks.length && TIME_UNIT.test(toks[end + 1].lower)) end++;
  if (from > 0 && ROUGHLY.test(toks[from - 1].lower)) from--;
  return [from, end];
}

/**
 * "Since when has she suffered depression?" over "since she was 14": a time written as an age
 * is answered whole ("since she was 14"), not by its bare number.
 */
export function ageAsTime(expectsDate: boolean, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (!expectsDate || i < 3 || !/^\d{1,3}$/.test(toks[i].text)) return null;
  if (!/^(?:was|were)$/.test(toks[i - 1].lower) || !/^(?:he|she|i|they|we|you)$/.test(toks[i - 2].lower) || !/^(?:since|when|until)$/.test(toks[i - 3].lower)) return null;
  return [i - 3, j];
}

/** "By what percentage did the Dow rise?", "What per cent of ...?": a figure in per cent asked. */
const PERCENT_ASKED = /\b(?:what|which)\s+(?:percentage|per ?cent|percent)\b|\bhow many\s+per ?cent\b/i;
/** A figure in per cent: "0.44%", or a number before "percent" / "per cent". */
export function percentAt(toks: readonly Token[], k: number): number {
  if (/^\d[\d,.]*%$/.test(toks[k].text)) return k;
  if (!/^\d[\d,.]*$/.test(toks[k].text)) return -1;
  if (/^(?:percent|pct)$/i.test(toks[k + 1]?.text ?? '')) return k + 1;
  if (/^per$/i.test(toks[k + 1]?.text ?? '') && /^cent$/i.test(toks[k + 2]?.text ?? '')) return k + 2;
  return -1;
}

/**
 * "By what percentage did the Dow rise?" over "The Dow Jones rose 78 points, or 0.44%, to
 * 17,918.62": a figure in per cent asked is the sentence's one per-cent figure, not its points.
 */
export function percentAsked(q: string, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (!PERCENT_ASKED.test(q)) return null;
  for (let k = i; k <= j; k++) if (percentAt(toks, k) >= 0 || /%|^per$|^percent$/i.test(toks[k].text)) return null;
  const found: SpanRange[] = [];
  for (let k = 0; k < toks.length; k++) {
    const e = percentAt(toks, k);
    if (e >= 0) found.push([k, e]);
  }
  return found.length === 1 ? found[0] : null;
}

/** "At what level did the Dow close?", "What level did the index reach?": an index's level asked. */
const LEVEL_ASKED = /^(?:at\s+|to\s+)?what level (?:did|does|do|has|had|was|were|is)\b/i;

/**
 * "At what level did the Dow close?" over "The Dow Jones rose 78 points, or 0.44%, to 17,918.62":
 * a market report gives the level after "to" (or "at") following the change; the span model may
 * take the change. The sentence's one figure after "to" / "at", when the span holds none.
 */
export function levelAsked(q: string, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (!LEVEL_ASKED.test(q.trim())) return null;
  const level = (k: number) => /^(?:to|at)$/.test(toks[k - 1]?.lower ?? '') && /^\d[\d,]*\.?\d*$/.test(toks[k].text) && /[,.]/.test(toks[k].text);
  for (let k = i; k <= j; k++) if (level(k)) return null;
  const found = toks.map((_, k) => k).filter(level);
  return found.length === 1 ? [found[0], found[0]] : null;
}

/** "What is the unemployment rate?", "What was inflation?": a level asked of a named measure. */
const MEASURE_ASKED = /^what (?:is|was|are|were) (?:the |its |their |[\p{Lu}][\p{L}.'’-]* )?(?:current |annual |latest |jobless )?([\p{Ll}-]+)(?: rate| level| figure)?\s*\??$/iu;

/**
 * "What is the unemployment rate?" over "... cut its growth estimate to 1.1 percent from 1.6
 * percent and said unemployment, now 6.4 percent, was likely to rise": a measure's level set off
 * by commas right after its name ("unemployment, now 6.4 percent,") is its level now; the span
 * model may take another figure of the sentence.
 */
export function figureInApposition(q: string, toks: readonly Token[], i: number, j: number): SpanRange | null {
  const m = MEASURE_ASKED.exec(q.trim());
  if (!m) return null;
  const asked = m[1].toLowerCase();
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].lower !== asked || toks[k + 1].text !== ',') continue;
    let f = k + 2;
    while (f < toks.length && /^(?:now|currently|still|already|at|running|standing)$/.test(toks[f].lower)) f++;
    const e = percentAt(toks, f);
    if (e < 0 || toks[e + 1]?.text !== ',') continue;
    return f >= i && e <= j ? null : [f, e];
  }
  return null;
}

/** A level asked ("What is the growth forecast?"), not a change or the earlier level. */
const LEVEL_NOW_ASKED = /^what (?:is|was|are|were|will be) (?!.*\b(?:previous|earlier|before|prior|old|original|change|from)\b)/i;

/**
 * "What is the growth forecast for this year?" over "cut its estimate for economic growth this
 * year to 1.1 percent from 1.6 percent": a span "A from B" of two figures answers a level with A,
 * the new one; B is what it was.
 */
export function levelBeforeFrom(q: string, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (!LEVEL_NOW_ASKED.test(q.trim())) return null;
  const from = toks.findIndex((t, k) => k > i && k < j && t.lower === 'from');
  if (from < 0 || !/^\d/.test(toks[i].text) || !/\d/.test(toks[from + 1]?.text ?? '')) return null;
  if (toks.slice(i, from).some((t) => t.lower === 'to' || t.text === ',')) return null;
  return [i, from - 1];
}
