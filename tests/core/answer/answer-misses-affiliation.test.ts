/**
 * "Who is X?" answered by the body X speaks from ("Priya Lal, from the charity River Towns Trust"):
 * the check that refuses another person's name for "Who is X?" lets a name after "from" stand.
 * Story text of our own.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const FLOOD = parseArticle(
  [
    'Flood barrier plan for river town approved',
    '',
    'YORK, England, March 3 (Reuters) -- Councillors approved a 40 million pound flood barrier for the town of Selby on Tuesday, after the river burst its banks twice in three winters.',
    '',
    'The barrier will be built along the north bank of the Ouse and is due to open in 2028.',
    '',
    '"Families here have waited long enough for this protection," said Priya Lal, from the charity River Towns Trust.',
    '',
    'Residents have complained about rising insurance costs since the floods of 2023.',
  ].join('\n'),
  { id: 'flood', fileName: 'flood.txt' },
);

describe('"Who is X?" and the body X is from', () => {
  it('answers with the organisation named after "from"', () => {
    // Before: refused ("names someone else (River Towns Trust)").
    const a = answer('Who is Priya Lal?', FLOOD);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('River Towns Trust');
  });
});
