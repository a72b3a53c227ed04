/**
 * SubscriptionStore on SQLite: one row per (platform, channel).
 */
import type Database from 'better-sqlite3';
import { filterColumn, type SubscriptionRow, toSubscription } from './subscription-row.ts';
import type { NewSubscription, Subscription, SubscriptionStore } from './types.ts';


/** SQLite migration 8: a subscription's story filter (JSON), null for every story. */
export const SUBSCRIPTION_FILTER_MIGRATION_SQL = 'ALTER TABLE subscriptions ADD COLUMN story_filter TEXT;';

export class SqliteSubscriptionStore implements SubscriptionStore {
  constructor(private readonly db: Database.Database) {}

  private row(platform: string, channelId: string): Subscription | null {
    const r = this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?').get(platform, channelId) as
      | SubscriptionRow
      | undefined;
    return r ? toSubscription(r) : null;
  }

  async upsert(sub: NewSubscription, now: Date): Promise<{ subscription: Subscription; previous: Subscription | null }> {
    const at = now.toISOString();
    const tx = this.db.transaction(() => {
      const previous = this.row(sub.platform, sub.channelId);
      this.db
        .prepare(
          `INSERT INTO subscriptions (platform, channel_id, guild_id, schedule, time_zone, created_by, since, created_at, story_filter)
           VALUES (@platform, @channelId, @guildId, @schedule, @timeZone, @createdBy, @at, @at, @storyFilter)
           ON CONFLICT (platform, channel_id) DO UPDATE SET
             guild_id = excluded.guild_id, schedule = excluded.schedule, time_zone = excluded.time_zone,
             created_by = excluded.created_by, since = excluded.since, story_filter = excluded.story_filter`,
        )
        .run({ platform: sub.platform, channelId: sub.channelId, guildId: sub.guildId, schedule: sub.schedule, timeZone: sub.timeZone, createdBy: sub.createdBy, at, storyFilter: filterColumn(sub.filter) });
      return { subscription: this.row(sub.platform, sub.channelId) as Subscription, previous };
    });
    return tx.immediate();
  }

  async restore(sub: Subscription): Promise<void> {
    const tx = this.db.transaction(() => {
      this.db.prepare('DELETE FROM subscriptions WHERE id = ? OR (platform = ? AND channel_id = ?)').run(sub.id, sub.platform, sub.channelId);
      this.db
        .prepare(
          `INSERT INTO subscriptions (id, platform, channel_id, guild_id, schedule, time_zone, created_by, since, created_at, story_filter)
           VALUES (@id, @platform, @channelId, @guildId, @schedule, @timeZone, @createdBy, @since, @createdAt, @storyFilter)`,
        )
        .run({ id: sub.id, platform: sub.platform, channelId: sub.channelId, guildId: sub.guildId, schedule: sub.schedule, timeZone: sub.timeZone, createdBy: sub.createdBy, since: sub.since, createdAt: sub.createdAt, storyFilter: filterColumn(sub.filter) });
    });
    tx.immediate();
  }

  async get(platform: string, channelId: string): Promise<Subscription | null> {
    return this.row(platform, channelId);
  }

  async getById(id: number): Promise<Subscription | null> {
    const r = this.db.prepare('SELECT * FROM subscriptions WHERE id = ?').get(id) as SubscriptionRow | undefined;
    return r ? toSubscription(r) : null;
  }

  async list(): Promise<Subscription[]> {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY id').all() as SubscriptionRow[]).map(toSubscription);
  }

  async remove(platform: string, channelId: string): Promise<Subscription | null> {
    const tx = this.db.transaction(() => {
      const previous = this.row(platform, channelId);
      if (previous) this.db.prepare('DELETE FROM subscriptions WHERE id = ?').run(previous.id);
      return previous;
    });
    return tx.immediate();
  }
}
