/**
 * Session 14's general causes of misses on a seventh fresh batch of news questions
 * (docs/answers-news-batch7.md), on stories of our own, each with a near shape that must not
 * change: a family that shares a surname; "How much does X cost?" answered by no sum; another
 * place in a ranking; "three categories of rooms" and "seconds of match action" as counts; "Which
 * other club ...?"; an answer that only names the kind asked ("Other singers"); "Who spoke?" and a
 * name only inside a quotation; "When will ...?" answered by a past year; "his local MP, X"; "X, a
 * spokeswoman for Y's secretary"; a figure for the whole world asked of one country; a quotation
 * that runs on after a sentence naming X but crediting another.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: null, date: '2015-04-10', agency: null };

const FAMILY = makeArticle({
  text:
    'Leo Lopez, the boy in the famous photo, is now an 8-year-old named Leo Lopez who lives with his parents. ' +
    'His father, Carlos, needs a new heart. ' +
    'About a week ago, Maria Lopez, Carlos\'s wife and Leo\'s mother, started an online appeal for the operation. ' +
    'Lopez told the Daily Star that her husband had been ill since 2009. ' +
    '"We are overwhelmed by the kindness of strangers," Maria Lopez said.',
  dateline: DATED,
});

describe('a family that shares a surname', () => {
  it('does not give the mother\'s words or the son\'s age to the father', () => {
    expect(answer('What did Carlos Lopez say?', FAMILY).found).toBe(false);
    expect(answer('How old is Carlos Lopez?', FAMILY).found).toBe(false);
  });
  it('still answers about the one the sentence names (guard)', () => {
    const said = answer('What did Maria Lopez say?', FAMILY);
    expect(said.found).toBe(true);
    expect(said.answer).toMatch(/husband had been ill since 2009|overwhelmed by the kindness/);
    expect(answer('How old is Leo Lopez?', FAMILY).answer).toBe('8');
  });
});

const INN = makeArticle({
  text:
    'The Old Mill Inn has reopened after a year of work. ' +
    'There are three categories of rooms at the inn: doubles, suites and a loft. ' +
    'Of the inn\'s 12 rooms, 8 are doubles and 4 are suites. ' +
    'A double room costs €150 a night. ' +
    'The bar, which looks like a 19th century barn, serves a signature cocktail called the Miller.',
});

describe('amounts in a hotel feature', () => {
  it('refuses a price that the story never gives as a sum', () => {
    expect(answer('How much does the signature cocktail cost?', INN).found).toBe(false);
    expect(answer('How much does a suite cost?', INN).found).toBe(false);
  });
  it('gives the sum it does state (guard)', () => {
    expect(answer('How much does a double room cost?', INN).answer).toContain('€150');
  });
  it('does not count rooms with the number of their categories', () => {
    expect(answer('How many rooms does the inn have?', INN).answer).toBe('12');
  });
});

const CLIP = makeArticle({
  text: 'The club posted its highlights of the goalless draw on Saturday. They lasted just 40 seconds in all, with 9 seconds of match action.',
});

describe('a count asked with its "of" words', () => {
  it('counts the noun the asked words follow', () => {
    expect(answer('How many seconds of match action did the highlights show?', CLIP).answer).toBe('9');
  });
  it('counts the plain noun when the question has no "of" (guard)', () => {
    expect(answer('How many seconds did the highlights last?', CLIP).answer).toBe('40');
  });
});

const POLL = makeArticle({
  text:
    'Ana Ruiz topped the annual list of the best-paid singers, according to the magazine. ' +
    'Lia Mart came in second on the list, taking home an estimated $60m. ' +
    'Other singers on the list include Tom Bell in fourth. ' +
    'Some of the singers who missed out included Joe Kay.',
  dateline: DATED,
});

describe('a place in a ranking', () => {
  it('refuses a place the story never gives', () => {
    expect(answer('Who came sixth on the list?', POLL).found).toBe(false);
  });
  it('answers the place it gives (guard)', () => {
    expect(answer('Who came in second on the list?', POLL).answer).toBe('Lia Mart');
  });
  it('does not answer "which singers" with "Other singers"', () => {
    expect(answer('Which singers are on the list?', POLL).answer).not.toMatch(/^Other singers$/i);
  });
});

describe('"Which other ...?"', () => {
  const CLUB = makeArticle({
    text: 'At least one other Scottish club has shown an interest in Reid, whose contract ends next summer. Striker Tom Reid scored twice on Saturday.',
  });
  it('does not answer with the adjective of an unnamed club', () => {
    expect(answer('Which other club is interested in Reid?', CLUB).answer).not.toBe('Scottish');
  });
  it('still reads a role before a name (guard)', () => {
    expect(answer('Which striker scored twice?', CLUB).answer).toBe('Tom Reid');
  });
});

describe('"Who spoke?"', () => {
  it('does not take a word inside a quotation for a speaker', () => {
    const a = makeArticle({ text: 'The singer posted a photo of herself after the birth. Fans loved what she calls her "Squishiness." They shared their own photos.' });
    expect(answer('Who spoke?', a).answer).not.toContain('Squishiness');
  });
  it('names who is credited with a quotation (guard)', () => {
    const a = makeArticle({ text: 'The club won the cup on Sunday. "We played our best game of the season," said coach Ana Ruiz.' });
    expect(answer('Who spoke?', a).answer).toContain('Ana Ruiz');
  });
});

describe('"When will ...?" answered by a past year', () => {
  const PRISON = makeArticle({
    text:
      'Jane Byrne was allowed out on day release on Wednesday despite being jailed for life in April 2000 for the murder. ' +
      'She failed in July 2013 to have her conviction overturned, her lawyer said. ' +
      'The new bridge over the river will open in 2027, the council said.',
  });
  it('refuses a date before another the story gives, in a sentence with nothing to come', () => {
    expect(answer('When will Jane Byrne be released?', PRISON).found).toBe(false);
  });
  it('gives a date the sentence puts in the future (guard)', () => {
    expect(answer('When will the new bridge open?', PRISON).answer).toContain('2027');
  });
});

describe('"Who is X?" and "Who is Y\'s secretary?" in apposition', () => {
  const MP = makeArticle({
    text:
      'Steve Wills, of Old Ways Heritage, contacted his local MP, Linda Hale, after families were blocked from the memorial. ' +
      '"Time is short," said Stacy Tan, a spokeswoman for Ohio\'s secretary of state, Rob Carr, a Democrat. ' +
      '"We will look at it," said Tom Hale, an Acme spokesman.',
    dateline: DATED,
  });
  it('reads a title after a possessive, set off by commas', () => {
    expect(answer('Who is Linda Hale?', MP).answer).toBe('his local MP');
  });
  it('does not give the spokeswoman for the secretary as the secretary', () => {
    expect(answer("Who is Ohio's secretary of state?", MP).answer).not.toBe('Stacy Tan');
  });
  it('still reads "X, of ..." and "X, a Y spokesman" (guard)', () => {
    expect(answer('Who is Steve Wills?', MP).answer).toBe('of Old Ways Heritage');
    expect(answer("Who is Acme's spokesman?", MP).answer).toBe('Tom Hale');
  });
});

describe("a figure for the whole world asked of one country", () => {
  const TV = makeArticle({
    text:
      'The channel offers news and films in French that reach 90 million homes worldwide. ' +
      'It is run by the governments of France, Canada and Switzerland.',
    dateline: DATED,
  });
  it('refuses the country figure', () => {
    expect(answer('How many homes does the channel reach in Canada?', TV).found).toBe(false);
  });
  it('gives the world figure when no country is asked (guard)', () => {
    expect(answer('How many homes does the channel reach?', TV).answer).toBe('90 million');
  });
});

describe('a quotation that runs on after a sentence crediting another', () => {
  it('does not give the other speaker\'s words to the one named', () => {
    const a = makeArticle({
      text: 'The union has withdrawn its offer to the centre. "It is over to the clubs now to keep Tom Reid," Davies told Radio Wales. "The central contract has been withdrawn after the clubs upped the ante."',
      dateline: DATED,
    });
    expect(answer('What did Tom Reid say?', a).found).toBe(false);
  });
  it('still runs a quotation on in the words of the one who spoke (guard)', () => {
    const a = makeArticle({
      text: 'The union has withdrawn its offer to the centre. "We will fight on for a new deal," Tom Reid told Radio Wales. "The offer was far too low for a player of my age."',
      dateline: DATED,
    });
    const said = answer('What did Tom Reid say?', a);
    expect(said.found).toBe(true);
    expect(said.answer).toContain('We will fight on');
    expect(said.evidence.map((e) => e.sentence).join(' ')).toContain('far too low');
  });
});
