/**
 * The title index (SQLite migration 13: an FTS5 row per article; PostgreSQL migration 11: the
 * words in the article's row under a GIN index) finds exactly what the in-memory store's plain
 * rule finds (every query word begins a title word, src/store/title-words.ts), newest first:
 * on random libraries with accents, digits, shared beginnings, ties and edits, and on a library
 * stored by the release before, whose `article_words` rows the migration turns into the index.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { migrations } from '../../src/store/migrations.ts';
import { createSqliteStore, migrate } from '../../src/store/sqlite.ts';
import { titleWords } from '../../src/store/title-words.ts';
import type { Store } from '../../src/store/types.ts';
import { storeBackends } from '../helpers/store-backends.ts';
import { prng as rng } from '../../scripts/prng.ts';
import { makeArticle } from '../helpers/article.ts';

const T0 = Date.parse('2026-04-01T12:00:00Z');
const VOCAB = ['Harbour', 'harbours', 'ferry', 'Ferries', 'Café', 'cafe', 'Émile', 'Zürich', 'zurich', 'naïve', 'tram', 'trams', 'tramway', 'Ångström', 'öl', 'Ölberg', '2099', '20', '3.25', 'x', 'Ω', 'İstanbul', 'straße', 'ﬁnal', 'co-op', "l'été", 'a'];


function story(id: string, title: string, publishedAt: string | null): Article {
  return makeArticle({ id, title, text: `${title}. A story told in a few words (${id}).`, publishedAt });
}

interface Put {
  article: Article;
  at: Date;
}

/** `n` stories with titles of 0-6 words from VOCAB, a few dates shared, some undated, then some re-titled. */
function library(seed: number, n: number): { puts: Put[]; queries: string[] } {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const title = () => Array.from({ length: Math.floor(r() * 7) }, () => pick(VOCAB)).join(r() < 0.2 ? ', ' : ' ');
  const date = () => (r() < 0.15 ? null : new Date(T0 - Math.floor(r() * 8) * 3_600_000).toISOString());
  const puts: Put[] = [];
  for (let i = 0; i < n; i++) puts.push({ article: story(`s${i}-${pick(['a', 'b', 'Tram'])}`, title(), date()), at: new Date(T0 + Math.floor(r() * 3) * 60_000) });
  // Edited titles: the same id put again (its words replaced, its first-seen time kept).
  for (let i = 0; i < n / 10; i++) {
    const p = pick(puts.slice(0, n));
    puts.push({ article: story(p.article.id, title(), p.article.publishedAt), at: new Date(T0 + 600_000) });
  }
  const queries = [
    ...Array.from({ length: 60 }, () => {
      const words = Array.from({ length: 1 + Math.floor(r() * 3) }, () => {
        const w = pick(VOCAB);
        return w.slice(0, 1 + Math.floor(r() * w.length));
      });
      return words.join(' ');
    }),
    'CAFE', 'ZUR', 'istanbul', 'strasse', 'fi', 'co op', 's1', 'tram ferry', 'harbour harbours', 'nothing-like-it', 'ete', 'l', '3 25', 'Ω',
  ];
  return { puts, queries };
}

async function fill(s: Store, puts: readonly Put[]): Promise<void> {
  for (const p of puts) await s.articles.put(p.article, p.at);
}

const ids = (list: Article[]) => list.map((a) => a.id);

/** Every query at several limits gives the reference store's ids, in its order. */
async function expectSameAsReference(s: Store, ref: Store, queries: readonly string[]): Promise<number> {
  let found = 0;
  for (const q of queries) {
    for (const limit of [1, 7, 500]) {
      const want = ids(await ref.articles.search(q, limit));
      expect(ids(await s.articles.search(q, limit)), `"${q}", limit ${limit}`).toEqual(want);
      found += want.length;
    }
  }
  return found;
}

for (const [name, backend] of storeBackends().filter(([n]) => n !== 'memory')) {
  describe.skipIf(backend.skip)(`the title index (${name} store)`, () => {
    it('finds exactly what the plain rule finds, newest first, on a random library with edits', async () => {
      const { puts, queries } = library(7, 400);
      const s = await backend.make();
      const ref = createMemoryStore();
      await fill(s, puts);
      await fill(ref, puts);
      // Not a vacuous comparison: the queries do find stories.
      expect(await expectSameAsReference(s, ref, queries)).toBeGreaterThan(1000);
      await s.close();
    }, 120_000);

    it('walks the newest titles when thousands match, and matches only the beginnings of words there too', async () => {
      const s = await backend.make();
      const ref = createMemoryStore();
      // 2,100 titles hold "weather" and "report" (past the count where the search walks the
      // newest-first index); the newest titles hold them only inside words.
      const at = (i: number) => new Date(T0 - i * 60_000).toISOString();
      const all = [
        ...Array.from({ length: 30 }, (_, i) => story(`trap${i}`, `Featherweather preport ${i}`, at(i))),
        ...Array.from({ length: 2100 }, (_, i) => story(`w${i}`, `Weather report ${i}${i % 3 ? '' : ' weatherman'}`, at(100 + i))),
      ];
      for (let i = 0; i < all.length; i += 400) await s.articles.putMany!(all.slice(i, i + 400), new Date(T0));
      for (const a of all) await ref.articles.put(a, new Date(T0));
      for (const q of ['weather', 'weather rep', 'report weatherm', 'eather', 'preport', 'feather weather']) {
        for (const limit of [3, 40]) expect(ids(await s.articles.search(q, limit)), `"${q}", limit ${limit}`).toEqual(ids(await ref.articles.search(q, limit)));
      }
      expect(ids(await s.articles.search('weather', 2))).toEqual(['w0', 'w1']);
      await s.close();
    }, 120_000);
  });
}

