/**
 * The answerability model's ONE cross-validation, shared by scripts/train-answerable.ts (whose
 * rule chooses the configuration and thresholds and ships them) and the evaluations (`npm run eval
 * -- qa2 newsqa`, the calibration test), so that the figures the rule chooses on are the figures
 * the evaluation reports for the same configuration (docs/answers-rule.md, session 15):
 * - folds: articles dealt by scripts/answerable-folds.ts (sorted names, round robin, 5 folds);
 * - per fold: the model (form and L2 of the configuration) refitted on the other folds' qa2-dev and
 *   news examples, each set weighted to its share (withShares);
 * - calibration: isotonic, fitted on the other half of the articles, one table or one per kind;
 * - qa-dev (never fitted on): decided by the model fitted on every training article through the
 *   tables fitted on all the held-out probabilities - what the shipped answerer would give.
 * The thresholds are never chosen here: the rule (scripts/answerable-rule.ts) chooses them, the
 * evaluations apply the shipped ones.
 * The parts live by what they hold: the examples (answerable-examples.ts), the fit
 * (answerable-logistic.ts), the calibration (answerable-calibrate.ts), the scoring
 * (answerable-score.ts); this module re-exports them for the scripts that import them from here.
 */
import { answerProbability, loadAnswerableWeights } from '../src/core/answer/answerable.ts';
import { applyIsotonic, ISOTONIC_MIN_BLOCK, type IsotonicTable } from '../src/core/answer/calibration.ts';
import { ANSWERABLE_CALIBRATION, ANSWERABLE_CALIBRATION_NEWS, ANSWERABLE_SHARES, ANSWERABLE_WEIGHTS } from '../src/core/answer/answerable-weights.ts';
import { crossCalibrated, isNewsCopyExample, SHIPPED_CALIBRATION, shippedTables, worstCalibrationGap, type CalibrationMode } from './answerable-calibrate.ts';
import type { AnswerableExample } from './answerable-examples.ts';
import { CV_FOLDS, foldsOf } from './answerable-folds.ts';
import { fitModel, fitOptions, L2_GRID, logLoss, type FitOptions } from './answerable-logistic.ts';

export * from './answerable-examples.ts';
export * from './answerable-logistic.ts';
export * from './answerable-calibrate.ts';
export * from './answerable-score.ts';
export { CV_FOLDS, foldsOf, halves } from './answerable-folds.ts';

/**
 * Held-out probabilities: each question scored by a model fitted without its article (the
 * articles dealt into `k` folds by answerable-folds.ts, so the fit runs k times, not once per article).
 */
export function crossValidated(examples: readonly AnswerableExample[], opts?: FitOptions, k = CV_FOLDS): Float64Array {
  const foldOf = foldsOf(examples, k);
  const p = new Float64Array(examples.length);
  for (let f = 0; f < Math.min(k, foldOf.size); f++) {
    const w = fitModel(
      examples.filter((e) => foldOf.get(e.group) !== f),
      opts,
    );
    examples.forEach((e, j) => {
      if (foldOf.get(e.group) === f) p[j] = e.features ? answerProbability(e.features, w) : 0;
    });
  }
  return p;
}

/**
 * The L2 strength with the best cross-validated log-likelihood (weighted, over the examples the
 * model decides: with features, not a fixed pattern), and each candidate's mean log-loss.
 */
export function chooseL2(examples: readonly AnswerableExample[], grid: readonly number[] = L2_GRID): { l2: number; losses: number[] } {
  const losses = grid.map((l2) => logLoss(examples, crossValidated(examples, { l2, form: 'single' })));
  let best = 0;
  losses.forEach((l, k) => {
    if (l < losses[best] - 1e-12) best = k;
  });
  return { l2: grid[best], losses };
}

/**
 * Examples reweighted so each set's weights sum to its share of the total count (the mean weight
 * stays 1, so the L2 strengths keep their meaning). Shares are normalised; an empty set is dropped.
 */
export function withShares(sets: readonly (readonly AnswerableExample[])[], shares: readonly number[]): AnswerableExample[][] {
  const total = sets.reduce((s, x) => s + x.length, 0);
  const used = shares.reduce((s, x, k) => s + (sets[k].length ? x : 0), 0);
  return sets.map((set, k) => {
    const w = set.length && used > 0 ? (shares[k] / used) * (total / set.length) : 0;
    return set.map((e) => ({ ...e, weight: w }));
  });
}

/** A configuration of the answerability model: what the rule chooses besides the thresholds. */
export interface CvConfig {
  fit: FitOptions;
  /** The news set's share of the fit's weight. */
  share: number;
  /** One isotonic table for all text, or one per kind of text. */
  calibration: CalibrationMode;
}

