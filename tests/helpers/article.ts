/**
 * One Article for a test, with every field the type asks for: the fields a test is about are
 * passed in `over` (and stay visible in the test); the rest are the empty defaults below.
 */
import type { Article } from '../../src/core/types.ts';

/** An article with no caption, dateline, URL, date or source unless `over` gives them. */
export function makeArticle(over: Partial<Article> = {}): Article {
  return {
    id: 'story',
    title: 'Story',
    text: 'The story in one sentence.',
    caption: null,
    dateline: { place: null, date: null, agency: null },
    url: null,
    publishedAt: null,
    source: null,
    ...over,
  };
}
