/**
 * The fits behind the answerability rule (scripts/answerable-rule.ts): each candidate form and news
 * share cross-validated by article, its held-out calibration, and qa-dev scored as the shipped
 * answerer would score it. The L2 strength of each head is a nuisance parameter chosen by its own
 * cross-validated log-loss (likelihood is what regularisation should serve); the form, share and
 * thresholds, which trade one target against another, are left to the rule.
 */
import { applyIsotonic, ISOTONIC_MIN_BLOCK, type IsotonicTable } from '../src/core/answer/calibration.ts';
import { answerProbability } from '../src/core/answer/answerable.ts';
import { chooseL2, crossCalibrated, isNewsCopyExample, type CalibrationMode, crossValidated, fitIsotonic, fitModel, L2_SPAN_GRID, logLoss, worstCalibrationGap, type AnswerableExample, type FitOptions } from './answerable-cv.ts';
import { withShares, type RuleCandidate, type RuleData } from './answerable-rule.ts';

/** The isotonic table the training script ships: fitted on the cross-validated raw probabilities of the examples the model decides. */
export function shippedTable(all: readonly AnswerableExample[], raw: Float64Array, newsCopy: boolean | null = null): IsotonicTable {
  const used = all.map((e, k) => (e.features && !e.pattern && (newsCopy === null || isNewsCopyExample(e) === newsCopy) ? k : -1)).filter((k) => k >= 0);
  return fitIsotonic(
    used.map((k) => raw[k]),
    used.map((k) => all[k].right),
    ISOTONIC_MIN_BLOCK,
  );
}

/** A candidate with what the script needs to ship it. */
export interface FittedCandidate extends RuleCandidate {
  /** Cross-validated raw probabilities of qa2 then news (for the shipped isotonic table). */
  raw: Float64Array;
  /** The examples, weighted by the share, qa2 then news. */
  all: AnswerableExample[];
  /** Cross-validated log-loss of "right" (printed beside the rule's figures). */
  loss: number;
}

/** The shipped tables of a mode: other text (or all), and news copy (null when pooled). */
export function shippedTables(all: readonly AnswerableExample[], raw: Float64Array, mode: CalibrationMode): { plain: IsotonicTable; news: IsotonicTable | null } {
  return mode === 'source' ? { plain: shippedTable(all, raw, false), news: shippedTable(all, raw, true) } : { plain: shippedTable(all, raw), news: null };
}

/**
 * Everything the rule needs about one form and share, cross-validated by article, once per
 * calibration mode (the fits are shared): qa2-dev and news held-out probabilities (recalibrated
 * on the other half of the articles), qa-dev ones as the shipped answerer would give them (the
 * model fitted on all the training articles - it never trains on qa-dev - through the isotonic
 * table fitted on the held-out probabilities), and the worst calibration gap (computed as
 * tests/core/answer/answer-honest.test.ts computes it).
 */
export function evaluateCandidate(qa2Plain: readonly AnswerableExample[], newsPlain: readonly AnswerableExample[], dev: readonly AnswerableExample[], share: number, fit: FitOptions): FittedCandidate[] {
  const [qa2, news] = withShares([qa2Plain, newsPlain], [1 - share, share]);
  const all = [...qa2, ...news];
  const raw = crossValidated(all, fit);
  const loss = logLoss(all, raw);
  const w = dev.length ? fitModel(all, fit) : null;
  return (['pooled', 'source'] as const).map((calibration) => {
    const p = crossCalibrated(all, raw, ISOTONIC_MIN_BLOCK, calibration);
    const gap = worstCalibrationGap(all, raw, calibration);
    let pDev = new Float64Array(dev.length);
    if (w) {
      const t = shippedTables(all, raw, calibration);
      pDev = Float64Array.from(dev, (e) => (e.features ? applyIsotonic(answerProbability(e.features, w), isNewsCopyExample(e) && t.news ? t.news : t.plain) : 0));
    }
    const data: RuleData = { qa2, pQa2: p.subarray(0, qa2.length), news, pNews: p.subarray(qa2.length), dev, pDev };
    return { fit, share, calibration, data, gap, raw, all, loss };
  });
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
