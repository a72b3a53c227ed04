/**
 * Company suffixes ("Inc.", "Corp.", "L.P.", "S.A.", "Plc.") inside a
 * name or a list of names do not end a sentence; at the real end of a sentence, followed by
 * one that plainly starts, they still do. On qa-dev a paragraph was cut at "Bloomberg L.P. |
 * CEO Daniel Doctoroff", leaving "CEO Daniel Doctoroff" without its company.
 */
import { describe, expect, it } from 'vitest';
import { sentences, splitSentences } from '../../../src/core/text/text.ts';

describe('splitSentences() and company names', () => {
  it('keeps a name whole when a role, a name or another suffix follows the suffix', () => {
    for (const s of [
      'Bloomberg L.P. CEO Daniel Doctoroff spoke at the dinner.',
      'Microsoft Corp. Inc. CEO Satya Nadella said the deal was done.',
      'Carlyle Group L.P. Co-founder David Rubenstein said so.',
      'Barclays Plc. Chief Executive Jes Staley said so.',
      'Nestle S.A. Chairman Paul Bulcke spoke first.',
      'Samsung Electronics Co. Chairman Lee Kun-hee died on Sunday.',
    ]) expect(splitSentences(s)).toEqual([s]);
  });

  it('keeps a list of companies whole: a comma, a lower-case word or "and" after the suffix', () => {
    const s = 'Shares of Apple Inc., Google Inc. and Amazon.com Inc. rose, as did those of Acme Ltd. in London.';
    expect(splitSentences(s)).toEqual([s]);
  });

  it('a lowercase word spelt like a legal form ("spa", "ab") ends a sentence like any other word', () => {
    // Why the splitter keeps its own list apart from the entity finder's LEGAL_FORMS ("SpA", "AB").
    expect(splitSentences('He relaxed at the spa. Guests said it was quiet.')).toEqual(['He relaxed at the spa.', 'Guests said it was quiet.']);
    expect(splitSentences('She trained her ab. Results came fast.')).toEqual(['She trained her ab.', 'Results came fast.']);
  });

  it('still ends a sentence at a suffix when the next one plainly starts', () => {
    expect(splitSentences('He works at Acme Inc. The company said it would appeal.')).toEqual([
      'He works at Acme Inc.',
      'The company said it would appeal.',
    ]);
    expect(splitSentences('She founded Acme L.L.C. In 2010 she sold it.')).toEqual(['She founded Acme L.L.C.', 'In 2010 she sold it.']);
    expect(splitSentences('The fund is run by Carlyle Group L.P. The firm declined to comment.')).toEqual([
      'The fund is run by Carlyle Group L.P.',
      'The firm declined to comment.',
    ]);
  });

  it('keeps "Microsoft CEO Satya Nadella" in the sentence that names the company before it', () => {
    const text =
      'Notable alumni include Microsoft CEO Satya Nadella, Arley D. Cathey, Bloomberg L.P. CEO Daniel Doctoroff, ' +
      'Morningstar, Inc. founder and CEO Joe Mansueto, and NBA commissioner Adam Silver. The school is in Chicago.';
    const got = sentences(text);
    expect(got).toHaveLength(2);
    expect(got[0]).toContain('Bloomberg L.P. CEO Daniel Doctoroff');
  });

  it('leaves abbreviations that never end a sentence as they were ("e.g.", "Mr.", an initial)', () => {
    expect(splitSentences('See e.g. The Times of that day.')).toEqual(['See e.g. The Times of that day.']);
    expect(splitSentences('He met Mr. Smith and J. K. Rowling.')).toEqual(['He met Mr. Smith and J. K. Rowling.']);
  });
});
