/**
 * Fetch and parse a feed once, as `/sources add` does before saving it (services.checkFeed):
 * a page that is not a feed is refused with the reason, and what was fetched is kept so its
 * items go into the library at once.
 */
import type { Config } from '../config.ts';
import type { CheckedFeed } from '../services.ts';
import { parseFeed } from './feed.ts';
import { FEED_ACCEPT } from './poller.ts';
import { safeFetch } from './safe-fetch.ts';
import { fetchOptions, type FetchTuning } from './url.ts';

/** Fetch (private addresses refused unless allowed, size and time capped) and parse a feed. Throws a UserError with the reason. */
export async function checkFeed(url: URL, config: Pick<Config, 'allowPrivateUrls'>, tuning?: FetchTuning): Promise<CheckedFeed> {
  const res = await safeFetch(url, { ...fetchOptions(config, tuning), accept: FEED_ACCEPT });
  return { feed: await parseFeed(res.text, res.url), etag: res.etag, lastModified: res.lastModified, movedTo: res.movedTo };
}
