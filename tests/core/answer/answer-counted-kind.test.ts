/**
 * A count of another kind of the noun asked (grounding-counted-kind.ts): "How many season-ticket
 * holders ...?" over "4,200 corporate holders": the sentence says which holders it counts, and not
 * the question's kind, so the story does not say; asked of its own kind, the count is given.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const STORY = [
  'Visa backlog grows at border office',
  '',
  'LONDON, June 4 (Reuters) -- A backlog at the border office has left thousands of travellers waiting for documents, officials said on Tuesday.',
  '',
  'In total just 3,412 student applications were approved between January and May, the office said.',
  '',
  'The office blamed a new computer system and staff shortages for the delays.',
].join('\n');
const story = parseArticle(STORY, { id: 'visas', fileName: 'visas.txt' });

describe('a count of another kind', () => {
  it('"How many work applications were approved?" is not answered with the student count', () => {
    const a = answer('How many work applications were approved?', story);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
  it('the count of the kind the sentence says is still given', () => {
    const a = answer('How many student applications were approved?', story);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/3,412/);
  });
});
