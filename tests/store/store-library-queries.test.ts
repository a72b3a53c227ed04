/**
 * The library queries every store answers without loading the whole library (newest, search
 * by id prefix or title words, since, count) and retention, run against the in-memory store,
 * SQLite and PostgreSQL (tests/helpers/store-backends.ts), plus the migration that indexes the
 * titles of a library stored by an earlier release.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { migrations } from '../../src/store/migrations.ts';
import { createSqliteStore, migrate } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { storeBackends } from '../helpers/store-backends.ts';
import { makeArticle } from '../helpers/article.ts';

function story(id: string, title: string, publishedAt: string | null): Article {
  return makeArticle({ id, title, text: `${title}. The story of ${id} in a few words.`, publishedAt });
}

const T0 = new Date('2026-04-01T12:00:00Z');
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);

async function seed(s: Store): Promise<void> {
  await s.articles.put(story('harbour-ferry', 'Harbour ferry gets a second boat', '2026-03-20T08:00:00Z'), T0);
  await s.articles.put(story('Tram-Airport', 'Tram line to the airport opens', '2026-03-25T08:00:00Z'), T0);
  await s.articles.put(story('cafe-reopens', 'Café on Rue Émile reopens after the flood', '2026-03-22T08:00:00Z'), T0);
  await s.articles.put(story('undated-note', 'Harbour notes from the port office', null), T0);
  await s.articles.put(story('market-square', 'Market square reopens on Friday', '2026-03-28T08:00:00Z'), T0);
}

const ids = (list: Article[]) => list.map((a) => a.id);

/**
 * Store many articles through the real `put`, quickly: on SQLite inside one outer transaction
 * (each put's own becomes a savepoint), elsewhere ten at a time (PostgreSQL: one connection each).
 */
async function putMany(s: Store, articles: Article[]): Promise<void> {
  const db = (s as { db?: { exec?: (sql: string) => void } }).db;
  if (typeof db?.exec === 'function') {
    db.exec('BEGIN');
    for (const a of articles) await s.articles.put(a, T0);
    db.exec('COMMIT');
    return;
  }
  for (let i = 0; i < articles.length; i += 10) await Promise.all(articles.slice(i, i + 10).map((a) => s.articles.put(a, T0)));
}

