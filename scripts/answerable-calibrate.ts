/**
 * Calibration of the answerability model's probabilities: isotonic tables (the shipped map) and
 * Platt scaling, one table for all text or one per kind of text (news copy or not), the held-out
 * recalibration the figures use, and the calibration check (bins of confidence against how often
 * the answer is right).
 */
import { ANSWERABLE_FEATURES } from '../src/core/answer/answerable.ts';
import { applyIsotonic, ISOTONIC_MIN_BLOCK, type IsotonicTable } from '../src/core/answer/calibration.ts';
import { ANSWERABLE_CALIBRATION_NEWS } from '../src/core/answer/answerable-weights.ts';
import type { AnswerableExample } from './answerable-examples.ts';
import { halves } from './answerable-folds.ts';

const NEWS_FEATURE = ANSWERABLE_FEATURES.indexOf('news');

/** Calibration on held-back articles is kept within this many points in every bin of at least CALIBRATION_MIN_N answers (tests/core/answer/answer-honest.test.ts). */
export const CALIBRATION_TOLERANCE = 0.1;
export const CALIBRATION_MIN_N = 20;

/** The worst gap between mean confidence and share right over the populated bins of held-out, recalibrated probabilities. */
export function worstCalibrationGap(examples: readonly AnswerableExample[], raw: Float64Array, mode: CalibrationMode = SHIPPED_CALIBRATION): number {
  const bins = calibration(examples, crossCalibrated(examples, raw, ISOTONIC_MIN_BLOCK, mode)).filter((b) => b.n >= CALIBRATION_MIN_N);
  return Math.max(0, ...bins.map((b) => Math.abs(b.mean - b.right)));
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
  const half = halves(examples);
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

/** The isotonic table the training script ships: fitted on the cross-validated raw probabilities of the examples the model decides (of one kind of text, or all). */
export function shippedTable(all: readonly AnswerableExample[], raw: Float64Array, newsCopy: boolean | null = null): IsotonicTable {
  const used = all.map((e, k) => (e.features && !e.pattern && (newsCopy === null || isNewsCopyExample(e) === newsCopy) ? k : -1)).filter((k) => k >= 0);
  return fitIsotonic(
    used.map((k) => raw[k]),
    used.map((k) => all[k].right),
    ISOTONIC_MIN_BLOCK,
  );
}

/** The shipped tables of a mode: other text (or all), and news copy (null when pooled). */
export function shippedTables(all: readonly AnswerableExample[], raw: Float64Array, mode: CalibrationMode): { plain: IsotonicTable; news: IsotonicTable | null } {
  return mode === 'source' ? { plain: shippedTable(all, raw, false), news: shippedTable(all, raw, true) } : { plain: shippedTable(all, raw), news: null };
}
