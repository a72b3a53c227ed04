/**
 * The answerability decision on stories of our own (written for these tests): a question about a
 * name, place, number or condition the story does not give is refused with "The article does not
 * say", and what the story does give is still answered. Also the two signals new this round: a
 * question word swapped for another beside an aligned neighbour, and a word the sentence says
 * another way (a synonym) against one it does not.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { alignFeatures } from '../../../src/core/answer/answerable-align.ts';
import { lifeFeatures } from '../../../src/core/answer/answerable-life.ts';
import { prepareArticle, rankSentences } from '../../../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { saidOtherwise } from '../../../src/core/answer/synonyms.ts';
import { tokenize } from '../../../src/core/answer/spans.ts';
import type { Article } from '../../../src/core/types.ts';
import { expectRefused } from '../../helpers/answers.ts';

function story(title: string, text: string, date: string | null): Article {
  return { id: title.toLowerCase(), title, text, caption: null, dateline: { place: date ? 'HARWICH' : null, date, agency: null }, url: null, publishedAt: null, source: null };
}

// A news story (dated) and an encyclopaedia-style paragraph (no dateline, no reported speech).
const FERRY = story(
  'Ferry',
  'The Harwich ferry company Northsea Lines said on Friday it would add two crossings a day to Hook of Holland from March. ' +
    'Its chief executive, Helen Marsh, said demand had grown by 18% this year. ' +
    'The new crossings will use the ship Oriel, which was built in 2009 in Finland. ' +
    'A spokesman said fares would not rise before the summer.',
  '2026-11-14',
);
const MILL = story(
  'Mill',
  'The Aldwick windmill was built in 1782 by the millwright Thomas Hale for the Pennington family. ' +
    'It ground wheat for the village until 1911, when a storm broke two of its sails. ' +
    'The mill was restored by volunteers in the 1970s and opened to visitors in 1978. ' +
    'Its cap was rebuilt in oak after a fire in 1994.',
  null,
);
const WALL = story(
  'Wall',
  'Engineers will repair the sea wall at Filey after a storm damaged it on Tuesday, the council said. ' +
    'Council leader Mark Dunn said the repair would be paid for by the government. ' +
    'A woman who lives on the seafront said she had been frightened by the waves.',
  '2026-11-14',
);

describe('questions the story does not answer are refused', () => {
  it.each([
    ['Who is the chief executive of Stena Line?', FERRY], // a company the story never names
    ['How much will the new crossings cost?', FERRY], // a number the story never gives
    ['How many crossings a day will be added to Rotterdam?', FERRY], // another place than the story's
    ['What did Helen Marsh say about fares?', FERRY], // a spokesman said it, not she
    ['Who is the captain of the Oriel?', FERRY],
    ['What broke the mill\u2019s sails in 1925?', MILL], // another year than the story's
    ['Who restored the mill in the 1990s?', MILL],
    ['How much did the restoration cost?', MILL],
    ['Who owned the mill in 1950?', MILL],
    ['How long will it take to repair the sea wall?', WALL], // a length of time asked, no number anywhere near
    ['What is the name of the woman who lives on the seafront?', WALL], // she is never named
  ])('%s', (q, article) => {
    const a = answer(q as string, article as Article);
    expectRefused(a);
  });
});

describe('what the story gives is still answered', () => {
  it.each([
    ['What ship will the new crossings use?', FERRY, 'Oriel'],
    ['When was the Oriel built?', FERRY, '2009'],
    ['By how much has demand grown?', FERRY, '18%'],
    ['When was the Aldwick windmill built?', MILL, '1782'],
    ['What is the name of the council leader?', WALL, 'Mark Dunn'],
  ])('%s', (q, article, expected) => {
    const a = answer(q as string, article as Article);
    expect(a.found).toBe(true);
    expect(a.answer).toContain(expected);
  });
});

describe('alignment and synonym signals', () => {
  it('sees a name swapped beside an aligned neighbour ("in Hamburg" over "in Berlin")', () => {
    const text = 'The Huguenots created two new neighbourhoods in Berlin in the 1690s.';
    const prep = prepareArticle(story('Align', text, null));
    const span = prep.sentences[0].tokens.filter((t) => t.text === 'two' || t.text === 'new' || t.text === 'neighbourhoods');
    const swapped = alignFeatures('What neighbourhoods did the Huguenots create in Hamburg?', analyzeQuestion('What neighbourhoods did the Huguenots create in Hamburg?'), prep, 0, span);
    const same = alignFeatures('What neighbourhoods did the Huguenots create in Berlin?', analyzeQuestion('What neighbourhoods did the Huguenots create in Berlin?'), prep, 0, span);
    expect(swapped.subCap).toBe(1);
    expect(same.subCap).toBe(0);
  });

  it('tells a word said another way from a word swapped for another', () => {
    const sentence = tokenize('The windmill was built in 1782.');
    expect(saidOtherwise('constructed', 'construct', sentence)).toBe(true);
    expect(saidOtherwise('demolished', 'demolish', sentence)).toBe(false);
  });

  it('sees a birth asked where the sentence gives a death or another event ("born" over "(died 1791)")', () => {
    const prep = prepareArticle(story('Clock', 'The clockmaker Ann Revel (died 1791) built the tower clock of Stanmore church in 1768.', null));
    const life = (q: string) => {
      const info = analyzeQuestion(q);
      const evidence = rankSentences(prep, info).find((r) => r.sentence === 0)!;
      return lifeFeatures({ question: q, info, prep, ranked: [evidence], evidence, span: [] }).lifeMiss;
    };
    expect(life('In what year was Ann Revel born?')).toBe(1);
    expect(life('When was the clockmaker buried?')).toBe(0); // a death word: the sentence gives one
    expect(life('In what year did Ann Revel die?')).toBe(0);
    expect(life('When did Ann Revel build the tower clock?')).toBe(0);
  });
});
