/**
 * Article -> Briefing: headline, dateline, one-sentence TL;DR, 3-5 key points in article
 * order, entities, word count and reading time. Deterministic and offline.
 */
import { extractEntities } from '../entities/entities.ts';
import { defaultKeyPointCount, type KeyPointInput, selectKeyPointSentences, selectTldrSentence } from './keypoints.ts';
import { readingMinutes, sentences, trimAtBoundary, wordCount } from '../text/text.ts';
import type { Article, Briefing, SummarizeOptions } from '../types.ts';

export const TLDR_MAX = 280;
export const MIN_POINTS = 1;
export const MAX_POINTS = 10;

/** The points asked for, or the default (3, up to 5 for very long stories: keypoints.ts), within MIN_POINTS..MAX_POINTS. */
function pointCount(opts: SummarizeOptions, sentenceCount: number): number {
  const wanted = opts.points ?? defaultKeyPointCount(sentenceCount);
  return Math.max(MIN_POINTS, Math.min(MAX_POINTS, Math.floor(wanted)));
}

/** White space other than single spaces: where `paragraphs()` has something to normalize. */
const ODD_SPACE = /[^\S ]| \s/;

/**
 * The paragraphs exactly as `paragraphs()` gives them, without its white-space pass over
 * paragraphs that have nothing to normalize (most of them): the briefing has split the text
 * once already, and this runs on every article briefed.
 */
function paragraphTexts(text: string): string[] {
  const norm = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const parts = /\n\s*\n/.test(norm) ? norm.split(/\n\s*\n+/) : norm.split(/\n+/);
  const out: string[] = [];
  for (const part of parts) {
    const p = ODD_SPACE.test(part) ? part.replace(/\s+/g, ' ').trim() : part.trim();
    if (p.length > 0) out.push(p);
  }
  return out;
}

/**
 * Indices of the sentences that open a paragraph. The sentences are pieces of the paragraphs
 * (white space normalized), in order: each paragraph takes the sentences found in it one
 * after the other, without splitting it again.
 */
function paragraphStarts(text: string, sents: readonly string[]): Set<number> {
  const starts = new Set<number>([0]);
  if (!text.includes('\n')) return starts;
  let k = 0;
  for (const p of paragraphTexts(text)) {
    if (k >= sents.length) break;
    starts.add(k);
    let pos = 0;
    while (k < sents.length) {
      const at = p.indexOf(sents[k], pos);
      if (at < 0) break;
      pos = at + sents[k].length;
      k++;
    }
  }
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
    this.starts ??= paragraphStarts(this.text, this.sentences);
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
