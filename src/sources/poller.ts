/**
 * The feed poller: every NEWSBRIEF_POLL_MINUTES, each due feed is fetched with a conditional
 * GET, new items (dedup by guid, then link, then content hash) become library articles, and a
 * feed that keeps failing backs off and is finally disabled with a notice in the channel that
 * added it. One bad feed never stops the others: each poll has its own catch.
 */
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { userFacingMessage } from '../core/errors.ts';
import type { Message } from '../core/message.ts';
import type { Article } from '../core/types.ts';
import type { PostOptions } from '../delivery/types.ts';
import type { Library } from '../services.ts';
import type { FeedRecord, FeedStore } from '../store/types.ts';
import { parseFeed, type FeedItem } from './feed.ts';
import { safeFetch } from './safe-fetch.ts';
import { articleId, buildArticle } from './to-article.ts';
import { fetchArticle, fetchOptions, type FetchTuning } from './url.ts';

export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';
/** Consecutive failures after which a feed is disabled. */
export const MAX_FAILURES = 5;
/** Longest wait between two polls of a failing feed. */
export const MAX_BACKOFF_MINUTES = 24 * 60;

export interface PollerOptions {
  feeds: FeedStore;
  library: Library;
  config: Pick<Config, 'pollMinutes' | 'allowPrivateUrls'>;
  now: () => Date;
  log: Logger;
  /** Post a notice in a feed's channel through the running adapter of its platform. */
  notify(feed: FeedRecord, message: Message, options: PostOptions): Promise<unknown>;
  tuning?: FetchTuning;
  maxFailures?: number;
  /** Items read per poll (feeds list newest first); the rest wait for the next poll. */
  maxItemsPerPoll?: number;
  /** Article pages fetched per feed per poll for items that carry only a snippet. */
  maxPageFetches?: number;
}

export type FeedPollStatus = 'updated' | 'not-modified' | 'failed' | 'disabled';

export interface FeedPollResult {
  feedId: string;
  url: string;
  status: FeedPollStatus;
  /** Articles added to the library by this poll. */
  added: Article[];
  error?: string;
  /** The new address after a permanent redirect. */
  movedTo?: string;
}

/** Minutes to wait after `failures` consecutive failures: doubling from the poll interval. */
export function backoffMinutes(pollMinutes: number, failures: number): number {
  return Math.min(pollMinutes * 2 ** Math.max(0, failures), MAX_BACKOFF_MINUTES);
}

