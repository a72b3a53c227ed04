/**
 * Session 18's general causes of misses on an eleventh fresh batch of news questions
 * (docs/answers-news-batch11.md), on stories of our own, each with a near shape that must not
 * change.
 */
import { describe, expect, it } from 'vitest';
import { answer, answerOutcome } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: null, date: '2012-02-08', agency: null };

// A column that compares states figure by figure.
const TURNOUT = makeArticle({
  text:
    'Republican turnout is down again this year, and party officials are worried. ' +
    'In Ohio, more than 80,000 people turned out for the caucus in 2008. ' +
    'Nevada was even worse, with 30,500 people turning out in a state with more than 400,000 registered Republicans. ' +
    'The campaigns spent heavily on television in Arizona, where turnout also fell. ' +
    'Analysts said the enthusiasm gap was a bad omen for the general election.',
  dateline: DATED,
});

describe('an amount asked of a region is not read from a sentence about another region', () => {
  it('refuses "How many ... in Arizona / does Arizona have?" over sentences about Ohio and Nevada', () => {
    expect(answerOutcome(answer('How many registered Republicans does Arizona have?', TURNOUT))).toBe('refused');
    expect(answerOutcome(answer('How many people turned out in Arizona?', TURNOUT))).toBe('refused');
  });
  it('refuses a region the story never names when it names others ("in Maine")', () => {
    expect(answerOutcome(answer('How many people turned out in Maine?', TURNOUT))).toBe('refused');
  });
  it("still reads the asked region's own figure", () => {
    expect(answer('How many registered Republicans does Nevada have?', TURNOUT).answer).toMatch(/400,000/);
    expect(answer('How many people turned out in Ohio?', TURNOUT).answer).toMatch(/80,000/);
  });
});

// A court report naming two families.
const VERDICT = makeArticle({
  text:
    'A jury on Wednesday found Dale Hobbs guilty of murdering the football player Terry Lane. ' +
    'Maria Hobbs, Hobbs\'s mother, cried when the verdict was read. ' +
    'Lane had been waiting in a car to give his cousin, Paul Reed, a ride home from his girlfriend\'s house. ' +
    'Peter Lane, Lane\'s father, said the family could now grieve.',
  dateline: DATED,
});

describe('"What is the name of X\'s mother?" is not answered by another\'s kin in apposition', () => {
  it('refuses a kin word owned by another name ("Maria Hobbs, Hobbs\'s mother," for Lane\'s mother)', () => {
    expect(answer("What is the name of Lane's mother?", VERDICT).answer).not.toMatch(/Maria/);
  });
  it('refuses a kin word inside a phrase about another ("Paul Reed, a ride home from his girlfriend\'s house")', () => {
    expect(answer("What is the name of Lane's girlfriend?", VERDICT).answer).not.toMatch(/Paul Reed/);
  });
  it("still reads the asked person's own kin", () => {
    expect(answer("What is the name of Hobbs's mother?", VERDICT).answer).toMatch(/Maria Hobbs/);
    expect(answer("What is the name of Lane's father?", VERDICT).answer).toMatch(/Peter Lane/);
  });
});

const AGES = makeArticle({
  text:
    'A teenager was found guilty on Wednesday of killing the student Sam Ford in 2014. ' +
    'Carter was 15 years old when Ford was killed and was tried as an adult. ' +
    'Ford had been due to start university two days later. ' +
    'His sister Jane Ford was just 12 when her brother was killed.',
  dateline: DATED,
});

describe('"How old was X when ...?" is not answered by the age of another named right before "was"', () => {
  it('refuses "How old was Sam Ford when he was killed?" over "Carter was 15 years old when Ford was killed"', () => {
    expect(answer('How old was Sam Ford when he was killed?', AGES).answer).not.toBe('15');
  });
  it('still reads the age of the person named before "was"', () => {
    expect(answer('How old was Carter when Ford was killed?', AGES).answer).toBe('15');
    expect(answer('How old was Jane Ford when her brother was killed?', AGES).answer).toMatch(/\b12\b/);
  });
});

const FIGURES = makeArticle({
  text:
    'Visitor numbers at the castle fell sharply this spring. ' +
    'The castle had just over 12,000 visitors at Easter this year -- two years ago it was nearly 19,000. ' +
    'The gardens drew more than 8,000 people in 2014, but in 2016 it was 5,500. ' +
    'The trust said the weather was to blame.',
  dateline: DATED,
});

describe('"How many ... <time>?" reads the figure of the clause that names the asked time', () => {
  it('takes the figure after "two years ago it was" and "in 2016 it was"', () => {
    expect(answer('How many visitors did the castle have at Easter two years ago?', FIGURES).answer).toMatch(/19,000/);
    expect(answer('How many people did the gardens draw in 2016?', FIGURES).answer).toMatch(/5,500/);
  });
  it("still reads the figure whose own clause names the asked time", () => {
    expect(answer('How many people did the gardens draw in 2014?', FIGURES).answer).toMatch(/8,000/);
  });
});

const STUDY = makeArticle({
  text:
    'A cheap eye test cut blindness from diabetes by a quarter, a study found. ' +
    'The trial was led by Dr. Meera Rao of Lakeside General Hospital in Leeds. ' +
    'The report was written by Tom Hale and checked by two nurses.',
  dateline: DATED,
});

describe('"Who led X?" over "X was led by Dr. Y of Z": a title\'s full stop ends no name', () => {
  it('reads the doer with the body it is "of", not "Dr"', () => {
    expect(answer('Who led the trial?', STUDY).answer).toBe('Meera Rao of Lakeside General Hospital');
  });
  it('still reads a doer with no title', () => {
    expect(answer('Who wrote the report?', STUDY).answer).toBe('Tom Hale');
  });
});
