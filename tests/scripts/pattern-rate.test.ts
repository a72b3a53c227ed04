import { describe, expect, it } from 'vitest';
import { choosePatternConfidence } from '../../scripts/pattern-rate.ts';

describe('choosePatternConfidence (scripts/pattern-rate.ts)', () => {
  it('keeps the shipped value while the 95% interval of the share right holds it', () => {
    // 77 of 89 (86.5%, 95%: 78-92%) holds 0.8.
    expect(choosePatternConfidence(0.8, 77, 89)).toBe(0.8);
    // Too few to say anything: the shipped value.
    expect(choosePatternConfidence(0.6, 2, 3)).toBe(0.6);
    expect(choosePatternConfidence(0.6, 0, 0)).toBe(0.6);
  });

  it('else gives the share right, rounded to 0.05', () => {
    // 70 of 119 (58.8%, 95%: 50-67%) does not hold 0.8.
    expect(choosePatternConfidence(0.8, 70, 119)).toBe(0.6);
    expect(choosePatternConfidence(0.5, 95, 100)).toBe(0.95);
  });
});
