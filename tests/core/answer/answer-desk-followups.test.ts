/**
 * Session 15: follow-ups a desk asks of wire copy that the answerer got confidently wrong or
 * refused, each with a near shape that must keep its answer: a yes/no question whose deed the
 * sentence never says, an institution's clipped name ("the Fed"), "What data ...?" over a
 * possessive compound, the man and the woman of one sentence, the day before "after" in a
 * reason, and "a second storm".
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';
import { expectRefused } from '../../helpers/answers.ts';

const BANK = makeArticle({
  title: 'Central bank holds rates',
  text:
    'The European Central Bank held interest rates steady on Thursday and said it expects inflation to fall next year, President Christine Lagarde told reporters in Frankfurt.\n\n' +
    'The Bundesbank said the German economy would shrink slightly. Samsung Electronics said its chip sales rose.\n\n' +
    'The next policy meeting is scheduled for March 6.',
});

const BREACH = makeArticle({
  title: 'Retailer fined over data breach',
  text:
    "Norway's data protection agency fined retailer Fjordmart 12 million crowns on Monday for failing to secure its online shop.\n\n" +
    'Hackers stole card numbers, emails and passwords from a test server in 2023, the agency said.\n\n' +
    'Fjordmart said it would appeal. Its Trondheim warehouse was not affected.',
});

const STORM = makeArticle({
  title: 'Storm kills two in Galicia',
  text:
    'A storm swept across north-western Spain overnight, killing two people and cutting power to 40,000 homes, officials said on Saturday.\n\n' +
    'A 64-year-old man was killed when a wall collapsed near Lugo, and a woman died in a flooded garage in Ourense, the regional government said.\n\n' +
    'Shares in the power company Redgal fell 4 percent on Monday after the storm damaged two substations.\n\n' +
    'Forecasters warned that a second storm could reach the coast on Wednesday.',
});

describe('desk follow-ups on wire copy', () => {
  it('a yes/no question whose deed the sentence never says is answered neither yes nor no; one it says still is', () => {
    expectRefused(answer('Did the European Central Bank raise rates?', BANK));
    const held = answer('Did the European Central Bank hold rates?', BANK);
    expect(held.found).toBe(true);
    expect(held.answer).toBe('Yes');
    const appeal = answer('Will Fjordmart appeal?', BREACH);
    expect(appeal.answer).toBe('Yes');
  });

  it('"the ECB"-style clipped names: "What did the Fed do?" reads the Federal Reserve; a person\'s name is not clipped', () => {
    const fed = makeArticle({
      title: 'Fed holds rates steady',
      text: 'The U.S. Federal Reserve held interest rates steady on Wednesday, Chair Jerome Powell told reporters in Washington.\n\nStocks rose after the decision.',
    });
    const a = answer('What did the Fed do?', fed);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/held interest rates steady/);
    // Without the spelt-out name the question shares no word with the story.
    expectRefused(answer('What did the Fad do?', fed));
    // "Sam" is not "Samsung Electronics" (a clipped word must be a common word's start, after "the").
    expectRefused(answer('What did Sam say?', BANK));
  });

  it('"What data was stolen?" is not "Norway\'s data" of "data protection agency": the list of what was stolen', () => {
    const a = answer('What data was stolen?', BREACH);
    expect(a.answer).not.toMatch(/Norway/);
    expect(a.answer).toMatch(/card numbers/);
    // A thing the story names once, heading its phrase, is still the one: "Which warehouse ...?"
    expect(answer('Which warehouse was not affected?', BREACH).answer).toMatch(/Trondheim warehouse/);
  });

  it('the man and the woman of one sentence: "Where did the man die?" is not the woman\'s place', () => {
    const man = answer('Where did the man die?', STORM);
    if (man.found) expect(man.answer).not.toMatch(/Ourense/);
    else expectRefused(man);
    expect(answer('Where did the woman die?', STORM).answer).toMatch(/Ourense/);
  });

  it('a reason after a day: "Why did Redgal shares fall?" starts after "after", not at "Monday"', () => {
    const a = answer('Why did Redgal shares fall?', STORM);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^the storm damaged two substations/);
  });

  it('"When did the storm hit?" is not the day "a second storm" could come; the second storm\'s day is still given', () => {
    const a = answer('When did the storm hit?', STORM);
    if (a.found) expect(a.answer).not.toMatch(/Wednesday/);
    else expectRefused(a);
    expect(answer('When could the second storm reach the coast?', STORM).answer).toMatch(/Wednesday/);
  });
});

const COURT = makeArticle({
  title: 'Former mayor jailed over bribery',
  text:
    'A Turin court on Tuesday sentenced former mayor Carlo Rinaldi to five years in prison for taking bribes from builders.\n\n' +
    'Rinaldi, 61, denied wrongdoing and his lawyer said he would appeal.',
});

const SIGNING = makeArticle({
  title: 'Club signs striker for record fee',
  text:
    'Hertha signed Dutch striker Bram de Vries from PSV on Friday for a club-record 40 million euros, the club said.\n\n' +
    'Hertha coach Stefan Leitl said de Vries was "exactly the player we needed." Bram de Vries told reporters: "I am very happy."\n\n' +
    'The lead scientist of the club\'s fitness study, Dr. Hanna Berg, said the players ran further than ever.\n\n' +
    'The players were tested by researchers at University College Dublin.',
});

describe('desk follow-ups on wire copy: people and places', () => {
  it('"Where is the court?" is not "Tuesday sentenced former mayor Carlo Rinaldi" (a day with a deed, a title and a name)', () => {
    const a = answer('Where is the court?', COURT);
    if (a.found) expect(a.answer).not.toMatch(/Tuesday|Rinaldi/);
    else expectRefused(a);
    expect(answer('How old is Rinaldi?', COURT).answer).toBe('61');
  });

  it('"What did de Vries say?" is his own words, not the coach\'s sentence about him', () => {
    const a = answer('What did de Vries say?', SIGNING);
    expect(a.answer).not.toMatch(/Leitl|exactly the player/);
    expect(a.answer).toMatch(/very happy/);
    expect(answer('What did Leitl say?', SIGNING).answer).toMatch(/exactly the player we needed/);
  });

  it('"Who is Hanna Berg?" is the description before "Dr. Hanna Berg", not "Dr"', () => {
    const a = answer('Who is Hanna Berg?', SIGNING);
    expect(a.answer).toMatch(/lead scientist/);
  });

  it('"Which university ...?" keeps the body\'s own word: "University College Dublin", not "College Dublin"', () => {
    expect(answer('Which university tested the players?', SIGNING).answer).toBe('University College Dublin');
  });
});

describe('desk follow-ups on wire copy: court terms', () => {
  const TRIAL = makeArticle({
    title: 'Former mayor jailed',
    text:
      'A Turin court on Tuesday sentenced former mayor Carlo Rinaldi to five years in prison for taking bribes from builders between 2016 and 2020.\n\n' +
      'Two builders, Luca Moretti and Enzo Gallo, received sentences of two years each.',
  });

  it('"How long was X sentenced to?" reads the active voice "sentenced former mayor X to five years", not a year of the charges', () => {
    expect(answer('How long was Rinaldi sentenced to?', TRIAL).answer).toBe('five years');
    expect(answer('How long were the builders sentenced to?', TRIAL).answer).toBe('two years');
  });
});
