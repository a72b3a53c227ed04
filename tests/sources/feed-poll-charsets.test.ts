/**
 * A polled feed's body goes to the parse worker as bytes and is decoded there (the poller no
 * longer decodes it on the main thread): the charset rules must still hold on a real poll, the
 * Content-Type charset, a byte-order mark, the `<?xml encoding?>` declaration, windows-1252's
 * smart quotes, and UTF-8 when nothing is said. Small bodies too (Node's small Buffers share one
 * pool, which must never be handed to another thread).
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLibrary } from '../../src/sources/library.ts';
import { FeedPoller } from '../../src/sources/poller.ts';
import { MemoryFeedStore } from '../../src/store/memory-feeds.ts';
import { feedScope } from '../../src/store/types.ts';
import { startSite, type HttpSite } from '../fakes/http-site.ts';

const T0 = new Date('2024-03-05T12:00:00Z');
const BODY = 'The ferry to the outer islands sails again from Monday, the harbour office said. '.repeat(12);
const rss = (title: string, decl = ''): string =>
  `<?xml version="1.0"${decl}?><rss version="2.0"><channel><title>Gazette</title><item><guid>g1</guid><title>${title}</title><description>${BODY}</description></item></channel></rss>`;
const TITLE = '“Café” reopens – at last';

let site: HttpSite;
beforeEach(async () => {
  site = await startSite();
});
afterEach(async () => {
  await site.close();
});

/** Encode as windows-1252 (the characters used here only). */
function cp1252(s: string): Buffer {
  const map: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96, 'é': 0xe9 };
  return Buffer.from([...s].map((c) => map[c] ?? c.charCodeAt(0)));
}

describe('polled feeds in other charsets', () => {
  it('are decoded by their declared or sniffed charset, as before', async () => {
    const bodies: [string, Buffer, string][] = [
      ['/cp1252-header', cp1252(rss(TITLE)), 'application/rss+xml; charset=windows-1252'],
      ['/latin1-decl', cp1252(rss(TITLE, ' encoding="ISO-8859-1"')), 'application/xml'],
      ['/utf16-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rss(TITLE), 'utf16le')]), 'application/rss+xml'],
      ['/utf8-default', Buffer.from(rss(TITLE), 'utf8'), 'application/rss+xml'],
      ['/utf8-small', Buffer.from(rss(TITLE).replace(BODY, 'Short.'), 'utf8'), 'text/xml'],
    ];
    const feeds = new MemoryFeedStore();
    for (const [p, body, type] of bodies) {
      site.serve(p, body, type);
      await feeds.addFeed({ scope: feedScope('console', 'g', 'c'), platform: 'console', guildId: 'g', channelId: 'c', url: `${site.origin}${p}`, title: null, addedBy: 'u', nextPollAt: T0.toISOString() }, T0);
    }
    const library = new MemoryLibrary();
    const poller = new FeedPoller({ feeds, library, config: { pollMinutes: 15, allowPrivateUrls: true }, now: () => T0, log: pino({ level: 'silent' }), notify: async () => undefined, maxPageFetches: 0 });
    const results = await poller.pollDue();
    expect(results.map((r) => [r.url.replace(site.origin, ''), r.status, r.error])).toEqual(bodies.map(([p]) => [p, 'updated', undefined]));
    for (const r of results) {
      expect(r.added.map((a) => a.title)).toEqual([TITLE]);
    }
    expect(results.find((r) => r.url.endsWith('/utf8-default'))!.added[0].text).toContain('outer islands');
  });
});
