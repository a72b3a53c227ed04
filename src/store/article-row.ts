/**
 * An article's stored row, computed where the article is built (a parse worker) instead of on
 * the SQLite write thread: its content hash, its JSON, its `published_at` and its title words.
 * A feed poll's articles then reach the write thread as these few strings, not as object
 * graphs to clone again, and the write thread (the busiest thread of a poll cycle) neither
 * stringifies, hashes nor tokenizes them. Every field is what the store would compute itself
 * from the same article (tests/store/article-row.test.ts).
 */
import type { Article } from '../core/types.ts';
import { articleContentHash, publishedMs } from './content-hash.ts';
import { titleWords } from './title-words.ts';

/** What a store writes for an article, computed ahead (see articleRow). */
export interface ArticleRow {
  id: string;
  /** articleContentHash(article). */
  hash: string;
  /** JSON.stringify(article): the row's `json`. */
  json: string;
  /** The row's `published_at`: the article's date as an ISO string, null when it has none or it does not parse. */
  published: string | null;
  /** titleWords(article.title), joined by single spaces (a title word never holds a space). */
  words: string;
}

/** The stored `published_at` of an article. */
export function storedPublished(article: Pick<Article, 'publishedAt'>): string | null {
  const ms = publishedMs(article);
  return ms === null ? null : new Date(ms).toISOString();
}

/** Compute an article's row as the store would. */
export function articleRow(article: Article): ArticleRow {
  return {
    id: article.id,
    hash: articleContentHash(article),
    json: JSON.stringify(article),
    published: storedPublished(article),
    words: titleWords(article.title).join(' '),
  };
}

/** The title words of a prepared row. */
export function rowWords(p: ArticleRow): string[] {
  return p.words ? p.words.split(' ') : [];
}
