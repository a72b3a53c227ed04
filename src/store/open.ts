/**
 * Opening the store NEWSBRIEF_DB names: a `postgres://` (or `postgresql://`) URL selects the
 * PostgreSQL store, shared by any number of processes; anything else is a SQLite file path,
 * the zero-setup default, locked to one process.
 */
import { createSqliteStore } from './sqlite.ts';
import { lockSqliteFile, StoreLockedError } from './sqlite-lock.ts';
import { openStoreOrExplain } from './open-error.ts';
import type { Store } from './types.ts';

/** True when NEWSBRIEF_DB names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target.trim());
}

export interface OpenStoreOptions {
  /**
   * SQLite only: take the one-process lock (the bot does; the CLI and tests reading a file
   * do not). A second process is refused with StoreLockedError.
   */
  lock?: boolean;
  /** SQLite only: false keeps feed polls' writes off the write thread (config.sqliteWriteThread). */
  writeThread?: boolean;
}

/** Open (creating and migrating as needed) the store at `target`. */
export async function openStore(target: string, opts: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(target)) {
    // Loaded only when configured: a SQLite user never loads the pg driver.
    const { createPostgresStore } = await import('./postgres.ts');
    return createPostgresStore(target.trim());
  }
  // A file that cannot be opened (a parent that is a file, no permission) is named with NEWSBRIEF_DB
  // and the cause in one line; a file another process holds says so itself (StoreLockedError).
  const lock = opts.lock ? openStoreOrExplain(target, () => lockSqliteFile(target), StoreLockedError) : null;
  let store;
  try {
    store = openStoreOrExplain(target, () => createSqliteStore(target, { writeThread: opts.writeThread }));
  } catch (e) {
    lock?.release();
    throw e;
  }
  if (!lock) return store;
  const close = store.close.bind(store);
  return Object.assign(store, {
    async close() {
      await close();
      lock.release();
    },
  });
}
