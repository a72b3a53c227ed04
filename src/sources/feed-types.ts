/**
 * What a parsed feed is. Its own file so the parser (feed-parse.ts, run in the parse worker)
 * and feed.ts, which starts that worker, do not import each other.
 */

import type { Article } from '../core/types.ts';
import type { ArticleRow } from '../store/article-row.ts';

/** One feed entry, normalized. */
export interface FeedItem {
  /** What identifies the item for dedup: `guid:…`, else `link:…`, else `hash:…` of its content. */
  key: string;
  guid: string | null;
  link: string | null;
  title: string;
  /**
   * Plain text of the richest body the feed carries (content:encoded, Atom content, description).
   * Empty when `article` was built from it (the text is the article's).
   */
  text: string;
  publishedAt: string | null;
  /** A hash of title and text: tells an edit from the original, and identifies items with neither guid nor link. */
  contentHash: string;
  /** True when the body looks like the whole article rather than a teaser. */
  fullText: boolean;
  /**
   * The library article made from the item's own text, when the parse was asked to build it
   * (see `parseFeed`'s `build`): built in the parse worker, off the main thread. Null when the
   * item has no text to brief (`unbuildable` says why); absent when not built.
   */
  article?: Article | null;
  /**
   * The stored row of `article` (content hash, JSON, date, title words: article-row.ts),
   * computed in the parse worker with it, so the SQLite write thread neither hashes, stringifies
   * nor tokenizes it again, and is sent these strings instead of the article's object graph.
   */
  prepared?: ArticleRow;
  unbuildable?: string;
}

export interface ParsedFeed {
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  items: FeedItem[];
  /** Items that could not be read and were left out (the others still count). */
  skipped?: number;
}
