/**
 * Session 19: follow-ups a desk asks of a central-bank decision and a football report that the
 * answerer got wrong (and an election result), each beside a near question that must keep its answer (or refusal).
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const RATES = parseArticle(
  'Central bank holds rates, signals cut in spring\n\n' +
    'FRANKFURT, March 12 (Reuters) -- The Nordmark central bank kept its main interest rate at 3.75 percent on Thursday for a fourth meeting in a row, but governor Ingrid Falk said a cut was likely by May if inflation kept falling.\n\n' +
    'Inflation eased to 2.6 percent in February from 3.1 percent in January, the statistics office said last week, the lowest reading since 2021.\n\n' +
    '"We are not there yet, but the road is getting shorter," Falk told a news conference. She said the bank\'s board had voted six to one to keep rates unchanged, with deputy governor Tomas Berg favouring a cut of a quarter point.\n\n' +
    'The bank lowered its growth forecast for this year to 0.8 percent from 1.2 percent, citing weak exports to Germany and higher energy costs.\n\n' +
    'Economists polled by Reuters had expected no change. The next policy meeting is scheduled for April 23.',
  { id: 'rates' },
);

const MATCH = parseArticle(
  'Rovers beat City 3-1 to go top\n\n' +
    'Harbour Rovers moved to the top of the league with a 3-1 win over Dunmore City on Saturday, with striker Kofi Adjei scoring twice.\n\n' +
    'Adjei headed Rovers in front after 12 minutes and doubled the lead from the penalty spot before half-time after Liam Shaw was fouled in the box.\n\n' +
    "City pulled one back through Sean Doyle's volley in the 58th minute, but substitute Jack Byrne sealed the win with a low shot 10 minutes from time.\n\n" +
    'City goalkeeper Paul Quinn was sent off in stoppage time for a second yellow card.\n\n' +
    'Rovers manager Helen Murray said: "The lads showed real character after they scored. We deserve to be where we are."',
  { id: 'match' },
);

function ask(q: string, article = RATES): { found: boolean; answer: string } {
  const a = answer(q, article);
  return { found: a.found, answer: a.answer };
}

describe('a figure of the month asked', () => {
  it('"What was inflation in February?" is February\'s figure, not January\'s beside it', () => {
    expect(ask('What was inflation in February?')).toEqual({ found: true, answer: '2.6 percent' });
    expect(ask('What was inflation in January?')).toEqual({ found: true, answer: '3.1 percent' });
  });

  it('a month the story gives no figure for is still refused', () => {
    expect(ask('What was inflation in December?').found).toBe(false);
  });
});

const VOTE = parseArticle(
  'Greens win Halden mayoral race in upset\n\n' +
    'HALDEN, May 6 -- Green Party candidate Maya Lindqvist won the race for mayor of Halden on Sunday, defeating the incumbent Per Arvidsson by fewer than 900 votes.\n\n' +
    "Lindqvist, 38, a former schoolteacher, took 41.2 percent of the vote to Arvidsson's 39.8 percent. Turnout was 58 percent, up from 49 percent at the last election in 2021.",
  { id: 'vote' },
);

describe('a figure of the year asked, a few words after it', () => {
  it('"What was the turnout in 2021?" is the earlier figure the sentence times so, not this election\'s', () => {
    expect(ask('What was the turnout in 2021?', VOTE)).toEqual({ found: true, answer: '49 percent' });
    expect(ask('What was the turnout?', VOTE)).toEqual({ found: true, answer: '58 percent' });
  });

  it('a year the story gives no figure for is refused', () => {
    expect(ask('What was the turnout in 2017?', VOTE).found).toBe(false);
  });
});

describe('the new and the old figure of a change', () => {
  it('"to X from Y": the new forecast is X, the previous one Y', () => {
    expect(ask('What is the new growth forecast?')).toEqual({ found: true, answer: '0.8 percent' });
    expect(ask('What was the previous growth forecast?')).toEqual({ found: true, answer: '1.2 percent' });
  });
});

describe('a reason after "citing", not a time after "for"', () => {
  it('"Why did the bank lower its growth forecast?" is what it cited', () => {
    expect(ask('Why did the bank lower its growth forecast?')).toEqual({ found: true, answer: 'weak exports to Germany and higher energy costs' });
  });
});

describe("a role qualified by another team's name", () => {
  it('"Who is the City manager?" is not answered by the Rovers manager', () => {
    expect(ask('Who is the City manager?', MATCH).found).toBe(false);
  });

  it('the Rovers manager is still named, and so is the City goalkeeper', () => {
    expect(ask('Who is the Rovers manager?', MATCH)).toEqual({ found: true, answer: 'Helen Murray' });
    expect(ask('Who is the City goalkeeper?', MATCH)).toEqual({ found: true, answer: 'Paul Quinn' });
  });
});

describe('a count written into its noun', () => {
  const CREW = parseArticle(
    'Dutch crew sets rowing record\n\n' +
      'AMSTERDAM, June 3 (Reuters) -- A 34-member Dutch crew rowed across the North Sea in a record 41 hours on Saturday, organisers said.',
    { id: 'crew' },
  );

  it('"How many members does the crew have?" is "34-member", not refused as counting something else', () => {
    expect(ask('How many members does the crew have?', CREW)).toEqual({ found: true, answer: '34-member' });
  });

  it('a count of another noun is still refused', () => {
    expect(ask('How many boats took part?', CREW).found).toBe(false);
  });
});

describe('"Who has X <verb>?" asks for the object', () => {
  const BREACH = parseArticle(
    'Retailer says hackers stole data of 2 million customers\n\n' +
      'Online retailer Brightcart said on Wednesday that hackers had stolen names, email addresses and phone numbers of about 2 million customers.\n\n' +
      "Brightcart has informed the Information Commissioner's Office and hired cybersecurity firm Redline to investigate.",
    { id: 'breach' },
  );

  it('"Who has Brightcart informed?" is whom it informed, not the firm it hired', () => {
    expect(ask('Who has Brightcart informed?', BREACH)).toEqual({ found: true, answer: "the Information Commissioner's Office" });
  });

  it('"Who has Brightcart hired?" keeps its answer', () => {
    expect(ask('Who has Brightcart hired?', BREACH)).toEqual({ found: true, answer: 'Redline' });
  });
});
