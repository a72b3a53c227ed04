/**
 * Span edges a reader notices, on sentences of our own: the span model's choice (given here as
 * the words it picked) comes out as the whole name, the count alone, the day with its month, the
 * whole range, the person without their possessive, and stops where another clause begins.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { refineSpan } from '../../../src/core/answer/span.ts';
import { tokenize } from '../../../src/core/answer/spans.ts';
import type { Article } from '../../../src/core/types.ts';

/** The answer text when the span model picked the words `picked` of `sentence` for `question`. */
function refined(question: string, sentence: string, picked: string): string {
  const tokens = tokenize(sentence);
  const from = sentence.indexOf(picked);
  if (from < 0) throw new Error(`"${picked}" is not in the sentence`);
  const i = tokens.findIndex((t) => t.start === from);
  const j = tokens.findIndex((t) => t.end === from + picked.length);
  if (i < 0 || j < 0) throw new Error(`"${picked}" does not start and end on a token`);
  return refineSpan(tokens, sentence, i, j, analyzeQuestion(question), null).text;
}

describe('span edges: names', () => {
  it('never cuts a name at an initial', () => {
    const s = 'The inquiry was led by retired judge Margaret T. Okafor in March.';
    expect(refined('Who led the inquiry?', s, 'Margaret T')).toBe('Margaret T. Okafor');
    expect(refined('Who led the inquiry?', s, 'Okafor')).toBe('Margaret T. Okafor');
  });

  it('keeps a case name across "v."', () => {
    const s = 'The ruling in Dale v. Harrow District Council changed the rules on parking.';
    expect(refined('What case changed the rules on parking?', s, 'Dale v')).toBe('Dale v. Harrow District Council');
  });

  it('gives a thing or place its whole name', () => {
    const s = 'Work began on what became Fort Calder in 1801.';
    expect(refined('What was the fort named?', s, 'Calder')).toBe('Fort Calder');
  });

  it('keeps "of" inside a name, but does not run on into a name the question gives', () => {
    const s = 'The first clash came at the Battle of Harrow Moor in 1642.';
    expect(refined('What was the first clash?', s, 'Harrow Moor')).toBe('Battle of Harrow Moor');
    const t = 'The report was written for the Ruritanian Rail Board Emil Varga chaired.';
    expect(refined('Which body did Emil Varga chair?', t, 'Ruritanian Rail')).toBe('Ruritanian Rail Board');
  });

  it('answers "who" with the person, not what is theirs; "whose" keeps the possessive', () => {
    const s = 'The plan built on Amira Haddad\'s survey of the river.';
    expect(refined('Who surveyed the river?', s, "Amira Haddad's")).toBe('Amira Haddad');
    expect(refined('Whose survey did the plan build on?', s, "Amira Haddad's")).toBe("Amira Haddad's");
  });

  it('keeps the name that follows a possessive', () => {
    const s = "Ruritania's envoy Tomas Brel met the mayor on Friday.";
    expect(refined('Who met the mayor?', s, "Ruritania's envoy Tomas Brel")).toBe('Tomas Brel');
  });
});

describe('span edges: places', () => {
  it('answers "where" with the place named after "in", not the phrase before it', () => {
    const s = 'The new school sits on a 12-acre site in the Fenwick Valley, near the river.';
    expect(refined('Where is the new school?', s, 'a 12-acre site in the Fenwick Valley')).toBe('the Fenwick Valley');
  });
});

