/**
 * A library written before invisible characters were removed on arrival (session 10) kept
 * them in its stored articles: a zero-width space or soft hyphen split a title word, so
 * `/brief information` did not find "Infor<soft hyphen>mation desk opens", and a clean copy of the same
 * story came in as a second article. The migration (SQLite 14, PostgreSQL 12) cleans them once,
 * keeping every id, every article and what points at them. The library here is written the
 * way the old release wrote it: the schema before the migration, the store's own row writer,
 * articles as the old parser left them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticleFields } from '../../src/core/article/parse.ts';
import type { Article } from '../../src/core/types.ts';
import { articleContentHash } from '../../src/store/content-hash.ts';
import { migrations } from '../../src/store/migrations.ts';
import { createSqliteStore, migrate } from '../../src/store/sqlite.ts';
import { putArticleRow } from '../../src/store/sqlite-articles.ts';
import type { Store } from '../../src/store/types.ts';
import { storeBackends } from '../helpers/store-backends.ts';
import { makeArticle } from '../helpers/article.ts';

const BODY = 'The harbour authority said on Tuesday that the ferry to the island would run twice a day from May.';
const INVISIBLE = /[\u00AD\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/** An article as the old parser stored it: its fields as given, invisible characters and all. */
function old(id: string, title: string, text: string, source = 'Harbour News'): Article {
  return makeArticle({ id, title, text, publishedAt: '2026-03-0' + (id.length % 9) + 'T08:00:00Z', source, basis: 'full text' });
}

const DESK = old('desk', 'Infor\u00ADmation desk \u202Eopens\u202C', `The infor\u00ADmation desk at the pier opened on Monday.\n\n${BODY}`, 'Harbour \u200BNews');
/** The same story stored twice: with a zero-width space (old) and clean (a feed copy after session 10). */
const PORT_OLD = old('port-old', 'Port reopens', `The port re\u200Bopened on Monday after the storm.\n\n${BODY}`);
const PORT_NEW = old('port-new', 'Port reopens', `The port reopened on Monday after the storm.\n\n${BODY}`);
/** Nothing to clean: a joiner inside an emoji stays, the row is left as it was. */
const FAMILY = old('family', 'Family day 👨\u200D👩\u200D👧 at the pier', `Families came to the pier on Sunday.\n\n${BODY}`);
const LIBRARY = [DESK, PORT_OLD, PORT_NEW, FAMILY];
const NOW = new Date('2026-03-10T09:00:00Z');

/** What a user sees of the cleaned library, the same on either store. */
async function expectCleaned(s: Store): Promise<void> {
  const desk = (await s.articles.get('desk'))!;
  expect(desk.title).toBe('Information desk opens');
  expect(desk.text).toContain('The information desk at the pier opened on Monday.');
  expect(desk.source).toBe('Harbour News');
  expect(desk.publishedAt).toBe(DESK.publishedAt);
  for (const a of await s.articles.list()) expect(`${a.title}\n${a.text}\n${a.source}`).not.toMatch(INVISIBLE);
  // Found by the word the title shows.
  expect((await s.articles.search('information', 10)).map((a) => a.id)).toEqual(['desk']);
  // Nothing lost: every id, and the conversation that followed one.
  expect((await s.articles.list()).map((a) => a.id).sort()).toEqual(['desk', 'family', 'port-new', 'port-old']);
  expect(await s.conversations.getContext('console:local')).toBe('desk');
  expect((await s.articles.get('family'))!.title).toBe(FAMILY.title);
  expect((await s.articles.get('port-old'))!.text).toBe(PORT_NEW.text);
  // The same story arriving again now (cleaned on arrival) is recognised as the stored one.
  const again = parseArticleFields({ title: DESK.title, text: DESK.text }, { id: 'desk-from-feed' });
  expect(await s.articles.put(again, NOW)).toEqual({ id: 'desk', added: false });
  expect(await s.articles.count()).toBe(4);
}

