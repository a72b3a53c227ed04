/**
 * One list of opposites for the answerability model: WordNet's antonym pointers and the hand
 * list, read by stem, with comparatives and superlatives read as their plain form.
 */
import { describe, expect, it } from 'vitest';
import { oppositeStems } from '../../../src/core/answer/opposites.ts';
import { stem } from '../../../src/core/answer/spans.ts';

describe('opposites', () => {
  it('gives WordNet opposites and the hand list by stem, both ways', () => {
    expect(oppositeStems('increase')).toContain(stem('decrease'));
    expect(oppositeStems('decreased')).toContain(stem('increase'));
    expect(oppositeStems('before')).toContain(stem('after'));
    expect(oppositeStems('cat')).toEqual([]);
  });

  it('reads a superlative as its plain form ("earliest" is the opposite of "late")', () => {
    expect(oppositeStems('earliest')).toContain(stem('latest'));
    expect(oppositeStems('earliest')).toContain(stem('late'));
  });

  it('keeps the hand list apart on request (WordNet-only pairs are left out)', () => {
    expect(oppositeStems('win', true)).toContain(stem('lose'));
    expect(oppositeStems('abduct')).toContain(stem('adduct'));
    expect(oppositeStems('abduct', true)).toEqual([]);
  });
});
