/**
 * The SQLite schema as an ordered, append-only list of migrations. createSqliteStore applies,
 * in one transaction each, every migration whose version is not yet recorded in
 * `schema_migrations`, so a database file from any earlier release is brought up to date at
 * start-up.
 *
 * Rules (a database in the field has already run every migration listed here):
 * - Never edit or reorder a migration that has been committed: append a new one.
 * - Versions are 1, 2, 3, ... in list order, with no gaps.
 * - Portable SQL only where we can (no SQLite-only locking): a PostgreSQL store may reuse it.
 *
 * Adding a repository (e.g. feeds):
 * 1. append `{ version: N, name: 'feeds', sql: FEEDS_SQL }` at the end of `migrations`;
 * 2. declare its interface in src/store/types.ts and an (optional) field on `Store`;
 * 3. implement it in src/store/sqlite-<name>.ts (constructor takes the better-sqlite3
 *    Database) and src/store/memory-<name>.ts;
 * 4. add one line in `createSqliteStore` (src/store/sqlite.ts) and `createMemoryStore`
 *    (src/store/memory.ts) where the repositories are built.
 */
import { ALERTS_MIGRATION_SQL } from './sqlite-alerts.ts';
import { cleanInvisibleSqlite } from './clean-invisible.ts';
import { BRIEFING_FILES_MIGRATION_SQL } from './sqlite-briefing-files.ts';
import type Database from 'better-sqlite3';
import { ALERT_PENDING_MIGRATION_SQL, FEED_LEASES_MIGRATION_SQL, FEEDS_MIGRATION_SQL } from './sqlite-feeds.ts';
import { SIGNATURES_MIGRATION_SQL } from './sqlite-signatures.ts';
import { SUBSCRIPTION_FILTER_MIGRATION_SQL } from './sqlite-subscriptions.ts';
import {
  backfillTitleWords,
  DROP_FIRST_SEEN_INDEX_MIGRATION_SQL,
  LIBRARY_MIGRATION_SQL,
  TITLE_INDEX_MIGRATION_SQL,
  TITLE_WORDS_ROWID_MIGRATION_SQL,
  WORD_ORDER_MIGRATION_SQL,
} from './sqlite-library.ts';

export interface Migration {
  /** 1, 2, 3, ... in list order. */
  version: number;
  /** A short kebab-case name, recorded with the version. */
  name: string;
  /** One or more SQL statements. */
  sql: string;
  /** A data step after the SQL, in the same transaction (e.g. filling a new index table). */
  after?: (db: Database.Database) => void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'digests',
    sql: `
CREATE TABLE conversations (
  key TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Articles from every source. content_hash is unique: the same text under two ids is kept once.
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  json TEXT NOT NULL,
  published_at TEXT,
  first_seen_at TEXT NOT NULL
);
CREATE INDEX articles_newest ON articles (published_at DESC, first_seen_at DESC);

-- One subscription per channel.
CREATE TABLE subscriptions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  guild_id TEXT,
  schedule TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  created_by TEXT NOT NULL,
  since TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (platform, channel_id)
);

-- The digest run log: a claim is an insert under the unique (subscription_id, slot) key.
CREATE TABLE digest_runs (
  subscription_id INTEGER NOT NULL,
  slot TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'skipped')),
  owner TEXT NOT NULL,
  lease_until TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1,
  article_ids TEXT NOT NULL,
  more INTEGER NOT NULL DEFAULT 0,
  late INTEGER NOT NULL DEFAULT 0,
  claimed_at TEXT NOT NULL,
  finished_at TEXT,
  message_ids TEXT NOT NULL DEFAULT '[]',
  error TEXT,
  PRIMARY KEY (subscription_id, slot)
);
CREATE INDEX digest_runs_unfinished ON digest_runs (status) WHERE status = 'claimed';

-- What each channel has been sent.
CREATE TABLE sent_articles (
  channel_key TEXT NOT NULL,
  article_id TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (channel_key, article_id)
);
`,
  },
  { version: 2, name: 'feeds', sql: FEEDS_MIGRATION_SQL },
  { version: 3, name: 'feed-leases', sql: FEED_LEASES_MIGRATION_SQL },
  { version: 4, name: 'library-queries', sql: LIBRARY_MIGRATION_SQL, after: backfillTitleWords },
  { version: 5, name: 'title-words-newest', sql: WORD_ORDER_MIGRATION_SQL },
  { version: 6, name: 'briefing-files', sql: BRIEFING_FILES_MIGRATION_SQL },
  { version: 7, name: 'alerts', sql: ALERTS_MIGRATION_SQL },
  { version: 8, name: 'story-signatures', sql: SIGNATURES_MIGRATION_SQL },
  { version: 9, name: 'subscription-filter', sql: SUBSCRIPTION_FILTER_MIGRATION_SQL },
  { version: 10, name: 'alert-pending', sql: ALERT_PENDING_MIGRATION_SQL },
  { version: 11, name: 'title-words-rowid', sql: TITLE_WORDS_ROWID_MIGRATION_SQL },
  { version: 12, name: 'drop-first-seen-index', sql: DROP_FIRST_SEEN_INDEX_MIGRATION_SQL },
  { version: 13, name: 'title-index-fts5', sql: TITLE_INDEX_MIGRATION_SQL },
  // Articles stored before invisible characters were removed on arrival: cleaned once (src/store/clean-invisible.ts).
  { version: 14, name: 'strip-invisible-chars', sql: '', after: (db) => void cleanInvisibleSqlite(db) },
];
