/**
 * SAID_OTHERWISE's nouns (said-otherwise.ts): a question's "cost" is not "never mentioned" in a
 * story that says "pay a fee", nor its "vote" in one that says "asked to approve". Story text of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const MUSEUM = parseArticle(
  [
    'Museum to charge for new dinosaur hall',
    '',
    'LEEDS, England, May 12 (Reuters) -- The city museum will open its new dinosaur hall to visitors on Saturday after three years of building work.',
    '',
    'Adults will pay a fee of 12 pounds to enter the hall, and children under five go in free.',
    '',
    'The hall holds the skeleton of a 20-metre sauropod found in Argentina in 2019.',
    '',
    'The museum said it expected 200,000 visitors in the first year.',
  ].join('\n'),
  { id: 'museum', fileName: 'museum.txt' },
);

const BREWERY = parseArticle(
  [
    'Shareholders to decide on brewery deal',
    '',
    'LONDON, June 2 (Reuters) -- Shareholders of Harwood Brewing will be asked to approve the 900 million pound takeover by Norland Drinks at a meeting on 4 July, the company said on Monday.',
    '',
    'The board has recommended the offer, which values each share at 310 pence.',
  ].join('\n'),
  { id: 'brewery', fileName: 'brewery.txt' },
);

describe('a question noun the story says another way', () => {
  it('reads "cost" as the fee the story says is paid', () => {
    // Before: refused ('never mentions "cost"').
    const a = answer('What is the cost for adults to enter the hall?', MUSEUM);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('12 pounds');
  });

  it('reads "vote" as being asked to approve', () => {
    // Before: refused ('never mentions "vote"').
    const a = answer('When will Harwood shareholders vote on the takeover?', BREWERY);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('4 July');
  });
});
