/**
 * The answerability fit (scripts/answerable-cv.ts fitAnswerable) lists each example's non-zero
 * features once and reuses identical fits: the weights must be, bit for bit, those of the plain
 * dense gradient loop it replaced, or a refit would silently change the shipped model.
 */
import { describe, expect, it } from 'vitest';
import { NANSWERABLE, answerProbability } from '../../src/core/answer/answerable.ts';
import { fitAnswerable, type AnswerableExample } from '../../scripts/answerable-cv.ts';

/** The dense loop as it was before (full-batch AdaGrad, L2 on every weight but the bias). */
function denseFit(examples: readonly AnswerableExample[], l2: number, iterations: number): Float64Array {
  const data = examples.filter((e) => e.features && (e.weight ?? 1) > 0);
  const w = new Float64Array(NANSWERABLE);
  const grad = new Float64Array(NANSWERABLE);
  const g2 = new Float64Array(NANSWERABLE).fill(1e-8);
  let total = 0;
  for (const e of data) total += e.weight ?? 1;
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    for (const e of data) {
      const x = e.features!;
      const d = (e.weight ?? 1) * (answerProbability(x, w) - (e.right ? 1 : 0));
      for (let k = 0; k < NANSWERABLE; k++) if (x[k] !== 0) grad[k] += d * x[k];
    }
    for (let k = 0; k < NANSWERABLE; k++) {
      const g = grad[k] / total + (k === 0 ? 0 : l2 * w[k]);
      g2[k] += g * g;
      w[k] -= g / Math.sqrt(g2[k]);
    }
  }
  return w;
}

/** Made-up sparse examples from a fixed linear congruential sequence (no randomness between runs). */
function examples(n: number): AnswerableExample[] {
  let s = 12345;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, j) => {
    const features = new Float64Array(NANSWERABLE);
    features[0] = 1;
    for (let k = 1; k < NANSWERABLE; k++) if (next() < 0.2) features[k] = next() < 0.5 ? 1 : next() * 3 - 1;
    const right = next() < 0.4 + 0.2 * features[1];
    return { group: `g${j % 7}`, impossible: !right && next() < 0.5, span: 'x', f1: right ? 1 : 0, em: right ? 1 : 0, right, features, pattern: false, vetoed: false, weight: j % 3 === 0 ? 2.5 : 0.75 };
  });
}

describe('the answerability fit', () => {
  it('gives the dense loop\'s weights bit for bit, and the same again from its cache', () => {
    const xs = examples(300);
    const dense = denseFit(xs, 0.002, 60);
    const sparse = fitAnswerable(xs, { l2: 0.002, iterations: 60 });
    expect([...sparse].every((v, k) => Object.is(v, dense[k]))).toBe(true);
    // Copies of the examples (as the fold and head code makes them) hit the cache: the same weights, a fresh array.
    const again = fitAnswerable(xs.map((e) => ({ ...e })), { l2: 0.002, iterations: 60 });
    expect(again).not.toBe(sparse);
    expect([...again]).toEqual([...sparse]);
    // Another weighting is another fit.
    const other = fitAnswerable(xs.map((e) => ({ ...e, weight: 1 })), { l2: 0.002, iterations: 60 });
    expect([...other]).not.toEqual([...sparse]);
  });
});