export class FeedPoller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<FeedPollResult[]> | null = null;
  private stopping = false;

  constructor(private readonly opts: PollerOptions) {}

  /** Check for due feeds every minute (a poll is due every pollMinutes per feed). */
  start(): void {
    if (this.timer) return;
    this.stopping = false;
    const tick = (): void => {
      this.pollDue().catch((e: unknown) => this.opts.log.error({ err: e }, 'feed poll round failed'));
    };
    this.timer = setInterval(tick, 60_000);
    this.timer.unref();
    tick();
  }

  /** Stop polling and wait for the feed being polled (the rest of the round is left for next time). */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Poll every due feed once, one after another. A round already running is joined, not doubled. */
  pollDue(): Promise<FeedPollResult[]> {
    if (this.running) return this.running;
    this.running = (async () => {
      const due = await this.opts.feeds.dueFeeds(this.opts.now());
      const results: FeedPollResult[] = [];
      for (const feed of due) {
        if (this.stopping) break;
        results.push(await this.pollFeed(feed));
      }
      return results;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Poll one feed; never throws (a failure is counted, backed off, and reported in the result). */
  async pollFeed(feed: FeedRecord): Promise<FeedPollResult> {
    const { feeds, config, now, log } = this.opts;
    const flog = log.child({ feed: feed.id, url: feed.fetchUrl });
    const base: FeedPollResult = { feedId: feed.id, url: feed.url, status: 'updated', added: [] };
    try {
      const res = await safeFetch(feed.fetchUrl, {
        ...fetchOptions(config, this.opts.tuning),
        accept: FEED_ACCEPT,
        etag: feed.etag,
        lastModified: feed.lastModified,
      });
      const next = new Date(now().getTime() + config.pollMinutes * 60_000).toISOString();
      const done = { failures: 0, lastError: null, lastPolledAt: now().toISOString(), nextPollAt: next };
      if (res.notModified) {
        await feeds.updateFeed(feed.id, done);
        flog.debug('feed not modified');
        return { ...base, status: 'not-modified' };
      }
      const parsed = await parseFeed(res.text, res.url);
      const source = feed.title ?? parsed.title;
      const added = await this.ingest(feed, parsed.items, source, flog);
      await feeds.updateFeed(feed.id, {
        ...done,
        etag: res.etag,
        lastModified: res.lastModified,
        title: feed.title ?? parsed.title,
        ...(res.movedTo ? { fetchUrl: res.movedTo } : {}),
      });
      if (res.movedTo) flog.info({ movedTo: res.movedTo }, 'feed moved permanently');
      flog.info({ added: added.length }, 'feed polled');
      return { ...base, added, ...(res.movedTo ? { movedTo: res.movedTo } : {}) };
    } catch (e) {
      return this.failed(feed, e, base, flog);
    }
  }

  /**
   * New items -> articles in the library, each marked seen once it is stored. Public so that
   * `/sources add` takes the items it has just fetched at once (the same rules as a poll).
   */
  async ingest(feed: FeedRecord, items: FeedItem[], source: string | null, flog: Logger): Promise<Article[]> {
    const { feeds, library, now } = this.opts;
    const added: Article[] = [];
    let pagesLeft = this.opts.maxPageFetches ?? 5;
    for (const item of items.slice(0, this.opts.maxItemsPerPoll ?? 30)) {
      if (await feeds.isSeen(feed.id, item.key, item.contentHash)) continue;
      const id = articleId(item.title, item.key);
      let article: Article | null = null;
      if (!item.fullText && item.link && pagesLeft > 0) {
        pagesLeft--;
        try {
          const page = await fetchArticle(item.link, this.opts.config, this.opts.tuning);
          article = { ...page, id, title: item.title || page.title, publishedAt: item.publishedAt ?? page.publishedAt, source: source ?? page.source };
        } catch (e) {
          // The excerpt is still worth having; say so in the log and carry on.
          flog.info({ link: item.link, reason: userFacingMessage(e) }, 'article page not fetched; keeping the feed excerpt');
        }
      }
      if (!article) {
        try {
          article = buildArticle({
            id,
            title: item.title,
            text: item.text || item.title,
            url: item.link,
            publishedAt: item.publishedAt,
            source,
            basis: item.fullText ? 'full text' : 'feed excerpt',
          });
        } catch (e) {
          flog.info({ key: item.key, reason: userFacingMessage(e) }, 'feed item has no text to brief; skipped');
        }
      }
      if (article) {
        await library.add(article);
        added.push(article);
      }
      await feeds.markSeen(feed.id, { key: item.key, contentHash: item.contentHash, articleId: id }, now());
    }
    return added;
  }

  private async failed(feed: FeedRecord, e: unknown, base: FeedPollResult, flog: Logger): Promise<FeedPollResult> {
    const { feeds, config, now } = this.opts;
    const reason = userFacingMessage(e);
    const failures = feed.failures + 1;
    const max = this.opts.maxFailures ?? MAX_FAILURES;
    const t = now();
    if (failures < max) {
      const wait = backoffMinutes(config.pollMinutes, failures);
      await feeds.updateFeed(feed.id, {
        failures,
        lastError: reason,
        lastPolledAt: t.toISOString(),
        nextPollAt: new Date(t.getTime() + wait * 60_000).toISOString(),
      });
      flog.warn({ failures, reason, retryInMinutes: wait }, 'feed poll failed');
      return { ...base, status: 'failed', error: reason };
    }
    const disabledAt = t.toISOString();
    await feeds.updateFeed(feed.id, { failures, lastError: reason, lastPolledAt: disabledAt, disabledAt });
    flog.warn({ failures, reason }, 'feed disabled after repeated failures');
    try {
      await this.opts.notify(feed, disabledNotice(feed, failures, reason), { dedupeKey: `feed-disabled:${feed.id}:${disabledAt}` });
    } catch (err) {
      flog.error({ err }, 'could not post the feed-disabled notice');
    }
    return { ...base, status: 'disabled', error: reason };
  }
}

/** The notice posted where a feed was added when it is disabled. */
export function disabledNotice(feed: FeedRecord, failures: number, reason: string): Message {
  return {
    kind: 'info',
    title: 'Feed disabled',
    text:
      `I stopped checking ${feed.title ? `"${feed.title}" (${feed.url})` : feed.url} after ${failures} failed attempts in a row. ` +
      `Last error: ${reason} Run /sources add ${feed.url} to try it again, or /sources remove ${feed.url} to drop it.`,
  };
}
