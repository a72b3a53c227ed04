/**
 * Session 15's general causes of misses on an eighth fresh batch of news questions
 * (docs/answers-news-batch8.md), on stories of our own, each with a near shape that must not
 * change: "Who is X?" answered by a job the story writes without a title word or article
 * ("meteorologist X", "X, head of policy at Y,", "Y's rights chief, X,", "a young woman named X",
 * "X is president of Y"); an amount asked of one the sentence does not name while it names
 * another; "told <a longer audience> that ..." and "said at <where and when> that ..."; "Who plays
 * C?" in a review; "Where does X work?"; "while carrying ..." as no clause about another; "As X put
 * it, ..."; one named only inside a quotation.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { workplace } from '../../../src/core/answer/patterns-cast-work.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
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

const REVIEW = makeArticle({
  text:
    'The film follows a freshman pitcher through his first week at college. ' +
    'Jake (Tom Hale from "Glee") shares a house with the rest of the team. ' +
    'A few stand apart: the nerdy pitcher Jay Niles (Sam Street, freakily funny) and the coach, played by Ray Breck. ' +
    'The movie spins him into the arms of Beverly (Zoe Dutch), a drama student. ' +
    'Jake meets Beverly at a party.',
});

describe('"Who plays C?" in a review: the actor beside the character', () => {
  it('reads "C (Actor)" and "C, played by Actor"', () => {
    expect(answer('Who plays Beverly?', REVIEW).answer).toBe('Zoe Dutch');
    expect(answer('Who plays Jay Niles?', REVIEW).answer).toBe('Sam Street');
    expect(answer('Who plays Jake?', REVIEW).answer).toBe('Tom Hale');
  });
  it('does not take a character named beside another as an actor (guard)', () => {
    expect(answer('Who plays Jake?', REVIEW).answer).not.toBe('Beverly');
  });
});

const LAB = makeArticle({
  text:
    'A new study says the dinosaur deserves its own name. ' +
    'Emil Tsang, a paleontologist at the New University of Lisbon, Portugal, led the study, which took five years. ' +
    'Dr Ada Quinn, of Dundee University, is working on a laser that turns sunlight into power. ' +
    'Ben Ortiz, of Leeds, said the idea was sound.',
});

describe('"Where does X work?": the body in the name\'s apposition', () => {
  it('reads "X, a paleontologist at Y," and "Dr X, of Y,"', () => {
    expect(answer('Where does Tsang work?', LAB).answer).toBe('the New University of Lisbon, Portugal');
    expect(answer('Where does Dr Quinn work?', LAB).answer).toBe('Dundee University');
  });
  it('does not read a home town as a workplace (guard; the span model may still answer it)', () => {
    expect(workplace('Where does Ben Ortiz work?', prepareArticle(LAB))).toBeNull();
    expect(workplace('Where does Ben Ortiz live?', prepareArticle(LAB))).toBeNull();
  });
});

const SHIP = makeArticle({
  text:
    'The SS Star left port in May. ' +
    'In 1942, the SS Star was sunk by a German submarine while carrying 200 passengers and cargo that included 50 tons of gold. ' +
    'The Hawks plan cuts $3 billion from schools, while the Eagles plan raises fees by $1 billion.',
  dateline: DATED,
});

describe('"while" with a participle goes on with the same subject', () => {
  it('reads "... was sunk while carrying 50 tons of gold" as about the ship', () => {
    expect(answer('How many tons of gold was the Star carrying?', SHIP).answer).toBe('50');
  });
  it('still reads "while the Eagles plan ..." as a clause about another (guard)', () => {
    expect(answer('How much does the Hawks plan raise fees by?', SHIP).found).toBe(false);
  });
});

const PUT = makeArticle({
  text:
    'Officials fear a rise in oil prices. ' +
    'As one senior official put it, "You do not want to tip the economy into a downturn." ' +
    'Tom Hart put it on the table at the meeting last week.',
  dateline: DATED,
});

describe('"As X put it, "..."" is a saying', () => {
  it('gives the quotation', () => {
    expect(answer('What did one senior official say?', PUT).answer).toBe('You do not want to tip the economy into a downturn');
  });
  it('does not read "put it on the table" as words said (guard)', () => {
    expect(answer('What did Tom Hart say?', PUT).found).toBe(false);
  });
});

const PUNDIT = makeArticle({
  text:
    'Former captain Andy Flynn spoke at the launch in Birmingham on Thursday. ' +
    'Flynn is optimistic about the team, with or without its old stars. ' +
    '"Alan Cole is so important, and everyone wants him as captain," he said. ' +
    'Cole said: "We have to play better than we did in the winter."',
  dateline: DATED,
});

describe('one named only inside a quotation is spoken of, not speaking', () => {
  it('does not give the pundit\'s words about the captain as the captain\'s', () => {
    expect(answer('What did Alan Cole say?', PUNDIT).answer).toBe('We have to play better than we did in the winter');
  });
  it('still gives the pundit his words (guard)', () => {
    expect(answer('What did Andy Flynn say?', PUNDIT).answer).toMatch(/Alan Cole is so important/);
  });
});
