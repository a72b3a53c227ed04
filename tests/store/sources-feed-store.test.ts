import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryFeedStore } from '../../src/store/memory-feeds.ts';
import { createSqliteStore, type SqliteStore } from '../../src/store/sqlite.ts';
import { feedScope, type FeedStore, type NewFeed, type Store } from '../../src/store/types.ts';
import { storeBackends } from '../helpers/store-backends.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbrief-feeds-'));
const open: SqliteStore[] = [];
afterAll(async () => {
  for (const s of open) await s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

let n = 0;
/** The real SQLite store (migrations applied), on a file. */
function sqlite(): FeedStore {
  const store = createSqliteStore(path.join(dir, `feeds-${n++}.db`));
  open.push(store);
  if (!store.feeds) throw new Error('the SQLite store has no feed repository');
  return store.feeds;
}

const T0 = new Date('2024-03-05T10:00:00Z');
const scope = feedScope('discord', 'guild-1', 'chan-1');
const feed = (url: string, over: Partial<NewFeed> = {}): NewFeed => ({
  scope,
  platform: 'discord',
  guildId: 'guild-1',
  channelId: 'chan-1',
  url,
  title: null,
  addedBy: 'user-1',
  nextPollAt: T0.toISOString(),
  ...over,
});

/** The PostgreSQL store on a fresh database of the test server (tests/helpers/store-backends.ts). */
const pgBackend = storeBackends().find(([name]) => name === 'postgres')![1];
async function postgres(): Promise<FeedStore> {
  const store = await pgBackend.make();
  afterAllClose.push(store);
  return store.feeds!;
}
const afterAllClose: Store[] = [];
afterAll(async () => {
  for (const s of afterAllClose.splice(0)) await s.close();
});

describe.each([
  ['memory', async () => new MemoryFeedStore() as FeedStore, false],
  ['sqlite', async () => sqlite(), false],
  ['postgres', postgres, pgBackend.skip],
] as const)('FeedStore (%s)', (_name, make, skip) => {
  let store: FeedStore;
  beforeEach(async (ctx) => {
    if (skip) return ctx.skip();
    store = await make();
  });

  it('adds, finds, lists per server, and does not add the same URL twice', async () => {
    const a = await store.addFeed(feed('https://a.example/rss'), T0);
    expect(a).toMatchObject({ url: 'https://a.example/rss', fetchUrl: 'https://a.example/rss', failures: 0, disabledAt: null, addedAt: T0.toISOString() });
    const again = await store.addFeed(feed('https://a.example/rss'), T0);
    expect(again.id).toBe(a.id);
    await store.addFeed(feed('https://b.example/rss'), T0);
    await store.addFeed(feed('https://a.example/rss', { scope: feedScope('discord', 'guild-2', 'c'), guildId: 'guild-2' }), T0);
    expect((await store.listFeeds(scope)).map((f) => f.url)).toEqual(['https://a.example/rss', 'https://b.example/rss']);
    expect((await store.findFeed(scope, 'https://a.example/rss'))?.id).toBe(a.id);
    expect(await store.findFeed(scope, 'https://c.example/rss')).toBeNull();
  });

  it('finds a moved feed by its new address too, and updates fields', async () => {
    const a = await store.addFeed(feed('https://a.example/rss'), T0);
    await store.updateFeed(a.id, { fetchUrl: 'https://a.example/new-rss', etag: '"e1"', failures: 2, lastError: 'x' });
    expect((await store.findFeed(scope, 'https://a.example/new-rss'))?.id).toBe(a.id);
    expect(await store.getFeed(a.id)).toMatchObject({ etag: '"e1"', failures: 2, lastError: 'x', url: 'https://a.example/rss' });
    await store.updateFeed(a.id, { lastError: null, failures: 0 });
    expect(await store.getFeed(a.id)).toMatchObject({ lastError: null, failures: 0, etag: '"e1"' });
  });

  it('lists due feeds, soonest first, never disabled ones', async () => {
    const a = await store.addFeed(feed('https://a.example/rss', { nextPollAt: '2024-03-05T09:00:00.000Z' }), T0);
    const b = await store.addFeed(feed('https://b.example/rss', { nextPollAt: '2024-03-05T08:00:00.000Z' }), T0);
    await store.addFeed(feed('https://c.example/rss', { nextPollAt: '2024-03-05T11:00:00.000Z' }), T0);
    expect((await store.dueFeeds(T0)).map((f) => f.id)).toEqual([b.id, a.id]);
    await store.updateFeed(b.id, { disabledAt: T0.toISOString() });
    expect((await store.dueFeeds(T0)).map((f) => f.id)).toEqual([a.id]);
  });

  it('leases each due feed to one process until its poll ends or its lease expires', async () => {
    const a = await store.addFeed(feed('https://a.example/rss', { nextPollAt: '2024-03-05T09:00:00.000Z' }), T0);
    const b = await store.addFeed(feed('https://b.example/rss', { nextPollAt: '2024-03-05T08:00:00.000Z' }), T0);
    await store.addFeed(feed('https://c.example/rss', { nextPollAt: '2024-03-05T11:00:00.000Z' }), T0);
    const lease = 5 * 60_000;
    expect((await store.claimDueFeeds('p1', T0, lease, 1)).map((f) => f.id)).toEqual([b.id]);
    // Another process gets the next one, then nothing: both due feeds are leased.
    expect((await store.claimDueFeeds('p2', T0, lease, 5)).map((f) => f.id)).toEqual([a.id]);
    expect(await store.claimDueFeeds('p3', T0, lease, 5)).toEqual([]);
    // p1 finishes its poll (records the next one): the feed is not due, so still nobody takes it.
    await store.updateFeed(b.id, { nextPollAt: '2024-03-05T10:15:00.000Z', lastPolledAt: T0.toISOString() });
    expect(await store.claimDueFeeds('p3', T0, lease, 5)).toEqual([]);
    // p2 died holding a: once its lease has expired, another process takes the feed over.
    const later = new Date(T0.getTime() + lease);
    expect((await store.claimDueFeeds('p3', later, lease, 5)).map((f) => f.id)).toEqual([a.id]);
    // At b's next poll time it is due and free again; p3 never finished a, so a's lease has expired too.
    expect((await store.claimDueFeeds('p1', new Date('2024-03-05T10:20:00Z'), lease, 5)).map((f) => f.id)).toEqual([a.id, b.id]);
  });

  it('remembers seen items by key or content hash, per feed; a second claim is refused', async () => {
    const a = await store.addFeed(feed('https://a.example/rss'), T0);
    const b = await store.addFeed(feed('https://b.example/rss'), T0);
    expect(await store.isSeen(a.id, 'guid:1', 'h1')).toBe(false);
    expect(await store.markSeen(a.id, { key: 'guid:1', contentHash: 'h1', articleId: 'x' }, T0)).toBe(true);
    expect(await store.markSeen(a.id, { key: 'guid:1', contentHash: 'h1b', articleId: 'x' }, T0)).toBe(false);
    expect(await store.isSeen(a.id, 'guid:1', 'other')).toBe(true);
    expect(await store.isSeen(a.id, 'guid:2', 'h1')).toBe(true);
    expect(await store.isSeen(b.id, 'guid:1', 'h1')).toBe(false);
  });

  it('removes a feed with its seen items', async () => {
    const a = await store.addFeed(feed('https://a.example/rss'), T0);
    await store.markSeen(a.id, { key: 'guid:1', contentHash: 'h1', articleId: 'x' }, T0);
    expect(await store.removeFeed(a.id)).toBe(true);
    expect(await store.removeFeed(a.id)).toBe(false);
    expect(await store.listFeeds(scope)).toEqual([]);
    expect(await store.isSeen(a.id, 'guid:1', 'h1')).toBe(false);
  });
});

describe('feeds in the SQLite store file', () => {
  it('keeps feeds and seen items across a restart', async () => {
    const file = path.join(dir, 'reopen.db');
    const first = createSqliteStore(file);
    const a = await first.feeds!.addFeed(feed('https://a.example/rss'), T0);
    await first.feeds!.markSeen(a.id, { key: 'guid:1', contentHash: 'h1', articleId: 'x' }, T0);
    await first.close();
    const second = createSqliteStore(file);
    open.push(second);
    expect((await second.feeds!.listFeeds(scope)).map((f) => f.id)).toEqual([a.id]);
    expect(await second.feeds!.isSeen(a.id, 'guid:1', 'zz')).toBe(true);
  });
});

describe.skipIf(pgBackend.skip)('feed leases on one PostgreSQL database', () => {
  it('give each due feed to exactly one of several processes claiming at the same moment', async () => {
    const { createPostgresStore } = await import('../../src/store/postgres.ts');
    const url = await pgBackend.target();
    const stores = await Promise.all(Array.from({ length: 4 }, () => createPostgresStore(url)));
    afterAllClose.push(...stores);
    for (let i = 0; i < 40; i++) await stores[0].feeds!.addFeed(feed(`https://f${i}.example/rss`), T0);
    // Each process claims one feed at a time, as the poller does, until none is left.
    const taken = await Promise.all(
      stores.map(async (s) => {
        const mine: string[] = [];
        for (;;) {
          const [f] = await s.feeds!.claimDueFeeds(s.instanceId, T0, 60_000, 1);
          if (!f) return mine;
          mine.push(f.id);
        }
      }),
    );
    const all = taken.flat();
    expect(all.length).toBe(40);
    expect(new Set(all).size).toBe(40);
  });
});
