/**
 * The content hash that deduplicates articles: the same title and text (ignoring case,
 * spacing and punctuation runs) from two sources or under two ids is one article.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../core/types.ts';

/** Normalize for comparison: lowercase, letters and digits, single spaces. */
function normalize(s: string): string {
  return s.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A hex SHA-256 of the article's normalized title and text. */
export function articleContentHash(article: Pick<Article, 'title' | 'text'>): string {
  return createHash('sha256').update(`${normalize(article.title)}\n${normalize(article.text)}`).digest('hex');
}

/** Milliseconds of an article's published time, or null when it has none or it does not parse. */
export function publishedMs(article: Pick<Article, 'publishedAt'>): number | null {
  const t = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  return Number.isNaN(t) ? null : t;
}
