import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rougeAll, rougeScore, rougeTokens, type RougeType } from '../../scripts/lib/rouge.ts';

interface Case {
  name: string;
  type: RougeType;
  stem: boolean;
  target: string;
  prediction: string;
  expect: [number, number, number];
}

// Values from runs of the original ROUGE-1.5.5 (google-research rouge_scorer_test.py).
const cases = JSON.parse(readFileSync(new URL('../fixtures/rouge-cases.json', import.meta.url), 'utf8')) as Case[];

describe('ROUGE against ROUGE-1.5.5 test vectors', () => {
  it('has the vectors', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  for (const c of cases) {
    it(`${c.name} (${c.type}, stem=${c.stem})`, () => {
      const s = rougeScore(c.type, c.target, c.prediction, c.stem);
      expect(s.precision).toBeCloseTo(c.expect[0], 4);
      expect(s.recall).toBeCloseTo(c.expect[1], 4);
      expect(s.f).toBeCloseTo(c.expect[2], 4);
    });
  }
});

describe('ROUGE basics', () => {
  it('tokenizes like rouge-score: lowercase, [a-z0-9]+, stems only tokens longer than 3', () => {
    expect(rougeTokens("The runner's running-shoes cost $1,200!")).toEqual(['the', 'runner', 's', 'run', 'shoe', 'cost', '1', '200']);
    expect(rougeTokens('Running dogs', false)).toEqual(['running', 'dogs']);
    expect(rougeTokens('was ties')).toEqual(['was', 'ti']);
  });

  it('scores identical summaries 1 and disjoint ones 0', () => {
    const s = rougeAll('The cat sat on the mat.\nIt purred.', 'The cat sat on the mat.\nIt purred.');
    for (const k of ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'] as const) expect(s[k].f).toBeCloseTo(1, 10);
    const z = rougeAll('alpha beta gamma', 'delta epsilon');
    expect(z.rouge1.f).toBe(0);
    expect(z.rougeLsum.f).toBe(0);
  });

  it('clips repeated n-grams and handles empty text', () => {
    const s = rougeScore('rouge1', 'the cat', 'the the the cat');
    expect(s.precision).toBeCloseTo(2 / 4);
    expect(s.recall).toBeCloseTo(1);
    expect(rougeScore('rouge2', '', 'anything at all').f).toBe(0);
    expect(rougeScore('rougeLsum', 'a b', '').f).toBe(0);
  });

  it('ROUGE-Lsum rewards sentence-wise matches that plain ROUGE-L misses', () => {
    const target = 'police arrested the man\nthe storm hit the coast';
    const pred = 'the storm hit the coast\npolice arrested the man';
    expect(rougeScore('rougeLsum', target, pred).f).toBeCloseTo(1, 10);
    expect(rougeScore('rougeL', target, pred).f).toBeLessThan(0.7);
  });
});
