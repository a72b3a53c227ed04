/**
 * The store contract, run against every implementation: the in-memory store, a real SQLite
 * file and a real PostgreSQL server (tests/helpers/store-backends.ts: skipped visibly without
 * NEWSBRIEF_TEST_PG_URL on a developer machine, failing in CI). Claims are unique, takeovers
 * conditional, articles deduplicated by content.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { createSqliteStore, migrate } from '../../src/store/sqlite.ts';
import { migrations } from '../../src/store/migrations.ts';
import type { NewClaim } from '../../src/store/types.ts';
import { storeBackends } from '../helpers/store-backends.ts';
import { makeArticle } from '../helpers/article.ts';

const dirs: string[] = [];
function tmpFile(name = 'newsbrief.db'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-store-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'deeper', name);
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function article(id: string, over: Partial<Article> = {}): Article {
  return makeArticle({ id, title: `Title ${id}`, text: `Body of ${id}. It has two sentences.`, ...over });
}

const T0 = new Date('2026-03-01T08:00:00Z');
const claim = (over: Partial<NewClaim> = {}): NewClaim => ({
  subscriptionId: 1,
  slot: '2026-03-01T08:00:00.000Z',
  owner: 'a',
  leaseUntil: '2026-03-01T08:10:00.000Z',
  articleIds: ['x', 'y'],
  more: 2,
  late: false,
  ...over,
});

for (const [name, backend] of storeBackends()) describe.skipIf(backend.skip)(`${name} store`, () => {
  const make = () => backend.make();
  it('deduplicates articles by content, newest first, and lists what a channel has not been sent', async () => {
    const s = await make();
    expect(await s.articles.put(article('a', { publishedAt: '2026-02-01T10:00:00Z' }), T0)).toEqual({ id: 'a', added: true });
    expect(await s.articles.put(article('b', { publishedAt: '2026-02-03T10:00:00Z' }), T0)).toEqual({ id: 'b', added: true });
    // The same story text under another id (another feed) is the stored one.
    const dup = article('feed-copy-of-a', { title: 'TITLE  a', text: 'Body of a.  It has two sentences!', publishedAt: '2026-02-05T00:00:00Z' });
    dup.title = 'Title a';
    expect(await s.articles.put(dup, T0)).toEqual({ id: 'a', added: false });
    expect(await s.articles.put(article('c'), T0)).toEqual({ id: 'c', added: true });
    expect((await s.articles.list()).map((a) => a.id)).toEqual(['b', 'a', 'c']);
    await s.sent.markSent('slack:C1', ['b'], T0);
    const unsent = await s.articles.unsent('slack:C1', 1);
    expect(unsent.articles.map((a) => a.id)).toEqual(['a']);
    expect(unsent.total).toBe(2);
    expect((await s.articles.unsent('slack:OTHER', 10)).total).toBe(3);
    // Same id, edited text: updated in place.
    expect(await s.articles.put(article('c', { text: 'A corrected body.' }), T0)).toEqual({ id: 'c', added: false });
    expect((await s.articles.get('c'))?.text).toBe('A corrected body.');
    await s.close();
  });

  it('keeps one subscription per channel; changing it keeps the id; restore undoes', async () => {
    const s = await make();
    const base = { platform: 'discord', channelId: 'C1', guildId: 'G1', schedule: '0 8 * * *', timeZone: 'Europe/London', createdBy: 'u1' };
    const first = await s.subscriptions.upsert(base, T0);
    expect(first.previous).toBeNull();
    const later = new Date(T0.getTime() + 60_000);
    const second = await s.subscriptions.upsert({ ...base, schedule: '30 7 * * 1-5' }, later);
    expect(second.subscription.id).toBe(first.subscription.id);
    expect(second.subscription.since).toBe(later.toISOString());
    expect(second.previous?.schedule).toBe('0 8 * * *');
    await s.subscriptions.restore(second.previous!);
    expect(await s.subscriptions.get('discord', 'C1')).toEqual(first.subscription);
    await s.subscriptions.upsert({ ...base, channelId: 'C2' }, T0);
    expect((await s.subscriptions.list()).map((x) => x.channelId)).toEqual(['C1', 'C2']);
    expect((await s.subscriptions.remove('discord', 'C1'))?.id).toBe(first.subscription.id);
    expect(await s.subscriptions.remove('discord', 'C1')).toBeNull();
    expect(await s.subscriptions.getById(first.subscription.id)).toBeNull();
    await s.close();
  });

  it('claims a slot once; a takeover needs the owner and lease it saw; completion marks articles sent', async () => {
    const s = await make();
    expect(await s.runs.claim(claim(), T0)).toBe(true);
    expect(await s.runs.claim(claim({ owner: 'b' }), T0)).toBe(false);
    const run = (await s.runs.get(1, claim().slot))!;
    expect(run).toMatchObject({ status: 'claimed', owner: 'a', attempts: 1, articleIds: ['x', 'y'], more: 2, late: false });
    expect((await s.runs.unfinished()).length).toBe(1);

    expect(await s.runs.takeOver(run, 'b', '2026-03-01T09:00:00.000Z')).toBe(true);
    // A second taker with the stale view loses.
    expect(await s.runs.takeOver(run, 'c', '2026-03-01T09:00:00.000Z')).toBe(false);
    expect(await s.runs.renew(1, run.slot, 'a', '2026-03-01T09:30:00.000Z')).toBe(false);
    expect(await s.runs.complete(1, run.slot, 'a', { channelKey: 'slack:C1', articleIds: ['x'], messageIds: ['m'] }, T0)).toBe(false);
    expect(await s.sent.count('slack:C1')).toBe(0);

    expect(await s.runs.complete(1, run.slot, 'b', { channelKey: 'slack:C1', articleIds: ['x', 'y'], messageIds: ['m1'] }, T0)).toBe(true);
    const done = (await s.runs.get(1, run.slot))!;
    expect(done).toMatchObject({ status: 'posted', owner: 'b', attempts: 2, messageIds: ['m1'] });
    expect(await s.sent.wasSent('slack:C1', 'y')).toBe(true);
    expect(await s.runs.unfinished()).toEqual([]);
    // Finished runs cannot be finished again.
    expect(await s.runs.finish(1, run.slot, 'b', 'failed', 'x', T0)).toBe(false);

    await s.runs.claim(claim({ slot: '2026-03-02T08:00:00.000Z' }), T0);
    expect(await s.runs.finish(1, '2026-03-02T08:00:00.000Z', 'a', 'failed', 'missing_access: Missing Access', T0)).toBe(true);
    const recent = await s.runs.recent(1, 5);
    expect(recent.map((r) => [r.slot.slice(0, 10), r.status, r.error])).toEqual([
      ['2026-03-02', 'failed', 'missing_access: Missing Access'],
      ['2026-03-01', 'posted', null],
    ]);
    await s.close();
  });

  it('remembers conversation contexts', async () => {
    const s = await make();
    await s.conversations.setContext('slack:C1:', 'a');
    await s.conversations.setContext('slack:C1:', 'b');
    expect(await s.conversations.getContext('slack:C1:')).toBe('b');
    expect(await s.conversations.getContext('slack:C2:')).toBeNull();
    await s.close();
  });
});

describe('sqlite store file', () => {
  it('is created with its folder on first start, in WAL mode, and keeps everything across a reopen', async () => {
    const file = tmpFile();
    expect(fs.existsSync(path.dirname(file))).toBe(false);
    const s = createSqliteStore(file);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    await s.subscriptions.upsert({ platform: 'slack', channelId: 'C9', guildId: 'T1', schedule: '0 8 * * *', timeZone: 'UTC', createdBy: 'u' }, T0);
    await s.runs.claim(claim({ subscriptionId: 1 }), T0);
    await s.articles.put(article('kept'), T0);
    await s.close();
    await s.close(); // closing twice is harmless

    const again = createSqliteStore(file);
    expect((await again.subscriptions.list()).map((x) => x.channelId)).toEqual(['C9']);
    expect((await again.runs.unfinished()).length).toBe(1);
    expect((await again.articles.get('kept'))?.title).toBe('Title kept');
    const versions = again.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(versions.map((v) => v.version)).toEqual(migrations.map((m) => m.version));
    await again.close();
  });

  it('applies only new migrations, and refuses a database newer than the code', async () => {
    const file = tmpFile();
    const s = createSqliteStore(file);
    const extra = [...migrations, { version: migrations.length + 1, name: 'test-extra', sql: 'CREATE TABLE extra (x INTEGER);' }];
    expect(migrate(s.db, extra)).toEqual([migrations.length + 1]);
    expect(migrate(s.db, extra)).toEqual([]);
    await s.close();
    expect(() => createSqliteStore(file)).toThrow(/newer than this release/);
  });
});

describe.skipIf(storeBackends().find(([n]) => n === 'postgres')![1].skip)('postgres store database', () => {
  it('is migrated once when several processes start at once, and keeps everything across a reconnect', async () => {
    const { freshPgDatabase } = await import('../helpers/store-backends.ts');
    const { createPostgresStore } = await import('../../src/store/postgres.ts');
    const url = await freshPgDatabase();
    // Five stores connecting at once to an empty database: the advisory lock serializes migrations.
    const stores = await Promise.all(Array.from({ length: 5 }, () => createPostgresStore(url)));
    expect(new Set(stores.map((s) => s.instanceId)).size).toBe(5);
    const versions = await stores[0].db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    const { pgMigrations } = await import('../../src/store/pg-schema.ts');
    expect(versions.rows.map((r) => r.version)).toEqual(pgMigrations.map((m) => m.version));
    await stores[1].subscriptions.upsert({ platform: 'slack', channelId: 'C9', guildId: 'T1', schedule: '0 8 * * *', timeZone: 'UTC', createdBy: 'u' }, T0);
    await stores[2].articles.put(article('kept'), T0);
    for (const s of stores) await s.close();

    const again = await createPostgresStore(url);
    expect((await again.subscriptions.list()).map((x) => x.channelId)).toEqual(['C9']);
    expect((await again.articles.get('kept'))?.title).toBe('Title kept');
    // A restored subscription keeps its id, and the next new one gets a fresh id.
    const sub = (await again.subscriptions.get('slack', 'C9'))!;
    await again.subscriptions.remove('slack', 'C9');
    await again.subscriptions.restore(sub);
    const next = await again.subscriptions.upsert({ platform: 'slack', channelId: 'C10', guildId: 'T1', schedule: '0 9 * * *', timeZone: 'UTC', createdBy: 'u' }, T0);
    expect(next.subscription.id).toBeGreaterThan(sub.id);
    await again.db.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', now())");
    await again.close();
    await expect(createPostgresStore(url)).rejects.toThrow(/newer than this release/);
  });

  it('names the database without its password when it cannot connect', async () => {
    const { createPostgresStore } = await import('../../src/store/postgres.ts');
    const err = await createPostgresStore('postgres://bot:s3cret@127.0.0.1:1/nowhere').catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^PostgreSQL at postgres:\/\/bot:\*\*\*@127\.0\.0\.1:1\/nowhere: /);
    expect((err as Error).message).not.toContain('s3cret');
  });
});
