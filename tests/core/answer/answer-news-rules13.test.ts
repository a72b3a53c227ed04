/**
 * Session 20's general causes of misses on a thirteenth fresh batch of news questions
 * (docs/answers-news-batch13.md), on stories of our own, each with a near shape that must not
 * change.
 */
import { describe, expect, it } from 'vitest';
import { answer, answerOutcome } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: null, date: '2015-04-14', agency: null };

describe('Who is X?: roles the role reader missed', () => {
  const story = makeArticle({
    text:
      'Shares in Northgate fell sharply on Monday after the firm warned on profits. ' +
      'Northgate boss Helen Marsh said the warning was "a setback, not a crisis". ' +
      'Condemning the sell-off, West Yorkshire Labour assembly member Tom Reid said workers deserved answers. ' +
      'Paul Greer, chief economist at Eastbank—one of the firm\'s lenders—said it had enough cash. ' +
      'Mark Blythe has called for a review. ' +
      'Blythe, the firm\'s founder and now its largest shareholder, said he would vote against the board. ' +
      'Sarah Blythe, his daughter, also sits on the board.',
    dateline: DATED,
  });
  it('reads a title ending on "boss" before the name', () => {
    expect(answer('Who is Helen Marsh?', story).answer).toMatch(/Northgate boss/);
  });
  it('reads "assembly member" before the name', () => {
    expect(answer('Who is Tom Reid?', story).answer).toMatch(/assembly member/);
  });
  it('ends a job in apposition at an em-dash', () => {
    expect(answer('Who is Paul Greer?', story).answer).toBe('chief economist at Eastbank');
  });
  it('reads the apposition a later sentence gives the surname alone', () => {
    expect(answer('Who is Mark Blythe?', story).answer).toMatch(/founder/);
  });
  it('does not read the apposition of another of the family ("Sarah Blythe, his daughter")', () => {
    expect(answer('Who is Mark Blythe?', story).answer).not.toMatch(/daughter/);
  });

  const lower = makeArticle({
    text:
      '(cnn) the city council voted on tuesday to close the old harbour bridge to traffic. ' +
      '"we had no choice, "said ann kerr, the council \' s lawyer. ' +
      'but lee jin ho, south korea\'s deputy ambassador to the un, said the bridge was safe and accused the council of acting in haste. ' +
      '"there is no evidence of any danger, "said tom fisk, an assistant professor of engineering at the state university. "the bridge will stand for decades. "' +
      'the bridge carries 20,000 cars a day.',
  });
  it('reads an employer\'s possessive of two words in lower-case copy ("south korea\'s deputy ambassador")', () => {
    expect(answer('Who is Lee Jin Ho?', lower).answer).toMatch(/deputy ambassador/);
  });
});

describe('a deed said in another word is said', () => {
  const story = makeArticle({
    text:
      'Governor Ray Dunn told reporters in Ohio on Friday that he would not stand again. ' +
      'The victory of Sam Ortiz in the state elections surprised many observers. ' +
      'Dunn had been expected to run for a third term.',
    dateline: DATED,
  });
  it('dates "talk to reporters" by "told reporters ... on Friday"', () => {
    expect(answer('When did Dunn talk to reporters?', story).answer).toMatch(/Friday/);
  });
  it('names the winner from "the victory of Sam Ortiz"', () => {
    expect(answer('Who won the state elections?', story).answer).toMatch(/Sam Ortiz/);
  });
});

describe('an owner asked with its possessive', () => {
  it('answers how many times a firm\'s machines were used from a sentence naming the firm', () => {
    const story = makeArticle({
      text:
        'Delivery drones are becoming a familiar sight over the city. ' +
        'Last year drones built by Skyfleet were flown more than 40,000 times, Jones said. ' +
        'None has crashed.',
      dateline: DATED,
    });
    expect(answer('How many times have Skyfleet\'s drones been flown?', story).answer).toMatch(/40,000/);
  });
});

describe('a clock time, a time given as an age', () => {
  const story = makeArticle({
    text:
      'The fire broke out at about 02:30 GMT on Sunday at a warehouse in Leith Road. ' +
      'Nobody was hurt. ' +
      'The owner, Ian Muir, has worked in the building since he was 16 and said he was heartbroken.',
    dateline: DATED,
  });
  it('gives the clock time for "What time ...?", not the day', () => {
    expect(answer('What time did the fire break out?', story).answer).toMatch(/02:30/);
  });
  it('still gives the day for "When ...?"', () => {
    expect(answer('When did the fire break out?', story).answer).toMatch(/Sunday|02:30/);
  });
  it('answers "Since when ...?" by "since he was 16"', () => {
    expect(answer('Since when has Muir worked in the building?', story).answer).toBe('since he was 16');
  });
});

