/**
 * Session 15's general causes of misses on an eighth fresh batch of news questions
 * (docs/answers-news-batch8.md), on stories of our own, each with a near shape that must not
 * change: "Who is X?" answered by a job the story writes without a title word or article
 * ("meteorologist X", "X, head of policy at Y,", "Y's rights chief, X,", "a young woman named X",
 * "X is president of Y"); an amount asked of one the sentence does not name while it names another; "told <a longer audience> that ..." and "said at <where and when> that ...".
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: null, date: '2015-04-10', agency: null };

const CHARITY = makeArticle({
  text:
    'A new plan to cut the number of suicides was published on Monday. ' +
    'Claire Dunn, head of policy at the Hope Trust, told the BBC that many attempts were made on impulse. ' +
    'Tom Reid, managing director of Bristol Airport, said staff there would be trained. ' +
    'Meteorologist Ivan Lopez said the storm would weaken. ' +
    "Spain's human rights chief, Pablo Ortega, said he hoped the plan would work. " +
    'Just a year ago, a young nurse named Ana Silva was caring for her family alone. ' +
    'Paul Grant is president of Grant Asset Management and editor of the Grant Report. ' +
    'Mary Cole, a spokeswoman for the Hope Trust, said the plan came too late.',
});

describe('"Who is X?" answered by a job written without a title word', () => {
  it('reads a job set off by commas with no article ("X, head of policy at Y,")', () => {
    expect(answer('Who is Claire Dunn?', CHARITY).answer).toBe('head of policy at the Hope Trust');
    expect(answer('Who is Tom Reid?', CHARITY).answer).toBe('managing director of Bristol Airport');
  });
  it('reads a job named by the work before the name ("Meteorologist X")', () => {
    expect(answer('Who is Ivan Lopez?', CHARITY).answer).toBe('Meteorologist');
  });
  it("reads a job after a named possessor (\"Spain's human rights chief, X,\")", () => {
    expect(answer('Who is Pablo Ortega?', CHARITY).answer).toBe("Spain's human rights chief");
  });
  it('reads "a young nurse named X" and "X is president of Y"', () => {
    expect(answer('Who is Ana Silva?', CHARITY).answer).toBe('a young nurse');
    expect(answer('Who is Paul Grant?', CHARITY).answer).toBe('president of Grant Asset Management and editor of the Grant Report');
  });
  it('still reads the apposition with an article as before (guard)', () => {
    expect(answer('Who is Mary Cole?', CHARITY).answer).toBe('a spokeswoman for the Hope Trust');
  });
});

const STORMS = makeArticle({
  text:
    'Sam Okafor has joined Roma on loan. ' +
    'A large storm named Ada is moving west over the ocean and could reach the coast on Sunday. ' +
    'The country is often hit by storms. ' +
    'In March, for instance, Bora killed at least 12 people in the north and injured hundreds more. ' +
    'Kalu Obi, who joined the club in 2012, has played 40 times for them. ' +
    'The 21-year-old, who joined Leeds in January, spent last season on loan at Hull, making 22 appearances.',
  dateline: DATED,
});

describe("an amount asked of one that the sentence does not name, while it names another", () => {
  it("refuses another's figure", () => {
    expect(answer('How many people has Ada killed?', STORMS).found).toBe(false);
  });
  it('still gives the figure of the one it names, or of a description that may stand for the one asked (guards)', () => {
    expect(answer('How many people did Bora kill?', STORMS).answer).toBe('at least 12');
    expect(answer('How many appearances did Sam Okafor make for Hull?', STORMS).answer).toBe('22');
  });
});

const TOLD = makeArticle({
  text:
    'The charity published its report on Monday. ' +
    'Claire Dunn told the BBC News website that many attempts were made on impulse. ' +
    'Rights chief Omar Haddad told news outlet France 24 last year that he hoped the case would end well. ' +
    'Boss Tim Reid said at the launch event last month that the watch will last 18 hours. ' +
    'Judge Ann Fox told the court the man knew that the car was stolen.',
  dateline: DATED,
});

describe('"What did X say?" over "told <a longer audience> that ..." and "said at <where and when> that ..."', () => {
  it('gives what was said, without whom or where', () => {
    expect(answer('What did Claire Dunn say?', TOLD).answer).toBe('many attempts were made on impulse');
    expect(answer('What did Omar Haddad say?', TOLD).answer).toBe('he hoped the case would end well');
    expect(answer('What did Tim Reid say?', TOLD).answer).toBe('the watch will last 18 hours');
  });
  it('keeps a clause of its own before "that" (guard)', () => {
    expect(answer('What did Ann Fox say?', TOLD).answer).toMatch(/^the man knew/);
  });
});
