/**
 * The services a command can use, built once by the composition root (src/app.ts).
 * Only interfaces here: commands never see SQLite, HTTP or platform SDKs directly.
 */
import type { Article } from './core/types.ts';
import type { Config } from './config.ts';
import type { FeedRecord, Store } from './store/types.ts';
import type { ArticleRow } from './store/article-row.ts';
import type { FeedItem } from './sources/feed.ts';
import type { ParsedFeed } from './sources/feed-types.ts';
import type { Message } from './core/message/message.ts';
import type { DigestPlanner } from './core/digest/planner.ts';
import type { PostOptions, PostResult } from './delivery/types.ts';

/** The articles the bot knows: the briefings/ folder, stored feed items, fetched URLs. */
export interface Library {
  /** Every article, newest first. Loads the whole library: commands use `newest` and `search`. */
  list(): Promise<Article[]>;
  /** The newest `limit` articles. */
  newest(limit: number): Promise<Article[]>;
  /** Articles whose id starts with `query` or whose title words begin with its words, newest first (autocomplete). */
  search(query: string, limit: number): Promise<Article[]>;
  /** By exact id, or by a unique case-insensitive id prefix / title match. Undefined if none. */
  find(ref: string): Promise<Article | undefined>;
  /** Add or replace an article (by id). */
  add(article: Article): Promise<void>;
  /**
   * add for several articles at once (one transaction in a store): optional, callers fall back to
   * add. `prepared[i]`, when given, is articles[i]'s stored row, already computed (ArticleStore.putMany).
   */
  addMany?(articles: readonly Article[], prepared?: readonly (ArticleRow | undefined)[]): Promise<void>;
}

/** A feed fetched and parsed once, with the validators for the next conditional GET. */
export interface CheckedFeed {
  feed: ParsedFeed;
  etag: string | null;
  lastModified: string | null;
  /** Where the feed now lives after permanent redirects, or null. */
  movedTo: string | null;
}

/** Fetches an article from a URL (src/sources); throws a UserError with a one-line reason. */
export type UrlFetcher = (url: string) => Promise<Article>;

export interface Services {
  config: Config;
  library: Library;
  store: Store;
  fetchArticle?: UrlFetcher;
  /** Fetch and parse a feed once (set by src/sources/wire.ts): /sources add checks a URL with it. Throws a UserError. */
  checkFeed?: (url: URL) => Promise<CheckedFeed>;
  /**
   * Take a feed's items into the library now, as a poll would (set by src/sources/wire.ts):
   * `/sources add` uses it so a new feed's stories are in /digest at once. Returns the articles added.
   */
  ingestFeedItems?: (feed: FeedRecord, items: FeedItem[], source: string | null) => Promise<Article[]>;
  /**
   * The digest planner over the store's articles (set by the composition root; shared with the
   * scheduler). Absent when the library is not the store's: /digest then plans over the library.
   */
  digests?: DigestPlanner;
  /** The clock; tests pass a fake one. */
  now: () => Date;
  /**
   * Post to a channel through the running adapter of a platform (set by the composition root
   * once the adapters exist; absent in unit tests). /subscribe uses it to check that the bot
   * can post in the channel. Throws PostError.
   */
  postToChannel?: (platform: string, channelId: string, message: Message, options?: PostOptions) => Promise<PostResult>;
}
