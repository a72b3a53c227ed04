/**
 * The answerability model's data, fit and cross-validation, shared by scripts/train-answerable.ts
 * (which chooses the thresholds and ships the weights) and scripts/eval-qa2.ts (which reports).
 * Each question is answered once with the answerability model switched off, keeping the span the
 * answerer would give and its features; the label is whether that span is right (F1 >= 0.5
 * against a gold answer; never for a question the paragraph does not answer).
 */
import { answerDetailed, type AnswerOptions } from '../src/core/answer/answer.ts';
import { ANSWERABLE_FEATURES, NANSWERABLE, answerProbability } from '../src/core/answer/answerable.ts';

const NEWS_FEATURE = ANSWERABLE_FEATURES.indexOf('news');
import type { Article } from '../src/core/types.ts';
import { answersAt, applyIsotonic, ISOTONIC_MIN_BLOCK, type IsotonicTable } from '../src/core/answer/calibration.ts';
import { ANSWERABLE_CALIBRATION_NEWS, ANSWERABLE_FIT } from '../src/core/answer/answerable-weights.ts';
import { best, contextArticle, exactMatch, f1Score, type QaRow } from './qa-data.ts';
import { heldOutSpanModel } from './span-folds.ts';

/** A question with the answer the span model gives and its answerability features. */
export interface AnswerableExample {
  /** Fold key: all questions about one article stay in one fold. */
  group: string;
  impossible: boolean;
  /** The span the answerer would give ('' when it has none). */
  span: string;
  f1: number;
  em: number;
  /** Is the span right (F1 >= 0.5, answerable)? */
  right: boolean;
  features: Float64Array | null;
  /** Answered (or refused) by a fixed news pattern: the threshold does not apply, the model never sees it. */
  pattern: boolean;
  /** Refused by a plain conflict (src/core/answer/grounding.ts) whatever the threshold. */
  vetoed: boolean;
  /** How much the example counts in the fit (default 1). */
  weight?: number;
  /**
   * The confidence the answerer gives whatever the model says (answer.ts: a typed answer in news
   * copy from a sentence holding every word of the question), or 0: the decision the user gets is
   * made on max(model, floor).
   */
  floor?: number;
}

/** A span at least this close to a gold answer (token F1) counts as a right answer. */
export const RIGHT_F1 = 0.5;

/**
 * Answer every row once, the answerability model off (threshold 0: every span is kept). Unless
 * span weights are given, a row whose article the shipped span model trained on (qa-dev, qa2-dev)
 * is answered by a span model fitted without that article (scripts/span-folds.ts), so its span
 * and label are what the shipped model would give on an article it never saw.
 */
export function answerableExamples(
  rows: readonly (QaRow & { impossible?: boolean })[],
  opts: AnswerOptions = {},
  article: (row: QaRow) => Article = contextArticle,
): AnswerableExample[] {
  const off = new Float64Array(NANSWERABLE);
  return rows.map((row) => {
    const spanModel = opts.weights || opts.rerank !== undefined ? {} : heldOutSpanModel(row.title);
    const d = answerDetailed(row.question, article(row), { ...opts, ...spanModel, answerable: off, threshold: 0 });
    // A person's statements and the story's own reading (its date, place, speakers) are answered
    // with no span and no features (answer.ts statementsAnswer, wholeArticleAnswer): like a fixed
    // pattern, the answer the user gets, whatever the model says.
    const fixed = d.span === null && d.features === null && d.answer.found;
    const span = d.span ?? (fixed ? d.answer.answer : '');
    const impossible = row.impossible === true || row.answers.length === 0;
    const f1 = impossible ? 0 : best(f1Score, span, row.answers);
    const em = impossible ? 0 : best(exactMatch, span, row.answers);
    const pattern = d.features === null && (d.span !== null || fixed);
    // With the model switched off (raw confidence 0.5) a confidence above 0.5 is the answerer's floor.
    const floor = !pattern && d.answer.confidence > 0.5 ? d.answer.confidence : 0;
    return { group: row.title, impossible, span, f1, em, right: !impossible && f1 >= RIGHT_F1, features: d.features, pattern, vetoed: d.conflict !== undefined, floor };
  });
}