describe('stored articles lose invisible characters (SQLite migration 14)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('cleans a library written by the old code, keeping ids, links and both copies of a story', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-invisible-'));
    dirs.push(dir);
    const file = path.join(dir, 'newsbrief.db');
    const db = new Database(file);
    migrate(db, migrations.slice(0, 13));
    for (const a of LIBRARY) putArticleRow(db, a, NOW);
    db.prepare('INSERT INTO conversations (key, article_id, updated_at) VALUES (?, ?, ?)').run('console:local', 'desk', NOW.toISOString());
    db.prepare('INSERT INTO story_signatures (article_id, content_hash, version, json) VALUES (?, ?, 1, ?)').run('desk', articleContentHash(DESK), '{}');
    const familyRow = db.prepare('SELECT content_hash, json FROM articles WHERE id = ?').get('family');
    const portOldHash = articleContentHash(PORT_OLD);
    db.close();

    const s = createSqliteStore(file);
    try {
      await expectCleaned(s);
      // The hash is the clean text's; the dirty copy of a story stored clean too keeps its old one (both kept).
      expect(s.db.prepare('SELECT content_hash AS h FROM articles WHERE id = ?').get('port-old')).toEqual({ h: portOldHash });
      expect(s.db.prepare('SELECT content_hash, json FROM articles WHERE id = ?').get('family')).toEqual(familyRow);
      expect(s.db.prepare('SELECT COUNT(*) AS n FROM story_signatures').get()).toEqual({ n: 0 });
      expect(s.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({ v: migrations.length });
    } finally {
      await s.close();
    }
  });
});

const pgBackend = storeBackends({ memory: false }).find(([n]) => n === 'postgres')![1];

describe.skipIf(pgBackend.skip)('stored articles lose invisible characters (PostgreSQL migration 12)', () => {
  it('cleans a library written by the old code, keeping ids, links and both copies of a story', async () => {
    const { freshPgDatabase } = await import('../helpers/store-backends.ts');
    const { createPostgresStore, migratePostgres } = await import('../../src/store/postgres.ts');
    const { PgDb } = await import('../../src/store/pg-db.ts');
    const { pgMigrations } = await import('../../src/store/pg-schema.ts');
    const { putArticleRow: putPg } = await import('../../src/store/pg-articles.ts');
    const url = await freshPgDatabase();
    const oldDb = new PgDb(url);
    await migratePostgres(oldDb, pgMigrations.slice(0, 11));
    for (const a of LIBRARY) await putPg(oldDb, a, NOW);
    await oldDb.query('INSERT INTO conversations (key, article_id, updated_at) VALUES ($1, $2, $3)', ['console:local', 'desk', NOW.toISOString()]);
    await oldDb.query('INSERT INTO story_signatures (article_id, content_hash, version, json) VALUES ($1, $2, 1, $3)', ['desk', articleContentHash(DESK), '{}']);
    const familyRow = (await oldDb.query('SELECT content_hash, json, title_words FROM articles WHERE id = $1', ['family'])).rows[0];
    await oldDb.pool.end();

    const s = await createPostgresStore(url);
    try {
      await expectCleaned(s);
      expect((await s.db.query('SELECT content_hash FROM articles WHERE id = $1', ['port-old'])).rows[0]).toEqual({ content_hash: articleContentHash(PORT_OLD) });
      expect((await s.db.query('SELECT content_hash, json, title_words FROM articles WHERE id = $1', ['family'])).rows[0]).toEqual(familyRow);
      expect((await s.db.query('SELECT title FROM articles WHERE id = $1', ['desk'])).rows[0]).toEqual({ title: 'Information desk opens' });
      expect((await s.db.query('SELECT COUNT(*) AS n FROM story_signatures')).rows[0]).toEqual({ n: 0 });
    } finally {
      await s.close();
    }
  }, 60_000);
});
