/**
 * The feed poller: every NEWSBRIEF_POLL_MINUTES, each due feed is fetched with a conditional
 * GET, new items (dedup by guid, then link, then content hash) become library articles, and a
 * feed that keeps failing backs off and is finally disabled with a notice in the channel that
 * added it. One bad feed never stops the others: each poll has its own catch and its own time
 * limit, feeds are polled several at a time (a few per host), and one bad item never fails
 * its feed.
 *
 * A round asks the store for the feeds that are due (`dueFeeds`), so a store that leases feeds
 * to one process among several decides there which feeds this process polls.
 */
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { userFacingMessage } from '../core/errors.ts';
import type { Message } from '../core/message/message.ts';
import type { Article } from '../core/types.ts';
import type { PostOptions } from '../delivery/types.ts';
import type { Library } from '../services.ts';
import type { FeedRecord, FeedStore } from '../store/types.ts';
import type { ArticleRow } from '../store/article-row.ts';
import { UserError } from '../core/errors.ts';
import { parseFeed, type FeedItem } from './feed.ts';
import { hostKey, runBoundedStream } from './poll-queue.ts';
import { ItemWriter, type NewItem } from './item-writer.ts';
import { PinnedAgent, safeFetch, TIMEOUT_MS } from './safe-fetch.ts';
import { articleId, itemArticle } from './to-article.ts';
import { fetchArticle, fetchOptions, type FetchTuning } from './url.ts';