/** How the answerability model is fitted. */
export interface FitOptions {
  l2?: number;
  iterations?: number;
  rate?: number;
  /**
   * 'right' (default): the label is "the span is right". 'gain': the SQuAD-2 decision itself -
   * a right span counts by its F1 (answering gains that much), an unanswerable question fully
   * (answering loses 1), a wrong span of an answerable question by `wrongWeight`.
   */
  target?: 'right' | 'gain';
  wrongWeight?: number;
  /**
   * 'factored' (the shipped form when ANSWERABLE_FIT says so): two heads, P(answerable) fitted
   * with `l2` on every example and P(right | answerable) fitted with `l2Span` on the answerable
   * ones; the probability is their product (answerable.ts answerProbability). 'single': one head.
   */
  form?: 'single' | 'factored';
  l2Span?: number;
}

/** The shipped fit's options (ANSWERABLE_FIT), overridden by `opts`. */
export function fitOptions(opts: FitOptions = {}): FitOptions {
  return { ...(ANSWERABLE_FIT as FitOptions), ...opts };
}

/**
 * The model in the form `opts` (default: the shipped form) says: one head, or the two heads
 * concatenated (answerable, then right given answerable).
 */
export function fitModel(examples: readonly AnswerableExample[], opts: FitOptions = {}): Float64Array {
  const o = fitOptions(opts);
  if (o.form !== 'factored') return fitAnswerable(examples, o);
  const a = fitAnswerable(
    examples.map((e) => ({ ...e, right: !e.impossible })),
    { ...o, target: 'right' },
  );
  const b = fitAnswerable(
    examples.filter((e) => !e.impossible),
    { ...o, l2: o.l2Span ?? o.l2 },
  );
  const w = new Float64Array(2 * NANSWERABLE);
  w.set(a, 0);
  w.set(b, NANSWERABLE);
  return w;
}

/** An example reweighted for the 'gain' target (its label stays `right`). */
function gainExample(e: AnswerableExample, wrongWeight: number): AnswerableExample {
  const w = e.weight ?? 1;
  if (e.impossible) return e;
  return { ...e, weight: w * (e.right ? e.f1 : wrongWeight) };
}

/** A stable id per feature vector (vectors keep their identity through the `{ ...e }` copies the fits make). */
const vectorIds = new WeakMap<Float64Array, number>();
let nextVectorId = 0;
/** Head fits already made, by options and data (a fold's head is refitted with the same data by several choices). */
const fitCache = new Map<string, Float64Array>();
const FIT_CACHE_MAX = 400;

function fitKey(data: readonly AnswerableExample[], o: { l2: number; rate: number; iterations: number }): string {
  const parts = data.map((e) => {
    let id = vectorIds.get(e.features!);
    if (id === undefined) vectorIds.set(e.features!, (id = nextVectorId++));
    return `${id}:${e.weight ?? 1}:${e.right ? 1 : 0}`;
  });
  return `${o.l2}/${o.rate}/${o.iterations}|${parts.join(',')}`;
}

/**
 * L2-regularised logistic regression by full-batch gradient descent (deterministic: no order,
 * no sampling). Examples without features (no span at all) are left out: they are refused anyway.
 * Each example's non-zero features are listed once: the sums skip only zero terms, so the weights
 * are the same, bit for bit, as a dense loop's, several times faster. Identical fits are reused.
 */
export function fitAnswerable(examples: readonly AnswerableExample[], opts: FitOptions = {}): Float64Array {
  // The shipped regularisation, chosen by cross-validation in scripts/train-answerable.ts.
  const l2 = opts.l2 ?? ANSWERABLE_FIT.l2;
  const rate = opts.rate ?? 1;
  const iterations = opts.iterations ?? 600;
  const data = (opts.target === 'gain' ? examples.map((e) => gainExample(e, opts.wrongWeight ?? 0.5)) : examples).filter((e) => e.features && (e.weight ?? 1) > 0);
  const w = new Float64Array(NANSWERABLE);
  if (data.length === 0) return w;
  const key = fitKey(data, { l2, rate, iterations });
  const hit = fitCache.get(key);
  if (hit) return Float64Array.from(hit);
  const idx = data.map((e) => Int32Array.from(e.features!.keys()).filter((k) => e.features![k] !== 0));
  const val = data.map((e, j) => Float64Array.from(idx[j], (k) => e.features![k]));
  const label = data.map((e) => (e.right ? 1 : 0));
  const weight = data.map((e) => e.weight ?? 1);
  const grad = new Float64Array(NANSWERABLE);
  // AdaGrad-scaled steps: the features differ in scale and frequency (one-hot kinds are rare).
  const g2 = new Float64Array(NANSWERABLE).fill(1e-8);
  let total = 0;
  for (const x of weight) total += x;
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    for (let j = 0; j < data.length; j++) {
      const ix = idx[j];
      const vx = val[j];
      let z = 0;
      for (let m = 0; m < ix.length; m++) z += vx[m] * w[ix[m]];
      const d = weight[j] * (1 / (1 + Math.exp(-z)) - label[j]);
      for (let m = 0; m < ix.length; m++) grad[ix[m]] += d * vx[m];
    }
    for (let k = 0; k < NANSWERABLE; k++) {
      const g = grad[k] / total + (k === 0 ? 0 : l2 * w[k]);
      g2[k] += g * g;
      w[k] -= (rate * g) / Math.sqrt(g2[k]);
    }
  }
  if (fitCache.size >= FIT_CACHE_MAX) fitCache.clear();
  fitCache.set(key, Float64Array.from(w));
  return w;
}

