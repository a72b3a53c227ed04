/**
 * A who-question answered by no one (grounding-who-kind.ts): "Who struck the cat?" over "survived
 * after being struck by a van" is not answered "a van" (a thing is no one); a person or a body is
 * still given, named or by a word for a person.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const STORY = [
  'Cat found alive in ditch',
  '',
  'PORTLAND, Ore., April 2 (AP) -- A stray cat in Oregon has survived after being struck by a van, apparently hit on the head with a shovel and then left in a ditch.',
  '',
  'A farmer found the cat on Sunday and took it to a vet in Salem, the shelter said.',
  '',
  'The shelter manager, Jo Reed, said the cat was eating again.',
].join('\n');
const story = parseArticle(STORY, { id: 'cat', fileName: 'cat.txt' });

describe('a who-question answered by a thing', () => {
  it('"Who struck the cat?" is not answered with the van', () => {
    const a = answer('Who struck the cat?', story);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
  it('a person named in the story is still the answer to a who-question', () => {
    const a = answer('Who is the shelter manager?', story);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Jo Reed/);
  });
});
