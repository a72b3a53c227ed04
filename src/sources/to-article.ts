/**
 * Building an Article from fetched parts, through the same parser the library uses (so a
 * dateline, a photo caption or a headline repeated in the body is handled the same way for a
 * feed item, a web page and a file), and a stable, readable id for it.
 */
import { parseArticleFields } from '../core/article/parse.ts';
import type { Article } from '../core/types.ts';
import type { FeedItem } from './feed-types.ts';
import { sha256Hex } from '../store/content-hash.ts';

export interface ArticleParts {
  id: string;
  title: string;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
  basis: 'full text' | 'feed excerpt';
}

/** An Article from plain-text parts. Throws a UserError when there is no body text. */
export function buildArticle(parts: ArticleParts): Article {
  // As a JSON article file of these fields would be read, without writing and reading the JSON.
  const article = parseArticleFields(
    { title: parts.title || undefined, text: parts.text, url: parts.url, publishedAt: parts.publishedAt, source: parts.source },
    { id: parts.id, fileName: `${parts.id}.json`, url: parts.url },
  );
  return { ...article, publishedAt: article.publishedAt ?? parts.publishedAt, basis: parts.basis };
}

/**
 * The article a feed item becomes from its own text (a feed excerpt unless the body is long
 * enough to be the whole story). Throws a UserError when it has no text to brief.
 */
export function itemArticle(item: FeedItem, source: string | null): Article {
  return buildArticle({
    id: articleId(item.title, item.key),
    title: item.title,
    text: item.text || item.title,
    url: item.link,
    publishedAt: item.publishedAt,
    source,
    basis: item.fullText ? 'full text' : 'feed excerpt',
  });
}

/** A short hex digest (sha256) of a string. */
export function shortHash(s: string, length = 10): string {
  return sha256Hex(s).slice(0, length);
}

/**
 * A stable id: a slug of the title (so `/brief council-budget` finds it) and a hash of what
 * identifies the item (guid, link or content), so the same item always gets the same id.
 */
export function articleId(title: string, identity: string): string {
  const full = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Cut long titles at a word boundary.
  const slug = full.length <= 48 ? full : full.slice(0, 48).replace(/-[^-]*$/, '');
  return `${slug || 'item'}-${shortHash(identity, 6)}`;
}

/** An ISO date-time from a date string, or null when it cannot be read (bad dates are common in feeds). */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const t = Date.parse(value.trim());
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  // A year outside this range is a broken feed, not news.
  const y = d.getUTCFullYear();
  if (y < 1990 || y > 2200) return null;
  return d.toISOString();
}
