/**
 * The digest_runs table row, shared by the SQLite and PostgreSQL run stores: the same columns,
 * with lists as JSON text and `late` as 0/1 on SQLite, native arrays and booleans on PostgreSQL.
 */
import type { DigestRun } from './types.ts';

/** A digest_runs row as either database returns it. */
export interface RunRow {
  subscription_id: number;
  slot: string;
  status: DigestRun['status'];
  owner: string;
  lease_until: string;
  attempts: number;
  article_ids: string | string[];
  more: number;
  late: boolean | number;
  claimed_at: string;
  finished_at: string | null;
  message_ids: string | string[];
  error: string | null;
}

/** A list column: JSON text (SQLite) or an array (PostgreSQL JSONB). */
function list(v: string | string[]): string[] {
  return typeof v === 'string' ? (JSON.parse(v) as string[]) : v;
}

/** A digest_runs row as a DigestRun. */
export function toRun(r: RunRow): DigestRun {
  return {
    subscriptionId: r.subscription_id,
    slot: r.slot,
    status: r.status,
    owner: r.owner,
    leaseUntil: r.lease_until,
    attempts: r.attempts,
    articleIds: list(r.article_ids),
    more: r.more,
    late: r.late === true || r.late === 1,
    claimedAt: r.claimed_at,
    finishedAt: r.finished_at,
    messageIds: list(r.message_ids),
    error: r.error,
  };
}
