/**
 * Settings every newsbrief connection to a SQLite file makes: the main connection
 * (createSqliteStore) and the write thread's (sqlite-writer-worker.ts) must agree on them.
 * The journal mode is the file's own (WAL, set by the main connection); the rest is per connection.
 */
import type Database from 'better-sqlite3';

/** Apply the per-connection settings: durability, how long to wait for the other writer, foreign keys. */
export function configureConnection(db: Database.Database): void {
  // WAL + NORMAL: a killed process loses nothing committed; only a power cut may lose the last commits.
  db.pragma('synchronous = NORMAL');
  // One writer at a time: the main connection and the write thread wait for each other's transaction.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
}
