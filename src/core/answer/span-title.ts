/**
 * "Which film made April 25 the perfect date?" over "thanks to the 2000 film "miss congeniality,"
 * we now know ...": a work asked for by its kind is answered by its title, written in quotation
 * marks right after the span the model chose ("the 2000 film"), not by the kind and year.
 */
import type { Token } from './spans.ts';
import type { SpanRange } from './span-names.ts';

/** "Which / What film ...?", "In which film ...?": a work asked for by its kind. */
const WORK_ASKED = /^(?:in\s+|from\s+)?(?:which|what)\s+(?:[\p{L}-]+\s+)?(film|movie|show|series|book|novel|song|album|play|programme|program|documentary|sitcom|drama|musical|opera|game|painting|poem)s?\b/iu;
const QUOTE = /^["“”]$/;

/** The quoted title right after the span (at most one word between), when a work is asked and the span quotes none; else null. */
export function titleOfWork(q: string, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (!WORK_ASKED.test(q.trim())) return null;
  // (A span inside quotation marks is a title already: the mark after it closes it.)
  if (toks.slice(i, j + 1).some((t) => QUOTE.test(t.text)) || (i > 0 && QUOTE.test(toks[i - 1].text))) return null;
  let k = j + 1;
  if (k < toks.length && !QUOTE.test(toks[k].text) && toks[k].isWord) k++;
  if (k >= toks.length || !QUOTE.test(toks[k].text)) return null;
  let e = k + 1;
  while (e < toks.length && !QUOTE.test(toks[e].text) && e - k <= 10) e++;
  if (e >= toks.length || !QUOTE.test(toks[e].text) || e === k + 1) return null;
  let end = e - 1;
  while (end > k + 1 && !toks[end].isWord) end--;
  return [k + 1, end];
}
