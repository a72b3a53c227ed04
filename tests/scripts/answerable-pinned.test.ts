/**
 * The pinned answers guard the rule's choice (scripts/answerable-pinned.ts, step 5 of
 * scripts/answerable-rule.ts): a weights file that breaks an answer a test pins is rejected, named
 * with the tests it breaks, and the rule chooses again without it; and what `npm run eval -- qa2`
 * prints of step 1 is what the rule checks now (the guard of what ships), not the 90%.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ex } from './answerable-example.ts';
import { failedTests, firstPinnedPass, pinnedFailures } from '../../scripts/answerable-pinned.ts';
import { chooseJoint, guardOf, ruleFigures, stepOneLine, type Choice, type RuleCandidate, type RuleData } from '../../scripts/answerable-rule.ts';

/** qa2: unanswerable at 0.3, answerable at 0.6; news: unanswerable at 0.2, answerable at 0.5; qa-dev answerable at 0.7. */
function data(): RuleData {
  return {
    qa2: [ex({ impossible: true }), ex({})],
    pQa2: Float64Array.from([0.3, 0.6]),
    news: [ex({ impossible: true, news: true }), ex({ news: true })],
    pNews: Float64Array.from([0.2, 0.5]),
    dev: [ex({})],
    pDev: Float64Array.from([0.7]),
  };
}

describe('the pinned answers guard the rule', () => {
  it('reads the failed tests of a vitest report, a file that did not load included', () => {
    const report = {
      testResults: [
        { name: '/x/wt/tests/core/answer/answer-desk-s17.test.ts', status: 'failed', assertionResults: [{ status: 'passed', fullName: 'a' }, { status: 'failed', fullName: 'a question of one word the sentence says "Who is on strike?"' }] },
        { name: '/x/wt/tests/core/answer/broken.test.ts', status: 'failed', message: 'SyntaxError: x\nmore', assertionResults: [] },
        { name: '/x/wt/tests/core/answer/fine.test.ts', status: 'passed', assertionResults: [{ status: 'passed', fullName: 'b' }] },
      ],
    };
    expect(failedTests(report)).toEqual(['tests/core/answer/answer-desk-s17.test.ts: a question of one word the sentence says "Who is on strike?"', 'tests/core/answer/broken.test.ts: SyntaxError: x']);
  });

  it('rejects the rule\'s choice that breaks a pinned answer, and the same weights at either of its thresholds, and takes its next choice', () => {
    const c: RuleCandidate = { fit: { form: 'single' }, share: 0.4, data: data(), gap: 0 };
    const first = chooseJoint([c], Infinity).choice;
    const seen: string[] = [];
    const { choice, rejected } = firstPinnedPass<Choice>(
      (out) => (out.size ? chooseJoint([c], Infinity, undefined, undefined, undefined, [...out]).choice : first),
      // The pinned test breaks at the rule's first choice only.
      (x) => (x.thresholds.plain === first.thresholds.plain && x.thresholds.news === first.thresholds.news ? ['tests/core/answer/answer-desk-s17.test.ts: "Who is on strike?"'] : []),
      5,
      (x, failed) => seen.push(`${x.thresholds.plain}/${x.thresholds.news}: ${failed.length}`),
    );
    expect(rejected).toEqual([first]);
    expect(choice).toBeDefined();
    // The same weights at either of the rejected thresholds are out too.
    expect(choice!.thresholds.plain).not.toBe(first.thresholds.plain);
    expect(choice!.thresholds.news).not.toBe(first.thresholds.news);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatch(/: 1$/);
  });

  it('chooses nothing when every choice it tries breaks a pinned answer', () => {
    const c: RuleCandidate = { fit: { form: 'single' }, share: 0.4, data: data(), gap: 0 };
    const { choice, rejected } = firstPinnedPass<Choice>((out) => chooseJoint([c], Infinity, undefined, undefined, undefined, [...out]).choice, () => ['broken'], 3);
    expect(choice).toBeUndefined();
    expect(rejected).toHaveLength(3);
  });

  it('runs the tests themselves with a candidate weights file: refusing everything breaks the desk\'s answers, the shipped file breaks none', () => {
    const shipped = readFileSync('src/core/answer/answerable-weights.ts', 'utf8');
    const refuseAll = shipped.replace(/refuseBelow: [\d.]+, refuseBelowNews: [\d.]+/, 'refuseBelow: 0.99, refuseBelowNews: 0.99');
    expect(refuseAll).not.toBe(shipped);
    const desk = ['tests/core/answer/answer-desk-s17.test.ts'];
    const failed = pinnedFailures(refuseAll, desk, []);
    expect(failed.some((f) => f.includes('"Who is Jason Riggs?"'))).toBe(true);
    expect(pinnedFailures(shipped, desk, [])).toEqual([]);
  }, 180_000);
});

describe('what eval prints of step 1', () => {
  it('is the guard of what ships with the qa-dev floor, the issue\'s 90% apart', () => {
    const d = data();
    const f = ruleFigures(d, { plain: 0.25, news: 0.25 });
    // News: the unanswerable one refused, the answerable one right: 100% / 100%; qa-dev 100.
    const line = stepOneLine(f, d, guardOf(f));
    expect(line).toContain('news guard kept, qa-dev floor kept');
    expect(line).toContain("the issue's target (not a step of the rule)");
    expect(line).not.toContain('>= 90% with the qa-dev floor kept: no');
    const short = stepOneLine(ruleFigures(d, { plain: 0.25, news: 0.1 }), d, guardOf(f));
    expect(short).toContain('news guard not kept');
    expect(short).toContain('news refused 0.0% < 90.0%');
  });
});