/**
 * Held-out probabilities: each question scored by a model fitted without its article. Articles are
 * dealt into `k` folds (sorted names, round robin) so the fit runs k times, not once per article.
 */
export function crossValidated(examples: readonly AnswerableExample[], opts?: FitOptions, k = 5): Float64Array {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const foldOf = new Map(groups.map((g, i) => [g, i % k]));
  const p = new Float64Array(examples.length);
  for (let f = 0; f < Math.min(k, groups.length); f++) {
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

/** The regularisations scripts/train-answerable.ts chooses among. */
export const L2_GRID = [0.0001, 0.0005, 0.002, 0.005, 0.02] as const;

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

/** Mean weighted log-loss of probabilities of "right" over the examples the model decides (with features, not a fixed pattern). */
export function logLoss(examples: readonly AnswerableExample[], p: Float64Array): number {
  let loss = 0;
  let total = 0;
  examples.forEach((e, k) => {
    if (!e.features || e.pattern) return;
    const w = e.weight ?? 1;
    const q = Math.min(1 - 1e-6, Math.max(1e-6, p[k]));
    loss -= w * Math.log(e.right ? q : 1 - q);
    total += w;
  });
  return total ? loss / total : 0;
}

/** The regularisations of the second head (right given answerable) in the factored form. */
export const L2_SPAN_GRID = [0.005, 0.02, 0.05, 0.1] as const;

/** Calibration on held-back articles is kept within this many points in every bin of at least CALIBRATION_MIN_N answers (tests/core/answer/answer-honest.test.ts). */
export const CALIBRATION_TOLERANCE = 0.1;
export const CALIBRATION_MIN_N = 20;

/** The worst gap between mean confidence and share right over the populated bins of held-out, recalibrated probabilities. */
export function worstCalibrationGap(examples: readonly AnswerableExample[], raw: Float64Array, mode: CalibrationMode = SHIPPED_CALIBRATION): number {
  const bins = calibration(examples, crossCalibrated(examples, raw, ISOTONIC_MIN_BLOCK, mode)).filter((b) => b.n >= CALIBRATION_MIN_N);
  return Math.max(0, ...bins.map((b) => Math.abs(b.mean - b.right)));
}

/** SQuAD 2.0 scoring of a refusal threshold over examples and their probabilities. */
export interface Squad2Score {
  n: number;
  f1: number;
  em: number;
  /** F1 over the answerable questions only (a refusal scores 0). */
  hasF1: number;
  /** Share of answerable questions answered, and of unanswerable ones refused. */
  answered: number;
  refused: number;
  /** Saying "no answer" to everything. */
  alwaysRefuse: number;
}

/**
 * Score with answers withheld below `threshold` (an unanswerable question scores 1 only if refused).
 * `policy` replaces the answerer's decision for the baselines: refuse everything, or give every span.
 */
export function squad2(examples: readonly AnswerableExample[], p: Float64Array, threshold: number, policy?: 'refuse' | 'answer'): Squad2Score {
  let f1 = 0;
  let em = 0;
  let hasF1 = 0;
  let has = 0;
  let answered = 0;
  let no = 0;
  let refused = 0;
  examples.forEach((e, k) => {
    const give = policy === 'refuse' ? false : policy === 'answer' ? e.span !== '' : gives(e, p[k], threshold);
    if (e.impossible) {
      no++;
      if (!give) {
        refused++;
        f1++;
        em++;
      }
    } else {
      has++;
      if (give) {
        answered++;
        f1 += e.f1;
        em += e.em;
        hasF1 += e.f1;
      }
    }
  });
  const n = examples.length;
  return {
    n,
    f1: (100 * f1) / n,
    em: (100 * em) / n,
    hasF1: has ? (100 * hasF1) / has : 0,
    answered: has ? answered / has : 0,
    refused: no ? refused / no : 0,
    alwaysRefuse: (100 * no) / n,
  };
}

/** The threshold (0.01 steps) with the best SQuAD-2 F1. */
export function bestThreshold(examples: readonly AnswerableExample[], p: Float64Array): number {
  let bestT = 0;
  let bestF = -1;
  for (let t = 0; t <= 1.0001; t += 0.01) {
    const s = squad2(examples, p, t);
    if (s.f1 > bestF + 1e-9) [bestT, bestF] = [Math.round(t * 100) / 100, s.f1];
  }
  return bestT;
}

/** Calibration: per confidence bin, how many answers and how often they are right. */
export function calibration(examples: readonly AnswerableExample[], p: Float64Array, bins = 10): { lo: number; hi: number; n: number; mean: number; right: number }[] {
  const out = Array.from({ length: bins }, (_, b) => ({ lo: b / bins, hi: (b + 1) / bins, n: 0, mean: 0, right: 0 }));
  examples.forEach((e, k) => {
    if (!e.features) return;
    const b = Math.min(bins - 1, Math.floor(p[k] * bins));
    out[b].n++;
    out[b].mean += p[k];
    out[b].right += e.right ? 1 : 0;
  });
  for (const b of out) {
    if (b.n) {
      b.mean /= b.n;
      b.right /= b.n;
    }
  }
  return out;
}

/** Area under the ROC curve of p for separating right answers from the rest. */
export function auc(examples: readonly AnswerableExample[], p: Float64Array, positive: (e: AnswerableExample) => boolean): number {
  const items = examples.map((e, k) => ({ pos: positive(e), p: p[k] })).sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let pos = 0;
  let k = 0;
  while (k < items.length) {
    let j = k;
    while (j + 1 < items.length && items[j + 1].p === items[k].p) j++;
    const mid = (k + j) / 2 + 1;
    for (let x = k; x <= j; x++) if (items[x].pos) rankSum += mid;
    k = j + 1;
  }
  for (const it of items) if (it.pos) pos++;
  const neg = items.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : 0.5;
}

/** Does the answerer give an answer for this example at this threshold? */
export function gives(e: AnswerableExample, p: number, threshold: number): boolean {
  if (e.pattern) return e.span !== '';
  return !e.vetoed && e.features !== null && e.span !== '' && answersAt(p, threshold);
}

/** A two-number recalibration of the model's log-odds (Platt scaling): confidence = sigmoid(a * z + b). */
export interface Platt {
  a: number;
  b: number;
}

const logit = (p: number): number => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

/** Fit Platt scaling on held-out probabilities and their outcomes (Newton steps; deterministic). */
export function fitPlatt(p: ArrayLike<number>, right: ArrayLike<boolean>): Platt {
  let a = 1;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-6;
    let hab = 0;
    let hbb = 1e-6;
    for (let k = 0; k < p.length; k++) {
      const z = logit(p[k]);
      const q = 1 / (1 + Math.exp(-(a * z + b)));
      const d = q - (right[k] ? 1 : 0);
      const w = q * (1 - q);
      ga += d * z;
      gb += d;
      haa += w * z * z;
      hab += w * z;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

/**
 * Isotonic regression (pool adjacent violators) of right/wrong on the probability: blocks of
 * answers whose share right never falls as the probability rises. Each block's share is
 * smoothed by half an answer ((right + 0.5) / (n + 1)) so a small block never says 0 or 1.
 * Blocks of fewer than `minBlock` answers are then pooled with a neighbour (the shipped table and
 * crossCalibrated use ISOTONIC_MIN_BLOCK, scripts/calibration-select.ts): a table of many tiny blocks follows one half's noise and
 * misses the other half's share right.
 */
export function fitIsotonic(p: ArrayLike<number>, right: ArrayLike<boolean>, minBlock = 1): IsotonicTable {
  const order = Array.from({ length: p.length }, (_, k) => k).sort((a, b) => p[a] - p[b] || a - b);
  const blocks: { s: number; n: number; lo: number; hi: number }[] = [];
  for (const k of order) {
    blocks.push({ s: right[k] ? 1 : 0, n: 1, lo: p[k], hi: p[k] });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1];
      const a = blocks[blocks.length - 2];
      if (a.s / a.n < b.s / b.n) break;
      blocks.pop();
      a.s += b.s;
      a.n += b.n;
      a.hi = b.hi;
    }
  }
  poolSmallBlocks(blocks, minBlock);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  // Smoothing can undo the order between a small block and a large one: keep the running maximum.
  let floor = 0;
  const v = blocks.map((b) => (floor = Math.max(floor, round((b.s + 0.5) / (b.n + 1)))));
  return { x: blocks.map((b) => round((b.lo + b.hi) / 2)), v };
}

/**
 * Pool each block of fewer than `minBlock` answers with the neighbour whose share right is
 * closer (the smallest block first). Pooling neighbours keeps the shares non-decreasing.
 */
function poolSmallBlocks(blocks: { s: number; n: number; lo: number; hi: number }[], minBlock: number): void {
  while (blocks.length > 1) {
    let k = -1;
    for (let i = 0; i < blocks.length; i++) if (blocks[i].n < minBlock && (k < 0 || blocks[i].n < blocks[k].n)) k = i;
    if (k < 0) return;
    const rate = (b: { s: number; n: number }) => b.s / b.n;
    const left = k > 0 ? Math.abs(rate(blocks[k]) - rate(blocks[k - 1])) : Infinity;
    const right = k < blocks.length - 1 ? Math.abs(rate(blocks[k]) - rate(blocks[k + 1])) : Infinity;
    const j = left <= right ? k - 1 : k + 1;
    const [a, b] = j < k ? [blocks[j], blocks[k]] : [blocks[k], blocks[j]];
    a.s += b.s;
    a.n += b.n;
    a.hi = b.hi;
    blocks.splice(blocks.indexOf(b), 1);
  }
}

/** Apply Platt scaling to a probability. */
export function applyPlatt(p: number, c: Platt): number {
  return 1 / (1 + Math.exp(-(c.a * logit(p) + c.b)));
}

/** Is the example's article news copy (the answerer switched the news features on)? Decided from the text, not the file. */
export function isNewsCopyExample(e: AnswerableExample): boolean {
  return e.features !== null && e.features[NEWS_FEATURE] === 1;
}

/**
 * How the isotonic map is fitted: 'pooled' (one table over every answer) or 'source' (one table
 * for news copy, one for other text; src/core/answer/calibration.ts calibrate).
 */
export type CalibrationMode = 'pooled' | 'source';

/** The shipped calibration mode (a news-copy table shipped means 'source'). */
export const SHIPPED_CALIBRATION: CalibrationMode = ANSWERABLE_CALIBRATION_NEWS ? 'source' : 'pooled';

/**
 * Held-out calibrated probabilities: the cross-validated probabilities, recalibrated by
 * isotonic regression fitted on the other half of the articles (two halves, each calibrated by
 * the other), as the shipped model is (src/core/answer/calibration.ts); with mode 'source' each
 * kind of text (news copy or not) by a table fitted on its own kind.
 */
export function crossCalibrated(examples: readonly AnswerableExample[], p: Float64Array, minBlock = ISOTONIC_MIN_BLOCK, mode: CalibrationMode = SHIPPED_CALIBRATION): Float64Array {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const half = new Map(groups.map((g, i) => [g, i % 2]));
  const out = new Float64Array(p.length);
  const kinds = mode === 'source' ? [false, true] : [null];
  for (const h of [0, 1]) {
    for (const kind of kinds) {
      const mine = (e: AnswerableExample) => kind === null || isNewsCopyExample(e) === kind;
      const idx = examples.map((e, k) => (e.features && !e.pattern && mine(e) && half.get(e.group) !== h ? k : -1)).filter((k) => k >= 0);
      const c = fitIsotonic(
        idx.map((k) => p[k]),
        idx.map((k) => examples[k].right),
        minBlock,
      );
      examples.forEach((e, k) => {
        if (half.get(e.group) === h && mine(e)) out[k] = e.features ? applyIsotonic(p[k], c) : p[k];
      });
    }
  }
  return out;
}
