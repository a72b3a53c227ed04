/**
 * Prepared statements kept per connection. better-sqlite3's `prepare` compiles the SQL every
 * time (tens of microseconds); the write paths run a few statements per article, thousands of
 * times in a feed poll cycle, so they reuse one compiled statement per SQL text instead.
 */
import type Database from 'better-sqlite3';

const byDb = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The statement for `sql` on `db`, compiled on first use and kept while the connection lives. */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = byDb.get(db);
  if (!cache) byDb.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}
