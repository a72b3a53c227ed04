/**
 * NEWSBRIEF_SQLITE_WRITER=false (config.sqliteWriteThread) reaches the store: a SQLite file
 * opened with `writeThread: false` stores a feed poll's articles on its own connection, and
 * they are there as before; the default still uses the write thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { openStore } from '../../src/store/open.ts';
import type { SqliteStore } from '../../src/store/sqlite.ts';
import { usesWriter } from '../../src/store/sqlite-writer.ts';
import { makeArticle } from '../helpers/article.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function open(env: Record<string, string>): Promise<SqliteStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-writer-config-'));
  dirs.push(dir);
  const config = parseConfig({ ...env, NEWSBRIEF_DB: path.join(dir, 'db.sqlite') });
  return (await openStore(config.dbPath, { writeThread: config.sqliteWriteThread })) as SqliteStore;
}

describe('NEWSBRIEF_SQLITE_WRITER', () => {
  it('false keeps the writes on the main connection, and they are stored', async () => {
    const store = await open({ NEWSBRIEF_SQLITE_WRITER: 'false' });
    expect(usesWriter(store.db)).toBe(false);
    const at = new Date('2026-03-01T08:00:00Z');
    await store.articles.putMany!(
      [1, 2].map((n) => makeArticle({ id: `pier-${n}`, title: `Pier repair ${n}`, text: 'The pier reopened after the storm repairs were finished on Friday.' })),
      at,
    );
    expect((await store.articles.get('pier-2'))?.title).toBe('Pier repair 2');
    await store.close();
  });

  it('unset uses the write thread', async () => {
    const store = await open({});
    expect(usesWriter(store.db)).toBe(true);
    await store.close();
  });
});
