/**
 * The deed a "when" question dates (asked-verb.ts whenVerb): "When did the original station
 * open?" over "closed to passengers in 1956" dates another deed, so the story does not say; the
 * tagger reads a closing "open" as an adjective, which the deed reader now takes as the verb.
 * Asked of the deed the sentence says, the date is still given.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const STORY = [
  'Rail link plan for new town moves forward',
  '',
  'PRESTON, March 3 (Reuters) -- Plans for a new railway station in the town moved a step closer on Tuesday, the county council said.',
  '',
  "The town's original railway station closed to passengers in 1956.",
  '',
  'The council has earmarked land for the new station near the shopping centre.',
].join('\n');
const story = parseArticle(STORY, { id: 'station', fileName: 'station.txt' });

describe('the deed a when-question dates', () => {
  it('"When did the original station open?" is not answered with the year it closed', () => {
    const a = answer('When did the original station open?', story);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
  it('the year of the deed the sentence says is still given', () => {
    const a = answer('When did the original station close?', story);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/1956/);
  });
});
