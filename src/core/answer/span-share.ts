/**
 * "What share of skin cancer deaths does melanoma account for?" over "Only one in 20 skin cancers
 * are melanoma, yet the tumour accounts for three-quarters of skin cancer deaths": a share asked
 * is a per-cent figure or a fraction ("one in five", "nearly one-third", "two-thirds"), the one
 * whose "of ..." says what the question takes a share of; the span model may take a bare number
 * of it ("five" of "one in five") or another figure of the sentence.
 */
import { FRACTION } from './grounding-implied.ts';
import { percentAt } from './span-clock.ts';
import type { SpanRange } from './span-names.ts';
import { isStop, stem, type Token } from './spans.ts';

const SHARE_ASKED = /^(?:what|which)\s+(?:share|proportion|percentage|fraction|portion|per ?cent)\b(?:\s+of\s+(.+?))?\s*(?:(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could)\b|[?]|$)/i;
const FRACTION_COUNT = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine)$/;
const NUMBER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred)$/i;
/** Words that qualify a share before it ("nearly one-third", "about 1%", "as many as 12 per cent"). */
const QUALIFIER = /^(?:about|nearly|almost|around|roughly|over|under|approximately)$/i;

/** The shares a sentence writes: [start, end] token ranges, their qualifiers included. */
function sharesIn(toks: readonly Token[]): SpanRange[] {
  const out: SpanRange[] = [];
  for (let k = 0; k < toks.length; k++) {
    let range: SpanRange | null = null;
    const pct = percentAt(toks, k);
    if (pct >= 0) range = [k, pct];
    else if (NUMBER.test(toks[k].text) && toks[k + 1]?.lower === 'in' && NUMBER.test(toks[k + 2]?.text ?? '') && !/^\d{4}$/.test(toks[k + 2].text)) range = [k, k + 2];
    else if (FRACTION.test(toks[k].lower)) {
      const lead = FRACTION_COUNT.test(toks[k - 1]?.lower ?? '');
      if (toks[k].lower === 'half' || toks[k].lower.includes('-') || lead) range = [lead ? k - 1 : k, k];
    }
    if (!range) continue;
    let start = range[0];
    while (start > 0 && QUALIFIER.test(toks[start - 1].text)) start--;
    if (start > 1 && /^than$/i.test(toks[start - 1].text) && /^(?:more|less|fewer)$/i.test(toks[start - 2].text)) start -= 2;
    out.push([start, range[1]]);
    k = range[1];
  }
  return out;
}

/** The share the question asks for in the sentence, when the span is not it already; else null. */
export function shareAsked(q: string, toks: readonly Token[], i: number, j: number): SpanRange | null {
  const m = SHARE_ASKED.exec(q.trim());
  if (!m) return null;
  const shares = sharesIn(toks);
  if (shares.length === 0) return null;
  const of = new Set((m[1] ?? '').toLowerCase().split(/[^\p{L}\d'-]+/u).filter((w) => w && !isStop(w)).map((w) => stem(w)));
  const says = ([, e]: SpanRange) => toks[e + 1]?.lower === 'of' && toks.slice(e + 2, e + 8).some((t) => of.has(t.stem));
  const overlaps = ([s, e]: SpanRange) => s <= j && e >= i;
  let best: SpanRange | null = null;
  let bestScore = -1;
  for (const r of shares) {
    const score = (says(r) ? 2 : 0) + (overlaps(r) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [r, score];
  }
  if (!best || (best[0] === i && best[1] === j)) return null;
  // (A span that holds a share already stays, unless another share is the one "of" what is asked.)
  if (shares.some((r) => r[0] >= i && r[1] <= j) && !says(best)) return null;
  return best;
}
