/**
 * The feed poller against feeds served on 127.0.0.1 (private addresses allowed, as for an
 * intranet), with a fake clock: conditional GET, moved feeds, broken feeds, backoff and
 * disabling, edited items, snippet items completed from their page, grouping in the digest.
 */
import fs from 'node:fs';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/core/digest/group.ts';
import type { Message } from '../../src/core/message/message.ts';
import { summarize } from '../../src/core/brief/summarize.ts';
import { MemoryLibrary } from '../../src/sources/library.ts';
import { FeedPoller, type PollerOptions } from '../../src/sources/poller.ts';
import { MemoryFeedStore } from '../../src/store/memory-feeds.ts';
import { feedScope, type FeedRecord } from '../../src/store/types.ts';
import { conditionalFeed, startSite, type HttpSite } from '../fakes/http-site.ts';

const ARTICLE = fs.readFileSync(new URL('../fixtures/sources/article.html', import.meta.url), 'utf8');
const T0 = new Date('2024-03-05T12:00:00Z');
const POLL = 15;

interface Item {
  guid?: string;
  title: string;
  link?: string;
  text: string;
  date?: string;
}

function rss(title: string, items: Item[]): string {
  const body = items
    .map(
      (i) => `<item><title>${i.title}</title>${i.link ? `<link>${i.link}</link>` : ''}${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}` +
        `<pubDate>${i.date ?? 'Tue, 05 Mar 2024 10:00:00 GMT'}</pubDate><description><![CDATA[${i.text}]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://x.example/</link>${body}</channel></rss>`;
}

const para = (s: string): string => `${s} ${'The officials gave more details at a press conference later in the day, answering questions from reporters about the cost and the timetable. '.repeat(12)}`;

let site: HttpSite;
let now: Date;
let feeds: MemoryFeedStore;
let library: MemoryLibrary;
let notices: { feed: FeedRecord; message: Message; dedupeKey?: string }[];

function poller(over: Partial<PollerOptions> = {}): FeedPoller {
  return new FeedPoller({
    feeds,
    library,
    config: { pollMinutes: POLL, allowPrivateUrls: true },
    now: () => now,
    log: pino({ level: 'silent' }),
    notify: async (feed, message, options) => {
      notices.push({ feed, message, dedupeKey: options.dedupeKey });
    },
    ...over,
  });
}

async function follow(path: string): Promise<FeedRecord> {
  return feeds.addFeed(
    { scope: feedScope('console', 'console', 'console'), platform: 'console', guildId: 'console', channelId: 'news-desk', url: `${site.origin}${path}`, title: null, addedBy: 'u', nextPollAt: now.toISOString() },
    now,
  );
}

function advance(minutes: number): void {
  now = new Date(now.getTime() + minutes * 60_000);
}

beforeEach(async () => {
  site = await startSite();
  now = new Date(T0);
  feeds = new MemoryFeedStore();
  library = new MemoryLibrary();
  notices = [];
});
afterEach(() => site.close());

describe('feed poller', () => {
  it('adds new items to the library, then gets a 304 on the second poll', async () => {
    site.route('/rss', conditionalFeed(() => rss('Harbor Times', [
      { guid: 'h1', title: 'Port reopens after storm', text: para('The port reopened on Tuesday after a week of repairs.') },
      { guid: 'h2', title: 'Ferry timetable changes', text: para('New ferry sailings start in April, the operator said.') },
    ]), () => '"v1"'));
    const f = await follow('/rss');
    const p = poller();
    const [first] = await p.pollDue();
    expect(first.status).toBe('updated');
    expect(first.added.map((a) => a.title)).toEqual(['Port reopens after storm', 'Ferry timetable changes']);
    expect((await library.list()).map((a) => a.source)).toEqual(['Harbor Times', 'Harbor Times']);
    expect(first.added.every((a) => a.basis === 'full text')).toBe(true);
    expect(await feeds.getFeed(f.id)).toMatchObject({ etag: '"v1"', title: 'Harbor Times', nextPollAt: '2024-03-05T12:15:00.000Z' });

    // Not due yet: nothing is fetched.
    advance(5);
    expect(await p.pollDue()).toEqual([]);
    advance(10);
    const [second] = await p.pollDue();
    expect(second.status).toBe('not-modified');
    expect(second.added).toEqual([]);
    const sent = site.hits('/rss');
    expect(sent).toHaveLength(2);
    expect(sent[1].headers['if-none-match']).toBe('"v1"');
    expect(sent[1].headers['if-modified-since']).toBe('Tue, 05 Mar 2024 10:00:00 GMT');
    expect(await library.list()).toHaveLength(2);
  });

  it('does not post an item again when it is edited upstream', async () => {
    let version = 1;
    site.route('/rss', conditionalFeed(() => rss('Harbor Times', version === 1
      ? [{ guid: 'h1', title: 'Port reopens after storm', text: para('The port reopened on Tuesday.') }]
      : [
          { guid: 'h2', title: 'Fish market moves', text: para('The fish market moves to the east quay.') },
          { guid: 'h1', title: 'Port reopens after storm (updated)', text: para('The port reopened on Tuesday, with a correction.') },
        ]), () => `"v${version}"`));
    await follow('/rss');
    const p = poller();
    const [first] = await p.pollDue();
    expect(first.added).toHaveLength(1);
    const id = first.added[0].id;
    version = 2;
    advance(POLL);
    const [second] = await p.pollDue();
    expect(second.added.map((a) => a.title)).toEqual(['Fish market moves']);
    expect((await library.find(id))?.title).toBe('Port reopens after storm');
    expect(await library.list()).toHaveLength(2);
  });

  it('follows a moved feed (301) and polls the new address from then on', async () => {
    site.route('/old-rss', (_req, res) => {
      res.writeHead(301, { location: '/new-rss' });
      res.end();
    });
    site.route('/new-rss', conditionalFeed(() => rss('Moved News', [{ guid: 'm1', title: 'Moving day', text: para('We moved our feed.') }]), () => '"m"'));
    const f = await follow('/old-rss');
    const p = poller();
    const [r] = await p.pollDue();
    expect(r).toMatchObject({ status: 'updated', movedTo: `${site.origin}/new-rss` });
    expect(r.added).toHaveLength(1);
    expect(await feeds.getFeed(f.id)).toMatchObject({ url: `${site.origin}/old-rss`, fetchUrl: `${site.origin}/new-rss` });
    advance(POLL);
    const [again] = await p.pollDue();
    expect(again.status).toBe('not-modified');
    expect(site.hits('/old-rss')).toHaveLength(1);
    expect(site.hits('/new-rss')).toHaveLength(2);
  });

  it('keeps a feed whose XML breaks, backs off, and disables it after 5 failures with a notice', async () => {
    let broken = false;
    site.route('/rss', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(broken ? '<rss version="2.0"><channel><title>Oops</title><item></channel></rss>' : rss('Shaky Feed', [{ guid: 's1', title: 'First story', text: para('It worked once.') }]));
    });
    const f = await follow('/rss');
    const p = poller();
    expect((await p.pollDue())[0].added).toHaveLength(1);
    broken = true;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      const before = now.getTime();
      advance(24 * 60); // well past any backoff
      const [r] = await p.pollDue();
      expect(r.status).toBe('failed');
      expect(r.error).toMatch(/is not a valid RSS or Atom feed \(unexpected close tag at line 1\)\.$/);
      const rec = await feeds.getFeed(f.id);
      expect(rec).toMatchObject({ failures: attempt, disabledAt: null });
      waits.push((Date.parse(rec!.nextPollAt) - (before + 24 * 60 * 60_000)) / 60_000);
    }
    // Doubling backoff from the poll interval.
    expect(waits).toEqual([30, 60, 120, 240]);
    // The feed and what it brought are kept.
    expect(await feeds.listFeeds(f.scope)).toHaveLength(1);
    expect(await library.list()).toHaveLength(1);
    expect(notices).toEqual([]);

    advance(24 * 60);
    const [last] = await p.pollDue();
    expect(last.status).toBe('disabled');
    expect(notices).toHaveLength(1);
    expect(notices[0].feed.channelId).toBe('news-desk');
    expect(notices[0].message.text).toContain(`I stopped checking "Shaky Feed" (${site.origin}/rss) after 5 failed attempts in a row.`);
    expect(notices[0].message.text).toContain(`Run /sources add ${site.origin}/rss to try it again`);
    expect(notices[0].dedupeKey).toMatch(/^feed-disabled:/);
    advance(24 * 60);
    expect(await p.pollDue()).toEqual([]);
  });

  it('fetches the article page when an item has only a snippet, and keeps the excerpt when the page fails', async () => {
    site.serve('/council-budget', ARTICLE, 'text/html; charset=utf-8');
    site.route('/rss', conditionalFeed(() => rss('Harbor Times', [
      { guid: 'c1', title: 'Council approves harbor budget', link: `${site.origin}/council-budget`, text: 'The council approved the budget.' },
      { guid: 'c2', title: 'Gone story', link: `${site.origin}/gone`, text: 'This page was taken down. It said the council met again.' },
    ]), () => '"c"'));
    await follow('/rss');
    const [r] = await poller().pollDue();
    const [full, excerpt] = r.added;
    expect(full).toMatchObject({ title: 'Council approves harbor budget', basis: 'full text', source: 'Harbor Times' });
    expect(full.text).toContain('Mayor Ana Ruiz said the work would begin in May');
    expect(excerpt).toMatchObject({ title: 'Gone story', basis: 'feed excerpt', url: `${site.origin}/gone` });
    expect(summarize(excerpt).basis).toBe('feed excerpt');
    expect(site.hits('/council-budget')[0].headers['user-agent']).toMatch(/^newsbrief\//);
  });

  it('groups the same story from two feeds (RSS and Atom) in the digest', async () => {
    // Wire copy that two outlets carry verbatim under their own headlines and links.
    const wire = [
      'Portville city council approved a 12 million dollar budget on Tuesday to rebuild the harbor wall damaged in the January storm.',
      'Mayor Ana Ruiz said the work on the harbor wall would begin in May and end before the autumn storms.',
      'Two council members voted against the plan, saying the regional government should share the cost.',
      'Fishing crews have lost weeks of work since the storm, the harbor master said.',
    ].join(' ');
    const harborA = wire;
    const harborB = wire;
    const choir = [
      'The Portville school choir won the national singing prize in the capital on Sunday.',
      'Forty pupils travelled by bus to take part in the final.',
      'Their teacher said the prize money would pay for new music books.',
    ].join(' ');
    site.route('/a.rss', conditionalFeed(() => rss('Harbor Times', [
      { guid: 'a1', title: 'Council approves 12 million dollar harbor wall budget', link: 'https://harbor.example/a1', text: harborA },
      { guid: 'a2', title: 'School choir wins national prize', link: 'https://harbor.example/a2', text: choir },
    ]), () => '"a"'));
    site.route('/b.atom', conditionalFeed(
      () => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Courier</title>
        <entry><title>Portville council approves harbor wall budget</title><id>urn:b1</id>
        <link href="https://courier.example/b1"/><published>2024-03-05T11:00:00Z</published>
        <content type="html">&lt;p&gt;${harborB}&lt;/p&gt;</content></entry></feed>`,
      () => '"b"', 'application/atom+xml'));
    await follow('/a.rss');
    await follow('/b.atom');
    // Links point to the internet: no page fetches here (the items are taken as they are).
    const results = await poller({ maxPageFetches: 0 }).pollDue();
    expect(results.map((r) => r.added.length)).toEqual([2, 1]);
    const d = buildDigest((await library.list()).map((a) => summarize(a, { points: 3 })));
    expect(d.items).toHaveLength(2);
    const harbor = d.items.find((i) => /harbor/i.test(i.lead.title));
    expect(harbor?.also).toHaveLength(1);
    expect(new Set([harbor?.lead.source, harbor?.also[0].source])).toEqual(new Set(['Harbor Times', 'Coast Courier']));
  });

  it('polls the other due feeds while one slow feed holds its slot, not only those leased with it', async () => {
    // Feeds are leased a few at a time (twice the concurrency); the slow one is in the first lease.
    const others = Array.from({ length: 8 }, (_, i) => `/town-${i}`);
    const requested: string[] = [];
    let answer: () => void = () => undefined;
    const held = new Promise<void>((r) => (answer = r));
    let releasedBy = '';
    const release = (why: string): void => {
      releasedBy ||= why;
      answer();
    };
    // Not a speed limit: without the stream of leases the round waits here for good (fail, not hang).
    const timer = setTimeout(() => release('timer'), 15_000);
    site.route('/slow', (_req, res) => {
      void held.then(() => conditionalFeed(() => rss('Slow', [{ guid: 's', title: 'Slow news', text: para('It came late.') }]), () => '"s"')(_req, res));
    });
    for (const [i, path] of others.entries()) {
      site.route(path, (req, res) => {
        requested.push(path);
        if (requested.length === others.length) release('every other feed requested');
        conditionalFeed(() => rss(`Town ${i}`, [{ guid: `t${i}`, title: `Town ${i} news`, text: para(`Town ${i} opened a library.`) }]), () => `"t${i}"`)(req, res);
      });
    }
    await follow('/slow');
    advance(0.001); // the slow feed is due first, so it is in the first lease
    for (const path of others) await follow(path);
    now = new Date(T0.getTime() + 60_000);
    const results = await poller({ concurrency: 2, perHost: 2 }).pollDue();
    clearTimeout(timer);
    // Every other feed was fetched while the slow one was still waiting for its answer.
    expect(releasedBy).toBe('every other feed requested');
    expect(requested.sort()).toEqual([...others].sort());
    expect(results.map((r) => r.status)).toEqual(Array(9).fill('updated'));
    expect((await library.list()).length).toBe(9);
  });

  it('contains one bad feed: the others are still polled', async () => {
    site.route('/good', conditionalFeed(() => rss('Good', [{ guid: 'g', title: 'Good news', text: para('All is well.') }]), () => '"g"'));
    await follow('/missing');
    await follow('/good');
    const results = await poller().pollDue();
    expect(results.map((r) => r.status)).toEqual(['failed', 'updated']);
    expect(results[0].error).toBe(`${site.origin}/missing answered with HTTP 404.`);
  });
});
