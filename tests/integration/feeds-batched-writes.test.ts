/**
 * The poller's writes on a real SQLite store: the new items of the feeds polled together are
 * stored together (src/sources/write-batch.ts), each exactly once, and an item the store
 * refuses is left out (and tried again next poll) without keeping the other items out.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { WriteBatch } from '../../src/sources/write-batch.ts';
import { FeedPoller, type PollerOptions } from '../../src/sources/poller.ts';
import { StoreLibrary } from '../../src/sources/store-library.ts';
import { createSqliteStore, type SqliteStore } from '../../src/store/sqlite.ts';
import { feedScope } from '../../src/store/types.ts';
import { conditionalFeed, startSite, type HttpSite } from '../fakes/http-site.ts';

const T0 = new Date('2024-03-05T12:00:00Z');
const body = (s: string): string => `${s} ${'The council gave more details at a meeting later in the day, answering questions about the cost and the timetable. '.repeat(12)}`;
const rss = (n: number, titles: string[]): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Town ${n}</title>${titles
    .map((t, i) => `<item><guid isPermaLink="false">t${n}-${i}</guid><title>${t}</title><pubDate>Tue, 05 Mar 2024 10:0${i}:00 GMT</pubDate><description><![CDATA[${body(`${t} in town ${n}.`)}]]></description></item>`)
    .join('')}</channel></rss>`;

let site: HttpSite;
let dir: string;
let store: SqliteStore;
let now: Date;

beforeEach(async () => {
  site = await startSite();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-batch-'));
  store = createSqliteStore(path.join(dir, 'db.sqlite'));
  now = new Date(T0);
});
afterEach(async () => {
  await site.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function followTowns(n: number, extra: Partial<PollerOptions> = {}): Promise<FeedPoller> {
  const feeds = store.feeds;
  if (!feeds) throw new Error('the SQLite store keeps feeds');
  for (let i = 0; i < n; i++) {
    site.route(`/town-${i}.xml`, conditionalFeed(() => rss(i, [`Library hours extended`, `Bridge repairs start`, `Poisoned well closed`]), () => `"v${i}"`));
    await feeds.addFeed({ scope: feedScope('console', 'g', 'c'), platform: 'console', guildId: 'g', channelId: 'c', url: `${site.origin}/town-${i}.xml`, title: null, addedBy: 'u', nextPollAt: now.toISOString() }, now);
  }
  return new FeedPoller({ feeds, library: new StoreLibrary(store.articles, () => now), config: { pollMinutes: 15, allowPrivateUrls: true }, now: () => now, log: pino({ level: 'silent' }), notify: async () => undefined, ...extra });
}

describe('batched feed writes', () => {
  it('stores every new item of many feeds once; the next poll adds nothing', async () => {
    const poller = await followTowns(8);
    const first = await poller.pollDue();
    expect(first.map((r) => r.status)).toEqual(Array(8).fill('updated'));
    expect(first.flatMap((r) => r.added)).toHaveLength(24);
    expect(await store.articles.count()).toBe(24);
    now = new Date(T0.getTime() + 16 * 60_000);
    const second = await poller.pollDue();
    expect(second.map((r) => r.status)).toEqual(Array(8).fill('not-modified'));
    expect(await store.articles.count()).toBe(24);
  });

  it('keeps fetching the other feeds while the items already read wait to be stored', async () => {
    // Storing waits until every feed has been fetched: a poll that held its slot while its
    // items were stored would stop the round at the first two feeds.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    class WaitingLibrary extends StoreLibrary {
      override async addMany(articles: readonly Article[]): Promise<void> {
        await gate;
        return super.addMany(articles);
      }
    }
    const poller = await followTowns(8, { concurrency: 2, perHost: 2, library: new WaitingLibrary(store.articles, () => now) });
    const round = poller.pollDue();
    await vi.waitFor(() => expect(site.requests.filter((r) => r.path.startsWith('/town-'))).toHaveLength(8), { timeout: 15_000, interval: 20 });
    expect(await store.articles.count()).toBe(0);
    open();
    const results = await round;
    expect(results.map((r) => r.status)).toEqual(Array(8).fill('updated'));
    expect(await store.articles.count()).toBe(24);
  });

  it('leaves out an item the store refuses, keeps the others, and tries it again next poll', async () => {
    // The database refuses one story (as a full disk or a damaged row would, for one write).
    store.db.exec(`CREATE TRIGGER refuse_poisoned BEFORE INSERT ON articles WHEN NEW.id LIKE 'poisoned-well%' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const poller = await followTowns(4);
    const first = await poller.pollDue();
    expect(first.flatMap((r) => r.added.map((a) => a.title)).sort()).toEqual([...Array(4).fill('Bridge repairs start'), ...Array(4).fill('Library hours extended')]);
    expect(await store.articles.count()).toBe(8);
    // The refused items are not marked seen: the next poll with a body tries them again.
    const seen = store.db.prepare("SELECT item_key AS k FROM feed_items_seen WHERE item_key LIKE 'guid:t%-2'").all();
    expect(seen).toEqual([]);
    expect((store.db.prepare('SELECT COUNT(*) AS n FROM feed_items_seen').get() as { n: number }).n).toBe(8);
  });
});

describe('WriteBatch', () => {
  it('writes the jobs that arrive together in one flush, and fails each job of a failed flush', async () => {
    const flushed: number[][] = [];
    const batch = new WriteBatch<number>(async (items) => {
      flushed.push(items);
      if (items.includes(13)) throw new Error('refused');
    }, 5);
    await Promise.all([batch.add([1, 2]), batch.add([3]), batch.add([4, 5])]);
    expect(flushed).toEqual([[1, 2, 3, 4, 5]]);
    const results = await Promise.allSettled([batch.add([12]), batch.add([13])]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
