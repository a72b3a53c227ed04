/**
 * The floor of a typed answer's confidence in news copy: a person, place, date or number from a
 * sentence that says every word of the question (of two or more: one word said is weak evidence,
 * session 17), or every word but the measure's ("cost", "fast") that the span's unit answers
 * ("£750", "per hour"; answerable-measure.ts unitFull, s17/calib).
 */
import { ANSWERABLE_FEATURES } from './answerable.ts';
import type { Expect, QuestionInfo } from './question-type.ts';

/**
 * Lowest confidence of a typed answer (a person, place, date or number) in news copy whose sentence
 * holds every word of the question: such answers were right 27 times in 40 on our news questions
 * (tests/fixtures/news-qa.jsonl, before this floor; see docs/answers.md), so about 0.65.
 */
export const FULL_COVER_CONFIDENCE = 0.65;
const TYPED_KINDS = new Set<Expect>(['person', 'place', 'date', 'number']);
/**
 * The measure feature that counts for that floor as full coverage (answerable-measure.ts): every
 * question term the sentence lacks is the asked measure's word, answered by the span's unit. Typed
 * news answers of that kind that the floor did not already reach were right 32 times in 38 (3
 * unanswerable; on our news questions before this, docs/answers.md session 17), like the 322 of
 * 374 it reached.
 */
const UNIT_FULL = ANSWERABLE_FEATURES.indexOf('unitFull');

/** The confidence raised to the floor when the answer is of that kind (news copy only; the caller checks). */
export function newsFloor(confidence: number, coverage: number, info: QuestionInfo, typeOk: boolean, features: ArrayLike<number>): number {
  const saysAll = (coverage >= 0.999 && info.terms.length >= 2) || features[UNIT_FULL] === 1;
  return saysAll && typeOk && TYPED_KINDS.has(info.expect) ? Math.max(confidence, FULL_COVER_CONFIDENCE) : confidence;
}
