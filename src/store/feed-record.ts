/**
 * The record a newly added feed starts as, shared by the in-memory and SQLite feed stores.
 */
import { randomUUID } from 'node:crypto';
import type { FeedRecord, NewFeed } from './types.ts';

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