describe('span edges: counts, dates and ranges', () => {
  it('answers "how many" with the count and its qualifier, not the counted noun', () => {
    const s = 'The festival drew more than 4,500 visitors over the weekend.';
    expect(refined('How many visitors did the festival draw?', s, 'more than 4,500 visitors')).toBe('more than 4,500');
    expect(refined('How many visitors did the festival draw?', s, '4,500 visitors')).toBe('more than 4,500');
    expect(refined('How many visitors did the fair draw?', 'The fair drew 900 visitors.', '900 visitors')).toBe('900');
  });

  it('gives an amount with its qualifier', () => {
    expect(refined('How much could households save?', 'Households could save up to 30% on their bills, the report said.', '30%')).toBe('up to 30%');
    expect(refined('What is the temperature of the water?', 'The water is kept at around 40 degrees.', '40')).toBe('around 40');
  });

  it('keeps a scale word with its count', () => {
    const s = 'The app has been downloaded 2.5 million times since May.';
    expect(refined('How many times has the app been downloaded?', s, '2.5 million times')).toBe('2.5 million');
  });

  it('gives a day with its month, but a year alone for "what year"', () => {
    const s = 'The bridge reopened on March 14, 2025, after repairs.';
    expect(refined('When did the bridge reopen?', s, '14, 2025')).toBe('March 14, 2025');
    expect(refined('What year did the bridge reopen?', s, '2025')).toBe('2025');
  });

  it('gives the season of a year', () => {
    const s = 'The mill closed in the winter of 1987 after a fire.';
    expect(refined('When did the mill close?', s, '1987')).toBe('winter of 1987');
  });

  it('gives a range whole', () => {
    expect(refined('How old are most of the volunteers?', 'Most of the volunteers are aged 16–19.', '16')).toBe('16–19');
    expect(refined('When was flooding worst?', 'Flooding in the valley was worst between 2019 and 2021.', '2021')).toBe('between 2019 and 2021');
  });
});

describe('span edges: where the clause ends', () => {
  it('leaves a relative clause out', () => {
    const s = 'Engineers used sonar surveys that show the wreck on the seabed.';
    expect(refined('What type of surveys did engineers use?', s, 'sonar surveys that show')).toBe('sonar surveys');
  });

  it('keeps the unit of a duration', () => {
    const s = 'The effects of the tax take several years to show in the figures.';
    expect(refined('How long do the effects take to show?', s, 'several')).toBe('several years');
  });

  it('stops at a comma that opens another clause', () => {
    const s = 'Demand rose for electric buses, the council fleet quickly became one of the largest in the region.';
    expect(refined('What did demand rise for?', s, 'electric buses, the council fleet quickly became one of the largest')).toBe('electric buses');
  });

  it('keeps a list and a date with commas whole', () => {
    expect(refined('Who won the award?', 'The award went to Priya Nair, Tom Oduya and Lena Fisk.', 'Priya Nair, Tom Oduya and Lena Fisk')).toBe('Priya Nair, Tom Oduya and Lena Fisk');
    const s = 'The test began on the morning of June 3, 2024, and was stopped at noon.';
    expect(refined('When did the test begin?', s, 'the morning of June 3, 2024, and was stopped at noon')).toBe('the morning of June 3, 2024');
  });

  it('stops a name before "and" + a verb, but keeps a reason whole', () => {
    expect(refined('Where did Dane start his career?', 'Dane started his career at Harlow Town and had a spell at Stevenage.', 'Harlow Town and had a spell')).toBe('Harlow Town');
    expect(refined('Why did she move?', 'She moved to gain support and regain control of the board.', 'to gain support and regain control of the board')).toBe(
      'to gain support and regain control of the board',
    );
  });
});

describe('counts in a whole answer', () => {
  const FAIR: Article = {
    id: 'fair',
    title: 'County fair',
    text:
      'The county fair opened in Ripon on Saturday, the organisers said. ' +
      'This year 312 stallholders signed up for the fair, up from 280 last year. ' +
      'The fair runs until Monday.',
    caption: null,
    dateline: { place: 'RIPON', date: '2026-08-01', agency: null },
    url: null,
    publishedAt: null,
    source: null,
  };

  it('answers "how many" with the number, not the number and its noun', () => {
    const a = answer('How many stallholders signed up for the fair?', FAIR);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('312');
  });
});
