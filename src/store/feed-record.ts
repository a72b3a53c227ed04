/**
 * The record a newly added feed starts as (every feed store), and the feeds table row shared by
 * the SQLite and PostgreSQL stores.
 */
import { randomUUID } from 'node:crypto';
import type { FeedPatch, FeedRecord, NewFeed } from './types.ts';

/** A fresh FeedRecord for `feed`, added at `now`: no failures, not polled yet. */
export function newFeedRecord(feed: NewFeed, now: Date): FeedRecord {
  return {
    id: randomUUID(),
    scope: feed.scope,
    platform: feed.platform,
    guildId: feed.guildId,
    channelId: feed.channelId,
    url: feed.url,
    fetchUrl: feed.fetchUrl ?? feed.url,
    title: feed.title,
    addedBy: feed.addedBy,
    addedAt: now.toISOString(),
    etag: feed.etag ?? null,
    lastModified: feed.lastModified ?? null,
    failures: 0,
    lastError: null,
    disabledAt: null,
    nextPollAt: feed.nextPollAt,
    lastPolledAt: null,
  };
}

/** A feeds table row (the same columns on SQLite and PostgreSQL). */
export interface FeedRow {
  id: string;
  scope: string;
  platform: string;
  guild_id: string | null;
  channel_id: string;
  url: string;
  fetch_url: string;
  title: string | null;
  added_by: string | null;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  last_error: string | null;
  disabled_at: string | null;
  next_poll_at: string;
  last_polled_at: string | null;
}

/** The column of each patchable FeedRecord field. */
export const FEED_COLUMNS: Record<keyof FeedPatch, string> = {
  channelId: 'channel_id',
  fetchUrl: 'fetch_url',
  title: 'title',
  addedBy: 'added_by',
  etag: 'etag',
  lastModified: 'last_modified',
  failures: 'failures',
  lastError: 'last_error',
  disabledAt: 'disabled_at',
  nextPollAt: 'next_poll_at',
  lastPolledAt: 'last_polled_at',
};

/** A feeds table row as a FeedRecord. */
export function feedFromRow(r: FeedRow): FeedRecord {
  return {
    id: r.id,
    scope: r.scope,
    platform: r.platform,
    guildId: r.guild_id,
    channelId: r.channel_id,
    url: r.url,
    fetchUrl: r.fetch_url,
    title: r.title,
    addedBy: r.added_by,
    addedAt: r.added_at,
    etag: r.etag,
    lastModified: r.last_modified,
    failures: r.failures,
    lastError: r.last_error,
    disabledAt: r.disabled_at,
    nextPollAt: r.next_poll_at,
    lastPolledAt: r.last_polled_at,
  };
}

/**
 * FeedStore.seenAmong's answer from one query's rows: each row holds a seen item key (`k`) or a
 * seen content hash (`h`) of the feed, and an item was seen when either of its own is among them
 * (isSeen's rule). Shared by the SQLite and PostgreSQL stores.
 */
export function seenFlags(items: readonly { key: string; contentHash: string }[], rows: readonly { k: string | null; h: string | null }[]): boolean[] {
  if (!rows.length) return items.map(() => false);
  const keys = new Set(rows.map((r) => r.k));
  const hashes = new Set(rows.map((r) => r.h));
  return items.map((i) => keys.has(i.key) || hashes.has(i.contentHash));
}
