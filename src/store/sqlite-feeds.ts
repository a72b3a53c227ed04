/**
 * FeedStore on SQLite (better-sqlite3). The tables come from FEEDS_MIGRATION_SQL, appended to
 * the store's versioned migrations. Only portable SQL: a "seen" claim is an insert under a
 * unique key, which PostgreSQL does the same way (ON CONFLICT DO NOTHING).
 */
import type Database from 'better-sqlite3';
import { FEED_COLUMNS, type FeedRow, feedFromRow, newFeedRecord, seenFlags } from './feed-record.ts';
import { statement } from './sqlite-statements.ts';
import { viaWriter } from './sqlite-writer.ts';
import type { FeedPatch, FeedRecord, FeedStore, NewFeed, PendingAlert, SeenItem } from './types.ts';

/** Schema for feeds and seen items: migration 2 in src/store/migrations.ts. Committed: never edit, append a new migration. */
export const FEEDS_MIGRATION_SQL = `
CREATE TABLE feeds (
  id TEXT PRIMARY KEY,
  scope TEXT NOT NULL,
  platform TEXT NOT NULL,
  guild_id TEXT,
  channel_id TEXT NOT NULL,
  url TEXT NOT NULL,
  fetch_url TEXT NOT NULL,
  title TEXT,
  added_by TEXT,
  added_at TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  disabled_at TEXT,
  next_poll_at TEXT NOT NULL,
  last_polled_at TEXT,
  UNIQUE (scope, url)
);
CREATE INDEX feeds_due ON feeds (next_poll_at) WHERE disabled_at IS NULL;
CREATE TABLE feed_items_seen (
  feed_id TEXT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  article_id TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_id, item_key)
);
CREATE INDEX feed_items_seen_hash ON feed_items_seen (feed_id, content_hash);
`;

/** Feed poll leases: migration 3. Committed: never edit, append a new migration. */
export const FEED_LEASES_MIGRATION_SQL = `
ALTER TABLE feeds ADD COLUMN lease_owner TEXT;
ALTER TABLE feeds ADD COLUMN lease_until TEXT;
`;

/**
 * Stories waiting for their live-alert decisions (src/alerts/engine.ts): written in the
 * transaction that marks the item seen, deleted once the decisions are recorded, so a process
 * killed in between leaves them for the next one. Migration 10. Committed: never edit.
 */
export const ALERT_PENDING_MIGRATION_SQL = `
CREATE TABLE alert_pending (
  feed_id TEXT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  PRIMARY KEY (feed_id, article_id)
);
`;

/** Lease due feeds (FeedStore.claimDueFeeds): the rows claimed. */
export function claimDueRows(db: Database.Database, owner: string, now: Date, leaseMs: number, limit: number): FeedRow[] {
  const at = now.toISOString();
  return statement(
    db,
    `UPDATE feeds SET lease_owner = ?, lease_until = ?
     WHERE id IN (SELECT id FROM feeds WHERE disabled_at IS NULL AND next_poll_at <= ?
                    AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_poll_at, id LIMIT ?)
     RETURNING *`,
  ).all(owner, new Date(now.getTime() + leaseMs).toISOString(), at, at, limit) as FeedRow[];
}

/** FeedStore.updateFeed's write. */
export function updateFeedRow(db: Database.Database, id: string, patch: FeedPatch): void {
  const keys = (Object.keys(patch) as (keyof FeedPatch)[]).filter((k) => k in FEED_COLUMNS && patch[k] !== undefined);
  if (!keys.length) return;
  // Recording when the feed is next due is the end of a poll: its lease ends with it.
  const lease = patch.nextPollAt !== undefined ? ', lease_owner = NULL, lease_until = NULL' : '';
  const sets = keys.map((k) => `${FEED_COLUMNS[k]} = @${k}`).join(', ') + lease;
  statement(db, `UPDATE feeds SET ${sets} WHERE id = @id`).run({ ...Object.fromEntries(keys.map((k) => [k, patch[k]])), id });
}

/** FeedStore.markSeenMany's writes (inside the caller's transaction). */
export function markSeenRows(db: Database.Database, items: readonly (SeenItem & { feedId: string })[], now: Date): void {
  const at = now.toISOString();
  for (const item of items) insertSeen(db, item.feedId, item, at);
}

