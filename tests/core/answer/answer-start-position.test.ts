/**
 * Session 15: "Where will X start?" in a race report asks for a grid position ("will start seventh"),
 * as "Where did X finish?" asks for a finishing one (span-news.ts position). Story written for the test.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const RACE = makeArticle({
  text:
    'Dario Franchitti topped the final practice session on Friday, his team said. ' +
    "Graham Rahal, who will start seventh in Rahal Letterman Racing's No. 30 car, was slowest of the leading drivers. " +
    'The race will start in Indianapolis at noon on Sunday and finish in front of 300,000 fans, organisers said.',
});

describe('a starting position (span-news.ts position)', () => {
  it('"Where will Rahal start?" gives the grid position, not the team name after it', () => {
    const a = answer('Where will Graham Rahal start?', RACE);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('seventh');
  });
  it('near shape: "Where will the race start?" with no position near the verb stays a place', () => {
    expect(answer('Where will the race start?', RACE).answer).toBe('Indianapolis');
  });
});