for (const [name, backend] of storeBackends()) {
  describe.skipIf(backend.skip)(`library queries (${name} store)`, () => {
    it('gives the newest articles first, undated last, and counts the library', async () => {
      const s = await backend.make();
      await seed(s);
      expect(ids(await s.articles.newest(3))).toEqual(['market-square', 'Tram-Airport', 'cafe-reopens']);
      expect(ids(await s.articles.newest(10))).toEqual(ids(await s.articles.list()));
      expect((await s.articles.newest(10)).at(-1)?.id).toBe('undated-note');
      expect(await s.articles.count()).toBe(5);
      await s.close();
    });

    it('searches by id prefix (any case) or by the beginnings of title words, newest first', async () => {
      const s = await backend.make();
      await seed(s);
      expect(ids(await s.articles.search('tram-a', 10))).toEqual(['Tram-Airport']);
      expect(ids(await s.articles.search('harb', 10))).toEqual(['harbour-ferry', 'undated-note']);
      expect(ids(await s.articles.search('harbour sec', 10))).toEqual(['harbour-ferry']);
      // Every word must match; accents and case do not matter.
      expect(ids(await s.articles.search('cafe emile', 10))).toEqual(['cafe-reopens']);
      expect(ids(await s.articles.search('REOPENS', 10))).toEqual(['market-square', 'cafe-reopens']);
      expect(ids(await s.articles.search('reopens', 1))).toEqual(['market-square']);
      expect(await s.articles.search('harbour tram', 10)).toEqual([]);
      expect(await s.articles.search('   ', 10)).toEqual([]);
      // A renamed article is found by its new title only.
      await s.articles.put(story('harbour-ferry', 'Ferry timetable doubles', '2026-03-20T08:00:00Z'), T0);
      expect(ids(await s.articles.search('harbour', 10))).toEqual(['harbour-ferry', 'undated-note']); // by id prefix, and the note
      expect(ids(await s.articles.search('harbour notes', 10))).toEqual(['undated-note']);
      expect(ids(await s.articles.search('timetable', 10))).toEqual(['harbour-ferry']);
      await s.close();
    });

    it('finds the newest matches of words that begin thousands of titles', async () => {
      const s = await backend.make();
      // 2,100 titles share "weather" (a common word), every 50th also "flood".
      const all = Array.from({ length: 2100 }, (_, i) =>
        story(`w${i}`, `Weather report ${i}${i % 50 === 0 ? ' flood warning' : ''}`, new Date(T0.getTime() - i * 60_000).toISOString()),
      );
      await putMany(s, all);
      expect(ids(await s.articles.search('weather', 3))).toEqual(['w0', 'w1', 'w2']);
      expect(ids(await s.articles.search('weath rep', 2))).toEqual(['w0', 'w1']);
      expect(ids(await s.articles.search('weather flood', 3))).toEqual(['w0', 'w50', 'w100']);
      expect(ids(await s.articles.search('report 2099', 5))).toEqual(['w2099']);
      await s.close();
    }, 120_000);

    it('lists the stories since a time, newest first', async () => {
      const s = await backend.make();
      await seed(s);
      expect(ids(await s.articles.since(new Date('2026-03-22T00:00:00Z'), 10))).toEqual(['market-square', 'Tram-Airport', 'cafe-reopens', 'undated-note']);
      expect(ids(await s.articles.since(new Date('2026-03-22T00:00:00Z'), 2))).toEqual(['market-square', 'Tram-Airport']);
      // The undated note was first seen at T0.
      expect(ids(await s.articles.since(day(1), 10))).toEqual([]);
      await s.close();
    });

    it('removes old feed articles, keeping files, recent ones and those still in use', async () => {
      const s = await backend.make();
      const feeds = s.feeds!;
      const f = await feeds.addFeed({ scope: 'slack:T1', platform: 'slack', guildId: 'T1', channelId: 'C1', url: 'https://f.example/rss', title: null, addedBy: 'u', nextPollAt: T0.toISOString() }, T0);
      const fromFeed = async (id: string, at: Date) => {
        await s.articles.put(story(id, `Feed story ${id}`, at.toISOString()), at);
        await feeds.markSeen(f.id, { key: `guid:${id}`, contentHash: `h-${id}`, articleId: id }, at);
      };
      await s.articles.put(story('file-story', 'A story from the briefings folder', day(-90).toISOString()), day(-90));
      await fromFeed('old-a', day(-40));
      await fromFeed('old-b', day(-40));
      await fromFeed('old-followed', day(-40));
      await fromFeed('old-in-digest', day(-40));
      await fromFeed('old-claimed', day(-40));
      await fromFeed('recent', day(-3));
      await s.conversations.setContext('slack:C1:', 'old-followed');
      await s.conversations.setContext('slack:C2:', 'digest:recent,old-in-digest');
      await s.runs.claim({ subscriptionId: 1, slot: T0.toISOString(), owner: 'p', leaseUntil: day(1).toISOString(), articleIds: ['old-claimed'], more: 0, late: false }, T0);
      await s.sent.markSent('slack:C9', ['old-a', 'recent'], day(-30));

      expect(await s.articles.prune(day(-30))).toBe(2);
      expect((ids(await s.articles.list())).sort()).toEqual(['file-story', 'old-claimed', 'old-followed', 'old-in-digest', 'recent']);
      expect(await s.articles.get('old-a')).toBeNull();
      expect(await s.articles.search('feed story old', 10)).toHaveLength(3);
      expect(await s.sent.count('slack:C9')).toBe(1);
      // A pruned item stays seen: the feed does not bring it back.
      expect(await feeds.isSeen(f.id, 'guid:old-a', 'x')).toBe(true);
      expect(await s.articles.prune(day(-30))).toBe(0);
      await s.close();
    });
  });
}

/** A SQLite library as an earlier release left it: `applied` migrations and one stored story, "kept". */
async function oldSqliteLibrary(applied: number): Promise<{ file: string; old: Database.Database }> {
  const [, backend] = storeBackends().find(([n]) => n === 'sqlite')!;
  const file = await backend.target();
  const old = new Database(file);
  migrate(old, migrations.slice(0, applied));
  old
    .prepare("INSERT INTO articles (id, content_hash, json, published_at, first_seen_at) VALUES ('kept', 'h', ?, NULL, '2026-01-01T00:00:00.000Z')")
    .run(JSON.stringify(story('kept', 'Lighthouse keeper retires', null)));
  return { file, old };
}

