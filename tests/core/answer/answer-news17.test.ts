/**
 * Session 24's general causes of misses on a seventeenth fresh batch of news questions (1996
 * Reuters copy, docs/answers-news-batch17.md), on stories of our own, each with a near shape that
 * must not change.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: 'NEW YORK', date: '1996-08-30', agency: null };

describe('What seed was X?: the ordinal a tournament report writes beside the name', () => {
  const story = makeArticle({
    text:
      'The 12th-seeded Paul Haney was knocked out of the city open on Thursday by an unseeded qualifier. ' +
      'Later in the evening, fourth seed Marco Ruiz beat the Swede Lars Ekberg in straight sets. ' +
      'Ekberg, who reached the semifinals last year, said he had been troubled by a back injury.',
    dateline: DATED,
  });
  it('reads "The 12th-seeded Haney"', () => {
    expect(answer('What seed was Haney?', story).answer).toBe('12th');
  });
  it('reads "fourth seed Marco Ruiz"', () => {
    expect(answer("What is Ruiz's seeding?", story).answer).toBe('fourth');
  });
  it("never gives another player's seeding to a player the story does not seed", () => {
    expect(answer('What seed was Ekberg?', story).answer).not.toMatch(/12th|fourth/);
  });
});

describe('What was the score?: a deficit or a lead on the way is no result; a goalless draw is one', () => {
  const story = makeArticle({
    text:
      'Ruiz had to wriggle out of a dangerous 2-6 1-4 hole against the Australian Tim Webb on Thursday. ' +
      'He won 11 of the last 12 games to reach the quarter-finals. ' +
      'In the night match, Haney beat Ekberg 6-3 6-4.',
    dateline: DATED,
  });
  it('refuses the score of a match the story gives only a deficit of', () => {
    expect(answer("What was the score of Ruiz's match against Webb?", story).found).toBe(false);
  });
  it('still gives a match score the story reports', () => {
    expect(answer("What was the score of Haney's match against Ekberg?", story).answer).toBe('6-3 6-4');
  });

  const match = makeArticle({
    text:
      'Norway dominated their World Cup qualifier against Wales on Saturday with wave after wave of attacks but were unable to break through and had to settle for a goalless draw. ' +
      'Wales, who beat Malta 4-0 in their opening match, rarely threatened.',
    dateline: DATED,
  });
  it('gives the goalless draw, not the score of another match', () => {
    expect(answer('What was the score between Norway and Wales?', match).answer).toBe('goalless draw');
  });
});

describe('a month the story never gives', () => {
  const story = makeArticle({
    text:
      'Personal incomes rose 0.3 percent in July after a 0.6 percent gain in June, the Commerce Department said on Friday. ' +
      'The savings rate held at 4.9 percent in July, the highest since March.',
    dateline: { place: 'WASHINGTON', date: '1996-08-30', agency: null },
  });
  it('refuses a figure asked for a month the report never names', () => {
    expect(answer('How much did incomes rise in May?', story).found).toBe(false);
  });
  it('still answers the month the report gives', () => {
    expect(answer('How much did incomes rise in July?', story).answer).toBe('0.3 percent');
  });
});

describe('What was <a report\'s measure>?: a figure', () => {
  const story = makeArticle({
    text:
      'Spending on durable goods, which includes cars, fell to an annual rate of $612.4 billion in July, the department said. ' +
      'Officials said all types of spending had slowed over the summer.',
    dateline: { place: 'WASHINGTON', date: '1996-08-30', agency: null },
  });
  it('gives the amount, not a phrase of the sentence', () => {
    expect(answer('What was spending on durable goods in July?', story).answer).toBe('$612.4 billion');
  });
});
