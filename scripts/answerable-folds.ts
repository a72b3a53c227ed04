/**
 * How the answerability cross-validation deals articles into folds: one rule for every fit, the
 * recalibration and the nested threshold choice, in the training script and the evaluations alike
 * (scripts/answerable-cv.ts). Articles (an example's `group`) are sorted by name and dealt round
 * robin, so the folds depend on which articles there are, never on the order of the examples.
 */

/** Folds of the answerability model's cross-validation. */
export const CV_FOLDS = 5;

/** Each article's fold: sorted names, dealt round robin into `k` folds. */
export function foldsOf(examples: Iterable<{ group: string }>, k = CV_FOLDS): Map<string, number> {
  const groups = [...new Set(Array.from(examples, (e) => e.group))].sort();
  return new Map(groups.map((g, i) => [g, i % k]));
}

/** The two halves of the articles that calibrate each other (the same dealing, k = 2). */
export function halves(examples: Iterable<{ group: string }>): Map<string, number> {
  return foldsOf(examples, 2);
}
