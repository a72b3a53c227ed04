/**
 * The digest run log and the sent-articles record on SQLite. A claim is an INSERT ... ON
 * CONFLICT DO NOTHING under the (subscription_id, slot) primary key and a takeover an UPDATE
 * guarded by the owner and lease it saw: plain SQL that PostgreSQL runs the same way.
 */
import type Database from 'better-sqlite3';
import { toRun, type RunRow } from './run-row.ts';
import type { DigestRun, NewClaim, RunStore, SentStore } from './types.ts';

const MARK_SENT = 'INSERT INTO sent_articles (channel_key, article_id, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING';

export class SqliteRunStore implements RunStore {
  constructor(private readonly db: Database.Database) {}

  async claim(c: NewClaim, now: Date): Promise<boolean> {
    const r = this.db
      .prepare(
        `INSERT INTO digest_runs (subscription_id, slot, status, owner, lease_until, attempts, article_ids, more, late, claimed_at)
         VALUES (?, ?, 'claimed', ?, ?, 1, ?, ?, ?, ?)
         ON CONFLICT (subscription_id, slot) DO NOTHING`,
      )
      .run(c.subscriptionId, c.slot, c.owner, c.leaseUntil, JSON.stringify(c.articleIds), c.more, c.late ? 1 : 0, now.toISOString());
    return r.changes === 1;
  }

  async get(subscriptionId: number, slot: string): Promise<DigestRun | null> {
    const r = this.db.prepare('SELECT * FROM digest_runs WHERE subscription_id = ? AND slot = ?').get(subscriptionId, slot) as
      | RunRow
      | undefined;
    return r ? toRun(r) : null;
  }

  async recent(subscriptionId: number, limit: number): Promise<DigestRun[]> {
    const rows = this.db
      .prepare('SELECT * FROM digest_runs WHERE subscription_id = ? ORDER BY slot DESC LIMIT ?')
      .all(subscriptionId, limit) as RunRow[];
    return rows.map(toRun);
  }

  async unfinished(): Promise<DigestRun[]> {
    const rows = this.db.prepare("SELECT * FROM digest_runs WHERE status = 'claimed' ORDER BY slot").all() as RunRow[];
    return rows.map(toRun);
  }

  async takeOver(run: DigestRun, owner: string, leaseUntil: string): Promise<boolean> {
    const r = this.db
      .prepare(
        `UPDATE digest_runs SET owner = ?, lease_until = ?, attempts = attempts + 1
         WHERE subscription_id = ? AND slot = ? AND status = 'claimed' AND owner = ? AND lease_until = ?`,
      )
      .run(owner, leaseUntil, run.subscriptionId, run.slot, run.owner, run.leaseUntil);
    return r.changes === 1;
  }

  async renew(subscriptionId: number, slot: string, owner: string, leaseUntil: string): Promise<boolean> {
    const r = this.db
      .prepare("UPDATE digest_runs SET lease_until = ? WHERE subscription_id = ? AND slot = ? AND owner = ? AND status = 'claimed'")
      .run(leaseUntil, subscriptionId, slot, owner);
    return r.changes === 1;
  }

  async complete(
    subscriptionId: number,
    slot: string,
    owner: string,
    done: { channelKey: string; articleIds: string[]; messageIds: string[] },
    now: Date,
  ): Promise<boolean> {
    const at = now.toISOString();
    const tx = this.db.transaction((): boolean => {
      const r = this.db
        .prepare(
          `UPDATE digest_runs SET status = 'posted', finished_at = ?, message_ids = ?, error = NULL
           WHERE subscription_id = ? AND slot = ? AND owner = ? AND status = 'claimed'`,
        )
        .run(at, JSON.stringify(done.messageIds), subscriptionId, slot, owner);
      if (r.changes !== 1) return false;
      const mark = this.db.prepare(MARK_SENT);
      for (const id of done.articleIds) mark.run(done.channelKey, id, at);
      return true;
    });
    return tx.immediate();
  }

  async finish(
    subscriptionId: number,
    slot: string,
    owner: string,
    status: 'failed' | 'skipped',
    error: string | null,
    now: Date,
  ): Promise<boolean> {
    const r = this.db
      .prepare(
        `UPDATE digest_runs SET status = ?, error = ?, finished_at = ?
         WHERE subscription_id = ? AND slot = ? AND owner = ? AND status = 'claimed'`,
      )
      .run(status, error, now.toISOString(), subscriptionId, slot, owner);
    return r.changes === 1;
  }
}

export class SqliteSentStore implements SentStore {
  constructor(private readonly db: Database.Database) {}

  async wasSent(channelKey: string, articleId: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM sent_articles WHERE channel_key = ? AND article_id = ?').get(channelKey, articleId) !== undefined;
  }

  async markSent(channelKey: string, articleIds: string[], now: Date): Promise<void> {
    const mark = this.db.prepare(MARK_SENT);
    const at = now.toISOString();
    this.db.transaction(() => {
      for (const id of articleIds) mark.run(channelKey, id, at);
    }).immediate();
  }

  async count(channelKey: string): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM sent_articles WHERE channel_key = ?').get(channelKey) as { n: number }).n;
  }
}
