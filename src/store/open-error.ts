/**
 * Opening the database with a one-line reason when it cannot be opened: the path (and the
 * NEWSBRIEF_DB variable that sets it) named, and the cause in words, instead of a bare
 * "EEXIST: file already exists, mkdir …" when a parent of the path is a file.
 */

/** The database named by NEWSBRIEF_DB cannot be opened: a setting to fix, not a bug (the CLI shows it without "unexpected error"). */
export class StoreOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

/** Run `open`; a failure becomes a StoreOpenError naming the path, NEWSBRIEF_DB and the cause. */
export function openStoreOrExplain<T>(file: string, open: () => T, passThrough?: new (...args: never[]) => Error): T {
  try {
    return open();
  } catch (e) {
    if (passThrough && e instanceof passThrough) throw e;
    throw new StoreOpenError(`cannot open the database ${file} (NEWSBRIEF_DB): ${storeErrorReason(e)}.`, { cause: e });
  }
}

/** The cause of a failure to open a database file, in a few words. */
export function storeErrorReason(e: unknown): string {
  const err = e as { code?: string; message?: string };
  // SQLite's "attempt to write a readonly database" (SQLITE_READONLY_DIRECTORY, _DBMOVED, ...) did not
  // say that the folder counts too: the -wal and -shm files are made beside the database.
  if (err.code === 'SQLITE_READONLY_DIRECTORY') return 'its folder is read-only for this user (SQLite writes its -wal and -shm files beside the database)';
  if (err.code?.startsWith('SQLITE_READONLY')) return 'the file is read-only for this user (newsbrief writes to its database)';
  switch (err.code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return 'a part of its folder path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'SQLITE_CANTOPEN':
      return 'it cannot be opened (is it a folder, or is its folder missing or read-only?)';
    case 'SQLITE_CORRUPT':
      // SQLite's own words ("database disk image is malformed") do not say what to do.
      return 'the file is damaged (SQLite: database disk image is malformed): restore it from a backup, or move it aside to start with an empty database';
    case 'SQLITE_NOTADB':
      return 'it is not an SQLite database';
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'it is locked by another process';
    default:
      return (err.message ?? String(e)).split('\n')[0];
  }
}
