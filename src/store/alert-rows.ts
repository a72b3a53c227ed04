/**
 * The follows, live_sources and alerts tables' row mappings, shared by the SQLite and
 * PostgreSQL alert stores (SQLite keeps lists as JSON text, PostgreSQL as jsonb; times come
 * back as ISO strings from both).
 */
import type { AlertRecord, Follow, LiveSource } from './types.ts';

export interface FollowRow {
  id: number;
  platform: string;
  channel_id: string;
  guild_id: string | null;
  scope: string;
  topic: string;
  ping: string | null;
  quiet: string | null;
  created_by: string;
  created_at: string;
  last_matched_at: string | null;
}

export interface LiveRow {
  feed_id: string;
  platform: string;
  channel_id: string;
  include_words: string | string[];
  exclude_words: string | string[];
  created_by: string;
  created_at: string;
}

export interface AlertRow {
  key: string;
  platform: string;
  channel_id: string;
  kind: AlertRecord['kind'];
  status: AlertRecord['status'];
  article_id: string | null;
  article_ids: string | string[];
  topics: string | string[];
  feed_id: string | null;
  ping: string | null;
  root_key: string | null;
  reason: AlertRecord['reason'];
  cap_slot: string | null;
  release_at: string | null;
  owner: string;
  lease_until: string;
  attempts: number;
  created_at: string;
  finished_at: string | null;
  message_ids: string | string[];
  error: string | null;
}

const list = (v: string | string[]): string[] => (typeof v === 'string' ? (JSON.parse(v) as string[]) : v);

/** The key a topic is unique under in its channel: the topic matcher's own (folded words). */
export { topicKey } from '../core/topics/match.ts';

export function followFromRow(r: FollowRow): Follow {
  return {
    id: Number(r.id),
    platform: r.platform,
    channelId: r.channel_id,
    guildId: r.guild_id,
    scope: r.scope,
    topic: r.topic,
    ping: r.ping,
    quiet: r.quiet,
    createdBy: r.created_by,
    createdAt: r.created_at,
    lastMatchedAt: r.last_matched_at,
  };
}

export function liveFromRow(r: LiveRow): LiveSource {
  return {
    feedId: r.feed_id,
    platform: r.platform,
    channelId: r.channel_id,
    include: list(r.include_words),
    exclude: list(r.exclude_words),
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

export function alertFromRow(r: AlertRow): AlertRecord {
  return {
    key: r.key,
    platform: r.platform,
    channelId: r.channel_id,
    kind: r.kind,
    status: r.status,
    articleId: r.article_id,
    articleIds: list(r.article_ids),
    topics: list(r.topics),
    feedId: r.feed_id,
    ping: r.ping,
    rootKey: r.root_key,
    reason: r.reason,
    capSlot: r.cap_slot,
    releaseAt: r.release_at,
    owner: r.owner,
    leaseUntil: r.lease_until,
    attempts: Number(r.attempts),
    createdAt: r.created_at,
    finishedAt: r.finished_at,
    messageIds: list(r.message_ids),
    error: r.error,
  };
}
