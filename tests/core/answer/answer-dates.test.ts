/**
 * Dates as a reporter means them: days the story puts in the future resolve forward from the
 * dateline (across a year end too), past ones backward, and the story's own year answers "what year".
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { resolveDate } from '../../../src/core/answer/dates.ts';
import type { Article } from '../../../src/core/types.ts';

function story(text: string, date: string): Article {
  return { id: 'd', title: 'Ferries', text, caption: null, dateline: { place: 'OBAN', date, agency: null }, url: null, publishedAt: null, source: null };
}

// Our own story, dated Saturday, Dec. 5, 2026.
const FERRY = story(
  'Ferry crossings to the islands are cancelled from 6 p.m. on Sunday until Monday because of a storm, the operator said. ' +
    'The harbour master said the last sailing left on Thursday. ' +
    'The council said its next meeting is scheduled for Jan. 22 and will discuss a new pier.',
  '2026-12-05',
);

describe('dates against the dateline', () => {
  it('resolves a weekday the story puts in the future forward, and "until" after it', () => {
    expect(resolveDate('Sunday until Monday', 'crossings are cancelled from 6 p.m. on Sunday until Monday', '2026-12-05')?.text).toBe(
      'Sunday, Dec. 6, 2026, until Monday, Dec. 7, 2026',
    );
    const a = answer('When will the ferry crossings be cancelled?', FERRY);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^Sunday, Dec\. 6, 2026/);
  });

  it('resolves a past weekday backward', () => {
    expect(resolveDate('Thursday', 'the last sailing left on Thursday', '2026-12-05')?.text).toBe('Thursday, Dec. 3, 2026');
  });

  it('puts a future month and day in December into next year, and a past one in January into last year', () => {
    expect(resolveDate('Jan. 22', 'its next meeting is scheduled for Jan. 22', '2026-12-05')?.iso).toBe('2027-01-22');
    expect(resolveDate('Dec. 30', 'the pier closed on Dec. 30', '2027-01-03')?.iso).toBe('2026-12-30');
    expect(resolveDate('Feb. 6', 'Xi met him on Feb. 6', '2022-02-06')?.iso).toBe('2022-02-06');
  });

  it('reads the tense of the clause around the day, not of the whole sentence', () => {
    // Our own sentences, against a story dated Thursday, Dec. 3, 2026.
    const on = (span: string, sentence: string) => resolveDate(span, sentence, '2026-12-03')?.text;
    expect(on('Tuesday', 'The man, from Leeds, was arrested on Tuesday.')).toBe('Tuesday, Dec. 1, 2026');
    expect(on('Monday', 'The council met on Monday and will vote on the plan in March.')).toBe('Monday, Nov. 30, 2026');
    expect(on('Friday', 'The fund, which will reopen in the spring, closed last Friday.')).toBe('Friday, Nov. 27, 2026');
    expect(on('Monday', 'The company said on Monday it would close the plant.')).toBe('Monday, Nov. 30, 2026');
    expect(on('Friday', 'The bridge will close on Friday, the council said.')).toBe('Friday, Dec. 4, 2026');
    // "next Thursday" in a Thursday story is a week on.
    expect(on('Thursday', 'The talks resume next Thursday.')).toBe('Thursday, Dec. 10, 2026');
  });

  it('answers "what year" with the year of the story', () => {
    const a = answer('In what year did this happen?', FERRY);
    expect(a).toMatchObject({ found: true, answer: '2026' });
  });
});
