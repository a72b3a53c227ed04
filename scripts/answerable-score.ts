/**
 * Scoring held-out answerability decisions: SQuAD 2.0 F1 at a threshold, the best threshold, AUC,
 * and whether the answerer gives an answer at all.
 */
import { answersAt } from '../src/core/answer/calibration.ts';
import type { AnswerableExample } from './answerable-examples.ts';

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
