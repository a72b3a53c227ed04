/**
 * Storing the new items of feed polls: each poll's articles, then their seen marks (an item is
 * marked seen only once its article is stored). The items of the feeds that finish close
 * together are written in one transaction each when the library and the feed store can (see
 * write-batch.ts); if that fails, item by item, so one item that cannot be stored never keeps
 * the others out. With `alert`, each new story's seen mark also records it as waiting for its
 * live-alert decisions (same transaction): a process killed before the alert engine records
 * them leaves the story to be decided by the next one (src/alerts/pending.ts), not lost.
 */
import type { Logger } from 'pino';
import { userFacingMessage } from '../core/errors.ts';
import type { Article } from '../core/types.ts';
import type { Library } from '../services.ts';
import type { FeedStore } from '../store/types.ts';
import type { ArticleRow } from '../store/article-row.ts';
import { WriteBatch } from './write-batch.ts';

/**
 * New items written in one transaction, at most (and how long the first waits for more). Every
 * commit rewrites each index page it touched: 5,000 new items written 10 at a time put 340 MB
 * into SQLite's WAL, 100 at a time 76 MB, 500 at a time 30 MB. 400 articles are ~50-80 ms of
 * one synchronous transaction, short enough not to hold up chat commands.
 */
export const STORE_BATCH_ITEMS = 400;
export const STORE_WINDOW_MS = 50;

/** A new item of a poll, read and ready to store. */
export interface NewItem {
  /** Null when the item has no text to brief (it is still marked seen). */
  article: Article | null;
  /** The article's stored row when already computed (by the parse worker); else the store computes it. */
  prepared?: ArticleRow;
  seen: { key: string; contentHash: string; articleId: string };
  /** Its page was fetched (counts against the poll's page budget). */
  fetched: boolean;
}

/** Writes the new items of the polls of one poller. */
export class ItemWriter {
  private batch: WriteBatch<{ feedId: string; item: NewItem; alert: boolean }> | null = null;

  constructor(
    private readonly feeds: FeedStore,
    private readonly library: Library,
    private readonly now: () => Date,
  ) {}

  /** Store one poll's new items (with `alert`, marked as waiting for alert decisions); resolves with the articles stored. */
  async store(feedId: string, fresh: NewItem[], flog: Logger, alert = false): Promise<Article[]> {
    const { feeds, library, now } = this;
    const articles = fresh.flatMap((f) => (f.article ? [f.article] : []));
    if (fresh.length && library.addMany && feeds.markSeenMany) {
      const { addMany } = library;
      const { markSeenMany } = feeds;
      // Written together with the items of the other feeds finishing now.
      this.batch ??= new WriteBatch<{ feedId: string; item: NewItem; alert: boolean }>(
        async (batch) => {
          const stored = batch.filter((b) => b.item.article);
          await addMany.call(
            library,
            stored.map((b) => b.item.article!),
            stored.map((b) => b.item.prepared),
          );
          await markSeenMany.call(feeds, batch.map((b) => ({ feedId: b.feedId, ...b.item.seen, alertPending: b.alert && b.item.article !== null })), now());
        },
        STORE_WINDOW_MS,
        STORE_BATCH_ITEMS,
      );
      try {
        await this.batch.add(fresh.map((item) => ({ feedId, item, alert })));
        return articles;
      } catch (e) {
        flog.warn({ reason: userFacingMessage(e) }, 'storing the new items together failed; storing them one by one');
      }
    }
    const added: Article[] = [];
    for (const f of fresh) {
      try {
        if (f.article) {
          await library.add(f.article);
          added.push(f.article);
        }
        await feeds.markSeen(feedId, { ...f.seen, alertPending: alert && f.article !== null }, now());
      } catch (e) {
        // Not marked seen: tried again next poll.
        flog.warn({ key: f.seen.key, reason: userFacingMessage(e) }, 'feed item skipped');
      }
    }
    return added;
  }
}
