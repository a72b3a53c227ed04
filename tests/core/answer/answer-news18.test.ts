/**
 * Session 25's general causes of misses on an eighteenth fresh batch of news questions (1996
 * Reuters copy, docs/answers-news-batch18.md), on stories of our own, each with a near shape that
 * must not change.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: 'NEW YORK', date: '1996-08-30', agency: null };

describe('A fixed engagement in the present tense is ahead of the dateline (a Friday story)', () => {
  const story = makeArticle({
    text:
      'The veteran striker Carl Mendes plays his last match for the club on Sunday against Leeds. ' +
      'Mendes, 36, said he would coach the youth side next season. ' +
      'The club chairman leaves for Spain on Monday to meet the sponsors. ' +
      'The coach left for Portugal on Tuesday to watch a young defender.',
    dateline: DATED,
  });
  it('"plays his last match ... on Sunday" is the coming Sunday', () => {
    expect(answer('When does Mendes play his last match?', story).answer).toBe('Sunday, Sept. 1, 1996');
  });
  it('"leaves for Spain on Monday" is the coming Monday', () => {
    expect(answer('When does the chairman leave for Spain?', story).answer).toBe('Monday, Sept. 2, 1996');
  });
  it('"left for Portugal on Tuesday" stays the past Tuesday', () => {
    expect(answer('When did the coach leave for Portugal?', story).answer).toBe('Tuesday, Aug. 27, 1996');
  });
});