/** The same on PostgreSQL: `applied` migrations and "kept" stored (the connection left open). */
async function oldPgLibrary(applied: number) {
  const { freshPgDatabase } = await import('../helpers/store-backends.ts');
  const { createPostgresStore, migratePostgres } = await import('../../src/store/postgres.ts');
  const { PgDb } = await import('../../src/store/pg-db.ts');
  const { pgMigrations } = await import('../../src/store/pg-schema.ts');
  const url = await freshPgDatabase();
  const old = new PgDb(url);
  await migratePostgres(old, pgMigrations.slice(0, applied));
  await old.query("INSERT INTO articles (id, content_hash, json, title, published_at, first_seen_at) VALUES ('kept', 'h', $1, 'Lighthouse keeper retires', NULL, now())", [
    JSON.stringify(story('kept', 'Lighthouse keeper retires', null)),
  ]);
  return { old, open: () => createPostgresStore(url) };
}

describe('the library-queries migration on SQLite', () => {
  it('indexes the titles of a library stored by an earlier release', async () => {
    const { file, old } = await oldSqliteLibrary(3);
    old.close();
    const s = createSqliteStore(file);
    expect(ids(await s.articles.search('lighthouse kee', 5))).toEqual(['kept']);
    await s.close();
  });
});

describe.skipIf(storeBackends().find(([n]) => n === 'postgres')![1].skip)('the library-queries migration on PostgreSQL', () => {
  it('indexes the titles of a library stored by an earlier release', async () => {
    const { old, open } = await oldPgLibrary(1);
    await old.end();
    const s = await open();
    expect(ids(await s.articles.search('lighthouse kee', 5))).toEqual(['kept']);
    await s.close();
  });
});

/** "kept" is found by its old title; edited (twice), it is found once, under its new words only. */
async function expectFoundOnceUnderItsNewTitle(s: Pick<Store, 'articles'>): Promise<void> {
  expect(ids(await s.articles.search('lighthouse kee', 5))).toEqual(['kept']);
  await s.articles.put(story('kept', 'Lighthouse keeper returns to the lighthouse', null), T0);
  await s.articles.put(story('kept', 'Lighthouse keeper returns to the lighthouse', null), T0);
  expect(ids(await s.articles.search('lighthouse', 5))).toEqual(['kept']);
  expect(ids(await s.articles.search('returns', 5))).toEqual(['kept']);
  expect(ids(await s.articles.search('retires', 5))).toEqual([]);
}

describe('the title-words-rowid migration (SQLite 11, PostgreSQL 10)', () => {
  it('SQLite: a library stored before it is still found by title, and an edited title is found once, under its new words only', async () => {
    const { titleWords } = await import('../../src/store/title-words.ts');
    const { file, old } = await oldSqliteLibrary(10);
    const word = old.prepare("INSERT INTO article_words (word, article_id, published_at, first_seen_at) VALUES (?, 'kept', NULL, '2026-01-01T00:00:00.000Z')");
    for (const w of titleWords('Lighthouse keeper retires')) word.run(w);
    old.close();
    const s = createSqliteStore(file);
    await expectFoundOnceUnderItsNewTitle(s);
    // Indexed once, under its new words only (since migration 13 the index holds one row per article).
    expect(s.db.prepare("SELECT t.words FROM article_titles t JOIN articles a ON a.rowid = t.rowid WHERE a.id = 'kept'").all()).toEqual([
      { words: titleWords('Lighthouse keeper returns to the lighthouse').join(' ') },
    ]);
    await s.close();
  });

  it.skipIf(storeBackends().find(([n]) => n === 'postgres')![1].skip)('PostgreSQL: the same', async () => {
    const { titleWords } = await import('../../src/store/title-words.ts');
    const { old, open } = await oldPgLibrary(9);
    for (const w of titleWords('Lighthouse keeper retires')) {
      await old.query("INSERT INTO article_words (word, article_id, published_at, first_seen_at) VALUES ($1, 'kept', NULL, now())", [w]);
    }
    await old.end();
    const s = await open();
    await expectFoundOnceUnderItsNewTitle(s);
    // Its new words only, once each (since migration 11 they are kept in the article's row).
    const { rows } = await s.db.query<{ words: string[] }>("SELECT title_words AS words FROM articles WHERE id = 'kept'");
    expect(rows).toEqual([{ words: titleWords('Lighthouse keeper returns to the lighthouse') }]);
    await s.close();
  });
});
