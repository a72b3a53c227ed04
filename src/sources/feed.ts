/**
 * Feeds: parsing feed text we fetched ourselves (never rss-parser's own fetcher: it has no
 * address checks) into items. The parsing runs in a parse worker (parse-pool.ts, with the
 * parser in feed-parse.ts) under a time limit, so a hostile feed never blocks the bot.
 */
import type { ParsedFeed } from './feed-types.ts';
import { runParseJob } from './parse-pool.ts';

export { FULL_TEXT_WORDS, htmlEntitiesToXml } from './feed-parse.ts';
export { findFeedLinks } from './feed-links.ts';

export type { FeedItem, ParsedFeed } from './feed-types.ts';

/**
 * Parse feed XML into items, in a parse worker. Throws a UserError naming the URL and what is
 * wrong (not XML, an HTML page, a broken tag at line N, too deep, too slow to read).
 */
export async function parseFeed(xml: string, url: string): Promise<ParsedFeed> {
  const out = await runParseJob({ kind: 'feed', text: xml, url });
  return out.feed as ParsedFeed;
}
