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

describe('desk follow-ups on wire copy: tolls, measures, results', () => {
  const QUAKE = makeArticle({
    title: 'Earthquake kills dozens in Anatolia',
    text:
      'A magnitude 5.9 earthquake struck central Anatolia early Friday, killing at least 27 people and injuring more than 200, the disaster agency said.\n\n' +
      'The quake hit at 3:42 a.m. at a depth of 8 kilometers, collapsing dozens of buildings, officials said.\n\n' +
      'The region was hit by a powerful earthquake in March 2011 that killed more than 3,000 people.',
  });
  const VOTE = makeArticle({
    title: 'Centre-left wins election but falls short of majority',
    text:
      "Lusitania's Labour Party won Sunday's election with 35.1 percent of the vote, but fell short of a parliamentary majority, official results showed on Monday.\n\n" +
      'The centre-right Civic Alliance came second with 28.4 percent, while the far-right Forward party more than doubled its support to 17 percent.\n\n' +
      'President Jorge Almeida de Castro will meet party leaders on Wednesday.',
  });

  it('"How many people were killed?" is the lead\'s toll, not the one a background paragraph dates to 2011; asked of 2011 it is that one', () => {
    expect(answer('How many people were killed?', QUAKE).answer).toBe('at least 27');
    expect(answer('How many people died in 2011?', QUAKE).answer).toBe('more than 3,000');
  });

  it('"How deep was the quake?" is the depth, not the clock time; "What was the magnitude?" is the figure alone', () => {
    expect(answer('How deep was the quake?', QUAKE).answer).toBe('8 kilometers');
    expect(answer('What was the magnitude?', QUAKE).answer).toBe('5.9');
    const high = answer('How high was the quake?', QUAKE);
    if (high.found) expect(high.answer).not.toMatch(/3:42/);
    else expectRefused(high);
  });

  it('"Which party came second?" is not the party of the clause after "while"; "fell short of a majority" answers "No"', () => {
    const second = answer('Which party came second?', VOTE);
    if (second.found) expect(second.answer).toMatch(/Civic Alliance/);
    else expectRefused(second);
    expect(answer('Did Labour win a majority?', VOTE).answer).toBe('No');
    expect(answer('Did the Labour Party win a majority?', VOTE).answer).toBe('No');
    expect(answer('Did Labour win the election?', VOTE).answer).toBe('Yes');
  });

  it('"Who is the president?" gives the whole name with its particle', () => {
    expect(answer('Who is the president?', VOTE).answer).toBe('Jorge Almeida de Castro');
  });
});

describe('desk follow-ups on wire copy: whose figure', () => {
  const RESULTS = makeArticle({
    title: 'Food group profit falls',
    text:
      'Alpenfood, the food group, reported a 7 percent fall in first-half net profit on Thursday to 2.1 billion francs, as shoppers switched to cheaper brands.\n\n' +
      'Sales fell 2.3 percent to 19 billion francs. Chief executive Anna Keller said the company would cut 1,000 jobs.\n\n' +
      'Shares in Alpenfood fell 3 percent in early trading in Zurich. Analysts at Helvetia Bank said the results were weak.',
  });

  it('"How much did profit fall?" is not the sales figure of "Sales fell 2.3 percent"; sales and shares keep theirs', () => {
    const profit = answer('How much did profit fall?', RESULTS);
    if (profit.found) expect(profit.answer).not.toMatch(/2\.3/);
    else expectRefused(profit);
    expect(answer('How much did sales fall?', RESULTS).answer).toBe('2.3 percent');
    expect(answer('How much did shares fall?', RESULTS).answer).toBe('3 percent');
  });
});
