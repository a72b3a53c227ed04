/**
 * FeedStore on PostgreSQL: the same behaviour as src/store/sqlite-feeds.ts. A "seen" record is
 * an insert under a unique key, safe when two processes race on one item.
 */
import { FEED_COLUMNS, type FeedRow, feedFromRow, newFeedRecord, seenFlags } from './feed-record.ts';
import type { PgDb } from './pg-db.ts';
import type { FeedPatch, FeedRecord, FeedStore, NewFeed, PendingAlert, SeenItem } from './types.ts';

/** Stories waiting for their live-alert decisions (see src/store/sqlite-feeds.ts): PostgreSQL migration 9. Committed: never edit. */
export const PG_ALERT_PENDING_MIGRATION_SQL = `
CREATE TABLE IF NOT EXISTS alert_pending (
  feed_id TEXT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  stored_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (feed_id, article_id)
);
`;

/** Inserts seen marks from arrays $1..$4 (feed, key, hash, article) at $5, and a pending alert mark for each newly seen one whose $6 flag is set: one statement, so both or neither. */
const SEEN_WITH_PENDING = `
WITH i AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $6::boolean[]) AS i(f, k, h, a, p)),
ins AS (
  INSERT INTO feed_items_seen (feed_id, item_key, content_hash, article_id, seen_at)
  SELECT f, k, h, a, $5 FROM i
  ON CONFLICT (feed_id, item_key) DO NOTHING
  RETURNING feed_id, item_key, article_id
),
pending AS (
  INSERT INTO alert_pending (feed_id, article_id, stored_at)
  SELECT DISTINCT ins.feed_id, ins.article_id, $5::timestamptz FROM ins JOIN i ON i.f = ins.feed_id AND i.k = ins.item_key WHERE i.p
  ON CONFLICT DO NOTHING
)
SELECT count(*)::int AS added FROM ins`;


export class PgFeedStore implements FeedStore {
  constructor(private readonly db: PgDb) {}

  async addFeed(feed: NewFeed, now: Date): Promise<FeedRecord> {
    const f = newFeedRecord(feed, now);
    await this.db.query(
      `INSERT INTO feeds (id, scope, platform, guild_id, channel_id, url, fetch_url, title, added_by, added_at, etag, last_modified, next_poll_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (scope, url) DO NOTHING`,
      [f.id, f.scope, f.platform, f.guildId, f.channelId, f.url, f.fetchUrl, f.title, f.addedBy, f.addedAt, f.etag, f.lastModified, f.nextPollAt],
    );
    const r = await this.db.query<FeedRow>('SELECT * FROM feeds WHERE scope = $1 AND url = $2', [feed.scope, feed.url]);
    return feedFromRow(r.rows[0]);
  }

  async getFeed(id: string): Promise<FeedRecord | null> {
    const r = await this.db.query<FeedRow>('SELECT * FROM feeds WHERE id = $1', [id]);
    return r.rows[0] ? feedFromRow(r.rows[0]) : null;
  }

  async findFeed(scope: string, url: string): Promise<FeedRecord | null> {
    const r = await this.db.query<FeedRow>('SELECT * FROM feeds WHERE scope = $1 AND (url = $2 OR fetch_url = $2) ORDER BY (url = $2) DESC LIMIT 1', [scope, url]);
    return r.rows[0] ? feedFromRow(r.rows[0]) : null;
  }

  async listFeeds(scope: string): Promise<FeedRecord[]> {
    const r = await this.db.query<FeedRow>('SELECT * FROM feeds WHERE scope = $1 ORDER BY added_at, url', [scope]);
    return r.rows.map(feedFromRow);
  }

  async dueFeeds(now: Date): Promise<FeedRecord[]> {
    const r = await this.db.query<FeedRow>('SELECT * FROM feeds WHERE disabled_at IS NULL AND next_poll_at <= $1 ORDER BY next_poll_at', [now.toISOString()]);
    return r.rows.map(feedFromRow);
  }

