/**
 * Feeds: parsing feed text we fetched ourselves (never rss-parser's own fetcher: it has no
 * address checks) into items. The parsing runs in a parse worker (parse-pool.ts, with the
 * parser in feed-parse.ts) under a time limit, so a hostile feed never blocks the bot.
 */
import { runParseJob } from './parse-pool.ts';

export { FULL_TEXT_WORDS, htmlEntitiesToXml } from './feed-parse.ts';
export { findFeedLinks } from './feed-links.ts';

/** One feed entry, normalized. */
export interface FeedItem {
  /** What identifies the item for dedup: `guid:…`, else `link:…`, else `hash:…` of its content. */
  key: string;
  guid: string | null;
  link: string | null;
  title: string;
  /** Plain text of the richest body the feed carries (content:encoded, Atom content, description). */
  text: string;
  publishedAt: string | null;
  /** A hash of title and text: tells an edit from the original, and identifies items with neither guid nor link. */
  contentHash: string;
  /** True when the body looks like the whole article rather than a teaser. */
  fullText: boolean;
}

export interface ParsedFeed {
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  items: FeedItem[];
  /** Items that could not be read and were left out (the others still count). */
  skipped?: number;
}

/**
 * Parse feed XML into items, in a parse worker. Throws a UserError naming the URL and what is
 * wrong (not XML, an HTML page, a broken tag at line N, too deep, too slow to read).
 */
export async function parseFeed(xml: string, url: string): Promise<ParsedFeed> {
  const out = await runParseJob({ kind: 'feed', text: xml, url });
  return out.feed as ParsedFeed;
}
