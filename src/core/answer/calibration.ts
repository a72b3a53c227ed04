/**
 * The answerability model's calibration: a monotone map from the model's probability to how
 * often answers at that probability were right, fitted by isotonic regression on held-out
 * answers (scripts/train-answerable.ts writes the table into answerable-weights.ts). Unlike
 * Platt scaling (one straight line on the log-odds), it follows a curve bent differently at the
 * two ends: with Platt, answers the model put at 0.6-0.7 were right 76% of the time.
 */

/**
 * The fewest answers a block of the isotonic table holds (scripts/answerable-cv.ts fitIsotonic).
 * scripts/calibration-select.ts prefers 20 by held-out log-loss and calibration gap, but with 20
 * the qa2 nested F1 (threshold chosen per fold, `npm run eval -- qa2`) fell from 53.2 to 52.4
 * in the same session, so it stays plain PAV (docs/answers-spans.md, session 8).
 */
export const ISOTONIC_MIN_BLOCK = 1;

/** Block centres `x` (ascending) and the share right `v` (non-decreasing) of each block. */
export interface IsotonicTable {
  x: readonly number[];
  v: readonly number[];
}

/**
 * Is an answer of this confidence given at this refusal threshold? The answerer refuses *below*
 * the threshold: a confidence equal to it is answered. Both are read at the precision the
 * answerer reports a confidence (three decimals), as whole thousandths, so a table value that
 * ties with a threshold (count ratios such as 0.25 meet a grid of 0.01 steps; a flat block of the
 * isotonic table answers or refuses whole) is read the same way by the answerer (answer.ts), the
 * cross-validated scoring (scripts/answerable-cv.ts gives) and the rule that chooses the
 * threshold (scripts/answerable-rule.ts), whatever the floating-point noise of either number
 * (session 12; before, the answerer compared the rounded confidence and the scripts the
 * unrounded one, so confidences within 0.0005 below a threshold were answered by the one and
 * refused by the other).
 */
export function answersAt(confidence: number, threshold: number): boolean {
  return Math.round(confidence * 1000) >= Math.round(threshold * 1000);
}

/** The calibrated probability: linear between block centres, flat beyond the ends. */
export function applyIsotonic(p: number, t: IsotonicTable): number {
  const { x, v } = t;
  if (x.length === 0) return p;
  if (p <= x[0]) return v[0];
  const last = x.length - 1;
  if (p >= x[last]) return v[last];
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid] <= p) lo = mid;
    else hi = mid;
  }
  const span = x[hi] - x[lo];
  return span > 0 ? v[lo] + ((p - x[lo]) / span) * (v[hi] - v[lo]) : v[hi];
}
