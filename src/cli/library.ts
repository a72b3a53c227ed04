/**
 * The library as the CLI sees it: the same store (NEWSBRIEF_DB) and briefings folder as the
 * running bot, synced the same way, so `cli digest` and `npm start` show the same articles.
 */
import { createLogger } from '../logger.ts';
import type { Config } from '../config.ts';
import type { Library } from '../services.ts';
import { checkBriefingsDir, openLibrary } from '../sources/briefing-sync.ts';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/types.ts';

/** Open the store, sync the briefings folder, run `fn`, close the store. */
export async function withLibrary<T>(config: Config, fn: (library: Library, store: Store) => Promise<T>): Promise<T> {
  // Errors reach the user as one line from src/cli.ts; the log only carries warnings asked for.
  const log = createLogger(config.logLevel ?? 'error', undefined, config.logFormat);
  await checkBriefingsDir(config.briefingsDir); // before the database file is created
  // NEWSBRIEF_DB: the SQLite file (not locked: the CLI may read it while the bot runs) or PostgreSQL.
  const store = await openStore(config.dbPath, { writeThread: config.sqliteWriteThread });
  try {
    const library = await openLibrary(store, config.briefingsDir, log, () => new Date());
    return await fn(library, store);
  } finally {
    await store.close();
  }
}
