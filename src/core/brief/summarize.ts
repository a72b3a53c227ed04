/**
 * Article -> Briefing: headline, dateline, one-sentence TL;DR, 3-5 key points in article
 * order, entities, word count and reading time. Deterministic and offline.
 */
import { extractEntities } from '../entities/entities.ts';
import { defaultKeyPointCount, type KeyPointInput, selectKeyPointSentences, selectTldrSentence } from './keypoints.ts';
import { paragraphOpeners, readingMinutes, sentences, trimAtBoundary, wordCount } from '../text/text.ts';
import type { Article, Briefing, SummarizeOptions } from '../types.ts';

export const TLDR_MAX = 280;
export const MIN_POINTS = 1;
export const MAX_POINTS = 10;

/** The points asked for, or the default (3, up to 5 for very long stories: keypoints.ts), within MIN_POINTS..MAX_POINTS. */
function pointCount(opts: SummarizeOptions, sentenceCount: number): number {
  const wanted = opts.points ?? defaultKeyPointCount(sentenceCount);
  return Math.max(MIN_POINTS, Math.min(MAX_POINTS, Math.floor(wanted)));
}

/**
 * Indices of the sentences that open a paragraph, `sents` being `sentences(text)`: the
 * splitter notes them as it goes (each paragraph gives one sentence or more), so the text is
 * not split into paragraphs again. A text without a newline is one paragraph.
 */
function paragraphStarts(text: string): Set<number> {
  const starts = new Set<number>([0]);
  if (!text.includes('\n')) return starts;
  for (const k of paragraphOpeners(text)) starts.add(k);
  return starts;
}

/**
 * What the ranker reads: the sentences, and where paragraphs start (worked out only if asked).
 * A class rather than an object with a closure: one is made per article briefed, and a
 * method costs nothing to create.
 */
class ArticleSentences implements KeyPointInput {
  private starts: Set<number> | null = null;

  constructor(
    readonly title: string,
    readonly sentences: string[],
    private readonly text: string,
  ) {}

  paragraphStarts(): Set<number> {
    this.starts ??= paragraphStarts(this.text);
    return this.starts;
  }
}

function keyPointInput(article: Article, sents: string[]): KeyPointInput {
  return new ArticleSentences(article.title, sents, article.text);
}

function briefing(article: Article, tldr: string, keyPoints: string[]): Briefing {
  const words = wordCount(article.text);
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    dateline: article.dateline,
    tldr: trimAtBoundary(tldr, TLDR_MAX),
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
 * Brief one article. The key points are the article's best sentences, whether or not one of
 * them is also the TL;DR (the JSON contract; `briefingMessage` does not show it twice).
 */
export function summarize(article: Article, opts: SummarizeOptions = {}): Briefing {
  const sents = sentences(article.text);
  const input = keyPointInput(article, sents);
  // Distinct sentences in article order, datelines / "(pictured)" / "Scroll down for video" removed.
  const keyPoints = selectKeyPointSentences(input, pointCount(opts, sents.length)).map((c) => c.text);
  return briefing(article, selectTldrSentence(input)?.text ?? article.title, keyPoints);
}

/**
 * A briefing for chat: the TL;DR first, then the key points chosen among the other sentences,
 * so the reader gets the full count of points beyond the TL;DR (3 by default) and none
 * restates it.
 */
export function summarizeForChat(article: Article, opts: SummarizeOptions = {}): Briefing {
  const sents = sentences(article.text);
  const input = keyPointInput(article, sents);
  const tldr = selectTldrSentence(input);
  const keyPoints = selectKeyPointSentences(input, pointCount(opts, sents.length), {}, { besides: tldr }).map((c) => c.text);
  return briefing(article, tldr?.text ?? article.title, keyPoints);
}
