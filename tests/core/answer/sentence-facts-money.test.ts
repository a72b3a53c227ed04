/**
 * The span model's money features read the shared currency table (core/text/currency-words.ts):
 * "12 million crowns" is an amount to the span features as it is to the money readers.
 */
import { describe, expect, it } from 'vitest';
import { isAmountWord } from '../../../src/core/answer/sentence-facts.ts';

describe('isAmountWord (span features)', () => {
  it('reads signs, shares and the currencies of the shared table', () => {
    for (const [w, prev] of [['$', undefined], ['%', '5'], ['percent', '12'], ['dollars', 'million'], ['crowns', 'million'], ['kronor', 'the'], ['rupees', '40']] as const) {
      expect(isAmountWord(w, prev), w).toBe(true);
    }
  });
  it('reads an everyday word that names a currency only after a number', () => {
    expect(isAmountWord('won', 'billion')).toBe(true);
    expect(isAmountWord('won', 'team')).toBe(false);
    expect(isAmountWord('real', 'the')).toBe(false);
    expect(isAmountWord('mill', '12')).toBe(false);
  });
});
