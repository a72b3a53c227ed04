/**
 * Session 15: a count or sum asked for a time, from a sentence that gives one figure per time
 * (span-number-time.ts). Stories written for these tests; each with a near shape that must not change.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { figureForAskedTime } from '../../../src/core/answer/span-number-time.ts';
import { tokenize } from '../../../src/core/answer/spans.ts';
import { makeArticle } from '../../helpers/article.ts';

const VOWS = makeArticle({
  dateline: { place: 'LONDON', date: '2026-03-14', agency: null },
  text:
    'More young women are becoming nuns, the church said on Monday. ' +
    'Figures from the church show the number of women taking holy vows has trebled from 15 in 2009 to 45 last year. ' +
    'Sister Anne, 29, said she had never been happier.',
});

/** The rule alone on one sentence, the model's span given as its words; the figure chosen, or null. */
function moved(question: string, sentence: string, span: string): string | null {
  const toks = tokenize(sentence);
  const i = toks.findIndex((t) => t.text === span);
  const r = figureForAskedTime(question, toks, i, i);
  return r ? sentence.slice(toks[r[0]].start, toks[r[1]].end) : null;
}

describe('the figure of the asked time (span-number-time.ts)', () => {
  it('"How many ... last year?" and "... in 2009?" each get their own figure', () => {
    expect(answer('How many women took holy vows last year?', VOWS).answer).toBe('45');
    expect(answer('How many women took holy vows in 2009?', VOWS).answer).toBe('15');
  });

  it('moves only between figures that each carry a time, and keeps a currency sign', () => {
    const s = 'Profits rose from £3m in 2019 to £8m this year, the firm said.';
    expect(moved('How much profit did the firm make in 2019?', s, '8m')).toBe('£3m');
    expect(moved('How much profit did the firm make this year?', s, '8m')).toBeNull();
    // Near shapes: no time in the question; a time no figure has.
    expect(moved('How much profit did the firm make?', s, '8m')).toBeNull();
    // (Session 19: one figure timed as the year asked, the span on the story's untimed one, moves
    // to it - "What was the turnout in 2021?" over "58 percent, up from 49 percent at the last
    // election in 2021" - as it did already for "last year" and "four years ago".)
    expect(moved('How many fans came in 2019?', '40,000 fans came, up from 30,000 in 2019.', '40,000')).toBe('30,000');
    expect(moved('How many fans came?', '40,000 fans came, up from 30,000 in 2019.', '40,000')).toBeNull();
    expect(moved('How many women took vows in 2011?', 'The number trebled from 15 in 2009 to 45 last year.', '45')).toBeNull();
  });
});
