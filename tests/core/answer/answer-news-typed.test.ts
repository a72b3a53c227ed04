/**
 * News follow-ups on stories of our own (written for these tests, undated like most stories we
 * get): undated news copy is recognised, a role's holder is answered by name, a sum by its money,
 * a passive deed by its doer, a ranking whole, an age before a role word; and what the story does
 * not give is refused - a year for a sum or a race time, "five years ago" for an age, a person's
 * words from a sentence that never names them, a count of a deed the sentence never says.
 */
import { describe, expect, it } from 'vitest';
import { answer, answerDetailed } from '../../../src/core/answer/answer.ts';
import { isNewsCopy } from '../../../src/core/answer/news-copy.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { refineSpan } from '../../../src/core/answer/span.ts';
import { tokenize } from '../../../src/core/answer/spans.ts';
import type { Article } from '../../../src/core/types.ts';

function story(text: string): Article {
  return { id: 'test', title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

// No dateline and a single "said": the old rule (two "said" sentences) read these as encyclopaedia text.
const CLUB = story(
  'Harlow Town manager Dev Okoro joked after Tuesday night\'s 3-1 win that he would need a new coat. ' +
    'Club chairman Rhys Bell watched from the stand with his 61-year-old father Ken. ' +
    'The club could be fined £15,000 for a late kick-off, and it has slipped to 18th out of 24 in the table. ' +
    'The statement was signed by Dr Amina Yusuf, the league secretary, on Wednesday. ' +
    'Okoro, who joined the club in 2011, said the players had earned a rest. ' +
    'The team has played at the Marsh Lane ground for five years.',
);
const MILL = story(
  'The Aldwick windmill was built in 1782 by the millwright Thomas Hale for the Pennington family. ' +
    'It ground wheat for the village until 1911, when a storm broke two of its sails. ' +
    'The mill was restored by volunteers in the 1970s and opened to visitors in 1978.',
);
const FARM = story(
  'Bird flu has been found at a farm with 2,000 ducks near Ely, officials said on Monday. ' +
    'A number of ducks have died and the rest will be culled, the agency added. ' +
    'Councillor Jo Hart said on Tuesday the risk to the public was very low. ' +
    'Then-Environment Secretary Alan Price ordered a cull at the same farm in 2019, and Environment Secretary Mina Rao visited the site this week.',
);

describe('news copy without a dateline', () => {
  it('is recognised by two kinds of news evidence, and encyclopaedia prose is not', () => {
    expect(isNewsCopy(prepareArticle(CLUB), false)).toBe(true);
    expect(isNewsCopy(prepareArticle(FARM), false)).toBe(true);
    expect(isNewsCopy(prepareArticle(MILL), false)).toBe(false);
  });
});

describe('typed answers in news', () => {
  it('answers a role by the name written after it, a former holder only for a question with a year', () => {
    expect(answer('Who is the club chairman?', CLUB).answer).toBe('Rhys Bell');
    expect(answer('Who is the Environment Secretary?', FARM).answer).toBe('Mina Rao');
    expect(answer('Who was the Environment Secretary in 2019?', FARM).answer).toBe('Alan Price');
  });

  it('answers "how much ... fined" with the sum, not another number beside it', () => {
    const a = answer('How much could the club be fined?', CLUB);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('£15,000');
  });

  it('answers who did a deed written in the passive with its doer', () => {
    expect(answer('Who signed the statement?', CLUB).answer).toBe('Amina Yusuf');
  });

  it('answers an age written before a role word and the name', () => {
    expect(answer('How old is Ken?', CLUB).answer).toBe('61');
  });

  it('keeps a ranking whole: "18th out of 24"', () => {
    const s = 'It has slipped to 18th out of 24 in the table.';
    const tokens = tokenize(s);
    const i = tokens.findIndex((t) => t.text === '18th');
    expect(refineSpan(tokens, s, i, i, analyzeQuestion('What is the club ranked?'), null).text).toBe('18th out of 24');
  });
});

describe('what a news story does not give is refused', () => {
  it('a year is no sum and no race time', () => {
    const transfer = story('Striker Leon Vance joined Harlow Town from Bury in 2011, the club said on Monday. Manager Dev Okoro said on Tuesday that Vance would stay until the summer.');
    const paid = answerDetailed('How much did Harlow Town pay for Vance?', transfer);
    expect(paid.answer.found).toBe(false);
    expect(paid.conflict).toBe('gives only a year');
    expect(answer('What was Okoro\'s time in the marathon?', CLUB).found).toBe(false);
  });

  it('"for five years" is no age', () => {
    expect(answer('How old is the Marsh Lane ground?', CLUB).found).toBe(false);
  });

  it('a person\'s words only from a sentence that names them', () => {
    expect(answer('What did Rao say about the risk to the public?', FARM).found).toBe(false);
    expect(answer('What did Hart say about the risk to the public?', FARM).found).toBe(true);
  });

  it('a count only from a sentence that says the deed counted', () => {
    expect(answer('How many ducks have died?', FARM).found).toBe(false);
    expect(answer('How many ducks were on the farm?', FARM).answer).toBe('2,000');
  });
});