describe('a number that is part of a name is no count', () => {
  it('counts "2,400 boeing 737 jets", not 737', () => {
    const story = makeArticle({
      text:
        'Regulators grounded the planes after a second crash in five months. ' +
        'In all 2,400 Boeing 737 jets were grounded around the world. ' +
        'Airlines have cancelled thousands of flights.',
      dateline: DATED,
    });
    expect(answer('How many Boeing 737 jets were grounded?', story).answer).toBe('2,400');
  });
});

describe('a title, a per-cent figure, the phrase after a participle\'s preposition', () => {
  it('answers "Which film ...?" by the quoted title after "the 1984 film"', () => {
    const story = makeArticle({
      text: '(cnn) thanks to the 1984 film "the karate kid," we now know that wax on, wax off is a way of life. any day is a good day to quote it.',
    });
    expect(answer('Which film taught us wax on, wax off?', story).answer).toBe('the karate kid');
  });
  it('gives the per-cent figure for "By what percentage ...?", not the points', () => {
    const story = makeArticle({
      text: 'The FTSE 100 rose 50 points, or 0.7%, to 7,100.42. Mining shares led the gains.',
      dateline: DATED,
    });
    expect(answer('By what percentage did the FTSE 100 rise?', story).answer).toBe('0.7%');
  });
  it('answers "What were X buried under?" by what follows "buried under"', () => {
    const story = makeArticle({
      text:
        '(cnn) police found the cash in march. in the case of the van robbery, detectives found it was carrying stolen notes from spain -- including euros, dollars and pounds -- buried under thousands of bags of flour. three men were charged.',
      dateline: DATED,
    });
    expect(answer('What were the notes buried under?', story).answer).toBe('thousands of bags of flour');
  });
});

describe('a length is no date, an age is no length', () => {
  const story = makeArticle({
    text:
      'Dan Kell, an employee of the firm Kings Seed, pleaded guilty to stealing seed. ' +
      'Kell, whose case was prosecuted as a national security matter rather than a simple criminal case, now faces a sentence of up to five years in prison. ' +
      'The 61-year-old volunteer, Kell had run the club\'s accounts.',
    dateline: DATED,
  });
  it('does not date a sentencing by "up to five years in prison"', () => {
    expect(answerOutcome(answer('When will Kell be sentenced?', story))).toBe('refused');
  });
  it('does not give "61-year-old" as how long he volunteered', () => {
    expect(answerOutcome(answer('How long has Kell been a volunteer?', story))).toBe('refused');
  });
  it('still answers a time placed by "later" ("two hours later")', () => {
    const later = makeArticle({
      text: 'The alarm was raised at 9pm on Friday. Police arrived two hours later and sealed off the street.',
      dateline: DATED,
    });
    const a = answer('When did police arrive?', later);
    expect(answerOutcome(a)).not.toBe('refused');
    expect(a.answer).toMatch(/two hours/);
  });
});

describe('a place by another place, an index level, a past time for what is to come', () => {
  it('answers "Where ...?" by "off the coast of mexico", not the country', () => {
    const story = makeArticle({
      text: '(cnn) the tanker, the sea star, was detained after it ran aground off the coast of mexico in july. its crew of 20 are staying at a hotel.',
      dateline: DATED,
    });
    expect(answer('Where did the tanker run aground?', story).answer).toBe('off the coast of mexico');
  });
  it('answers "At what level did X close?" by the figure after "to"', () => {
    const story = makeArticle({
      text: 'The Nikkei closed up 120 points, or 0.6%, to 19,530.21 on Tuesday. Exporters led the gains as the yen weakened.',
    });
    expect(answer('At what level did the Nikkei close?', story).answer).toBe('19,530.21');
  });
  it('does not answer "When will X return?" by a month after "since" (run-on caption copy)', () => {
    const story = makeArticle({
      text:
        'Tom Pask says he is feeling better all the time as the Rovers teenager prepares to return after more than a year out. ' +
        'Tom Pask played 90 minutes for Rovers Under 21s against Reading on Monday The 19-year-old has not featured for the first team since March last year after suffering a serious knee injury Pask impressed last season before his progress was curtailed due to injury.',
    });
    expect(answerOutcome(answer('When will Pask return to the first team?', story))).toBe('refused');
  });
});
