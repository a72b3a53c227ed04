import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryFeedStore } from '../../src/store/memory-feeds.ts';
import { FEEDS_MIGRATION_SQL, SqliteFeedStore } from '../../src/store/sqlite-feeds.ts';
import { feedScope, type FeedStore, type NewFeed } from '../../src/store/types.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbrief-feeds-'));
const dbs: Database.Database[] = [];
afterAll(() => {
  for (const db of dbs) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

let n = 0;
function sqlite(): FeedStore {
  const db = new Database(path.join(dir, `feeds-${n++}.db`));
  db.pragma('foreign_keys = ON');
  db.exec(FEEDS_MIGRATION_SQL);
  dbs.push(db);
  return new SqliteFeedStore(db);
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

describe.each([
  ['memory', () => new MemoryFeedStore() as FeedStore],
  ['sqlite', sqlite],
])('FeedStore (%s)', (_name, make) => {
  let store: FeedStore;
  beforeEach(() => {
    store = make();
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

describe('SqliteFeedStore on a file', () => {
  it('keeps feeds and seen items across a reopen', async () => {
    const file = path.join(dir, 'reopen.db');
    const db1 = new Database(file);
    db1.exec(FEEDS_MIGRATION_SQL);
    const s1 = new SqliteFeedStore(db1);
    const a = await s1.addFeed(feed('https://a.example/rss'), T0);
    await s1.markSeen(a.id, { key: 'guid:1', contentHash: 'h1', articleId: 'x' }, T0);
    db1.close();
    const db2 = new Database(file);
    dbs.push(db2);
    const s2 = new SqliteFeedStore(db2);
    expect((await s2.listFeeds(scope)).map((f) => f.id)).toEqual([a.id]);
    expect(await s2.isSeen(a.id, 'guid:1', 'zz')).toBe(true);
  });
});
