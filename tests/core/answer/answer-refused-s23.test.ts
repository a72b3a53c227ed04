/**
 * Session 23 (refused): checks that refused right answers in news copy, narrowed to the shape they
 * were written for (docs/answers-unanswered.md, "Session 23 (refused)"). Each story is our own;
 * each right answer was refused on main, and each near shape beside it must stay refused.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: null, date: '2015-04-10', agency: null };

const CAR = makeArticle({
  dateline: DATED,
  text:
    'The new hybrid coupe goes on sale in Britain next month, the carmaker said on Friday. ' +
    'Its petrol engine and two electric motors give it a combined 357 horsepower. ' +
    'The carmaker claims a 0-to-60 time of 4.4 seconds, and top speed is 150 m.p.h. ' +
    'The eco button keeps the car electric to 75 m.p.h. or until the battery runs low. ' +
    'Travel range is about 20 miles in electric mode, and recharging takes two hours.',
});

describe('a speed written "m.p.h." is a speed', () => {
  it('answers the top speed written with dotted letters', () => {
    expect(answer("What is the coupe's top speed?", CAR).answer).toMatch(/^150 m\.p\.h/);
  });
  it('answers "up to what speed" over "to 75 m.p.h."', () => {
    expect(answer('Up to what speed does the eco button keep the car electric?', CAR).answer).toMatch(/^75 m\.p\.h/);
  });
  it('still refuses a distance for a speed', () => {
    expect(answer('How fast is the coupe in electric mode?', CAR).found).toBe(false);
  });
});

const TRIAL = makeArticle({
  dateline: DATED,
  text:
    'A court in Leeds on Thursday jailed a man who ran a fake charity for three years. ' +
    'Marsh was convicted last week, while his brother, Dale, was cleared by the jury. ' +
    'City appointed Ron Bailey as coach in June, but he was sacked after 40 days and replaced by Neil Hart. ' +
    'Arsenal manager Tom Webb does not know why the striker chose the club - but he is glad the forward will be playing for his side rather than against them for Liverpool on Saturday. ' +
    'The House plan cuts $3 billion in spending, while the Senate plan raises fees by $1 billion. ' +
    'The judge praised the police for their work.',
});

describe('a clause after "but" or "while" that opens on a pronoun goes on about the one named', () => {
  it('"while his brother, Dale," answers who his brother is', () => {
    expect(answer("Who is Marsh's brother?", TRIAL).answer).toBe('Dale');
  });
  it('"but he was ... replaced by Neil Hart" answers who replaced him', () => {
    expect(answer('Who replaced Ron Bailey?', TRIAL).answer).toBe('Neil Hart');
  });
  it('still refuses when the asked name stands only after the pronoun ("Arsenal manager Webb ..., but he is glad ... for Liverpool")', () => {
    expect(answer("Who is Liverpool's manager?", TRIAL).found).toBe(false);
  });
  it('still refuses the figure of the clause about another', () => {
    expect(answer('How much does the Senate plan cut in spending?', TRIAL).found).toBe(false);
  });
});

const HELPLINE = makeArticle({
  dateline: DATED,
  text:
    'A forces charity has warned that its helpline is struggling to keep up with demand. ' +
    'The charity said there were more than 5,000 calls to the helpline from serving troops last year, up from 2,100 in 2014. ' +
    'Bird flu has been found at a farm with 1,000 birds near Preston, officials said. ' +
    'Striker Lee Moore scored 12 goals in 23 league appearances this season for Rovers.',
});

describe('"How many <noun> were made?" is said by the noun ("make" carries no deed of its own)', () => {
  it('answers how many calls were made from "5,000 calls"', () => {
    expect(answer('How many calls were made to the helpline from serving troops last year?', HELPLINE).answer).toBe('more than 5,000');
  });
  it('answers how many appearances were made from "23 league appearances"', () => {
    expect(answer('How many league appearances has Moore made this season?', HELPLINE).answer).toBe('23');
  });
  it('still refuses a count whose sentence never says the deed ("birds have died" over "a farm with 1,000 birds")', () => {
    expect(answer('How many birds have died?', HELPLINE).found).toBe(false);
  });
});

const FEVER = makeArticle({
  dateline: DATED,
  text:
    'Health officials in the province have confirmed 40 cases of the fever. ' +
    'Most deaths from the fever occur around ten days after the first symptoms appear, the ministry said. ' +
    'A fire at the clinic started about a half-hour before the doors opened, officials said. ' +
    'The health minister will face questions in session five of the inquiry.',
});

describe('a time told relative to another event ("ten days after ...", "a half-hour before ...") dates the deed', () => {
  it('answers "when" with "around ten days after the first symptoms"', () => {
    expect(answer('When do most deaths from the fever occur?', FEVER).answer).toMatch(/^around ten days after/);
  });
  it('answers "when" with "about a half-hour before the doors opened"', () => {
    expect(answer('When did the fire at the clinic start?', FEVER).answer).toMatch(/half-hour before the doors/);
  });
  it('still refuses a number that dates nothing ("session five")', () => {
    expect(answer('When will the health minister face questions?', FEVER).found).toBe(false);
  });
});

const CASE = makeArticle({
  dateline: DATED,
  text:
    'Prosecutors in Ohio closed their inquiry into the death of Sam Bradley, 17, at a county jail on Thursday. ' +
    'There was no criminal charge in the case, the county prosecutor said. ' +
    'In south Yorkshire, the council spent £185,590 on the salary of its chief executive last year. ' +
    'The family of the teenager said they would sue the county.',
});

describe('a name that only tells which thing ("in the Bradley case") is said by "in the case"', () => {
  it('answers the yes/no question from "no criminal charge in the case"', () => {
    expect(answer('Was there a criminal charge in the Bradley case?', CASE).answer).toMatch(/^No\b/);
  });
  it("still refuses another owner's figure (\"the salary of Leeds's chief executive\" over \"its chief executive\")", () => {
    expect(answer("What is the salary of Leeds's chief executive?", CASE).found).toBe(false);
  });
});