  async claimDueFeeds(owner: string, now: Date, leaseMs: number, limit: number): Promise<FeedRecord[]> {
    // SKIP LOCKED: processes claiming at the same moment each take different feeds, none waits.
    const r = await this.db.query<FeedRow>(
      `UPDATE feeds SET lease_owner = $1, lease_until = $2
       WHERE id IN (SELECT id FROM feeds WHERE disabled_at IS NULL AND next_poll_at <= $3
                      AND (lease_until IS NULL OR lease_until <= $3)
                    ORDER BY next_poll_at, id LIMIT $4 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [owner, new Date(now.getTime() + leaseMs).toISOString(), now.toISOString(), limit],
    );
    return r.rows.map(feedFromRow).sort((a, b) => a.nextPollAt.localeCompare(b.nextPollAt) || a.id.localeCompare(b.id));
  }

  async updateFeed(id: string, patch: FeedPatch): Promise<void> {
    const keys = (Object.keys(patch) as (keyof FeedPatch)[]).filter((k) => k in FEED_COLUMNS && patch[k] !== undefined);
    if (!keys.length) return;
    // Recording when the feed is next due is the end of a poll: its lease ends with it.
    const lease = patch.nextPollAt !== undefined ? ', lease_owner = NULL, lease_until = NULL' : '';
    const sets = keys.map((k, i) => `${FEED_COLUMNS[k]} = $${i + 2}`).join(', ') + lease;
    await this.db.query(`UPDATE feeds SET ${sets} WHERE id = $1`, [id, ...keys.map((k) => patch[k])]);
  }

  async removeFeed(id: string): Promise<boolean> {
    // feed_items_seen goes with it (ON DELETE CASCADE).
    const r = await this.db.query('DELETE FROM feeds WHERE id = $1', [id]);
    return (r.rowCount ?? 0) > 0;
  }

  async isSeen(feedId: string, key: string, contentHash: string): Promise<boolean> {
    const r = await this.db.query('SELECT 1 FROM feed_items_seen WHERE feed_id = $1 AND (item_key = $2 OR content_hash = $3) LIMIT 1', [feedId, key, contentHash]);
    return r.rows.length > 0;
  }

  async seenAmong(feedId: string, items: readonly { key: string; contentHash: string }[]): Promise<boolean[]> {
    if (!items.length) return [];
    // One round trip per poll instead of one isSeen per item; each half uses an index: the
    // primary key (feed_id, item_key) and feed_items_seen_hash (feed_id, content_hash).
    const r = await this.db.query(
      `SELECT item_key AS k, NULL AS h FROM feed_items_seen WHERE feed_id = $1 AND item_key = ANY($2::text[])
       UNION ALL
       SELECT NULL, content_hash FROM feed_items_seen WHERE feed_id = $1 AND content_hash = ANY($3::text[])`,
      [feedId, items.map((i) => i.key), items.map((i) => i.contentHash)],
    );
    return seenFlags(items, r.rows as { k: string | null; h: string | null }[]);
  }

  async markSeen(feedId: string, item: SeenItem, now: Date): Promise<boolean> {
    const r = await this.db.query(SEEN_WITH_PENDING, [[feedId], [item.key], [item.contentHash], [item.articleId], now.toISOString(), [Boolean(item.alertPending)]]);
    return (r.rows[0] as { added: number }).added > 0;
  }

  async markSeenMany(items: readonly (SeenItem & { feedId: string })[], now: Date): Promise<void> {
    if (!items.length) return;
    await this.db.query(SEEN_WITH_PENDING, [
      items.map((i) => i.feedId),
      items.map((i) => i.key),
      items.map((i) => i.contentHash),
      items.map((i) => i.articleId),
      now.toISOString(),
      items.map((i) => Boolean(i.alertPending)),
    ]);
  }

  async pendingAlerts(before: Date, limit: number): Promise<PendingAlert[]> {
    const r = await this.db.query('SELECT feed_id, article_id, stored_at FROM alert_pending WHERE stored_at < $1 ORDER BY stored_at, feed_id, article_id LIMIT $2', [before.toISOString(), limit]);
    return (r.rows as { feed_id: string; article_id: string; stored_at: Date | string }[]).map((row) => ({ feedId: row.feed_id, articleId: row.article_id, storedAt: new Date(row.stored_at).toISOString() }));
  }

  async clearPendingAlerts(items: readonly { feedId: string; articleId: string }[]): Promise<void> {
    if (!items.length) return;
    await this.db.query('DELETE FROM alert_pending p USING unnest($1::text[], $2::text[]) AS i(f, a) WHERE p.feed_id = i.f AND p.article_id = i.a', [items.map((i) => i.feedId), items.map((i) => i.articleId)]);
  }
}
