/**
 * The training script's rule and the evaluation read ONE cross-validation (scripts/answerable-cv.ts):
 * on a small made-up fixture, the figures the rule chooses a configuration and thresholds by are
 * the figures the evaluation reports for that configuration at those thresholds.
 */
import { describe, expect, it } from 'vitest';
import { ANSWERABLE_FEATURES, NANSWERABLE } from '../../src/core/answer/answerable.ts';
import { crossValidateConfig, foldsOf, type AnswerableExample, type ExampleSets } from '../../scripts/answerable-cv.ts';
import { chooseJoint, figuresLine, ruleFigures } from '../../scripts/answerable-rule.ts';
import { evaluateCandidate, type FittedCandidate } from '../../scripts/answerable-rule-fit.ts';
import { ruleView } from '../../scripts/eval-qa2.ts';

const COVERAGE = ANSWERABLE_FEATURES.indexOf('coverage');
const ABSENT = ANSWERABLE_FEATURES.indexOf('absent');
const NEWS = ANSWERABLE_FEATURES.indexOf('news');

/** A deterministic stream of numbers in [0, 1). */
function stream(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * `n` examples over `articles` articles named `prefix`k: a covered, nothing-absent span is right
 * more often; unanswerable ones (a share `unanswerable`) are never right.
 */
function examples(prefix: string, n: number, articles: number, unanswerable: number, news: boolean, rnd: () => number): AnswerableExample[] {
  return Array.from({ length: n }, (_, k) => {
    const features = new Float64Array(NANSWERABLE);
    features[0] = 1;
    const impossible = rnd() < unanswerable;
    const cover = rnd();
    features[COVERAGE] = impossible ? cover * 0.8 : 0.2 + cover * 0.8;
    features[ABSENT] = rnd() < (impossible ? 0.6 : 0.2) ? 1 : 0;
    if (news) features[NEWS] = 1;
    const f1 = impossible ? 0 : rnd() < features[COVERAGE] ? 1 : 0.2;
    return { group: `${prefix}${k % articles}`, impossible, span: 'x', f1, em: f1 === 1 ? 1 : 0, right: f1 >= 0.5, features, pattern: false, vetoed: false, floor: 0 };
  });
}

function fixture(): ExampleSets {
  const rnd = stream(7);
  return { qa2: examples('q', 160, 6, 0.5, false, rnd), news: examples('n', 120, 12, 0.35, true, rnd), dev: examples('d', 60, 5, 0, false, rnd) };
}

describe('one cross-validation for the rule and the evaluation', () => {
  it("the rule's chosen figures are what the evaluation reports for the chosen configuration and thresholds", () => {
    const sets = fixture();
    const candidates: FittedCandidate[] = [];
    for (const fit of [{ form: 'single' as const, l2: 0.0005 }, { form: 'factored' as const, l2: 0.002, l2Span: 0.005 }]) {
      for (const share of [0.3, 0.5]) candidates.push(...evaluateCandidate(sets.qa2, sets.news, sets.dev, share, fit));
    }
    const { choice } = chooseJoint(candidates, Infinity);
    const c = choice.candidate;
    // The evaluation's path: the configuration alone (as written to the weights file), cross-validated afresh.
    const cv = crossValidateConfig(sets, { fit: c.fit, share: c.share, calibration: c.calibration });
    expect([...cv.data.pQa2]).toEqual([...c.data.pQa2]);
    expect([...cv.data.pNews]).toEqual([...c.data.pNews]);
    expect([...cv.data.pDev]).toEqual([...c.data.pDev]);
    expect(ruleFigures(cv.data, choice.thresholds)).toEqual(choice.figures);
    expect(cv.gap).toBe(c.gap);
    // ... and the line the evaluation prints is the rule's line for its choice.
    expect(ruleView(cv, choice.thresholds)).toContain(figuresLine(choice.figures));
    expect(ruleView(cv, choice.thresholds)).toContain(`margins ${choice.scored.margins.map((m) => m.toFixed(2)).join(', ')}`);
  });

  it('deals the articles into the same folds whatever the order of the examples', () => {
    const { qa2, news } = fixture();
    const a = foldsOf([...qa2, ...news]);
    const b = foldsOf([...news].reverse().concat(qa2));
    expect([...a].sort()).toEqual([...b].sort());
    expect(new Set(a.values()).size).toBe(5);
  });
});
