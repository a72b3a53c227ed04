/**
 * Article -> Briefing: headline, dateline, one-sentence TL;DR, 3-5 key points in article
 * order, entities, word count and reading time. Deterministic and offline.
 */
import { extractEntities } from './entities.ts';
import { defaultKeyPointCount, selectKeyPointSentences, selectTldrSentence } from './keypoints.ts';
import { readingMinutes, sentences, trimAtBoundary, wordCount } from './text.ts';
import type { Article, Briefing, SummarizeOptions } from './types.ts';

export const TLDR_MAX = 280;
export const MIN_POINTS = 1;
export const MAX_POINTS = 10;

/** The default number of key points: 3, up to 5 for very long stories (measured in issue 4). */
export function defaultPointCount(sentenceCount: number): number {
  return defaultKeyPointCount(sentenceCount);
}

/** Brief one article. */
export function summarize(article: Article, opts: SummarizeOptions = {}): Briefing {
  const sents = sentences(article.text);
  const wanted = opts.points ?? defaultPointCount(sents.length);
  const count = Math.max(MIN_POINTS, Math.min(MAX_POINTS, Math.floor(wanted)));
  const input = { title: article.title, sentences: sents };
  // Distinct sentences in article order, datelines / "(pictured)" / "Scroll down for video" removed.
  const keyPoints = selectKeyPointSentences(input, count).map((c) => c.text);
  const tldrSource = selectTldrSentence(input)?.text ?? article.title;
  const words = wordCount(article.text);
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    dateline: article.dateline,
    tldr: trimAtBoundary(tldrSource ?? article.title, TLDR_MAX),
    keyPoints,
    entities: extractEntities(article),
    wordCount: words,
    readingMinutes: readingMinutes(words),
    publishedAt: article.publishedAt,
    source: article.source,
    basis: article.basis ?? 'full text',
  };
}

/**
 * A briefing for chat: as summarize(), but when the TL;DR is one of the key points (it is not
 * shown twice) one more point is taken, so the reader still gets the full count.
 */
export function summarizeForChat(article: Article, opts: SummarizeOptions = {}): Briefing {
  const b = summarize(article, opts);
  const repeats = b.keyPoints.some((p) => p === b.tldr || (b.tldr.endsWith('…') && p.startsWith(b.tldr.slice(0, -1))));
  if (!repeats || b.keyPoints.length >= MAX_POINTS) return b;
  const more = summarize(article, { ...opts, points: b.keyPoints.length + 1 });
  return more.keyPoints.length > b.keyPoints.length ? more : b;
}
