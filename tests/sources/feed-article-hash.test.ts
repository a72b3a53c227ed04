/**
 * A feed item's content hash is computed in the parse worker (with its article) and stored as
 * given: it must be exactly the hash the store computes itself (src/store/content-hash.ts), or
 * the same story from a file, a URL and a feed would no longer be one article. Checked on a
 * real poll into a SQLite file: items built in the worker, and one whose article page is
 * fetched (that article is hashed by the store).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { FeedPoller } from '../../src/sources/poller.ts';
import { StoreLibrary } from '../../src/sources/store-library.ts';
import { articleContentHash } from '../../src/store/content-hash.ts';
import { createSqliteStore, type SqliteStore } from '../../src/store/sqlite.ts';
import { feedScope } from '../../src/store/types.ts';
import { conditionalFeed, startSite, type HttpSite } from '../fakes/http-site.ts';

const T0 = new Date('2024-03-05T12:00:00Z');
const long = (s: string): string => `${s} ${'The ferry company said — after a long winter — that sailings to the islands would “resume” on 1 April, weather permitting. '.repeat(10)}`;
const items = [
  { guid: 'h1', title: 'Ferries  RUN again!', text: long('PORTVILLE, March 5 (Harbour Wire) – Ferries are back.') },
  { guid: 'h2', title: 'Café reopens on the quay', text: long('The café, closed since the storm, reopened on Tuesday.') },
  { guid: 'h3', title: 'Pier works', text: 'Pier works start.', link: '/pier' },
];
const rss = (): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>${items
    .map((i) => `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title>${i.link ? `<link>${site.origin}${i.link}</link>` : ''}<description><![CDATA[${i.text}]]></description></item>`)
    .join('')}</channel></rss>`;
const PAGE = `<!doctype html><html><head><title>Pier works start</title></head><body><article><h1>Pier works start</h1>${'<p>Work on the north pier began on Monday and will close the footpath until June, the harbour master said.</p>'.repeat(6)}</article></body></html>`;

let site: HttpSite;
let dir: string;
let store: SqliteStore;
beforeEach(async () => {
  site = await startSite();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-hash-'));
  store = createSqliteStore(path.join(dir, 'db.sqlite'));
});
afterEach(async () => {
  await site.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('content hash of polled articles', () => {
  it('is stored exactly as the store computes it, whether the worker or the store hashed it', async () => {
    site.route('/rss', conditionalFeed(rss, () => '"a"'));
    site.serve('/pier', PAGE, 'text/html; charset=utf-8');
    const feeds = store.feeds!;
    await feeds.addFeed({ scope: feedScope('console', 'g', 'c'), platform: 'console', guildId: 'g', channelId: 'c', url: `${site.origin}/rss`, title: null, addedBy: 'u', nextPollAt: T0.toISOString() }, T0);
    const poller = new FeedPoller({ feeds, library: new StoreLibrary(store.articles, () => T0), config: { pollMinutes: 15, allowPrivateUrls: true }, now: () => T0, log: pino({ level: 'silent' }), notify: async () => undefined });
    const [r] = await poller.pollDue();
    expect(r.added).toHaveLength(3);
    expect(site.hits('/pier')).toHaveLength(1);
    const rows = store.db.prepare('SELECT json, content_hash AS hash FROM articles').all() as { json: string; hash: string }[];
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.hash).toBe(articleContentHash(JSON.parse(row.json) as Article));
    // The same story put again by another way (a file, a URL) is the same article.
    const ferries = r.added.find((a) => a.title.startsWith('Ferries'))!;
    expect(await store.articles.put({ ...ferries, id: 'ferries-from-a-file', title: 'ferries run again' }, T0)).toEqual({ id: ferries.id, added: false });
  });
});
