/**
 * The subscriptions table row, shared by the SQLite and PostgreSQL subscription stores.
 */
import type { Subscription } from './types.ts';

/** A subscriptions table row (the same columns on SQLite and PostgreSQL). */
export interface SubscriptionRow {
  id: number;
  platform: string;
  channel_id: string;
  guild_id: string | null;
  schedule: string;
  time_zone: string;
  created_by: string;
  since: string;
  created_at: string;
}

/** A subscriptions table row as a Subscription. */
export function toSubscription(r: SubscriptionRow): Subscription {
  return {
    id: r.id,
    platform: r.platform,
    channelId: r.channel_id,
    guildId: r.guild_id,
    schedule: r.schedule,
    timeZone: r.time_zone,
    createdBy: r.created_by,
    since: r.since,
    createdAt: r.created_at,
  };
}
