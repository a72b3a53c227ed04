/**
 * The digest run log and the sent-articles record on PostgreSQL: the same statements as the
 * SQLite store (src/store/sqlite-runs.ts). A claim is an INSERT ... ON CONFLICT DO NOTHING
 * under the (subscription_id, slot) key, a takeover an UPDATE guarded by the owner and lease
 * it saw, so with any number of processes exactly one wins each.
 */
import type { PgDb, Queryable } from './pg-db.ts';
import { toRun, type RunRow } from './run-row.ts';
import type { DigestRun, NewClaim, RunStore, SentStore } from './types.ts';

async function markSent(q: Queryable, channelKey: string, articleIds: string[], at: string): Promise<void> {
  if (!articleIds.length) return;
  await q.query(
    `INSERT INTO sent_articles (channel_key, article_id, sent_at)
     SELECT $1, id, $3 FROM unnest($2::text[]) AS id ON CONFLICT DO NOTHING`,
    [channelKey, articleIds, at],
  );
}

export class PgRunStore implements RunStore {
  constructor(private readonly db: PgDb) {}

  async claim(c: NewClaim, now: Date): Promise<boolean> {
    const r = await this.db.query(
      `INSERT INTO digest_runs (subscription_id, slot, status, owner, lease_until, attempts, article_ids, more, late, claimed_at)
       VALUES ($1, $2, 'claimed', $3, $4, 1, $5, $6, $7, $8)
       ON CONFLICT (subscription_id, slot) DO NOTHING`,
      [c.subscriptionId, c.slot, c.owner, c.leaseUntil, JSON.stringify(c.articleIds), c.more, c.late, now.toISOString()],
    );
    return r.rowCount === 1;
  }

  async get(subscriptionId: number, slot: string): Promise<DigestRun | null> {
    const r = await this.db.query<RunRow>('SELECT * FROM digest_runs WHERE subscription_id = $1 AND slot = $2', [subscriptionId, slot]);
    return r.rows[0] ? toRun(r.rows[0]) : null;
  }

  async recent(subscriptionId: number, limit: number): Promise<DigestRun[]> {
    const r = await this.db.query<RunRow>('SELECT * FROM digest_runs WHERE subscription_id = $1 ORDER BY slot DESC LIMIT $2', [subscriptionId, limit]);
    return r.rows.map(toRun);
  }

  async unfinished(): Promise<DigestRun[]> {
    const r = await this.db.query<RunRow>("SELECT * FROM digest_runs WHERE status = 'claimed' ORDER BY slot");
    return r.rows.map(toRun);
  }

  async takeOver(run: DigestRun, owner: string, leaseUntil: string): Promise<boolean> {
    const r = await this.db.query(
      `UPDATE digest_runs SET owner = $1, lease_until = $2, attempts = attempts + 1
       WHERE subscription_id = $3 AND slot = $4 AND status = 'claimed' AND owner = $5 AND lease_until = $6`,
      [owner, leaseUntil, run.subscriptionId, run.slot, run.owner, run.leaseUntil],
    );
    return r.rowCount === 1;
  }

  async renew(subscriptionId: number, slot: string, owner: string, leaseUntil: string): Promise<boolean> {
    const r = await this.db.query(
      "UPDATE digest_runs SET lease_until = $1 WHERE subscription_id = $2 AND slot = $3 AND owner = $4 AND status = 'claimed'",
      [leaseUntil, subscriptionId, slot, owner],
    );
    return r.rowCount === 1;
  }

  async complete(
    subscriptionId: number,
    slot: string,
    owner: string,
    done: { channelKey: string; articleIds: string[]; messageIds: string[] },
    now: Date,
  ): Promise<boolean> {
    const at = now.toISOString();
    return this.db.tx(async (q) => {
      const r = await q.query(
        `UPDATE digest_runs SET status = 'posted', finished_at = $1, message_ids = $2, error = NULL
         WHERE subscription_id = $3 AND slot = $4 AND owner = $5 AND status = 'claimed'`,
        [at, JSON.stringify(done.messageIds), subscriptionId, slot, owner],
      );
      if (r.rowCount !== 1) return false;
      await markSent(q, done.channelKey, done.articleIds, at);
      return true;
    });
  }

  async finish(subscriptionId: number, slot: string, owner: string, status: 'failed' | 'skipped', error: string | null, now: Date): Promise<boolean> {
    const r = await this.db.query(
      `UPDATE digest_runs SET status = $1, error = $2, finished_at = $3
       WHERE subscription_id = $4 AND slot = $5 AND owner = $6 AND status = 'claimed'`,
      [status, error, now.toISOString(), subscriptionId, slot, owner],
    );
    return r.rowCount === 1;
  }
}

export class PgSentStore implements SentStore {
  constructor(private readonly db: PgDb) {}

  async wasSent(channelKey: string, articleId: string): Promise<boolean> {
    const r = await this.db.query('SELECT 1 FROM sent_articles WHERE channel_key = $1 AND article_id = $2', [channelKey, articleId]);
    return r.rows.length > 0;
  }

  async markSent(channelKey: string, articleIds: string[], now: Date): Promise<void> {
    await markSent(this.db, channelKey, articleIds, now.toISOString());
  }

  async count(channelKey: string): Promise<number> {
    const r = await this.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM sent_articles WHERE channel_key = $1', [channelKey]);
    return r.rows[0].n;
  }
}
