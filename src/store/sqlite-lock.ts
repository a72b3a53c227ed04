/**
 * SQLite mode is one process by design: two bots on one file would both run every schedule.
 * The lock is a small SQLite file next to the database (`<db>.lock`) held in exclusive locking
 * mode for the life of the process. The operating system drops it when the process dies, even
 * by SIGKILL, so a crash never leaves a stale lock behind (unlike a pid file).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { makeParentDir } from './make-parent-dir.ts';

/** Raised when another process holds the database; the message is one line for the user. */
export class StoreLockedError extends Error {
  constructor(file: string) {
    super(
      `another newsbrief process is already running on ${file}: SQLite serves one process ` +
        '(stop the other one, or use PostgreSQL with NEWSBRIEF_DB=postgres://... to run several: see docs/postgres.md)',
    );
    this.name = 'StoreLockedError';
  }
}

/** A held lock; `release()` lets the next process start. */
export interface FileLock {
  readonly file: string;
  release(): void;
}

/**
 * Take the process lock of the SQLite database at `dbFile`, or throw StoreLockedError when
 * another process (or another store in this one) holds it. `:memory:` needs no lock.
 */
export function lockSqliteFile(dbFile: string): FileLock {
  if (dbFile === ':memory:') return { file: dbFile, release() {} };
  const file = `${path.resolve(dbFile)}.lock`;
  makeParentDir(file);
  const db = new Database(file, { timeout: 0 });
  try {
    // Exclusive locking mode: after the first write the file stays locked until close.
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, started_at TEXT NOT NULL)');
    db.prepare('DELETE FROM holder').run();
    db.prepare('INSERT INTO holder (pid, started_at) VALUES (?, ?)').run(process.pid, new Date().toISOString());
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY') || (e as { code?: string }).code?.startsWith('SQLITE_LOCKED')) {
      throw new StoreLockedError(dbFile);
    }
    throw e;
  }
  let held = true;
  return {
    file,
    release() {
      if (!held) return;
      held = false;
      db.close();
    },
  };
}