/** One seen mark, and its pending alert mark when the item is new and asks for one (inside a transaction). */
function insertSeen(db: Database.Database, feedId: string, item: SeenItem, at: string): boolean {
  const seen = statement(
    db,
    `INSERT INTO feed_items_seen (feed_id, item_key, content_hash, article_id, seen_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (feed_id, item_key) DO NOTHING`,
  );
  const added = seen.run(feedId, item.key, item.contentHash, item.articleId, at).changes > 0;
  if (added && item.alertPending) statement(db, 'INSERT INTO alert_pending (feed_id, article_id, stored_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(feedId, item.articleId, at);
  return added;
}

export class SqliteFeedStore implements FeedStore {
  constructor(private readonly db: Database.Database) {}

  async addFeed(feed: NewFeed, now: Date): Promise<FeedRecord> {
    this.db
      .prepare(
        `INSERT INTO feeds (id, scope, platform, guild_id, channel_id, url, fetch_url, title, added_by, added_at, etag, last_modified, next_poll_at)
         VALUES (@id, @scope, @platform, @guildId, @channelId, @url, @fetchUrl, @title, @addedBy, @addedAt, @etag, @lastModified, @nextPollAt)
         ON CONFLICT (scope, url) DO NOTHING`,
      )
      // Named parameters take what the INSERT names; the other fields start as the columns' defaults.
      .run(newFeedRecord(feed, now));
    const row = this.db.prepare('SELECT * FROM feeds WHERE scope = ? AND url = ?').get(feed.scope, feed.url) as FeedRow;
    return feedFromRow(row);
  }

  async getFeed(id: string): Promise<FeedRecord | null> {
    const row = this.db.prepare('SELECT * FROM feeds WHERE id = ?').get(id) as FeedRow | undefined;
    return row ? feedFromRow(row) : null;
  }

  async findFeed(scope: string, url: string): Promise<FeedRecord | null> {
    const row = this.db
      .prepare('SELECT * FROM feeds WHERE scope = ? AND (url = ? OR fetch_url = ?) ORDER BY url = ? DESC LIMIT 1')
      .get(scope, url, url, url) as FeedRow | undefined;
    return row ? feedFromRow(row) : null;
  }

  async listFeeds(scope: string): Promise<FeedRecord[]> {
    const rows = this.db.prepare('SELECT * FROM feeds WHERE scope = ? ORDER BY added_at, url').all(scope) as FeedRow[];
    return rows.map(feedFromRow);
  }

  async dueFeeds(now: Date): Promise<FeedRecord[]> {
    // ISO strings in UTC compare in time order.
    const rows = this.db
      .prepare('SELECT * FROM feeds WHERE disabled_at IS NULL AND next_poll_at <= ? ORDER BY next_poll_at')
      .all(now.toISOString()) as FeedRow[];
    return rows.map(feedFromRow);
  }

  async claimDueFeeds(owner: string, now: Date, leaseMs: number, limit: number): Promise<FeedRecord[]> {
    // Nothing due (most of the poller's minute ticks): a read, and no write thread started for it.
    const at = now.toISOString();
    const due = statement(this.db, 'SELECT 1 FROM feeds WHERE disabled_at IS NULL AND next_poll_at <= ? AND (lease_until IS NULL OR lease_until <= ?) LIMIT 1').get(at, at);
    if (!due) return [];
    // On the write thread when there is one: an UPDATE here would wait for its transaction.
    const rows = await viaWriter(this.db, 'claimDueFeeds', [owner, now, leaseMs, limit], () => claimDueRows(this.db, owner, now, leaseMs, limit));
    return rows.map(feedFromRow).sort((a, b) => a.nextPollAt.localeCompare(b.nextPollAt) || a.id.localeCompare(b.id));
  }

  async updateFeed(id: string, patch: FeedPatch): Promise<void> {
    await viaWriter(this.db, 'updateFeed', [id, patch], () => updateFeedRow(this.db, id, patch));
  }

  async removeFeed(id: string): Promise<boolean> {
    const tx = this.db.transaction((feedId: string) => {
      this.db.prepare('DELETE FROM feed_items_seen WHERE feed_id = ?').run(feedId);
      return this.db.prepare('DELETE FROM feeds WHERE id = ?').run(feedId).changes > 0;
    });
    return tx(id);
  }

  async isSeen(feedId: string, key: string, contentHash: string): Promise<boolean> {
    const row = statement(this.db, 'SELECT 1 FROM feed_items_seen WHERE feed_id = ? AND (item_key = ? OR content_hash = ?) LIMIT 1')
      .get(feedId, key, contentHash);
    return row !== undefined;
  }

  async seenAmong(feedId: string, items: readonly { key: string; contentHash: string }[]): Promise<boolean[]> {
    if (!items.length) return [];
    // Both halves use an index: the primary key (feed_id, item_key) and feed_items_seen_hash.
    const rows = statement(
      this.db,
      `SELECT item_key AS k, NULL AS h FROM feed_items_seen WHERE feed_id = ? AND item_key IN (SELECT value FROM json_each(?))
       UNION ALL
       SELECT NULL, content_hash FROM feed_items_seen WHERE feed_id = ? AND content_hash IN (SELECT value FROM json_each(?))`,
    ).all(feedId, JSON.stringify(items.map((i) => i.key)), feedId, JSON.stringify(items.map((i) => i.contentHash))) as { k: string | null; h: string | null }[];
    return seenFlags(items, rows);
  }

  async markSeen(feedId: string, item: SeenItem, now: Date): Promise<boolean> {
    return this.db.transaction(() => insertSeen(this.db, feedId, item, now.toISOString()))();
  }

  async markSeenMany(items: readonly (SeenItem & { feedId: string })[], now: Date): Promise<void> {
    // A poll's seen marks (thousands in a cycle) are written by the write thread when there is one.
    await viaWriter(this.db, 'markSeenMany', [items, now], () => this.db.transaction(() => markSeenRows(this.db, items, now))());
  }

  async pendingAlerts(before: Date, limit: number): Promise<PendingAlert[]> {
    const rows = this.db
      .prepare('SELECT feed_id, article_id, stored_at FROM alert_pending WHERE stored_at < ? ORDER BY stored_at, feed_id, article_id LIMIT ?')
      .all(before.toISOString(), limit) as { feed_id: string; article_id: string; stored_at: string }[];
    return rows.map((r) => ({ feedId: r.feed_id, articleId: r.article_id, storedAt: r.stored_at }));
  }

  async clearPendingAlerts(items: readonly { feedId: string; articleId: string }[]): Promise<void> {
    const del = this.db.prepare('DELETE FROM alert_pending WHERE feed_id = ? AND article_id = ?');
    this.db.transaction(() => {
      for (const i of items) del.run(i.feedId, i.articleId);
    })();
  }
}
