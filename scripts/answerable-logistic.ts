/**
 * The answerability model's fit: L2-regularised logistic regression, one head or two (factored),
 * deterministic, with identical fits reused; and the log-loss the L2 strengths are chosen by.
 */
import { NANSWERABLE } from '../src/core/answer/answerable.ts';
import { ANSWERABLE_FIT } from '../src/core/answer/answerable-weights.ts';
import type { AnswerableExample } from './answerable-examples.ts';

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

/** The regularisations scripts/train-answerable.ts chooses among. */
export const L2_GRID = [0.0001, 0.0005, 0.002, 0.005, 0.02] as const;

/** The regularisations of the second head (right given answerable) in the factored form. */
export const L2_SPAN_GRID = [0.005, 0.02, 0.05, 0.1] as const;

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
