/**
 * The SQLite write thread (src/store/sqlite-writer.ts) on a real database file: what it
 * commits is there for the main connection as soon as the call resolves, the main thread can
 * write while it does, one call the database refuses fails alone, and the WAL is still
 * checkpointed (by the write thread, not the main connection).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { createSqliteStore, type SqliteStore } from '../../src/store/sqlite.ts';
import { stopWriteThread, usesWriter } from '../../src/store/sqlite-writer.ts';
import { feedScope, type FeedStore } from '../../src/store/types.ts';
import { makeArticle } from '../helpers/article.ts';

const T0 = new Date('2026-03-01T08:00:00Z');
const article = (id: string): Article =>
  makeArticle({
    id,
    title: `Harbour story ${id}`,
    text: `Story ${id}: ${'The ferry company said sailings would resume after the storm damage to the pier was repaired. '.repeat(8)}`,
    publishedAt: '2026-02-01T10:00:00Z',
    source: 'Harbour Gazette',
  });

let dir: string;
let store: SqliteStore;
let feeds: FeedStore;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-writer-'));
  store = createSqliteStore(path.join(dir, 'db.sqlite'));
  feeds = store.feeds!;
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const addFeed = (n: number) =>
  feeds.addFeed({ scope: feedScope('console', 'g', 'c'), platform: 'console', guildId: 'g', channelId: 'c', url: `https://harbour-${n}.example/rss`, title: null, addedBy: 'u', nextPollAt: T0.toISOString() }, T0);

describe('SQLite write thread', () => {
  it('is used for a database file, not for an in-memory one', async () => {
    expect(usesWriter(store.db)).toBe(true);
    const mem = createSqliteStore(':memory:');
    expect(usesWriter(mem.db)).toBe(false);
    await mem.close();
  });

  it('commits before answering, while the main thread writes too', async () => {
    const feed = await addFeed(1);
    const batches = [0, 1, 2].map((b) => Array.from({ length: 200 }, (_, i) => article(`b${b}-${i}`)));
    // Main-thread writes (a command's) interleaved with the write thread's batches: both land.
    const results = await Promise.all([
      ...batches.map((b) => store.articles.putMany!(b, T0)),
      ...Array.from({ length: 20 }, (_, i) => store.conversations.setContext(`chan-${i}`, `b0-${i}`)),
      feeds.markSeenMany!(batches[0].map((a) => ({ feedId: feed.id, key: `guid:${a.id}`, contentHash: a.id, articleId: a.id, alertPending: true })), T0),
    ]);
    expect(results.slice(0, 3).flat().every((r) => r !== undefined && (r as { added: boolean }).added)).toBe(true);
    // Read on the main connection right away: everything answered is there.
    expect(await store.articles.count()).toBe(600);
    expect((await store.articles.search('harbour b2', 5)).length).toBeGreaterThan(0);
    expect(await store.conversations.getContext('chan-19')).toBe('b0-19');
    expect(await feeds.isSeen(feed.id, 'guid:b0-7', 'x')).toBe(true);
    expect(await feeds.pendingAlerts!(new Date('2100-01-01T00:00:00Z'), 1000)).toHaveLength(200);
  });

  it('fails a call the database refuses alone: a call sent with it is still committed', async () => {
    const feed = await addFeed(2);
    store.db.exec(`CREATE TRIGGER refuse_storm BEFORE INSERT ON articles WHEN NEW.id LIKE 'storm%' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    // Made in the same tick: one message to the thread, one transaction, a savepoint each.
    const [refused, update, kept] = await Promise.allSettled([
      store.articles.putMany!([article('calm-1'), article('storm-1')], T0),
      feeds.updateFeed(feed.id, { failures: 3, lastError: 'timed out' }),
      store.articles.putMany!([article('calm-2')], T0),
    ]);
    expect(refused.status).toBe('rejected');
    expect((refused as PromiseRejectedResult).reason.message).toMatch(/refused/);
    expect((refused as PromiseRejectedResult).reason.code).toBe('SQLITE_CONSTRAINT_TRIGGER');
    expect(update.status).toBe('fulfilled');
    expect(kept.status).toBe('fulfilled');
    // The refused call wrote nothing (not even its first article); the others are there.
    expect(await store.articles.get('calm-1')).toBeNull();
    expect(await store.articles.get('calm-2')).not.toBeNull();
    expect((await feeds.getFeed(feed.id))?.failures).toBe(3);
  });

  it('starts a new thread after the thread stops, and the main connection checkpoints meanwhile', async () => {
    await store.articles.putMany!([article('before')], T0);
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await stopWriteThread();
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await store.articles.putMany!([article('after')], T0);
    expect(await store.articles.get('after')).not.toBeNull();
    expect(await store.articles.count()).toBe(2);
  });

  it('checkpoints the WAL itself, so it does not grow with every batch', async () => {
    const wal = path.join(dir, 'db.sqlite-wal');
    let biggest = 0;
    for (let b = 0; b < 12; b++) {
      await store.articles.putMany!(Array.from({ length: 150 }, (_, i) => article(`w${b}-${i}`)), T0);
      biggest = Math.max(biggest, fs.statSync(wal).size);
    }
    const db = fs.statSync(path.join(dir, 'db.sqlite')).size;
    // 1,800 articles (~2 MB of rows and indexes) written; the WAL was copied into the database
    // as it went (SQLite restarts the WAL after a checkpoint), not left holding every page.
    expect(await store.articles.count()).toBe(1800);
    expect(db).toBeGreaterThan(1_000_000);
    expect(biggest).toBeLessThan(db * 2);
  });

  it('checkpoints the WAL once its calls stop, not only when the WAL is full', async () => {
    const file = path.join(dir, 'db.sqlite');
    await store.articles.putMany!([article('first')], T0);
    await new Promise((r) => setTimeout(r, 400));
    const before = fs.statSync(file).size;
    // ~150 articles: far fewer pages than the automatic checkpoint waits for.
    await store.articles.putMany!(Array.from({ length: 150 }, (_, i) => article(`idle-${i}`)), T0);
    // Once the thread has been idle a moment, the pages are copied into the database file.
    await vi.waitFor(() => expect(fs.statSync(file).size).toBeGreaterThan(before + 100_000), { timeout: 5_000, interval: 50 });
    expect(await store.articles.count()).toBe(151);
  });
});
