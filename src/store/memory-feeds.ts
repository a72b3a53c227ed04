/**
 * In-memory FeedStore: the same behaviour as the SQLite one, for unit tests and the console.
 */
import { newFeedRecord } from './feed-record.ts';
import type { FeedPatch, FeedRecord, FeedStore, NewFeed, PendingAlert, SeenItem } from './types.ts';

export class MemoryFeedStore implements FeedStore {
  private readonly feeds = new Map<string, FeedRecord>();
  /** feedId -> lease (owner, until in ms). */
  private readonly leases = new Map<string, { owner: string; until: number }>();
  /** feedId -> item keys and content hashes seen. */
  private readonly seenKeys = new Map<string, Set<string>>();
  private readonly seenHashes = new Map<string, Set<string>>();
  /** Ids of the articles feed items became (what retention may remove). */
  readonly articleIds = new Set<string>();
  /** `feedId\u0000articleId` -> stories waiting for their alert decisions. */
  private readonly pending = new Map<string, PendingAlert>();

  async addFeed(feed: NewFeed, now: Date): Promise<FeedRecord> {
    const existing = await this.findFeed(feed.scope, feed.url);
    if (existing) return { ...existing };
    const rec = newFeedRecord(feed, now);
    this.feeds.set(rec.id, rec);
    return { ...rec };
  }

  async getFeed(id: string): Promise<FeedRecord | null> {
    const f = this.feeds.get(id);
    return f ? { ...f } : null;
  }

  async findFeed(scope: string, url: string): Promise<FeedRecord | null> {
    for (const f of this.feeds.values()) {
      if (f.scope === scope && (f.url === url || f.fetchUrl === url)) return { ...f };
    }
    return null;
  }

  async listFeeds(scope: string): Promise<FeedRecord[]> {
    return [...this.feeds.values()].filter((f) => f.scope === scope).sort((a, b) => a.addedAt.localeCompare(b.addedAt)).map((f) => ({ ...f }));
  }

  async dueFeeds(now: Date): Promise<FeedRecord[]> {
    const t = now.getTime();
    return [...this.feeds.values()]
      .filter((f) => !f.disabledAt && Date.parse(f.nextPollAt) <= t)
      .sort((a, b) => a.nextPollAt.localeCompare(b.nextPollAt))
      .map((f) => ({ ...f }));
  }

  async claimDueFeeds(owner: string, now: Date, leaseMs: number, limit: number): Promise<FeedRecord[]> {
    const t = now.getTime();
    const free = (await this.dueFeeds(now)).filter((f) => (this.leases.get(f.id)?.until ?? 0) <= t).slice(0, limit);
    for (const f of free) this.leases.set(f.id, { owner, until: t + leaseMs });
    return free;
  }

  async updateFeed(id: string, patch: FeedPatch): Promise<void> {
    const f = this.feeds.get(id);
    if (f) this.feeds.set(id, { ...f, ...patch });
    if (patch.nextPollAt !== undefined) this.leases.delete(id);
  }

  async removeFeed(id: string): Promise<boolean> {
    this.leases.delete(id);
    this.seenKeys.delete(id);
    this.seenHashes.delete(id);
    for (const [k, p] of this.pending) if (p.feedId === id) this.pending.delete(k);
    return this.feeds.delete(id);
  }

  async isSeen(feedId: string, key: string, contentHash: string): Promise<boolean> {
    return (this.seenKeys.get(feedId)?.has(key) ?? false) || (this.seenHashes.get(feedId)?.has(contentHash) ?? false);
  }

  async markSeen(feedId: string, item: SeenItem, now: Date): Promise<boolean> {
    let keys = this.seenKeys.get(feedId);
    if (!keys) this.seenKeys.set(feedId, (keys = new Set()));
    let hashes = this.seenHashes.get(feedId);
    if (!hashes) this.seenHashes.set(feedId, (hashes = new Set()));
    if (keys.has(item.key)) return false;
    keys.add(item.key);
    hashes.add(item.contentHash);
    this.articleIds.add(item.articleId);
    if (item.alertPending) this.pending.set(`${feedId}\u0000${item.articleId}`, { feedId, articleId: item.articleId, storedAt: now.toISOString() });
    return true;
  }

  async pendingAlerts(before: Date, limit: number): Promise<PendingAlert[]> {
    const t = before.toISOString();
    return [...this.pending.values()]
      .filter((p) => p.storedAt < t)
      .sort((a, b) => a.storedAt.localeCompare(b.storedAt) || a.feedId.localeCompare(b.feedId) || a.articleId.localeCompare(b.articleId))
      .slice(0, limit)
      .map((p) => ({ ...p }));
  }

  async clearPendingAlerts(items: readonly { feedId: string; articleId: string }[]): Promise<void> {
    for (const i of items) this.pending.delete(`${i.feedId}\u0000${i.articleId}`);
  }
}
