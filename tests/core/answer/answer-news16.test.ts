/**
 * Session 23's general causes of misses on a sixteenth fresh batch of news questions, the first
 * from 1996 Reuters copy (docs/answers-news-batch16.md), on stories of our own, each with a near
 * shape that must not change.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: 'LONDON', date: '1996-08-30', agency: null };

describe('How many ... did X <verb>?: the part of "N out of M", not the whole', () => {
  const story = makeArticle({
    text:
      'The visitors won the final test 30-14 at Twickenham on Saturday. ' +
      'Their fly-half Tom Reade had a poor day with the boot and missed four out of nine kicks at goal. ' +
      'The home side have now won three out of seven matches this season.',
    dateline: DATED,
  });
  it('gives the kicks missed, not the kicks taken', () => {
    expect(answer('How many kicks at goal did Reade miss?', story).answer).toBe('four');
  });
  it('gives the matches won, not the matches played', () => {
    expect(answer('How many matches have the home side won this season?', story).answer).toBe('three');
  });
});

describe('What was the score?: a match of sets is scored set by set', () => {
  const story = makeArticle({
    text:
      'Top seed Karl Brandt reached the final of the city open on Friday. ' +
      'Brandt beat the Dutchman Pieter Vos 6-4 3-6 7-5 in a match that lasted three hours. ' +
      'Vos had won their only earlier meeting in straight sets.',
    dateline: DATED,
  });
  it('gives every set of the match', () => {
    expect(answer("What was the score of Brandt's win over Vos?", story).answer).toBe('6-4 3-6 7-5');
  });
});

describe('What was the score of the X-Y match?: a pairing of two names the story uses', () => {
  const story = makeArticle({
    text:
      'Sweden opened their qualifying campaign with a 3-1 win over Norway in Stockholm on Friday. ' +
      'Norway had the better of the first half but Sweden scored twice after the break. ' +
      'In the other group game, Denmark drew 0-0 with Finland.',
    dateline: DATED,
  });
  it('answers the score of the paired sides', () => {
    expect(answer('What was the score of the Sweden-Norway match?', story).answer).toBe('3-1');
  });
  it('still refuses a pairing with a side the story never names', () => {
    expect(answer('What was the score of the Sweden-Iceland match?', story).found).toBe(false);
  });
});

describe('What was the score when X beat Y in <year>?: the year must be said with the score', () => {
  const story = makeArticle({
    text:
      'Anna Kurz will meet Lena Ortiz in the final on Sunday. ' +
      'Kurz beat third seed Maria Lund 15-9 15-11 in Saturday\'s semifinal. ' +
      'Ortiz, who beat Kurz in the final of the Austrian Open in 1994, said she was ready.',
    dateline: DATED,
  });
  it("refuses a year's score the story never gives", () => {
    expect(answer('What was the score when Ortiz beat Kurz in 1994?', story).found).toBe(false);
  });
  it('still gives the score of the match the sentence reports', () => {
    expect(answer('What was the score when Kurz beat Lund?', story).answer).toBe('15-9 15-11');
  });
});

describe("Who is <country>'s coach?: a role another country's adjective opens is that country's", () => {
  const story = makeArticle({
    text:
      'Sweden beat Norway 3-1 in their World Cup qualifier in Stockholm on Saturday. ' +
      'Norway led at half-time but Sweden scored three times after the break. ' +
      'Swedish coach Lars Berg said he had not expected Norway to be so strong.',
    dateline: DATED,
  });
  it("refuses the other side's coach", () => {
    expect(answer("Who is Norway's coach?", story).found).toBe(false);
  });
  it("still names the coach of the country the adjective names", () => {
    expect(answer("Who is Sweden's coach?", story).answer).toBe('Lars Berg');
  });
});

describe('How many ... in <year>?: a year the story gives to another event', () => {
  const story = makeArticle({
    text:
      'President Tomas Varga, 48, won the presidential election in 1994 on promises to fight corruption. ' +
      'Opposition groups protested against his new treaty with Moscow this spring. ' +
      'Police arrested nearly 300 people at the protests, officials said. ' +
      'In 1995, 40 journalists were detained for reporting on the treaty talks.',
    dateline: DATED,
  });
  it('refuses a count asked of the year of the election', () => {
    expect(answer('How many people were arrested in 1994?', story).found).toBe(false);
  });
  it('still gives a count the sentence dates in the year asked', () => {
    expect(answer('How many journalists were detained in 1995?', story).answer).toMatch(/40/);
  });
});

describe('When did X <deed>?: a time after "since" in a clause of another deed', () => {
  const story = makeArticle({
    text:
      'Government troops recaptured the town of Kelby, which has been held since 1992 by rebel fighters, officials said on Friday. ' +
      'The rebels have controlled the mountain road since March. ' +
      'Aid agencies said thousands of people had fled the fighting.',
    dateline: DATED,
  });
  it('refuses the year the holding began for the recapture', () => {
    expect(answer('When did government troops recapture Kelby?', story).found).toBe(false);
  });
  it('still answers since when the clause says the deed asked', () => {
    expect(answer('Since when have the rebels controlled the mountain road?', story).answer).toMatch(/March/);
  });
});

describe('Who is X?: a name the reporter glosses in brackets', () => {
  const story = makeArticle({
    text:
      'Hundreds of supporters gathered outside the court in Harbour City on Friday. ' +
      '"Abu Karim (Haddad) is right, we will not give up," said a 30-year-old teacher. ' +
      'Opposition leader Sami Haddad was jailed last month. ' +
      'Councillor Ian Webb (Labour) said the crowd was peaceful.',
    dateline: DATED,
  });
  it('gives the name in brackets', () => {
    expect(answer('Who is Abu Karim?', story).answer).toMatch(/Haddad/);
  });
  it('does not give a party in brackets', () => {
    expect(answer('Who is Ian Webb?', story).answer).not.toMatch(/^Labour$/);
  });
});
