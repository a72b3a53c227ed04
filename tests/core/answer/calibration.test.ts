import { describe, expect, it } from 'vitest';
import { fitIsotonic } from '../../../scripts/answerable-cv.ts';
import { applyIsotonic } from '../../../src/core/answer/calibration.ts';
import { ANSWERABLE_CALIBRATION } from '../../../src/core/answer/answerable-weights.ts';

describe('isotonic calibration of answer confidence', () => {
  it('pools answers whose share right would fall as the probability rises', () => {
    // 0.2 right, 0.3 wrong: pooled (half right); 0.4 and 0.5 both right: one block.
    const t = fitIsotonic([0.5, 0.3, 0.2, 0.4], [true, false, true, true]);
    expect(t.x).toEqual([0.25, 0.45]);
    expect(t.v[0]).toBeCloseTo(1.5 / 3, 4);
    expect(t.v[1]).toBeCloseTo(2.5 / 3, 4);
    for (let i = 1; i < t.v.length; i++) expect(t.v[i]).toBeGreaterThanOrEqual(t.v[i - 1]);
  });

  it('pools a block smaller than the minimum with the neighbour closest in share right', () => {
    // Plain PAV: [0.1 wrong x3], [0.2 right, 0.3 wrong] (half), [0.4-0.7 right x4].
    const p = [0.1, 0.11, 0.12, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
    const right = [false, false, false, true, false, true, true, true, true];
    expect(fitIsotonic(p, right).x).toHaveLength(3);
    // With at least 3 a block, the half-right pair (as far from 0 as from 1: the tie goes left) joins
    // the all-wrong block, leaving two blocks whose shares still rise.
    const t = fitIsotonic(p, right, 3);
    expect(t.x).toHaveLength(2);
    expect(t.v[0]).toBeCloseTo(1.5 / 6, 4);
    expect(t.v[1]).toBeCloseTo(4.5 / 5, 4);
  });

  it('interpolates between blocks and stays flat beyond the ends', () => {
    const t = { x: [0.2, 0.6], v: [0.1, 0.5] };
    expect(applyIsotonic(0.4, t)).toBeCloseTo(0.3, 9);
    expect(applyIsotonic(0.05, t)).toBe(0.1);
    expect(applyIsotonic(0.95, t)).toBe(0.5);
  });

  it('ships a table that never lowers confidence as the model grows surer', () => {
    expect(ANSWERABLE_CALIBRATION.x.length).toBeGreaterThan(5);
    let last = -1;
    for (let p = 0; p <= 1; p += 0.01) {
      const q = applyIsotonic(p, ANSWERABLE_CALIBRATION);
      expect(q).toBeGreaterThanOrEqual(last);
      expect(q).toBeGreaterThan(0);
      expect(q).toBeLessThan(1);
      last = q;
    }
  });
});
