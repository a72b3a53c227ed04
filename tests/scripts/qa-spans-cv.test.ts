import { describe, expect, it } from 'vitest';
import { cause } from '../../scripts/qa-spans-cv.ts';

const SENTENCE = 'The council counted 212 heron nests along the river this spring, up from 180.';

describe('qa-spans-cv: why an answer lost F1', () => {
  it('reads an exact answer as right, whatever the sentence', () => {
    expect(cause('212', ['212'], SENTENCE)).toBe('right');
  });

  it('blames the sentence when the quoted one holds no gold answer', () => {
    expect(cause('180', ['300'], SENTENCE)).toBe('wrong sentence');
    expect(cause('180', ['300'], undefined)).toBe('wrong sentence');
  });

  it('tells a span sharing no word with the answer from one too long, too short or shifted', () => {
    expect(cause('the river', ['212 heron nests'], SENTENCE)).toBe('no overlap');
    expect(cause('212 heron nests along the river', ['212 heron nests'], SENTENCE)).toBe('too long');
    expect(cause('heron nests', ['212 heron nests'], SENTENCE)).toBe('too short');
    expect(cause('nests along the river', ['212 heron nests'], SENTENCE)).toBe('shifted');
  });
});
