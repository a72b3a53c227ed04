import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore, type SqliteStore } from '../../src/store/sqlite.ts';

describe('SQLite articles without the first-seen index (migration 12)', () => {
  let dir = '';
  let store: SqliteStore | null = null;
  afterEach(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has no first-seen index: a poll writes one B-tree less per new article (pruning reads articles_newest)', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nb-prune-'));
    store = createSqliteStore(path.join(dir, 'db.sqlite'));
    const names = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'").all() as { name: string }[]).map((r) => r.name);
    expect(names).not.toContain('articles_first_seen');
    expect(names).toContain('articles_newest');
  });
});
