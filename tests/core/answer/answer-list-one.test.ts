/**
 * A list answers a question that asks for several things; one item of it answers a question that
 * asks for one (span.ts asksForOne, docs/answers-spans.md "Session 12"). Questions and sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { answerDetailed } from '../../../src/core/answer/answer.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { asksForOne } from '../../../src/core/answer/span.ts';
import type { Article } from '../../../src/core/types.ts';

const one = (q: string): boolean => asksForOne(q, analyzeQuestion(q));

describe('asksForOne', () => {
  it('reads a question for one thing', () => {
    expect(one('Name a fruit the orchard grows.')).toBe(true);
    expect(one('Give one reason the bridge closed.')).toBe(true);
    expect(one('Which river flows past the mill?')).toBe(true);
    expect(one('What crop failed in the valley?')).toBe(true);
    expect(one('What was the first mill built on the river?')).toBe(true);
  });

  it('leaves questions for several things, or without a mark, to the whole list', () => {
    expect(one('Which rivers flow past the mill?')).toBe(false);
    expect(one('What crops failed in the valley?')).toBe(false);
    expect(one('Who founded the orchard?')).toBe(false);
    expect(one('What does the orchard grow?')).toBe(false);
    expect(one('What are the crops of the valley?')).toBe(false);
  });
});

describe('a list in the answer', () => {
  const article = (id: string, text: string): Article => ({
    id,
    title: '',
    text,
    caption: null,
    dateline: { place: null, date: null, agency: null },
    url: null,
    publishedAt: null,
    source: null,
  });
  const tarn = article('tarn', 'The first settlement on the Tarn was Holm Rigg, a wooden fort and ford across the river. Later the monks built a mill.');
  const museum = article('museum', 'The museum was founded by Ada Pell, along with her brothers Tom and Alfred. It opened in 1902.');
  const span = (q: string, a: Article, listForOne?: boolean): string | null => answerDetailed(q, a, { threshold: 0, listForOne }).span;

  it('gives one item when one thing is asked for', () => {
    expect(span('What was the first settlement on the Tarn?', tarn)).toBe('Holm Rigg');
    expect(span('Which founder started the museum?', museum)).toBe('Ada Pell');
    // Before this rule the first item ran on to the end of the list.
    expect(span('What was the first settlement on the Tarn?', tarn, false)).toBe('Holm Rigg, a wooden fort and ford across the river');
    expect(span('Which founder started the museum?', museum, false)).toBe('Ada Pell, along with her brothers Tom and Alfred');
  });

  it('keeps the whole list when several are asked for', () => {
    expect(span('What were the first settlements on the Tarn?', tarn)).toBe('Holm Rigg, a wooden fort and ford across the river');
  });
});
