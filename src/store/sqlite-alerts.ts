/**
 * AlertStore on SQLite: follows, live feeds and the alert log (src/alerts). A claim is an
 * INSERT ... ON CONFLICT DO NOTHING under the unique key and the unique cap slot, a takeover an
 * UPDATE guarded by the owner and lease it saw: the same SQL PostgreSQL runs.
 */
import type Database from 'better-sqlite3';
import { alertFromRow, followFromRow, liveFromRow, topicKey, type AlertRow, type FollowRow, type LiveRow } from './alert-rows.ts';
import { feedScope, type AlertRecord, type AlertStore, type Follow, type LiveSource, type NewAlert, type NewFollow, type NewLiveSource } from './types.ts';

/** Schema for follows, live feeds and the alert log: migration 7. Committed: never edit, append a new migration. */
export const ALERTS_MIGRATION_SQL = `
CREATE TABLE follows (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  guild_id TEXT,
  scope TEXT NOT NULL,
  topic TEXT NOT NULL,
  topic_key TEXT NOT NULL,
  ping TEXT,
  quiet TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_matched_at TEXT,
  UNIQUE (platform, channel_id, topic_key)
);
CREATE INDEX follows_scope ON follows (scope);

CREATE TABLE live_sources (
  feed_id TEXT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  include_words TEXT NOT NULL DEFAULT '[]',
  exclude_words TEXT NOT NULL DEFAULT '[]',
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (feed_id, platform, channel_id)
);

-- The alert log: one entry per channel and story (key), at most N alerts per channel-hour (cap_slot).
CREATE TABLE alerts (
  key TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('alert', 'update', 'rollup')),
  status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'held', 'rolled', 'failed')),
  article_id TEXT,
  article_ids TEXT NOT NULL DEFAULT '[]',
  topics TEXT NOT NULL DEFAULT '[]',
  feed_id TEXT,
  ping TEXT,
  root_key TEXT,
  -- Why an entry is held: storm (over the hourly cap) or quiet (quiet hours).
  reason TEXT,
  cap_slot TEXT UNIQUE,
  release_at TEXT,
  owner TEXT NOT NULL,
  lease_until TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  finished_at TEXT,
  message_ids TEXT NOT NULL DEFAULT '[]',
  error TEXT
);
CREATE INDEX alerts_channel ON alerts (platform, channel_id, created_at);
CREATE INDEX alerts_claimed ON alerts (created_at) WHERE status = 'claimed';
CREATE INDEX alerts_held ON alerts (release_at) WHERE status = 'held';
`;

export class SqliteAlertStore implements AlertStore {
  constructor(private readonly db: Database.Database) {}

  async follow(f: NewFollow, now: Date): Promise<{ follow: Follow; created: boolean }> {
    const key = topicKey(f.topic);
    return this.db.transaction(() => {
      const before = this.db.prepare('SELECT id FROM follows WHERE platform = ? AND channel_id = ? AND topic_key = ?').get(f.platform, f.channelId, key);
      this.db
        .prepare(
          `INSERT INTO follows (platform, channel_id, guild_id, scope, topic, topic_key, ping, quiet, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (platform, channel_id, topic_key) DO UPDATE SET topic = excluded.topic, ping = excluded.ping, quiet = excluded.quiet`,
        )
        .run(f.platform, f.channelId, f.guildId, feedScope(f.platform, f.guildId, f.channelId), f.topic, key, f.ping, f.quiet, f.createdBy, now.toISOString());
      const row = this.db.prepare('SELECT * FROM follows WHERE platform = ? AND channel_id = ? AND topic_key = ?').get(f.platform, f.channelId, key) as FollowRow;
      return { follow: followFromRow(row), created: !before };
    }).immediate();
  }

  async unfollow(platform: string, channelId: string, topic: string): Promise<Follow | null> {
    const row = this.db
      .prepare('DELETE FROM follows WHERE platform = ? AND channel_id = ? AND topic_key = ? RETURNING *')
      .get(platform, channelId, topicKey(topic)) as FollowRow | undefined;
    return row ? followFromRow(row) : null;
  }

  async follows(platform: string, channelId: string): Promise<Follow[]> {
    const rows = this.db.prepare('SELECT * FROM follows WHERE platform = ? AND channel_id = ? ORDER BY id').all(platform, channelId) as FollowRow[];
    return rows.map(followFromRow);
  }

  async followsInScope(scope: string): Promise<Follow[]> {
    return (this.db.prepare('SELECT * FROM follows WHERE scope = ? ORDER BY id').all(scope) as FollowRow[]).map(followFromRow);
  }

  async setQuiet(platform: string, channelId: string, quiet: string | null): Promise<void> {
    this.db.prepare('UPDATE follows SET quiet = ? WHERE platform = ? AND channel_id = ?').run(quiet, platform, channelId);
  }