export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';
/** Items read per poll unless told otherwise (feeds list newest first; the rest wait). */
export const MAX_ITEMS_PER_POLL = 30;
/** Consecutive failures after which a feed is disabled. */
export const MAX_FAILURES = 5;
/** Longest wait between two polls of a failing feed. */
export const MAX_BACKOFF_MINUTES = 24 * 60;
/** Feeds polled at the same time, in all. */
export const POLL_CONCURRENCY = 8;
/** Feeds of one host polled at the same time (and connections kept open to it). */
export const POLL_PER_HOST = 2;
/** Longest one feed's poll may take, article pages included; past it the feed counts as failed. */
export const FEED_TIMEOUT_MS = 60_000;
/** Article pages are no longer fetched once a feed's poll has taken this long (excerpts are kept). */
const PAGE_BUDGET_MS = 30_000;
/** Longest `stop()` waits for the feeds being polled. */
export const STOP_TIMEOUT_MS = 5_000;

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
  /** Feeds polled at once, in all and per host (defaults POLL_CONCURRENCY, POLL_PER_HOST). */
  concurrency?: number;
  perHost?: number;
  /** Time limit of one feed's poll (default FEED_TIMEOUT_MS). */
  feedTimeoutMs?: number;
  /** Longest stop() waits for polls in flight (default STOP_TIMEOUT_MS). */
  stopTimeoutMs?: number;
  /** This process's name in feed leases (the store's instance id when several processes share it). */
  owner?: string;
  /** How long a feed is leased to this process for one poll (default 5 minutes). */
  leaseMs?: number;
  /**
   * Called (not awaited) with the stories a poll stored, once the feed's poll is recorded: live
   * alerts (src/alerts/engine.ts) decide and post them. Must not throw.
   */
  onNewStories?: (feed: FeedRecord, added: Article[]) => unknown;
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
  private writer: ItemWriter | null = null;

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

  /**
   * Stop polling: feeds not yet started are left for next time, and the feeds in flight get at
   * most stopTimeoutMs to finish (each has its own deadlines, so nothing is left hanging for long).
   */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const running = this.running?.catch(() => undefined);
    if (!running) return;
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.opts.stopTimeoutMs ?? STOP_TIMEOUT_MS);
      timer.unref();
    });
    await Promise.race([running, limit]);
    clearTimeout(timer);
  }

  /**
   * Poll every due feed once, several at a time (at most `concurrency`, and `perHost` per host),
   * over one connection pool that keeps the address pinning. A round already running is joined,
   * not doubled; every feed has a time limit, so a round always ends.
   */
  pollDue(): Promise<FeedPollResult[]> {
    if (this.running) return this.running;
    this.running = (async () => {
      const perHost = this.opts.perHost ?? POLL_PER_HOST;
      const overall = this.opts.concurrency ?? POLL_CONCURRENCY;
      // Each feed's poll, to its end (its new items stored, the feed's record updated).
      const polls: Promise<FeedPollResult>[] = [];
      let agent: PinnedAgent | null = null;
      try {
        // Due feeds leased to this process a batch at a time: processes sharing a database split
        // the feeds between them and each feed is fetched once per interval.
        const claim = (): Promise<FeedRecord[]> =>
          this.opts.feeds.claimDueFeeds(this.opts.owner ?? 'newsbrief', this.opts.now(), this.opts.leaseMs ?? 5 * 60_000, overall * 2);
        // One connection pool for the round, made once a feed is due.
        const pool = (): PinnedAgent =>
          (agent ??= new PinnedAgent(fetchOptions(this.opts.config, this.opts.tuning), { connectTimeoutMs: this.opts.tuning?.timeoutMs ?? TIMEOUT_MS, connectionsPerOrigin: perHost, keepAliveMs: 10_000 }));
        // A feed holds its slot (overall and per host) while it uses the network: fetching the
        // feed and article pages, and parsing. Storing its items waits for the write batch
        // (see write-batch.ts) without a slot, so fetching goes on meanwhile and a batch fills
        // with many feeds' items (a pipeline: fetch and parse, then store). The next batch of
        // feeds is leased while fewer than a batch wait for a slot: the slots never wait for
        // the store (a lease is a write, queued behind the poll's stored items) nor for a
        // batch's last feeds.
        await runBoundedStream(
          claim,
          (f) => hostKey(f.fetchUrl),
          { overall, perKey: perHost, lowWater: overall * 2 },
          (f) =>
            new Promise<void>((released) => {
              polls.push(this.pollWithin(f, pool(), released).finally(released));
            }),
          () => this.stopping,
        ).catch(async (e: unknown) => {
          // A lease that failed: the feeds already started still end (and are recorded) first.
          await Promise.allSettled(polls);
          throw e;
        });
        return await Promise.all(polls);
      } finally {
        // Not awaited: a fetch given up on by its feed's time limit ends by its own deadline.
        (agent as PinnedAgent | null)?.close().catch(() => undefined);
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Poll one feed under its time limit: past it the feed counts as failed and the round moves on. */
  private async pollWithin(feed: FeedRecord, agent: PinnedAgent, networkDone?: () => void): Promise<FeedPollResult> {
    const ms = this.opts.feedTimeoutMs ?? FEED_TIMEOUT_MS;
    const ac = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ms);
    });
    try {
      const r = await Promise.race([this.pollFeed(feed, { agent, signal: ac.signal, networkDone }), late]);
      if (r !== 'late') return r;
      ac.abort(); // the abandoned poll writes nothing more
      const base: FeedPollResult = { feedId: feed.id, url: feed.url, status: 'failed', added: [] };
      const err = new UserError(`${feed.fetchUrl} took longer than ${Math.round(ms / 1000)} s to poll: gave up.`, 'timeout');
      return await this.failed(feed, err, base, this.opts.log.child({ feed: feed.id, url: feed.fetchUrl }));
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Poll one feed; never throws (a failure is counted, backed off, and reported in the result).
   * `agent` shares connections with other polls; once `signal` is aborted (the feed's time limit
   * passed) the poll stops writing to the store.
   */
  async pollFeed(feed: FeedRecord, run: { agent?: PinnedAgent; signal?: AbortSignal; networkDone?: () => void } = {}): Promise<FeedPollResult> {
    const { feeds, config, now, log } = this.opts;
    const flog = log.child({ feed: feed.id, url: feed.fetchUrl });
    const base: FeedPollResult = { feedId: feed.id, url: feed.url, status: 'updated', added: [] };
    const started = Date.now();
    const abandoned = (): boolean => run.signal?.aborted === true;
    try {
      const res = await safeFetch(feed.fetchUrl, {
        ...fetchOptions(config, this.opts.tuning),
        accept: FEED_ACCEPT,
        etag: feed.etag,
        lastModified: feed.lastModified,
        // The body goes to the parse worker as bytes (moved, not copied), decoded there.
        raw: true,
        ...(run.agent ? { agent: run.agent } : {}),
        ...(run.signal ? { signal: run.signal } : {}),
      });
      if (abandoned()) return base;
      const next = new Date(now().getTime() + config.pollMinutes * 60_000).toISOString();
      const done = { failures: 0, lastError: null, lastPolledAt: now().toISOString(), nextPollAt: next };
      if (res.notModified) {
        // Done with the network: the slot goes to the next feed while the record is written.
        run.networkDone?.();
        await feeds.updateFeed(feed.id, done);
        flog.debug('feed not modified');
        return { ...base, status: 'not-modified' };
      }
      // The worker also builds the articles of the items a poll reads (as ingest would, with the
      // same source), so this thread only checks what is new and stores it.
      const parsed = await parseFeed(res.raw ?? res.text, res.url, { items: this.opts.maxItemsPerPoll ?? MAX_ITEMS_PER_POLL, source: feed.title });
      if (abandoned()) return base;
      if (parsed.skipped) flog.info({ skipped: parsed.skipped }, 'feed items that could not be read were skipped');
      const source = feed.title ?? parsed.title;
      // A poll's new stories wait for their alert decisions (marked with them, see ItemWriter).
      const alert = Boolean(this.opts.onNewStories);
      const added = await this.ingest(feed, parsed.items, source, flog, { agent: run.agent, signal: run.signal, started, abandoned, networkDone: run.networkDone, alert });
      if (abandoned()) return { ...base, added };
      await feeds.updateFeed(feed.id, {
        ...done,
        etag: res.etag,
        lastModified: res.lastModified,
        title: feed.title ?? parsed.title,
        ...(res.movedTo ? { fetchUrl: res.movedTo } : {}),
      });
      if (res.movedTo) flog.info({ movedTo: res.movedTo }, 'feed moved permanently');
      flog.info({ added: added.length }, 'feed polled');
      if (added.length) this.opts.onNewStories?.(feed, added);
      return { ...base, added, ...(res.movedTo ? { movedTo: res.movedTo } : {}) };
    } catch (e) {
      if (abandoned()) return base;
      return this.failed(feed, e, base, flog);
    }
  }

  /**
   * New items -> articles in the library, marked seen once stored. Public so that
   * `/sources add` takes the items it has just fetched at once (the same rules as a poll;
   * without `run`, with no shared connection pool and no abort signal). The new items are
   * written together with other polls' (item-writer.ts), not one commit per item.
   */
  async ingest(
    feed: FeedRecord,
    items: FeedItem[],
    source: string | null,
    flog: Logger,
    run: { agent?: PinnedAgent; signal?: AbortSignal; started: number; abandoned: () => boolean; networkDone?: () => void; alert?: boolean } = { started: Date.now(), abandoned: () => false },
  ): Promise<Article[]> {
    const fresh: NewItem[] = [];
    // Within one poll too, an item repeated (same key or same content) is taken once.
    const taken = new Set<string>();
    let pagesLeft = this.opts.maxPageFetches ?? 5;
    const read = items.slice(0, this.opts.maxItemsPerPoll ?? MAX_ITEMS_PER_POLL);
    // Which were seen before, in one query when the store can (nothing of this feed is stored
    // before the loop ends, so the answers hold for the whole loop).
    // If that query fails, each item is checked on its own as before (one failing item never fails the feed).
    const seen = this.opts.feeds.seenAmong ? await this.opts.feeds.seenAmong(feed.id, read).catch(() => null) : null;
    for (const [i, item] of read.entries()) {
      if (run.abandoned()) break;
      if (taken.has(`k:${item.key}`) || taken.has(`h:${item.contentHash}`)) continue;
      taken.add(`k:${item.key}`).add(`h:${item.contentHash}`);
      if (seen?.[i]) continue;
      // Past the page budget, items keep their excerpts so the poll ends within its limit.
      if (Date.now() - run.started > PAGE_BUDGET_MS) pagesLeft = 0;
      try {
        const got = await this.readItem(feed, item, source, flog, pagesLeft > 0 ? { agent: run.agent, signal: run.signal } : undefined, seen !== null);
        if (got?.fetched) pagesLeft--;
        if (got) fresh.push(got);
      } catch (e) {
        // One item that cannot be read never fails the feed; it is tried again next poll.
        flog.warn({ key: item.key, reason: userFacingMessage(e) }, 'feed item skipped');
      }
    }
    if (run.abandoned()) return [];
    run.networkDone?.(); // pages fetched: the slot goes to the next feed while these are stored
    this.writer ??= new ItemWriter(this.opts.feeds, this.opts.library, this.opts.now);
    return this.writer.store(feed.id, fresh, flog, run.alert === true);
  }

  /**
   * One item not seen before -> the article to store (null when it has no text to brief) and
   * its seen mark; null when it was seen (not asked again when `checked`: seenAmong said it was
   * not). `page` says how to fetch the item's page, undefined
   * when no page may be fetched.
   */
  private async readItem(
    feed: FeedRecord,
    item: FeedItem,
    source: string | null,
    flog: Logger,
    page: { agent?: PinnedAgent; signal?: AbortSignal } | undefined,
    checked = false,
  ): Promise<NewItem | null> {
    if (!checked && (await this.opts.feeds.isSeen(feed.id, item.key, item.contentHash))) return null;
    // The worker's article has this id already (itemArticle): not hashed and slugged again here.
    const id = item.article?.id ?? articleId(item.title, item.key);
    let article: Article | null = null;
    let prepared: ArticleRow | undefined;
    let fetched = false;
    if (!item.fullText && item.link && page) {
      fetched = true;
      try {
        const got = await fetchArticle(item.link, this.opts.config, this.opts.tuning, page);
        article = { ...got, id, title: item.title || got.title, publishedAt: item.publishedAt ?? got.publishedAt, source: source ?? got.source };
      } catch (e) {
        // The excerpt is still worth having; say so in the log and carry on.
        flog.info({ link: item.link, reason: userFacingMessage(e) }, 'article page not fetched; keeping the feed excerpt');
      }
    }
    if (!article) {
      // Usually built already by the parse worker (parseFeed's `build`); else built here.
      let why = item.unbuildable;
      if (item.article !== undefined) {
        article = item.article;
        prepared = item.prepared;
      } else {
        try {
          article = itemArticle(item, source);
        } catch (e) {
          why = userFacingMessage(e);
        }
      }
      if (!article) flog.info({ key: item.key, reason: why }, 'feed item has no text to brief; skipped');
    }
    return { article, ...(prepared ? { prepared } : {}), seen: { key: item.key, contentHash: item.contentHash, articleId: id }, fetched };
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
