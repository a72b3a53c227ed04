/**
 * Session 24 (rank): answerable news questions answered from the wrong sentence of the story.
 * Each story is made up for the test; each case failed on main (48befc5).
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const story = (id: string, lines: string[]) => parseArticle(lines.join('\n\n'), { id, fileName: `${id}.txt` });

const LIBRARY = story('library', [
  'Village library to close after 90 years',
  'BRIDPORT, May 12 (PA) -- The village library in Allington will close next month after the county cut its grant.',
  'Parish councillor Helen Marsh told the BBC that the building would be sold to pay off the debt.',
  '"I am heartbroken for the children who learnt to read here," she said.',
  'The county said a mobile library would visit twice a week.',
]);

describe('"What did X say?" answers with their own words quoted outright', () => {
  it('gives the quotation, not the words reported before it, and quotes its sentence first', () => {
    const a = answer('What did Helen Marsh say?', LIBRARY);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('I am heartbroken for the children who learnt to read here');
    expect(a.evidence[0].sentence).toBe('"I am heartbroken for the children who learnt to read here," she said.');
  });

  it('keeps the reported words when the person is quoted nowhere', () => {
    const a = answer('What did Helen Marsh say?', story('library2', [
      'Village library to close after 90 years',
      'BRIDPORT, May 12 (PA) -- The village library in Allington will close next month after the county cut its grant.',
      'Parish councillor Helen Marsh told the BBC that the building would be sold to pay off the debt.',
      'The county said a mobile library would visit twice a week.',
    ]));
    expect(a.answer).toBe('the building would be sold to pay off the debt');
  });
});
