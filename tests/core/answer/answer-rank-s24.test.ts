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

const CRASH = story('crash', [
  'Plane crash kills seven',
  "(CNN) Seven people -- including the university's associate basketball coach Torrey Ward -- died when their small plane crashed on Tuesday.",
  'A standout player at the University of Alabama between 1996 and 2000, Ward played professionally in China before getting into coaching.',
  'Ward was promoted to associate head coach in May 2014, according to his official bio.',
  'The cause of the crash is under investigation.',
]);

describe('a typed answer comes from a sentence that says the question, not one that says little of it', () => {
  it('dates the promotion from the sentence about the promotion, not the years of his playing days', () => {
    const a = answer('When was Ward promoted to associate head coach?', CRASH);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('May 2014');
    expect(a.evidence[0].sentence).toBe('Ward was promoted to associate head coach in May 2014, according to his official bio.');
  });
});
