/**
 * Two wrong refusals a user hit on a plain local story, pinned on stories of our own:
 * a sum in a currency the answerer did not know ("12 million crowns") was read as a bare number
 * and vetoed as "a sum without its currency"; and "how long did the work take?" took the day in
 * the sentence ("Monday") over the stretch of time it says ("after eight months of work").
 */
import { describe, expect, it } from 'vitest';
import { answerDetailed } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { isCurrencyWord } from '../../../src/core/text/currency-words.ts';

const LIBRARY = parseArticle(
  'Velden library roof mended\n\nThe town library in Velden reopened on Tuesday after six weeks of work. ' +
    'The new roof cost 4 million kronor, the parish said. Librarian Anna Berg said readers were pleased to be back.',
  { id: 'library' },
);
const HARBOUR = parseArticle(
  'Harbour wall finished\n\nBuilders in Port Elra finished the harbour wall on Friday after three years of delays. ' +
    'The wall cost 80 million rand, officials said. The harbour master said fishing boats would return next week.',
  { id: 'harbour' },
);

describe('a sum in any currency keeps its currency', () => {
  it.each([
    ['How much did the new roof cost?', LIBRARY, '4 million kronor'],
    ['How much did the wall cost?', HARBOUR, '80 million rand'],
  ])('%s', (q, art, sum) => {
    const r = answerDetailed(q, art).answer;
    expect(r.found).toBe(true);
    expect(r.answer).toContain(sum);
  });

  it('reads an everyday word as a currency only after a number', () => {
    expect(isCurrencyWord('kronor')).toBe(true);
    expect(isCurrencyWord('crowns', 'million')).toBe(true);
    expect(isCurrencyWord('won', '3')).toBe(true);
    expect(isCurrencyWord('won', 'has')).toBe(false);
    expect(isCurrencyWord('crown', 'the')).toBe(false);
  });
});

describe('"how long did X take?" is answered by a stretch of time', () => {
  it.each([
    ['How long did the work take?', LIBRARY, 'six weeks'],
    ['How long did the delays last?', HARBOUR, 'three years'],
  ])('%s', (q, art, length) => {
    const r = answerDetailed(q, art).answer;
    expect(r.found).toBe(true);
    expect(r.answer).toContain(length);
    expect(r.answer).not.toMatch(/Tuesday|Friday/);
  });
});
