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