  async matched(followIds: number[], now: Date): Promise<void> {
    const up = this.db.prepare('UPDATE follows SET last_matched_at = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const id of followIds) up.run(now.toISOString(), id);
    }).immediate();
  }

  async setLive(l: NewLiveSource, now: Date): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO live_sources (feed_id, platform, channel_id, include_words, exclude_words, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (feed_id, platform, channel_id) DO UPDATE SET include_words = excluded.include_words, exclude_words = excluded.exclude_words`,
      )
      .run(l.feedId, l.platform, l.channelId, JSON.stringify(l.include), JSON.stringify(l.exclude), l.createdBy, now.toISOString());
  }

  async removeLive(feedId: string, platform: string, channelId: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM live_sources WHERE feed_id = ? AND platform = ? AND channel_id = ?').run(feedId, platform, channelId).changes === 1;
  }

  async liveFor(feedId: string): Promise<LiveSource[]> {
    return (this.db.prepare('SELECT * FROM live_sources WHERE feed_id = ? ORDER BY created_at').all(feedId) as LiveRow[]).map(liveFromRow);
  }

  async claim(a: NewAlert, now: Date): Promise<boolean> {
    return this.insert(a, now);
  }

  private insert(a: NewAlert, now: Date): boolean {
    const r = this.db
      .prepare(
        `INSERT INTO alerts (key, platform, channel_id, kind, status, article_id, article_ids, topics, feed_id, ping, root_key, reason, cap_slot, release_at, owner, lease_until, attempts, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
         ON CONFLICT DO NOTHING`,
      )
      .run(
        a.key, a.platform, a.channelId, a.kind, a.status, a.articleId, JSON.stringify(a.articleIds), JSON.stringify(a.topics),
        a.feedId, a.ping, a.rootKey, a.reason, a.capSlot, a.releaseAt, a.owner, a.leaseUntil, now.toISOString(),
      );
    return r.changes === 1;
  }

  async get(key: string): Promise<AlertRecord | null> {
    const r = this.db.prepare('SELECT * FROM alerts WHERE key = ?').get(key) as AlertRow | undefined;
    return r ? alertFromRow(r) : null;
  }

  async recent(platform: string, channelId: string, since: Date, limit: number): Promise<AlertRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM alerts WHERE platform = ? AND channel_id = ? AND created_at >= ? AND kind = 'alert' AND status <> 'failed'
         ORDER BY created_at DESC, key LIMIT ?`,
      )
      .all(platform, channelId, since.toISOString(), limit) as AlertRow[];
    return rows.map(alertFromRow);
  }

  async unfinished(): Promise<AlertRecord[]> {
    return (this.db.prepare("SELECT * FROM alerts WHERE status = 'claimed' ORDER BY created_at, key").all() as AlertRow[]).map(alertFromRow);
  }

  async dueHeld(now: Date): Promise<AlertRecord[]> {
    const rows = this.db.prepare("SELECT * FROM alerts WHERE status = 'held' AND release_at <= ? ORDER BY release_at, created_at, key").all(now.toISOString()) as AlertRow[];
    return rows.map(alertFromRow);
  }

  async claimRollup(a: NewAlert, heldKeys: string[], now: Date): Promise<boolean> {
    return this.db.transaction((): boolean => {
      if (!this.insert(a, now)) return false;
      const roll = this.db.prepare("UPDATE alerts SET status = 'rolled', root_key = ?, finished_at = ? WHERE key = ? AND status = 'held'");
      for (const k of heldKeys) roll.run(a.key, now.toISOString(), k);
      return true;
    }).immediate();
  }

  async takeOver(a: AlertRecord, owner: string, leaseUntil: string): Promise<boolean> {
    const r = this.db
      .prepare(
        `UPDATE alerts SET owner = ?, lease_until = ?, attempts = attempts + 1
         WHERE key = ? AND status = 'claimed' AND owner = ? AND lease_until = ?`,
      )
      .run(owner, leaseUntil, a.key, a.owner, a.leaseUntil);
    return r.changes === 1;
  }

  async renew(key: string, owner: string, leaseUntil: string): Promise<boolean> {
    return this.db.prepare("UPDATE alerts SET lease_until = ? WHERE key = ? AND owner = ? AND status = 'claimed'").run(leaseUntil, key, owner).changes === 1;
  }

  async complete(key: string, owner: string, messageIds: string[], now: Date): Promise<boolean> {
    const r = this.db
      .prepare("UPDATE alerts SET status = 'posted', message_ids = ?, finished_at = ?, error = NULL WHERE key = ? AND owner = ? AND status = 'claimed'")
      .run(JSON.stringify(messageIds), now.toISOString(), key, owner);
    return r.changes === 1;
  }

  async fail(key: string, owner: string, error: string, now: Date): Promise<boolean> {
    const r = this.db
      .prepare("UPDATE alerts SET status = 'failed', error = ?, finished_at = ? WHERE key = ? AND owner = ? AND status = 'claimed'")
      .run(error, now.toISOString(), key, owner);
    return r.changes === 1;
  }
}