/** The shipped configuration (src/core/answer/answerable-weights.ts). */
export const SHIPPED_CONFIG: CvConfig = { fit: fitOptions(), share: ANSWERABLE_SHARES.news, calibration: SHIPPED_CALIBRATION };

/** Each set's examples and their held-out, calibrated probabilities (what the rule and the evaluations score). */
export interface HeldOutData {
  qa2: readonly AnswerableExample[];
  pQa2: Float64Array;
  news: readonly AnswerableExample[];
  pNews: Float64Array;
  dev: readonly AnswerableExample[];
  pDev: Float64Array;
}

/** One configuration cross-validated: its held-out data, and what the training script needs besides. */
export interface CrossValidatedConfig extends CvConfig {
  data: HeldOutData;
  /** Worst held-out calibration gap over the populated bins (fraction). */
  gap: number;
  /** Cross-validated raw probabilities of qa2 then news (for the shipped isotonic tables). */
  raw: Float64Array;
  /** The examples, weighted by the share, qa2 then news. */
  all: AnswerableExample[];
  /** Cross-validated log-loss of "right". */
  loss: number;
  /**
   * The same examples decided by the model that would ship - fitted on every example, through
   * the tables fitted on the held-out probabilities (in-sample for qa2 and news; qa-dev as in `data`).
   */
  shipped: HeldOutData;
}

/** The three sets the cross-validation reads: qa2-dev and news examples unweighted, qa-dev (may be empty). */
export interface ExampleSets {
  qa2: readonly AnswerableExample[];
  news: readonly AnswerableExample[];
  dev: readonly AnswerableExample[];
}

/**
 * One form and news share cross-validated (the module header says how), once per calibration
 * mode asked for (the fits are shared).
 */
export function crossValidateConfigs(sets: ExampleSets, fit: FitOptions, share: number, modes: readonly CalibrationMode[] = ['pooled', 'source']): CrossValidatedConfig[] {
  const [qa2, news] = withShares([sets.qa2, sets.news], [1 - share, share]);
  const all = [...qa2, ...news];
  const raw = crossValidated(all, fit);
  const loss = logLoss(all, raw);
  const w = fitModel(all, fit);
  return modes.map((calibration) => {
    const p = crossCalibrated(all, raw, ISOTONIC_MIN_BLOCK, calibration);
    const gap = worstCalibrationGap(all, raw, calibration);
    const t = shippedTables(all, raw, calibration);
    const pDev = decidedBy(sets.dev, w, t);
    const data: HeldOutData = { qa2, pQa2: p.subarray(0, qa2.length), news, pNews: p.subarray(qa2.length), dev: sets.dev, pDev };
    const shipped: HeldOutData = { qa2, pQa2: decidedBy(qa2, w, t), news, pNews: decidedBy(news, w, t), dev: sets.dev, pDev };
    return { fit, share, calibration, data, gap, raw, all, loss, shipped };
  });
}

/** Calibrated probabilities of a model through its tables (news copy by its own table when there is one), as the answerer computes them. */
export function decidedBy(xs: readonly AnswerableExample[], w: Float64Array, t: { plain: IsotonicTable; news: IsotonicTable | null }): Float64Array {
  return Float64Array.from(xs, (e) => (e.features ? applyIsotonic(answerProbability(e.features, w), isNewsCopyExample(e) && t.news ? t.news : t.plain) : 0));
}

/** What a weights file (src/core/answer/answerable-weights.ts) holds that decides an answer. */
export interface WeightsFile {
  ANSWERABLE_WEIGHTS: Record<string, number>;
  ANSWERABLE_CALIBRATION: IsotonicTable;
  ANSWERABLE_CALIBRATION_NEWS: IsotonicTable | null;
}

/**
 * The examples decided by the shipped weights file (src/core/answer/answerable-weights.ts: its
 * weights and tables), as the shipped answerer decides them: what the rule's news guard reads.
 */
export function shippedFileData(sets: ExampleSets, file: WeightsFile = { ANSWERABLE_WEIGHTS, ANSWERABLE_CALIBRATION, ANSWERABLE_CALIBRATION_NEWS }): HeldOutData {
  const w = loadAnswerableWeights(file.ANSWERABLE_WEIGHTS);
  const t = { plain: file.ANSWERABLE_CALIBRATION, news: file.ANSWERABLE_CALIBRATION_NEWS };
  return { qa2: sets.qa2, pQa2: decidedBy(sets.qa2, w, t), news: sets.news, pNews: decidedBy(sets.news, w, t), dev: sets.dev, pDev: decidedBy(sets.dev, w, t) };
}

/** One configuration cross-validated (default: the shipped one). */
export function crossValidateConfig(sets: ExampleSets, config: CvConfig = SHIPPED_CONFIG): CrossValidatedConfig {
  return crossValidateConfigs(sets, config.fit, config.share, [config.calibration])[0];
}
