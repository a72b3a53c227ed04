/**
 * Moving up from SQLite to PostgreSQL (`newsbrief db copy`): a bot's whole state (library with
 * its title index, subscriptions with their ids, the digest run log, what each channel was
 * sent, feeds and their seen items, conversations, the briefings folder's files) arrives in
 * PostgreSQL and the PostgreSQL store reads it back as the SQLite store did. A target that
 * holds data is refused unless --replace; a re-run with --replace gives the same result; bad
 * input is refused in one line. Needs a real PostgreSQL (NEWSBRIEF_TEST_PG_URL): skipped
 * visibly without it on a developer machine, a failure in CI.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { type Config, parseConfig } from '../../src/config.ts';
import type { Article } from '../../src/core/types.ts';
import { syncBriefings } from '../../src/sources/briefing-sync.ts';
import { openStore } from '../../src/store/open.ts';
import { createPostgresStore } from '../../src/store/postgres.ts';
import { createSqliteStore } from '../../src/store/sqlite.ts';
import { channelKey, type Store } from '../../src/store/types.ts';
import { storeBackends } from '../helpers/store-backends.ts';
import { makeArticle } from '../helpers/article.ts';

const pgBackend = storeBackends().find(([name]) => name === 'postgres')![1];
const T = new Date('2026-06-01T08:00:00Z');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-copy-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[], config?: Config): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f(String(c)), cb()) });
  const code = await runCli(args, { out: sink((s) => (stdout += s)), err: sink((s) => (stderr += s)), config });
  return { code, stdout, stderr };
}

function story(id: string, title: string, publishedAt: string | null): Article {
  return makeArticle({ id, title, text: `${title}. Officials gave the details on Monday. More follows.`, url: `https://news.example/${id}`, publishedAt, source: 'Valley Post' });
}

/** A SQLite bot state with something in every table. */
async function seedSqlite(file: string): Promise<void> {
  const dir = path.join(path.dirname(file), 'briefings');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'orchard.md'), 'Orchard harvest starts early\n\nThe apple harvest in the valley began two weeks early. Growers blamed the warm spring.\n');
  const s = createSqliteStore(file);
  try {
    await syncBriefings(s, dir, pino({ level: 'silent' }), () => T);
    await s.articles.put(story('feed-bridge', 'Bridge closes for a week of repairs', '2026-05-30T08:00:00Z'), T);
    await s.articles.put(story('feed-undated', 'Ferry timetable notes', null), T);
    // Subscription ids 1 and 3 (2 was removed): ids are kept, and a new one comes after them.
    const a = (await s.subscriptions.upsert({ platform: 'slack', channelId: 'C1', guildId: 'T1', schedule: '0 8 * * *', timeZone: 'Europe/Paris', createdBy: 'U1' }, T)).subscription;
    await s.subscriptions.upsert({ platform: 'slack', channelId: 'C2', guildId: 'T1', schedule: '0 9 * * *', timeZone: 'UTC', createdBy: 'U1' }, T);
    await s.subscriptions.remove('slack', 'C2');
    const b = (await s.subscriptions.upsert({ platform: 'discord', channelId: '42', guildId: '7', schedule: '30 7 * * 1-5', timeZone: 'UTC', createdBy: 'U2' }, T)).subscription;
    await s.runs.claim({ subscriptionId: a.id, slot: '2026-06-01T06:00:00.000Z', owner: 'vm:1:a', leaseUntil: '2026-06-01T06:10:00.000Z', articleIds: ['feed-bridge', 'orchard'], more: 2, late: true }, T);
    await s.runs.complete(a.id, '2026-06-01T06:00:00.000Z', 'vm:1:a', { channelKey: channelKey('slack', 'C1'), articleIds: ['feed-bridge', 'orchard'], messageIds: ['1717.1'] }, T);
    await s.runs.claim({ subscriptionId: b.id, slot: '2026-06-01T07:30:00.000Z', owner: 'vm:1:a', leaseUntil: '2026-06-01T07:40:00.000Z', articleIds: ['feed-undated'], more: 0, late: false }, T);
    const feed = await s.feeds!.addFeed({ scope: 'slack:T1', platform: 'slack', guildId: 'T1', channelId: 'C1', url: 'https://news.example/rss', title: 'Valley Post', addedBy: 'U1', nextPollAt: '2026-06-01T08:15:00.000Z', etag: '"v1"' }, T);
    await s.feeds!.updateFeed(feed.id, { failures: 2, lastError: 'HTTP 503', lastPolledAt: '2026-06-01T08:00:00.000Z' });
    await s.feeds!.markSeen(feed.id, { key: 'guid-1', contentHash: 'h1', articleId: 'feed-bridge' }, T);
    await s.conversations.setContext('slack:C1:', 'digest:feed-bridge,orchard');
  } finally {
    await s.close();
  }
}

/** What a user would see of a store: the state every repository reads back. */
async function snapshot(s: Store) {
  const subs = await s.subscriptions.list();
  const feeds = await s.feeds!.listFeeds('slack:T1');
  return {
    articles: await s.articles.list(),
    search: (await s.articles.search('bridge rep', 5)).map((a) => a.id),
    newest: (await s.articles.newestKeys(5, channelKey('slack', 'C1'))).keys.map((k) => k.id),
    subs,
    runs: await Promise.all(subs.map((x) => s.runs.recent(x.id, 5))),
    unfinished: await s.runs.unfinished(),
    sent: [await s.sent.count(channelKey('slack', 'C1')), await s.sent.wasSent(channelKey('slack', 'C1'), 'orchard')],
    feeds,
    seen: await s.feeds!.isSeen(feeds[0].id, 'guid-1', 'other'),
    context: await s.conversations.getContext('slack:C1:'),
    files: (await s.files!.listFiles()).map((f) => [f.name, f.size, f.mtimeMs, f.articleId]),
  };
}

