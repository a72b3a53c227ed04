/**
 * The deed a question asks about, in the words a sports or news report writes it with: "speak"
 * as "said", "play" as "face", "against" or "matches" (said-otherwise.ts DEED_OTHERWISE). The
 * checks that refuse a date or a count for a deed the sentence never says let these stand.
 * Story text of our own.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const DERBY = parseArticle(
  [
    'Rovers sweat on striker before derby',
    '',
    'BRISTOL, England, Oct. 2 (PA) -- Bristol Rovers are waiting on a scan for striker Luke Dale before the derby.',
    '',
    'Manager Joey Barton said Thursday that Dale had felt his hamstring in training.',
    '',
    'Rovers face Bristol City at the Memorial Stadium on Sunday.',
    '',
    'Dale has scored seven goals in 11 matches this season.',
  ].join('\n'),
  { id: 'derby', fileName: 'derby.txt' },
);

describe('a deed written in other news words', () => {
  it('"When did X speak?" over "X said Thursday"', () => {
    // Before: refused ("never says the deed dated").
    expect(answer('When did Barton speak?', DERBY).answer).toBe('Thursday');
  });
  it('"When do A play B?" over "A face B ... on Sunday"', () => {
    // Before: refused ("never says the deed dated").
    expect(answer('When do Rovers play Bristol City?', DERBY).answer).toBe('Sunday');
  });
  it('"How many matches has X played?" over "in 11 matches"', () => {
    // Before: refused ("never says the deed counted").
    expect(answer('How many matches has Dale played this season?', DERBY).answer).toBe('11');
  });
});

const BOARD = parseArticle(
  [
    'New chair for harbour trust',
    '',
    'PLYMOUTH, England, June 4 (PA) -- The harbour trust has a new chair after a year of rows over the marina.',
    '',
    'Ruth Abbott was appointed chair of the trust in March.',
    '',
    'Abbott revealed on Tuesday that the trust would sell two of its buildings.',
    '',
    'The trust snapped up the old customs house in 2015.',
  ].join('\n'),
  { id: 'board', fileName: 'board.txt' },
);

describe('a dated deed written in other news words', () => {
  // Before: each refused ("never says the deed dated").
  it('"become" as "was appointed"', () => {
    expect(answer('When did Abbott become chair of the trust?', BOARD).answer).toBe('March');
  });
  it('"say" as "revealed"', () => {
    expect(answer('When did Abbott say the trust would sell buildings?', BOARD).answer).toBe('Tuesday');
  });
  it('"buy" as "snapped up"', () => {
    expect(answer('When did the trust buy the customs house?', BOARD).answer).toBe('2015');
  });
});
