/**
 * Binary data without a NUL byte (a small image, compressed data) is refused wherever an article
 * comes from, not only by the CLI's file reader: a file dropped into briefings/, a fetched
 * plain-text page and a feed item whose body is binary-looking were briefed as gibberish.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { syncBriefings } from '../../../src/sources/briefing-sync.ts';
import type { FeedItem } from '../../../src/sources/feed-types.ts';
import { itemArticle } from '../../../src/sources/to-article.ts';
import { fetchArticle } from '../../../src/sources/url.ts';
import { openStore } from '../../../src/store/open.ts';
import { startSite, type HttpSite } from '../../fakes/http-site.ts';

/** High bytes that are not UTF-8 and a few control bytes, and no NUL: what a small image or a gzip looks like. */
const BYTES = Buffer.from(Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? 0x1b : 0x80 + ((i * 37) % 128))));
const GIBBERISH = BYTES.toString('utf8');
const STORY = 'Harbour ferry returns\n\nThe harbour ferry ran again on Tuesday after a month of repairs. Commuters queued from six in the morning.\n';

let tmp: string;
let site: HttpSite;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-binary-'));
  site = await startSite();
});
afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await site.close();
});

describe('binary input is refused on every path', () => {
  it('parseArticle refuses it in one line, in every format, and still reads a Latin-1 article', () => {
    expect(GIBBERISH).not.toContain('\u0000');
    for (const fileName of ['photo.txt', 'photo.md', undefined]) {
      expect(() => parseArticle(GIBBERISH, { id: 'photo', fileName })).toThrow(/^this looks like a binary file, not an article$/);
    }
    expect(() => parseArticle(JSON.stringify({ title: 'Photo', text: GIBBERISH }), { id: 'photo', fileName: 'photo.json' })).toThrow('this looks like a binary file, not an article');
    const latin1 = Buffer.from('Caf\u00e9 owners in S\u00e3o Paulo said on Monday that prices rose by 4 percent.\n\nThe council will meet again in June.\n', 'latin1').toString('utf8');
    expect(parseArticle(latin1, { id: 'cafe', fileName: 'cafe.txt' }).text).toContain('prices rose by 4 percent');
  });

  it('a binary file in briefings/ is skipped with a log line naming it, and the rest of the library loads', async () => {
    const dir = path.join(tmp, 'briefings');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'photo.txt'), BYTES);
    fs.writeFileSync(path.join(dir, 'ferry.txt'), STORY);
    const lines: string[] = [];
    const log = pino({ level: 'warn' }, new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }));
    const store = await openStore(path.join(tmp, 'lib.db'));
    try {
      await syncBriefings(store, dir, log, () => new Date('2026-05-01T00:00:00Z'));
      expect((await store.articles.list()).map((a) => a.id)).toEqual(['ferry']);
    } finally {
      await store.close();
    }
    const skipped = lines.map((l) => JSON.parse(l) as { file: string; err: string }).filter((l) => l.file.endsWith('photo.txt'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0].err).toBe('this looks like a binary file, not an article');
  });

  it('a fetched plain-text page that is binary is refused naming the URL', async () => {
    site.serve('/photo', BYTES, 'text/plain');
    await expect(fetchArticle(`${site.origin}/photo`, { allowPrivateUrls: true })).rejects.toThrow(`${site.origin}/photo: this looks like a binary file, not an article`);
  });

  it('a feed item whose body is binary-looking gets no article (the poller logs the reason and skips it)', () => {
    const item: FeedItem = { key: 'guid:1', guid: '1', link: 'https://news.example/photo', title: 'Photo of the day', text: GIBBERISH, publishedAt: null, contentHash: 'h', fullText: true };
    expect(() => itemArticle(item, 'News')).toThrow('this looks like a binary file, not an article');
  });
});