describe.skipIf(pgBackend.skip)('newsbrief db copy (SQLite to PostgreSQL)', () => {
  it('copies every table; the PostgreSQL store reads back what the SQLite store held; re-runs are refused or replace', async () => {
    const file = path.join(tmp, 'full', 'newsbrief.db');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await seedSqlite(file);
    const url = await pgBackend.target();

    const r = await cli(['db', 'copy', '--from', file, '--to', url]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Copied .* rows in \d+ tables\.\n/);
    expect(r.stdout).toMatch(/^ {2}articles {2}3$/m);
    expect(r.stdout).toMatch(/^ {2}subscriptions {2}2$/m);

    const before = createSqliteStore(file);
    const after = await openStore(url);
    try {
      const want = await snapshot(before);
      expect(await snapshot(after)).toEqual(want);
      expect(want.search).toEqual(['feed-bridge']);
      expect(want.unfinished).toHaveLength(1);
      // The id sequence moved past the copied ids: a new channel gets a fresh id.
      const next = (await after.subscriptions.upsert({ platform: 'slack', channelId: 'C9', guildId: 'T1', schedule: '0 6 * * *', timeZone: 'UTC', createdBy: 'U3' }, T)).subscription;
      expect(next.id).toBeGreaterThan(Math.max(...want.subs.map((x) => x.id)));
      await after.subscriptions.remove('slack', 'C9');

      // The CLI reads the copied library from PostgreSQL (NEWSBRIEF_DB=postgres://...).
      const listed = await cli(['articles', 'list', '--format', 'json'], parseConfig({ NEWSBRIEF_DB: url, NEWSBRIEF_BRIEFINGS: path.join(path.dirname(file), 'briefings') }));
      expect(listed.code).toBe(0);
      expect(JSON.parse(listed.stdout).map((a: { id: string }) => a.id)).toEqual(want.articles.map((a) => a.id));

      // Again: the target holds data now, so it is refused in one line, and left as it was.
      const again = await cli(['db', 'copy', '--from', file, '--to', url]);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/^newsbrief: postgres:\/\/.* already holds data \(.*articles.*\): copy into an empty database, or add --replace to empty it first\n$/);
      expect(await snapshot(after)).toEqual(want);

      // --replace: the same result however often it runs.
      await after.conversations.setContext('slack:C1:', 'feed-undated');
      for (let i = 0; i < 2; i++) {
        const rep = await cli(['db', 'copy', '--from', file, '--to', url, '--replace']);
        expect(rep.code).toBe(0);
        expect(await snapshot(after)).toEqual(want);
      }
    } finally {
      await before.close();
      await after.close();
    }
  });

  it('refuses bad input in one line: not a URL, no such file, not a newsbrief file, a bot still running on it', async () => {
    const url = await pgBackend.target();
    const file = path.join(tmp, 'bad', 'newsbrief.db');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const cases: [string[], RegExp][] = [
      [['db', 'copy', '--from', file, '--to', 'data/other.db'], /--to must be a PostgreSQL URL/],
      [['db', 'copy', '--from', file, '--to', url], /no SQLite database at .*newsbrief\.db/],
      [['db', 'copy', '--to', url], /db copy needs --from/],
      [['db', 'move', '--from', file, '--to', url], /"move" is not a db action/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    // Some other program's SQLite file is not touched.
    const other = new Database(file);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    const notOurs = await cli(['db', 'copy', '--from', file, '--to', url]);
    expect(notOurs).toMatchObject({ code: 1, stderr: `newsbrief: ${file} is not a newsbrief database (it has no schema_migrations table)\n` });
    const check = new Database(file, { readonly: true });
    expect(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([{ name: 'notes' }]);
    check.close();

    // A bot running on the file holds its lock: what it writes during a copy would be lost.
    fs.rmSync(file);
    const running = await openStore(file, { lock: true });
    try {
      const r = await cli(['db', 'copy', '--from', file, '--to', url]);
      expect(r).toMatchObject({ code: 1, stderr: `newsbrief: a newsbrief process is running on ${file}: stop it before copying (what it writes during the copy would be lost)\n` });
    } finally {
      await running.close();
    }
    // And a PostgreSQL that cannot be reached: one line naming it, without the password.
    const r = await cli(['db', 'copy', '--from', file, '--to', 'postgres://nb:secret@127.0.0.1:1/none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^newsbrief: PostgreSQL at postgres:\/\/nb:\*\*\*@127\.0\.0\.1:1\/none: .+\n$/);
  });

  it('every SQLite table and column has a PostgreSQL counterpart (nothing is left behind by a copy)', async () => {
    const file = path.join(tmp, 'schema', 'newsbrief.db');
    const sqlite = createSqliteStore(file);
    const pgStore = await createPostgresStore(await pgBackend.target());
    try {
      // Plain tables: the FTS5 title index (a virtual table and its shadow tables) is an index, not data.
      const tables = (sqlite.db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
      expect(tables).toContain('articles');
      const pgCols = (await pgStore.db.query<{ t: string; c: string }>('SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema()')).rows;
      const have = new Set(pgCols.map((r) => `${r.t}.${r.c}`));
      const missing = tables.flatMap((t) =>
        (sqlite.db.prepare('SELECT name FROM pragma_table_info(?)').all(t) as { name: string }[]).map((c) => `${t}.${c.name}`).filter((tc) => !have.has(tc)),
      );
      expect(missing).toEqual([]);
    } finally {
      await sqlite.close();
      await pgStore.close();
    }
  });
});
