/**
 * How sure the answerer is, and what the reader is told: the shipped refusal and hedge thresholds,
 * the fixed confidences of the patterns' answers, the answerability model's shipped weights and
 * calibration, and the three outcomes a reader sees (answer.ts re-exports all of it; also the
 * longest question considered).
 */
import type { Answer } from '../types.ts';
import { loadAnswerableWeights } from './answerable.ts';
import { ANSWERABLE_CALIBRATION, ANSWERABLE_CALIBRATION_NEWS, ANSWERABLE_THRESHOLDS, ANSWERABLE_WEIGHTS } from './answerable-weights.ts';
import { applyIsotonic } from './calibration.ts';

/** Longest question considered; longer input is refused in words, not processed. */
export const MAX_QUESTION_CHARS = 500;
/**
 * Below this confidence the answer is "the article does not say"; chosen by
 * scripts/train-answerable.ts on cross-validated figures and shipped with the weights.
 */
export const REFUSE_BELOW = ANSWERABLE_THRESHOLDS.refuseBelow;
/**
 * The same in news copy (news-copy.ts decides from the text: a dateline, reported speech ...):
 * the training script chooses both by one stated rule (scripts/answerable-rule.ts).
 */
export const REFUSE_BELOW_NEWS = ANSWERABLE_THRESHOLDS.refuseBelowNews;
/**
 * Below this confidence (and at or above REFUSE_BELOW) the answer is given as a hedge: the model
 * thinks it more likely wrong than right, so the reader is told the article only suggests it.
 */
export const HEDGE_BELOW = 0.5;
/**
 * Confidence of an answer read by a fixed news pattern (patterns.ts: an age, a score, a title before
 * a name ...) in news copy, outside it, and of a yes/no answer: chosen by scripts/pattern-rate.ts
 * (the shipped value stays while the 95% interval of the share right holds it). In news copy 77 of 89
 * were right on the news questions added last (86.5%, 95%: 78-92%; 91% in-sample on the questions
 * the patterns were written on); in other text 70 of 119 on all dev sets (58.8%, 95%: 50-67%; SQuAD
 * 2.0's questions written to look answerable 27 of 65); yes/no 24 of 26 in news copy (in-sample).
 */
export const PATTERN_CONFIDENCE = 0.8;
export const PATTERN_CONFIDENCE_OTHER = 0.6;
export const YESNO_CONFIDENCE = 0.6;

/** The shipped calibration of the answerability model (isotonic, scripts/train-answerable.ts; news copy by its own table when one was fitted). */
export function calibrate(p: number, newsCopy: boolean): number {
  return applyIsotonic(p, newsCopy && ANSWERABLE_CALIBRATION_NEWS ? ANSWERABLE_CALIBRATION_NEWS : ANSWERABLE_CALIBRATION);
}

let shippedAnswerable: Float64Array | null = null;
/** The shipped answerability weights (loaded once). */
export function defaultAnswerableWeights(): Float64Array {
  shippedAnswerable ??= loadAnswerableWeights(ANSWERABLE_WEIGHTS);
  return shippedAnswerable;
}

/** The three outcomes a reader sees: a confident answer, a hedged one, or "the article does not say". */
export type AnswerOutcome = 'confident' | 'hedged' | 'refused';

/** Which of the three outcomes an answer is. */
export function answerOutcome(a: Pick<Answer, 'found' | 'confidence'>): AnswerOutcome {
  if (!a.found) return 'refused';
  return a.confidence < HEDGE_BELOW ? 'hedged' : 'confident';
}
