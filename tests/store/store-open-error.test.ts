/**
 * Why a database cannot be opened, in words a user can act on. The codes are the ones
 * better-sqlite3 raised on this machine for a read-only data folder (run as a user who may not
 * write there; the test suite runs as root, which may write anywhere, so the code is given here).
 */
import { describe, expect, it } from 'vitest';
import { storeErrorReason } from '../../src/store/open-error.ts';

const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('storeErrorReason', () => {
  it('says the folder is read-only, not "attempt to write a readonly database"', () => {
    expect(storeErrorReason(sqliteError('SQLITE_READONLY_DIRECTORY', 'attempt to write a readonly database'))).toBe(
      'its folder is read-only for this user (SQLite writes its -wal and -shm files beside the database)',
    );
  });

  it('says the file is read-only for the other read-only codes', () => {
    expect(storeErrorReason(sqliteError('SQLITE_READONLY', 'attempt to write a readonly database'))).toBe('the file is read-only for this user (newsbrief writes to its database)');
  });

  it('keeps the first line of a message it has no words for', () => {
    expect(storeErrorReason(sqliteError('SQLITE_IOERR', 'disk I/O error\nmore'))).toBe('disk I/O error');
  });
});
