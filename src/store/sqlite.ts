/**
 * The embedded default store: one SQLite file (better-sqlite3, WAL) at NEWSBRIEF_DB, created
 * with its parent folder on first start and migrated to the latest schema (src/store/migrations.ts).
 * One file serves one process: several bots on one file would each run every schedule.
 */
import Database from 'better-sqlite3';
import { makeParentDir } from './make-parent-dir.ts';
import type { ConversationStore, Store } from './types.ts';
import { migrations, type Migration } from './migrations.ts';
import { SqliteAlertStore } from './sqlite-alerts.ts';
import { SqliteArticleStore } from './sqlite-articles.ts';
import { SqliteBriefingFileStore } from './sqlite-briefing-files.ts';
import { SqliteSignatureStore } from './sqlite-signatures.ts';
import { SqliteFeedStore } from './sqlite-feeds.ts';
import { SqliteRunStore, SqliteSentStore } from './sqlite-runs.ts';
import { SqliteSubscriptionStore } from './sqlite-subscriptions.ts';
import { closeWriterConnection, writeInline } from './sqlite-writer.ts';
import { configureConnection } from './sqlite-connection.ts';

export interface SqliteStore extends Store {
  /** The open database, for repositories added by other modules and for tests. */
  readonly db: Database.Database;
  readonly path: string;
}

class SqliteConversations implements ConversationStore {
  constructor(private readonly db: Database.Database) {}
  async getContext(key: string): Promise<string | null> {
    const r = this.db.prepare('SELECT article_id FROM conversations WHERE key = ?').get(key) as { article_id: string } | undefined;
    return r?.article_id ?? null;
  }
  async setContext(key: string, articleId: string): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO conversations (key, article_id, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET article_id = excluded.article_id, updated_at = excluded.updated_at`,
      )
      .run(key, articleId, new Date().toISOString());
  }
}

/** Apply every migration not yet recorded, each in its own transaction. Returns the versions applied. */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const newest = Math.max(0, ...done);
  if (newest > list.length) {
    throw new Error(`the database at schema version ${newest} is newer than this release (${list.length}): upgrade newsbrief`);
  }
  const applied: number[] = [];
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
    if (done.has(m.version)) return;
    db.transaction(() => {
      db.exec(m.sql);
      m.after?.(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }).immediate();
    applied.push(m.version);
  });
  return applied;
}

/**
 * Open (creating if needed) the SQLite store at `file` and bring its schema up to date.
 * `writeThread: false` keeps feed polls' writes on this connection (NEWSBRIEF_SQLITE_WRITER).
 */
export function createSqliteStore(file: string, opts: { writeThread?: boolean } = {}): SqliteStore {
  if (file !== ':memory:') makeParentDir(file);
  const db = new Database(file);
  if (opts.writeThread === false) writeInline(db);
  try {
    db.pragma('journal_mode = WAL');
    configureConnection(db);
    migrate(db);
  } catch (e) {
    db.close();
    throw e;
  }
  let closed = false;
  // Repositories: add new ones here (see src/store/migrations.ts).
  return {
    db,
    path: file,
    conversations: new SqliteConversations(db),
    articles: new SqliteArticleStore(db),
    subscriptions: new SqliteSubscriptionStore(db),
    runs: new SqliteRunStore(db),
    sent: new SqliteSentStore(db),
    feeds: new SqliteFeedStore(db),
    files: new SqliteBriefingFileStore(db),
    alerts: new SqliteAlertStore(db),
    signatures: new SqliteSignatureStore(db),
    async close() {
      if (closed) return;
      closed = true;
      await closeWriterConnection(db);
      db.close();
    },
  };
}
