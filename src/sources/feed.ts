/**
 * Feeds: parsing feed text we fetched ourselves (never rss-parser's own fetcher: it has no
 * address checks) into items. The parsing runs in a parse worker (parse-pool.ts, with the
 * parser in feed-parse.ts) under a time limit, so a hostile feed never blocks the bot.
 */
import type { ParsedFeed } from './feed-types.ts';
import type { RawBody } from './body-decode.ts';
import { runParseJob } from './parse-pool.ts';

export { FULL_TEXT_WORDS, htmlEntitiesToXml } from './feed-parse.ts';
export { findFeedLinks } from './feed-links.ts';

export type { FeedItem, ParsedFeed } from './feed-types.ts';

/** What a poll wants built along with the parse (see FeedItem.article). */
export interface BuildArticles {
  /** The first this many items get their article. */
  items: number;
  /** The articles' source; null: the feed's own title. */
  source: string | null;
}

/**
 * Parse feed XML (text, or the fetched bytes with their Content-Type, decoded by the worker)
 * into items, in a parse worker. Throws a UserError naming the URL and what is
 * wrong (not XML, an HTML page, a broken tag at line N, too deep, too slow to read). With
 * `build`, the worker also makes each item's library article (the poller's main thread then
 * only stores them).
 */
export async function parseFeed(xml: string | RawBody, url: string, build?: BuildArticles): Promise<ParsedFeed> {
  // Raw bytes are decoded by the worker, and moved there rather than copied: the caller must
  // not read them again.
  const job = typeof xml === 'string' ? { kind: 'feed' as const, text: xml, url } : { kind: 'feed' as const, text: '', raw: xml, url };
  const out = await runParseJob({ ...job, ...(build ? { build } : {}) }, undefined, typeof xml === 'string' ? [] : [xml.bytes.buffer as ArrayBuffer]);
  return out.feed as ParsedFeed;
}
