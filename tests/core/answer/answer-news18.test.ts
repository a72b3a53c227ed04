/**
 * Session 25's general causes of misses on an eighteenth fresh batch of news questions (1996
 * Reuters copy, docs/answers-news-batch18.md), on stories of our own, each with a near shape that
 * must not change.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: 'NEW YORK', date: '1996-08-30', agency: null };

describe('A fixed engagement in the present tense is ahead of the dateline (a Friday story)', () => {
  const story = makeArticle({
    text:
      'The veteran striker Carl Mendes plays his last match for the club on Sunday against Leeds. ' +
      'Mendes, 36, said he would coach the youth side next season. ' +
      'The club chairman leaves for Spain on Monday to meet the sponsors. ' +
      'The coach left for Portugal on Tuesday to watch a young defender.',
    dateline: DATED,
  });
  it('"plays his last match ... on Sunday" is the coming Sunday', () => {
    expect(answer('When does Mendes play his last match?', story).answer).toBe('Sunday, Sept. 1, 1996');
  });
  it('"leaves for Spain on Monday" is the coming Monday', () => {
    expect(answer('When does the chairman leave for Spain?', story).answer).toBe('Monday, Sept. 2, 1996');
  });
  it('"left for Portugal on Tuesday" stays the past Tuesday', () => {
    expect(answer('When did the coach leave for Portugal?', story).answer).toBe('Tuesday, Aug. 27, 1996');
  });
});

describe("A market report's levels: 'stood ... at' and 'narrowed to ... from Thursday's'", () => {
  const story = makeArticle({
    text:
      'Refined products drifted lower in thin trade ahead of the holiday weekend, dealers said. ' +
      'November crude stood 1.12 cents higher at $23.10 a barrel. ' +
      "The November heating oil-to-crude spread widened to $4.10 a barrel from Thursday's $3.95 while the November gasoline-to-crude spread narrowed to $3.20 from Thursday's $3.45 a barrel. " +
      'The exchange will be closed on Monday.',
    dateline: DATED,
  });
  it('"What did November crude stand at?" is the level after "at", not the move', () => {
    expect(answer('What did November crude stand at?', story).answer).toBe('$23.10');
  });
  it('"What was the gasoline-to-crude spread?" is the level its own clause moved to', () => {
    expect(answer('What was the November gasoline-to-crude spread?', story).answer).toBe('$3.20');
  });
  it('asked of the day before, the level after "from Thursday\'s"', () => {
    expect(answer('What was the heating oil-to-crude spread on Thursday?', story).answer).toBe('$3.95');
  });
  it('a level the report does not give is not read off another contract', () => {
    expect(answer('What did December crude stand at?', story).answer).not.toMatch(/23\.10/);
  });
});

describe('Which city ...?: the name the sentence calls a city, not the province around it', () => {
  const story = makeArticle({
    text:
      'Two Chinese cities will fine shops that hand out plastic bags, the newspaper said on Saturday. ' +
      'Authorities in Hefei, capital of the eastern province of Anhui, will fine shops that sell plastic bags from October 1. ' +
      'The port city of Xiamen, in the southern province of Fujian, will follow by the end of the year. ' +
      'Rebels backed by tanks took control of the main northern city of Kirkuk after fighting, a U.N. official in Baghdad said.',
    dateline: DATED,
  });
  it('"Hefei, capital of the eastern province of Anhui" is Hefei', () => {
    expect(answer('Which city will fine shops that sell plastic bags?', story).answer).toBe('Hefei');
  });
  it('"The port city of Xiamen, in the southern province of Fujian" is Xiamen', () => {
    expect(answer('Which other city will follow by the end of the year?', story).answer).toBe('Xiamen');
  });
  it('"the main northern city of Kirkuk" is Kirkuk, not the city the speaker was in', () => {
    expect(answer('Which city did the rebels take control of?', story).answer).toBe('Kirkuk');
  });
});

describe('Who did it?: the subject wire copy writes before "on <day>" and the verb', () => {
  const story = makeArticle({
    text:
      'Voters abroad began casting ballots on Wednesday. ' +
      'The ruling Liberal party on Friday called on its voters abroad to end a boycott of the poll. ' +
      "The Finance Ministry on Wednesday rejected the bank's application for a licence, a spokesman said. " +
      'Farmers on Saturday blocked roads into the capital.',
    dateline: DATED,
  });
  it('"The Finance Ministry on Wednesday rejected ..." answers which ministry, not the day', () => {
    expect(answer('Which ministry rejected the application?', story).answer).toBe('The Finance Ministry');
  });
  it('"Farmers on Saturday blocked roads" answers who blocked them', () => {
    expect(answer('Who blocked roads into the capital?', story).answer).toBe('Farmers');
  });
  it('a day the question asks that the sentence does not give is still refused', () => {
    expect(answer('Who rejected the licence application on Monday?', story).found).toBe(false);
  });
});

describe('Which court ...?: a day is no answer to a thing asked by its kind', () => {
  const story = makeArticle({
    text: 'Three men who seized a ferry were charged on Friday and will appear in court on Saturday, police said.',
    dateline: DATED,
  });
  it('"Which court will the men appear in?" is refused, not answered "Saturday"', () => {
    const a = answer('Which court will the men appear in?', story);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
  it('"When will the men appear in court?" still gives the day', () => {
    expect(answer('When will the men appear in court?', story).answer).toBe('Saturday, Aug. 31, 1996');
  });
});

describe("When was 'X' published?: the year in brackets after a listed work's title", () => {
  const story = makeArticle({
    text:
      'The singer, who died on Thursday, made her name with "Blue Rooms" (1971) and "Harbour Lights" (1974), followed by "Late Trains" and, most recently, "Home." ' +
      'Her first album, "Night Songs," was released in 1969.',
    dateline: DATED,
  });
  it('"Harbour Lights" (1974) was released in 1974, not on the story\'s day', () => {
    expect(answer('When was "Harbour Lights" released?', story).answer).toBe('1974');
  });
  it('a work listed without a year of its own is not dated by the story', () => {
    expect(answer('When was "Late Trains" released?', story).found).toBe(false);
  });
  it('a year the story gives in a sentence of its own still answers', () => {
    expect(answer('When was "Night Songs" released?', story).answer).toMatch(/1969/);
  });
});

describe('How many people ...?: a count of passengers, crew or villagers counts people', () => {
  const story = makeArticle({
    text: 'The ferry capsized in a storm on Thursday and sank, killing 312 of the 540 passengers and crew on board. Rescuers pulled 20 cars from the water.',
    dateline: DATED,
  });
  it('"killing 312 of the 540 passengers and crew" answers how many people the sinking killed', () => {
    expect(answer('How many people did the sinking kill?', story).answer).toBe('312');
  });
  it('a count of cars still counts no people', () => {
    expect(answer('How many people did rescuers pull from the water?', story).found).toBe(false);
  });
});
