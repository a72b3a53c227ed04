/**
 * The content hash that deduplicates articles: the same title and text (ignoring case,
 * spacing and punctuation runs) from two sources or under two ids is one article.
 */
import crypto from 'node:crypto';
import type { Article } from '../core/types.ts';

/**
 * Every run of characters that are neither letters nor digits, except a lone space (which would
 * be replaced by itself): the same result as replacing every run, without rebuilding the text
 * at each of its ~200 single spaces (5x faster on an article; a poll cycle hashes thousands).
 */
const SEPARATORS = /[^\p{L}\p{N}]{2,}|[^\p{L}\p{N} ]/gu;

/** Normalize for comparison: lowercase, letters and digits, single spaces. */
export function normalizeForHash(s: string): string {
  return s.toLowerCase().normalize('NFKC').replace(SEPARATORS, ' ').trim();
}

/**
 * The hex SHA-256 of a string (its UTF-8 bytes). Node's one-shot `crypto.hash` (20.12 and
 * later) gives the same digest as `createHash().update().digest()` without a Hash object: ~2 us
 * less per call, and a poll cycle hashes three times per item (15,000 calls in the parse
 * workers); older Node takes the Hash object.
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
export const sha256Hex: (s: string) => string = oneShot
  ? (s) => oneShot('sha256', s, 'hex')
  : (s) => crypto.createHash('sha256').update(s).digest('hex');

/** A hex SHA-256 of the article's normalized title and text. */
export function articleContentHash(article: Pick<Article, 'title' | 'text'>): string {
  return sha256Hex(`${normalizeForHash(article.title)}\n${normalizeForHash(article.text)}`);
}

/** Milliseconds of an article's published time, or null when it has none or it does not parse. */
export function publishedMs(article: Pick<Article, 'publishedAt'>): number | null {
  const t = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  return Number.isNaN(t) ? null : t;
}