/** A SQLite library as release 12 left it: the stories and their `article_words` rows, as that release wrote them. */
function releaseTwelveSqlite(file: string, puts: readonly Put[]): void {
  const old = new Database(file);
  migrate(old, migrations.slice(0, 12));
  const put = old.prepare('INSERT INTO articles (id, content_hash, json, published_at, first_seen_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json');
  const drop = old.prepare('DELETE FROM article_words WHERE article_id = ?');
  const word = old.prepare('INSERT OR IGNORE INTO article_words (word, article_id, published_at, first_seen_at) VALUES (?, ?, ?, ?)');
  old.transaction(() => {
    for (const [i, p] of puts.entries()) {
      const a = p.article;
      const published = a.publishedAt ? new Date(a.publishedAt).toISOString() : null;
      put.run(a.id, `hash-${i}`, JSON.stringify(a), published, p.at.toISOString());
      drop.run(a.id);
      for (const w of titleWords(a.title)) word.run(w, a.id, published, p.at.toISOString());
    }
  })();
  old.close();
}

describe('the title-index migration on SQLite (13)', () => {
  it('turns a stored library\'s title words into the index: the same stories found, and a deleted story\'s words go with it', async () => {
    const [, backend] = storeBackends().find(([n]) => n === 'sqlite')!;
    const { puts, queries } = library(11, 300);
    // The reference: first-seen times as release 12 stored them (the first put's).
    const first = new Map<string, Date>();
    for (const p of puts) if (!first.has(p.article.id)) first.set(p.article.id, p.at);
    const asStored = puts.map((p) => ({ article: p.article, at: first.get(p.article.id)! }));
    const file = await backend.target();
    releaseTwelveSqlite(file, asStored);
    const ref = createMemoryStore();
    await fill(ref, asStored);
    const s = createSqliteStore(file);
    expect(s.db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'article_words'").get()).toEqual({ n: 0 });
    expect(await expectSameAsReference(s, ref, queries)).toBeGreaterThan(1000);
    // A story removed (as a deleted briefing file is) is no longer found by its title.
    const gone = ids(await s.articles.search('harbour', 500))[0];
    expect(gone).toBeDefined();
    s.db.prepare('DELETE FROM articles WHERE id = ?').run(gone);
    expect(ids(await s.articles.search('harbour', 500))).not.toContain(gone);
    // One index row per article with a title word, none for the rest.
    const titled = (s.db.prepare("SELECT json_extract(json, '$.title') AS t FROM articles").all() as { t: string }[]).filter((r) => titleWords(r.t).length).length;
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM article_titles').get()).toEqual({ n: titled });
    // VACUUM keeps the articles' rowids the index is keyed by.
    const before = await Promise.all(queries.map(async (q) => ids(await s.articles.search(q, 50))));
    s.db.exec('VACUUM');
    expect(await Promise.all(queries.map(async (q) => ids(await s.articles.search(q, 50))))).toEqual(before);
    await s.close();
  }, 120_000);
});

describe.skipIf(storeBackends().find(([n]) => n === 'postgres')![1].skip)('the title-index migration on PostgreSQL (11)', () => {
  it('turns a stored library\'s title words into the index: the same stories found', async () => {
    const { freshPgDatabase } = await import('../helpers/store-backends.ts');
    const { createPostgresStore, migratePostgres } = await import('../../src/store/postgres.ts');
    const { PgDb } = await import('../../src/store/pg-db.ts');
    const { pgMigrations } = await import('../../src/store/pg-schema.ts');
    const { puts, queries } = library(13, 200);
    const first = new Map<string, Date>();
    for (const p of puts) if (!first.has(p.article.id)) first.set(p.article.id, p.at);
    const asStored = puts.map((p) => ({ article: p.article, at: first.get(p.article.id)! }));
    const url = await freshPgDatabase();
    const old = new PgDb(url);
    await migratePostgres(old, pgMigrations.slice(0, 10));
    for (const [i, p] of asStored.entries()) {
      const a = p.article;
      await old.query(
        `INSERT INTO articles (id, content_hash, json, title, published_at, first_seen_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET json = excluded.json, title = excluded.title`,
        [a.id, `hash-${i}`, JSON.stringify(a), a.title, a.publishedAt, p.at.toISOString()],
      );
      await old.query('DELETE FROM article_words WHERE article_id = $1', [a.id]);
      const w = titleWords(a.title);
      if (w.length) {
        await old.query('INSERT INTO article_words (word, article_id, published_at, first_seen_at) SELECT w, $2, $3, $4 FROM unnest($1::text[]) AS w', [w, a.id, a.publishedAt, p.at.toISOString()]);
      }
    }
    await old.end();
    const ref = createMemoryStore();
    await fill(ref, asStored);
    const s = await createPostgresStore(url);
    expect(await expectSameAsReference(s, ref, queries)).toBeGreaterThan(500);
    await s.close();
  }, 120_000);
});
