/**
 * The PostgreSQL store, selected by NEWSBRIEF_DB=postgres://user@host/db: the same interfaces
 * as the SQLite store, shared by any number of bot processes. At start-up the schema is brought
 * up to date (src/store/pg-schema.ts) under a transaction-level advisory lock, so processes
 * starting at once migrate it once and none sees a half-migrated schema.
 */
import { newInstanceId } from './instance-id.ts';
import { PgAlertStore } from './pg-alerts.ts';
import { PgArticleStore } from './pg-articles.ts';
import { PgBriefingFileStore } from './pg-briefing-files.ts';
import { PgDb } from './pg-db.ts';
import { PgFeedStore } from './pg-feeds.ts';
import { PgSignatureStore } from './pg-signatures.ts';
import { PgRunStore, PgSentStore } from './pg-runs.ts';
import { pgMigrations, type PgMigration } from './pg-schema.ts';
import { PgSubscriptionStore } from './pg-subscriptions.ts';
import type { ConversationStore, Store } from './types.ts';

/** The advisory lock key migrations hold ("news" in ASCII). */
const MIGRATION_LOCK = 0x6e657773;

export interface PostgresStore extends Store {
  readonly db: PgDb;
  readonly shared: true;
  /** This process's name in claims and leases. */
  readonly instanceId: string;
}

class PgConversations implements ConversationStore {
  constructor(private readonly db: PgDb) {}
  async getContext(key: string): Promise<string | null> {
    const r = await this.db.query<{ article_id: string }>('SELECT article_id FROM conversations WHERE key = $1', [key]);
    return r.rows[0]?.article_id ?? null;
  }
  async setContext(key: string, articleId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO conversations (key, article_id, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET article_id = excluded.article_id, updated_at = excluded.updated_at`,
      [key, articleId, new Date().toISOString()],
    );
  }
}

/** Apply every migration not yet recorded, under the advisory lock. Returns the versions applied. */
export async function migratePostgres(db: PgDb, list: readonly PgMigration[] = pgMigrations): Promise<number[]> {
  return db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await q.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`);
    const done = new Set((await q.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    if (newest > list.length) {
      throw new Error(`the database at schema version ${newest} is newer than this release (${list.length}): upgrade newsbrief`);
    }
    const applied: number[] = [];
    for (const [i, m] of list.entries()) {
      if (m.version !== i + 1) throw new Error(`migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
      if (done.has(m.version)) continue;
      // PostgreSQL DDL is transactional: a failed migration leaves nothing half done.
      await q.query(m.sql);
      await m.after?.(q);
      await q.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** Connect to the PostgreSQL database at `url` and bring its schema up to date. */
export async function createPostgresStore(url: string, opts: { instanceId?: string; poolSize?: number } = {}): Promise<PostgresStore> {
  const db = new PgDb(url, opts.poolSize);
  try {
    await migratePostgres(db);
  } catch (e) {
    await db.end().catch(() => undefined);
    throw new Error(`PostgreSQL at ${redact(url)}: ${(e as Error).message}`, { cause: e });
  }
  let closed = false;
  return {
    db,
    shared: true,
    instanceId: opts.instanceId ?? newInstanceId(),
    conversations: new PgConversations(db),
    articles: new PgArticleStore(db),
    subscriptions: new PgSubscriptionStore(db),
    runs: new PgRunStore(db),
    sent: new PgSentStore(db),
    feeds: new PgFeedStore(db),
    files: new PgBriefingFileStore(db),
    alerts: new PgAlertStore(db),
    signatures: new PgSignatureStore(db),
    async close() {
      if (closed) return;
      closed = true;
      await db.end();
    },
  };
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the configured URL';
  }
}
