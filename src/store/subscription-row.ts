/**
 * The subscriptions table row, shared by the SQLite and PostgreSQL subscription stores.
 */
import type { Subscription, SubscriptionFilter } from './types.ts';

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
  /** JSON of a SubscriptionFilter, or null (added by SQLite migration 8, PostgreSQL 7). */
  story_filter?: string | null;
}

/** A filter as stored: JSON, or null for none (an empty filter is none). */
export function filterColumn(filter: SubscriptionFilter | null | undefined): string | null {
  if (!filter || (!filter.include.length && !filter.exclude.length)) return null;
  return JSON.stringify({ include: filter.include, exclude: filter.exclude });
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
    filter: r.story_filter ? (JSON.parse(r.story_filter) as SubscriptionFilter) : null,
  };
}
