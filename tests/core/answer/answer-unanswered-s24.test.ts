/**
 * Session 24 (unans): answers whose form or time says they are not what was asked
 * (grounding-answer-form.ts, grounding-relative-time.ts). Each refusal below is answered on main
 * 48befc5; each positive case is the same story asked what it does say.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const VOLUNTEERS = parseArticle(
  [
    'Basketball star comes home to raise niece',
    '',
    'SYDNEY, March 9 (AAP) -- Australian basketballer Abby Morgan has returned home after two seasons abroad, her club said on Monday.',
    '',
    'Morgan also took her niece with her to Hungary, where she played for local basketball teams for a couple of months last year.',
    '',
    'Her case will now make its way through the courts, her lawyer said.',
    '',
    'She said her troops of volunteers took the town hall without trouble on August 23.',
  ].join('\n'),
  { id: 'volunteers', fileName: 'volunteers.txt' },
);

const RATES = parseArticle(
  [
    'Mortgage rates edge higher',
    '',
    'WASHINGTON, May 14 (AP) -- Long-term mortgage rates rose slightly this week, mortgage buyer Freddie Mac said on Thursday.',
    '',
    'The average rate on a 30-year loan ticked up to 4.41 percent from 4.40 percent last week.',
    '',
    "Facebook's shares climbed 2.4% in afternoon trading, while Apple fell.",
    '',
    'The average rate on a 15-year loan rose to 3.5 percent, Freddie Mac said.',
  ].join('\n'),
  { id: 'rates', fileName: 'rates.txt' },
);

const FILM = parseArticle(
  [
    'Clean-up film wins award',
    '',
    'LONDON, April 2 (Reuters) -- A film about a clean-up of Mount Everest has won a television award, its makers said on Thursday.',
    '',
    'The second part of the series, episode 2, airs on BBC Two on Monday at 9pm.',
    '',
    'The film was made by a crew of 12 over three months.',
  ].join('\n'),
  { id: 'film', fileName: 'film.txt' },
);

const RALLY = parseArticle(
  [
    'Romney rallies for Ernst in Iowa',
    '',
    'CEDAR RAPIDS, Iowa, Oct 20 (AP) -- Mitt Romney campaigned for Senate candidate Joni Ernst on Monday, drawing a large crowd.',
    '',
    'And at a rally for Ernst in Cedar Rapids on Monday, the state legislator who introduced Romney said, "If his address was 1600 Pennsylvania Avenue, I would sleep a lot better."',
    '',
    'A plan to allow families into the new stadium will come into effect next year, deputy sports minister Ali Karimi told reporters.',
  ].join('\n'),
  { id: 'rally', fileName: 'rally.txt' },
);

describe('a name asked, a time given', () => {
  it('"What is the name of the state legislator ...?" is not answered "Monday"', () => {
    const a = answer('What is the name of the state legislator who introduced Romney?', RALLY);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
  it('the minister the story names is still given, and the day when asked when', () => {
    expect(answer('Who is the deputy sports minister?', RALLY).answer).toMatch(/Ali Karimi/);
    expect(answer('When did Romney campaign for Ernst?', RALLY).answer).toMatch(/Monday/);
  });
});

describe('a count answered by a day of a month', () => {
  it('"How many volunteers ...?" is not answered with "August 23"', () => {
    const a = answer('How many volunteers took the town hall?', VOLUNTEERS);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
  it('asked when, the day is still given', () => {
    const a = answer('When did the volunteers take the town hall?', VOLUNTEERS);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/August 23/);
  });
});

describe('"Which X?" answered by Xs in general', () => {
  it('"Which court will hear the case?" over "its way through the courts" is refused', () => {
    const a = answer('Which court will hear the case?', VOLUNTEERS);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
});

describe('a number that labels a thing', () => {
  it('"episode 2" is no number of episodes', () => {
    const a = answer('How many episodes does the series have?', FILM);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
  it('a count the story gives is still given', () => {
    const a = answer('How many people made the film?', FILM);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/12/);
  });
});

describe('a figure for another relative time', () => {
  it('"a year ago" is not answered from a sentence about last week', () => {
    const a = answer('What was the average rate on a 30-year loan a year ago?', RATES);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
  it('asked of last week, the figure is given', () => {
    const a = answer('What was the average rate on a 30-year loan last week?', RATES);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/4\.40 percent/);
  });
  it('the firm the sentence names still has its figure', () => {
    const a = answer('How much did Facebook shares rise?', RATES);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/2\.4%/);
  });
});

const TITLE = parseArticle(
  [
    'Romney weighs another run',
    '',
    'NEW YORK, Oct 21 (AP) -- Mitt Romney met donors in New York on Tuesday as he weighs another White House bid.',
    '',
    '"I am not running," Romney told reporters after the meeting.',
    '',
    'SK Telecom won the league title on Sunday. It also won the title in 2015.',
  ].join('\n'),
  { id: 'title', fileName: 'title.txt' },
);

describe('"first" asked, not said', () => {
  it('"When did SK Telecom first win the title?" is not answered from "It also won the title in 2015"', () => {
    const a = answer('When did SK Telecom first win the title?', TITLE);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
  it('asked without "first", the year is given', () => {
    const a = answer('When did SK Telecom win the title?', TITLE);
    expect(a.found).toBe(true);
    // (The story gives two wins: "on Sunday" and "also ... in 2015". Since the merge of s24/rank the
    // sentence that names SK Telecom is preferred, so the answer is Sunday; either is what the story says.)
    expect(a.answer).toMatch(/^(?:Sunday|2015)$/);
  });
});

const GUESTBOOK = parseArticle(
  [
    'Obituary of Texas grandmother goes viral',
    '',
    'DALLAS, April 10 (AP) -- An obituary asking readers not to vote for Hillary Clinton has been shared thousands of times, the newspaper said on Friday.',
    '',
    '"You have my solemn promise I will not waste a vote on Hillary Clinton," Marina Shear of Dallas wrote in the obituary\'s online guestbook.',
  ].join('\n'),
  { id: 'guestbook', fileName: 'guestbook.txt' },
);

describe('"What did X write?" answered by a phrase that says nothing', () => {
  it('where she wrote it is not given as what she wrote', () => {
    const a = answer('What did Marina Shear write in the guestbook?', GUESTBOOK);
    expect(a.answer).not.toMatch(/online$/);
  });
  it('"What did Romney tell reporters?" still gives the quote', () => {
    expect(answer('What did Romney tell reporters?', TITLE).answer).toMatch(/I am not running/);
  });
});
