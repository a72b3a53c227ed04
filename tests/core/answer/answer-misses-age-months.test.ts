/**
 * A child's age in months ("Now Ada is 20 months old") answers "How old is she?": the grounding
 * check that refuses a span with no age reads "N months / weeks / days old" as one. Story text of our own.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const RESCUE = parseArticle(
  [
    'Toddler and her rescuer reunited at fire station',
    '',
    'LEEDS, England, May 9 (PA) -- A firefighter who carried a baby girl from a burning flat was reunited with her family on Thursday.',
    '',
    'Watch manager Tom Reed found the girl, Ada, in a smoke-filled bedroom in 2024.',
    '',
    'Now Ada is 20 months old and loves visiting the fire engines, her mother said.',
  ].join('\n'),
  { id: 'rescue', fileName: 'rescue.txt' },
);

describe('an age in months', () => {
  it('answers "How old is X now?"', () => {
    // Before: refused ("gives no age").
    const a = answer('How old is Ada now?', RESCUE);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('20 months');
  });
});
