/**
 * Coreference by description (coref.ts, coref-descriptions.ts): a sentence whose subject is a
 * description ("The 34-year-old, who ...") counts as naming the person the story named just
 * before it, so "How many children does Berg have?" is read from it. Story text of our own.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const CATWALK = parseArticle(
  [
    'Supermodel says farewell to the catwalk',
    '',
    'MILAN, Italy, April 16 (Reuters) -- Swedish supermodel Anna Berg walked her last catwalk show at Milan Fashion Week on Wednesday night in an emotional farewell.',
    '',
    'Berg announced over the weekend that she would be retiring from the catwalk, though not from the fashion business.',
    '',
    'The 34-year-old, who is married to the tennis player Jon Holm and has three children, has said she wants to spend more time with her family.',
    '',
    'On Wednesday night, Holm had a front-row seat at what was hailed as a historic moment for the show.',
  ].join('\n'),
  { id: 'catwalk', fileName: 'catwalk.txt' },
);

describe('a description standing for the person named before it', () => {
  it('answers a count from the sentence that calls her "The 34-year-old"', () => {
    // Before: refused ("shares no word with the question").
    const a = answer('How many children does Berg have?', CATWALK);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('three');
  });

  it('answers why from that sentence rather than the one that names her', () => {
    // Before: "weekend that she would be retiring from the catwalk".
    const a = answer('Why is Berg retiring?', CATWALK);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('to spend more time with her family');
  });
});
