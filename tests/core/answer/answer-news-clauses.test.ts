/**
 * Session 7's general causes of misses on a fresh batch of news questions (docs/answers-news.md),
 * on stories of our own: a date answers for the clause of the asked deed; "When did X <verb>?"
 * over a sentence that never says the deed is refused; a deputy or assistant is not the role
 * asked about; a people's adjective names no club; "52 of the 73" counts the part; a court's
 * sentence is read as written; a length needs the thing asked about; an ordinal before a noun is
 * no finishing place; "the 20-year-old" answers "how old" with the number.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import type { Article } from '../../../src/core/types.ts';
import { expectRefused } from '../../helpers/answers.ts';

function story(text: string): Article {
  return { id: 'test', title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

const COURT = story(
  'A court in Dorvale sentenced 30 people on Tuesday for their part in the 2019 riots, state radio reported. ' +
    'Most of them - 18 of the 25 defendants - were tried in absentia, the radio said. ' +
    'Former mayor Ivo Brandt was sentenced to 12 years in prison after being convicted of fraud in March 2017. ' +
    'Sela Moro, the deputy governor of Kell province, said the riots had cost the region dearly. ' +
    'The Norwegian side made an offer for the land, she said. ' +
    'Brandt, a lawyer by training, joined the Dorvale council in 2004 and became its leader in 2009. ' +
    'The health emergency was first declared last month, but will now stay in place until June 30, officials said. ' +
    'The outbreak first began in mid-November, officials said. ' +
    'Brandt also faces a separate six-month driving ban, the court heard. ' +
    'The relationship between Brandt and the council treasurer is unknown.',
);

const RACE = story(
  'The 20-year-old Kim Osei won her first World Cup race on Sunday, officials said. ' +
    'Osei finished ahead of the favourite, Dana Reyes, who said she was tired. ' +
    'The 29-year-old Reyes took second. ' +
    'Osei said: "This is the best day of my life." ' +
    'Osei will race again in Oslo next month, her coach said.',
);

describe('a date answers for the clause of the deed asked about', () => {
  it.each([
    ['When did Brandt join the Dorvale council?', '2004'],
    ['When did Brandt become the council leader?', '2009'],
    ['Until when will the health emergency stay in place?', 'June 30'],
    ['When did the outbreak begin?', 'mid-November'],
  ])('%s -> %s', (q, expected) => {
    const a = answer(q, COURT);
    expect(a.found).toBe(true);
    expect(a.answer).toContain(expected);
  });

  it('refuses "When did X <verb>?" over a sentence that never says the deed', () => {
    expectRefused(answer('When did Brandt leave the Dorvale council?', COURT));
  });
});

describe('roles, counts, sentences and places read as a reporter writes them', () => {
  it.each([
    ['Who is the governor of Kell province?', COURT],
    ['Which club made an offer for the land?', COURT],
    ['How long is Brandt\'s suspension?', COURT],
    ['What is the relationship between Brandt and the council treasurer?', COURT],
    ['Where did Reyes finish in the World Cup race on Monday?', RACE],
  ])('refuses %s', (q, article) => {
    expectRefused(answer(q, article));
  });

  it.each([
    ['How many defendants were tried in absentia?', '18', COURT],
    ['How long was Brandt sentenced to?', '12 years', COURT],
    ['What was Brandt sentenced to?', '12 years in prison', COURT],
    ['Who is the deputy governor of Kell province?', 'Sela Moro', COURT],
    ['How long is Brandt\'s driving ban?', 'six-month', COURT],
    ['Where did Reyes finish?', 'second', RACE],
    ['How old is Osei?', '20', RACE],
  ])('%s -> %s', (q, expected, article) => {
    const a = answer(q, article);
    expect(a.found).toBe(true);
    expect(a.answer).toBe(expected);
  });
});
