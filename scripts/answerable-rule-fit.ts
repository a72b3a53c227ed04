/**
 * The fits behind the answerability rule (scripts/answerable-rule.ts): each candidate form and news
 * share cross-validated by article by the one cross-validation the evaluations use too
 * (scripts/answerable-cv.ts crossValidateConfigs). The L2 strength of each head is a nuisance
 * parameter chosen by its own cross-validated log-loss (likelihood is what regularisation should
 * serve); the form, share and thresholds, which trade one target against another, are left to the rule.
 */
import { chooseL2, crossValidateConfigs, crossValidated, L2_SPAN_GRID, logLoss, type AnswerableExample, type CrossValidatedConfig, type FitOptions } from './answerable-cv.ts';
import type { RuleCandidate } from './answerable-rule.ts';

export { shippedTable, shippedTables } from './answerable-cv.ts';

/** A candidate with what the script needs to ship it. */
export type FittedCandidate = RuleCandidate & CrossValidatedConfig;

/**
 * Everything the rule needs about one form and share, once per calibration mode (the fits are
 * shared): scripts/answerable-cv.ts crossValidateConfigs, the same function the evaluations call
 * for the shipped configuration.
 */
export function evaluateCandidate(qa2Plain: readonly AnswerableExample[], newsPlain: readonly AnswerableExample[], dev: readonly AnswerableExample[], share: number, fit: FitOptions): FittedCandidate[] {
  return crossValidateConfigs({ qa2: qa2Plain, news: newsPlain, dev }, fit, share);
}

/** The two forms the rule chooses between, each head's L2 by cross-validated log-loss, and the losses behind them. */
export function candidateFits(all: readonly AnswerableExample[]): { fits: FitOptions[]; single: number[]; answerable: number[]; span: number[] } {
  const single = chooseL2(all);
  const answerable = chooseL2(all.map((e) => ({ ...e, right: !e.impossible })));
  // The second head (right given answerable) by the log-loss of "right" of the product, as shipped.
  const span = L2_SPAN_GRID.map((l2Span) => logLoss(all, crossValidated(all, { form: 'factored', l2: answerable.l2, l2Span })));
  let k = 0;
  span.forEach((l, j) => {
    if (l < span[k] - 1e-12) k = j;
  });
  return {
    fits: [
      { form: 'single', l2: single.l2 },
      { form: 'factored', l2: answerable.l2, l2Span: L2_SPAN_GRID[k] },
    ],
    single: single.losses,
    answerable: answerable.losses,
    span,
  };
}
