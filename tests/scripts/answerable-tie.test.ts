/**
 * A confidence that ties with the refusal threshold (session 12): the answerer refuses *below*
 * the threshold, so a tie is answered, and it is read the same way, at the three decimals the
 * answerer reports, by the answerer, the cross-validated scoring (scripts/answerable-cv.ts
 * gives) and the rule that chooses the thresholds (scripts/answerable-rule.ts).
 */
import { describe, expect, it } from 'vitest';
import { answersAt, applyIsotonic } from '../../src/core/answer/calibration.ts';
import { answer } from '../../src/core/answer/answer.ts';
import { gives, squad2 } from '../../scripts/answerable-cv.ts';
import { ex } from './answerable-example.ts';
import { decisions, givesAt, ruleFigures, type RuleData } from '../../scripts/answerable-rule.ts';
import type { Article } from '../../src/core/types.ts';

describe('a confidence equal to the refusal threshold', () => {
  it('is answered, read in whole thousandths whatever the floating-point noise', () => {
    expect(answersAt(0.25, 0.25)).toBe(true);
    expect(answersAt(0.249, 0.25)).toBe(false);
    // 0.1 + 0.11 is 0.21000000000000002, the grid's 21 * 0.01 is 0.21000000000000002 too.
    expect(answersAt(0.21, 0.1 + 0.11)).toBe(true);
    expect(answersAt(0.1 + 0.11, 0.21)).toBe(true);
    // The answerer reports three decimals: 0.2096 is shown as 0.21 and answered at 0.21.
    expect(answersAt(0.2096, 0.21)).toBe(true);
    expect(answersAt(0.2094, 0.21)).toBe(false);
  });

  it('answers a whole flat block of the isotonic table that sits at the threshold', () => {
    const table = { x: [0.1, 0.155, 0.249, 0.3], v: [0.1, 0.25, 0.25, 0.4] };
    for (const raw of [0.155, 0.2, 0.249]) {
      const p = applyIsotonic(raw, table);
      expect(answersAt(p, 0.25)).toBe(true);
      expect(answersAt(p, 0.26)).toBe(false);
    }
  });

  it('is answered by the cross-validated scoring and by the rule, in news copy and other text', () => {
    const plain = ex({});
    const news = ex({ news: true });
    expect(gives(plain, 0.25, 0.25)).toBe(true);
    expect(gives(plain, 0.2096, 0.21)).toBe(true);
    expect(givesAt(news, 0.24, { plain: 0.5, news: 0.24 })).toBe(true);
    expect(givesAt(plain, 0.24, { plain: 0.25, news: 0.24 })).toBe(false);
    // The SQuAD-2 scoring of a threshold and the rule's figures count the tie as an answer.
    expect(squad2([plain], Float64Array.of(0.25), 0.25).answered).toBe(1);
    expect(Array.from(decisions([plain, news], Float64Array.of(0.21, 0.24), { plain: 0.21, news: 0.24 }))).toEqual([1, 1]);
    const d: RuleData = { qa2: [], pQa2: new Float64Array(), news: [ex({ news: true, impossible: true }), news], pNews: Float64Array.of(0.3, 0.3), dev: [], pDev: new Float64Array() };
    const f = ruleFigures(d, { plain: 0.3, news: 0.3 });
    expect(f.newsRefused).toBe(0);
    expect(f.newsRight).toBe(1);
  });

  it('is answered by the answerer, which refuses only below it', () => {
    const story: Article = {
      id: 'tie-story',
      title: '',
      text: 'The council approved a new bridge over the River Tamar on Tuesday. The bridge will cost 12 million pounds and open in 2028.',
      caption: null,
      dateline: { place: null, date: null, agency: null },
      url: null,
      publishedAt: null,
      source: null,
    };
    // (The span model's answer: a pattern's answer has a fixed confidence and no threshold.)
    const given = answer('What did the council approve?', story, { threshold: 0 });
    expect(given.found).toBe(true);
    const c = given.confidence;
    expect(answer('What did the council approve?', story, { threshold: c }).found).toBe(true);
    expect(answer('What did the council approve?', story, { threshold: c + 0.001 }).found).toBe(false);
  });
});
