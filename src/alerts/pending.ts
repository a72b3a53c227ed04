/**
 * Stories a poll stored whose live-alert decisions were never recorded: the poller marks each
 * new story pending in the transaction that marks it seen (FeedStore.markSeen `alertPending`),
 * and the engine clears the mark once the story is decided. A process killed in between leaves
 * the mark; the next process (or, on a shared store, another one) takes such stories up here.
 */
import type { Logger } from 'pino';
import type { Article } from '../core/types.ts';
import type { FeedRecord, Store } from '../store/types.ts';

/** A story left undecided (its process died) is still alerted this long after it was stored; older, it is dropped. */
export const PENDING_MAX_AGE_MS = 24 * 3_600_000;
/** Undecided stories taken up per round. */
const PENDING_BATCH = 200;

/** The key of a feed's story among those this process is deciding. */
export const pendingKey = (feedId: string, articleId: string) => `${feedId}\u0000${articleId}`;

/**
 * The stories left pending before `before`, by feed, skipping those this process is deciding
 * (`inFlight`). Marks older than PENDING_MAX_AGE_MS, of a removed feed or of a story no longer
 * in the library are cleared here without an alert.
 */
export async function leftPending(store: Store, before: Date, now: Date, inFlight: ReadonlySet<string>, log: Logger): Promise<{ feed: FeedRecord; articles: Article[] }[]> {
  const feeds = store.feeds;
  if (!feeds?.pendingAlerts || !feeds.clearPendingAlerts) return [];
  const pending = (await feeds.pendingAlerts(before, PENDING_BATCH)).filter((p) => !inFlight.has(pendingKey(p.feedId, p.articleId)));
  const stale = pending.filter((p) => Date.parse(p.storedAt) < now.getTime() - PENDING_MAX_AGE_MS);
  if (stale.length) {
    log.warn({ stories: stale.length }, 'stories stored over a day ago were never decided for alerts; dropped');
    await feeds.clearPendingAlerts(stale);
  }
  const byFeed = new Map<string, string[]>();
  for (const p of pending) if (!stale.includes(p)) byFeed.set(p.feedId, [...(byFeed.get(p.feedId) ?? []), p.articleId]);
  const out: { feed: FeedRecord; articles: Article[] }[] = [];
  for (const [feedId, ids] of byFeed) {
    const feed = await feeds.getFeed(feedId);
    const articles: Article[] = [];
    for (const id of feed ? ids : []) {
      const a = await store.articles.get(id);
      if (a) articles.push(a);
    }
    // Gone (feed removed, story deleted): nothing to alert.
    const gone = ids.filter((id) => !articles.some((a) => a.id === id)).map((articleId) => ({ feedId, articleId }));
    if (gone.length) await feeds.clearPendingAlerts(gone);
    if (feed && articles.length) {
      log.info({ feed: feedId, stories: articles.length }, 'deciding alerts for stories stored but never decided (a process stopped in between)');
      out.push({ feed, articles });
    }
  }
  return out;
}
