/**
 * A fixed pattern whose answer only repeats a "Which <kind> ...?" question ("the school") hands the
 * question to the span model instead of refusing (session 11, docs/answers-news-batch5.md
 * "Session 11, lower-case answers"); "What is the name of ...?" echoed stays refused.
 */
import { describe, expect, it } from 'vitest';
import { answer, answerOutcome } from '../../../src/core/answer/answer.ts';
import type { Article } from '../../../src/core/types.ts';

function story(id: string, text: string): Article {
  return { id, title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

const brawl = story(
  'lower-brawl',
  'a shocking surveillance video showing a mob of teenagers beating two high school students on a subway platform has been released. ' +
    'the brawl on a crowded subway platform in philadelphia, which involved students from lincoln park high school and a group of older teenagers from the neighbourhood, even spilled onto the tracks, with one person falling onto the line. ' +
    'police said the two boys who were attacked were taken to hospital with minor injuries. ' +
    'the school said it was working with transit police to identify those involved.',
);

const flight = story(
  'lower-flight',
  'a flight from chicago to hartford made an emergency landing in buffalo, new york, on sunday after a passenger lost consciousness. ' +
    'the airline said the plane landed safely and the passenger was taken to a hospital. ' +
    'the other passengers continued to hartford later that day.',
);

describe('a pattern answer that repeats the question', () => {
  it('hands a "Which school" question to the span model in a lower-case story', () => {
    const a = answer('Which school were the students from?', brawl);
    expect(a.found).toBe(true);
    expect(a.answer).toContain('lincoln park high school');
  });

  it('still refuses "What is the name of the passenger?" when the story names no passenger', () => {
    expect(answerOutcome(answer('What is the name of the passenger who lost consciousness?', flight))).toBe('refused');
  });
});
