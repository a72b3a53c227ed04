/**
 * SubscriptionStore on PostgreSQL: one row per (platform, channel), the same behaviour as the
 * SQLite store (an upsert keeps the id; restore puts a row back exactly as it was).
 */
import type { PgDb, Queryable } from './pg-db.ts';
import { filterColumn, type SubscriptionRow, toSubscription } from './subscription-row.ts';
import type { NewSubscription, Subscription, SubscriptionStore } from './types.ts';


async function row(q: Queryable, platform: string, channelId: string): Promise<Subscription | null> {
  const r = await q.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId]);
  return r.rows[0] ? toSubscription(r.rows[0]) : null;
}

export class PgSubscriptionStore implements SubscriptionStore {
  constructor(private readonly db: PgDb) {}

  async upsert(sub: NewSubscription, now: Date): Promise<{ subscription: Subscription; previous: Subscription | null }> {
    const at = now.toISOString();
    return this.db.tx(async (q) => {
      // Lock the channel's row (if any) so two processes changing it at once see each other's result.
      const prev = await q.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2 FOR UPDATE', [sub.platform, sub.channelId]);
      const r = await q.query<SubscriptionRow>(
        `INSERT INTO subscriptions (platform, channel_id, guild_id, schedule, time_zone, created_by, since, created_at, story_filter)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)
         ON CONFLICT (platform, channel_id) DO UPDATE SET
           guild_id = excluded.guild_id, schedule = excluded.schedule, time_zone = excluded.time_zone,
           created_by = excluded.created_by, since = excluded.since, story_filter = excluded.story_filter
         RETURNING *`,
        [sub.platform, sub.channelId, sub.guildId, sub.schedule, sub.timeZone, sub.createdBy, at, filterColumn(sub.filter)],
      );
      return { subscription: toSubscription(r.rows[0]), previous: prev.rows[0] ? toSubscription(prev.rows[0]) : null };
    });
  }

  async restore(sub: Subscription): Promise<void> {
    await this.db.tx(async (q) => {
      await q.query('DELETE FROM subscriptions WHERE id = $1 OR (platform = $2 AND channel_id = $3)', [sub.id, sub.platform, sub.channelId]);
      await q.query(
        `INSERT INTO subscriptions (id, platform, channel_id, guild_id, schedule, time_zone, created_by, since, created_at, story_filter)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [sub.id, sub.platform, sub.channelId, sub.guildId, sub.schedule, sub.timeZone, sub.createdBy, sub.since, sub.createdAt, filterColumn(sub.filter)],
      );
      // An explicit id leaves the identity sequence behind: move it past the highest id.
      await q.query("SELECT setval(pg_get_serial_sequence('subscriptions', 'id'), (SELECT MAX(id) FROM subscriptions))");
    });
  }

  async get(platform: string, channelId: string): Promise<Subscription | null> {
    return row(this.db, platform, channelId);
  }

  async getById(id: number): Promise<Subscription | null> {
    const r = await this.db.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [id]);
    return r.rows[0] ? toSubscription(r.rows[0]) : null;
  }

  async list(): Promise<Subscription[]> {
    const r = await this.db.query<SubscriptionRow>('SELECT * FROM subscriptions ORDER BY id');
    return r.rows.map(toSubscription);
  }

  async remove(platform: string, channelId: string): Promise<Subscription | null> {
    const r = await this.db.query<SubscriptionRow>('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2 RETURNING *', [platform, channelId]);
    return r.rows[0] ? toSubscription(r.rows[0]) : null;
  }
}
