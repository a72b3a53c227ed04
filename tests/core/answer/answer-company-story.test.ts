/**
 * A company story of our own, asked what a reader asks first: a place the story never names is
 * refused even by the fixed patterns, a chief executive is named by the role written before the
 * name, and what he "told analysts" is what he said, not to whom.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const CUTS = parseArticle(
  [
    'Carmaker to cut 3,000 jobs as sales slump',
    '',
    'FRANKFURT, March 12 (Reuters) -- German carmaker Volkswagen will cut up to 3,000 jobs at its plant in Zwickau by the end of next year after sales of electric cars fell by 15 percent, the company said on Wednesday.',
    '',
    'Chief executive Oliver Blume told analysts that the cuts were painful but necessary. "We have to adapt to the market," he said.',
    '',
    'The IG Metall union said it would fight the plan and called a protest for Friday.',
  ].join('\n'),
  { id: 'cuts', fileName: 'cuts.txt' },
);

describe('a company story, asked as a reader would', () => {
  it('refuses a count asked about a place the story never names, and gives it for the place it does', () => {
    // Before: "up to 3,000" (80%) for Wolfsburg, which the story never mentions.
    const a = answer('How many jobs will be cut in Wolfsburg?', CUTS);
    expect(a.found).toBe(false);
    expect(answer('How many jobs will be cut in Zwickau?', CUTS).answer).toBe('up to 3,000');
  });

  it('names a chief executive by the role before the name, and gives what he told analysts', () => {
    // Before: "Chief executive Oliver Blume" (65%) and "analysts that the cuts were painful but necessary".
    expect(answer('Who is Oliver Blume?', CUTS).answer).toBe('Chief executive');
    // (Session 24: his own words quoted outright answer before the words reported, as the news questions' gold answers do.)
    expect(answer('What did Blume say?', CUTS).answer).toBe('We have to adapt to the market');
  });
});
