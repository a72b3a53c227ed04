/**
 * The answerability model's two heads: the confidence is P(the evidence answers the question)
 * times P(the span is right | it does), so either head alone can pull an answer under the
 * refusal threshold; a one-head table still reads as the plain logistic model.
 */
import { describe, expect, it } from 'vitest';
import { ANSWERABLE_FEATURES, GIVEN_ANSWERABLE, answerProbability, loadAnswerableWeights } from '../../../src/core/answer/answerable.ts';

const n = ANSWERABLE_FEATURES.length;
const features = (): Float64Array => {
  const f = new Float64Array(n);
  f[ANSWERABLE_FEATURES.indexOf('bias')] = 1;
  f[ANSWERABLE_FEATURES.indexOf('antoWN')] = 1;
  return f;
};
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('answerability heads', () => {
  it('a one-head table is the logistic model of "right"', () => {
    const w = loadAnswerableWeights({ bias: 1, antoWN: -2 });
    expect(w.length).toBe(n);
    expect(answerProbability(features(), w)).toBeCloseTo(sigmoid(-1), 10);
  });

  it('a two-head table multiplies "answerable" by "right if answerable"', () => {
    const w = loadAnswerableWeights({ bias: 2, antoWN: -3, [`${GIVEN_ANSWERABLE}bias`]: 1 });
    expect(w.length).toBe(2 * n);
    // An opposite word in the sentence sinks the answerable head whatever the span head says.
    expect(answerProbability(features(), w)).toBeCloseTo(sigmoid(-1) * sigmoid(1), 10);
    const plain = new Float64Array(n);
    plain[ANSWERABLE_FEATURES.indexOf('bias')] = 1;
    expect(answerProbability(plain, w)).toBeCloseTo(sigmoid(2) * sigmoid(1), 10);
  });
});
