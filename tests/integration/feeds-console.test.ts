/**
 * End to end on the console adapter: a feed added with /sources is polled and its new items
 * appear in the next /digest; refusals are one line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { ConsoleAdapter } from '../../src/adapters/console/index.ts';
import { parseConfig } from '../../src/config.ts';
import { conditionalFeed, startSite, type HttpSite } from '../fakes/http-site.ts';

let tmp: string;
let site: HttpSite;
let version = 1;

const STORIES = [
  {
    guid: 'tt-1',
    title: 'Tram line to the airport opens',
    text: 'The new tram line to the airport opened on Monday. Trains run every ten minutes from the central station. The city spent four years building the line. Passengers said the ride was quick and quiet.',
  },
  {
    guid: 'tt-2',
    title: 'Night buses return next month',
    text: 'Night buses will return to the city next month after a two-year pause. The transport authority said six routes will run on Fridays and Saturdays. Drivers have been hired and trained for the night shifts.',
  },
];

function feedXml(): string {
  const items = STORIES.slice(0, version === 1 ? 1 : 2)
    .map((s, i) => `<item><title>${s.title}</title><guid>${s.guid}</guid><pubDate>Tue, 0${5 + i} Mar 2024 10:00:00 GMT</pubDate><description>${s.text}</description></item>`)
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Transit Today</title><link>https://transit.example/</link>${items}</channel></rss>`;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-feeds-console-'));
  fs.mkdirSync(path.join(tmp, 'empty-library'));
  site = await startSite();
  site.route('/transit.rss', conditionalFeed(feedXml, () => `"v${version}"`));
  site.serve('/council-budget', fs.readFileSync(new URL('../fixtures/sources/article.html', import.meta.url)), 'text/html; charset=utf-8');
  site.serve('/home', '<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>', 'text/html');
});
afterAll(async () => {
  await site.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

let app: App | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

async function consoleApp(allowPrivate: boolean, now: () => Date): Promise<{ console: ConsoleAdapter; out: () => string }> {
  const config = parseConfig({
    NEWSBRIEF_ALLOW_PRIVATE_URLS: String(allowPrivate),
    NEWSBRIEF_BRIEFINGS: path.join(tmp, 'empty-library'),
    NEWSBRIEF_DB: path.join(tmp, `db-${Math.random()}.db`),
    NEWSBRIEF_POLL_MINUTES: '10',
  });
  let text = '';
  const output = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  app = await createApp({ config, log: pino({ level: 'silent' }), input: new PassThrough(), output, now });
  await app.start();
  const c = app.adapters.find((a): a is ConsoleAdapter => a instanceof ConsoleAdapter);
  if (!c) throw new Error('no console adapter');
  return { console: c, out: () => text };
}

describe('/sources on the console', () => {
  it('adds a feed, the poller brings its items into /digest, and later items too', async () => {
    let now = new Date('2024-03-05T12:00:00Z');
    const { console: c, out } = await consoleApp(true, () => now);
    const url = `${site.origin}/transit.rss`;

    const [added] = await c.handleLine(`/sources add ${url}`);
    expect(added.kind).toBe('info');
    expect(added.text).toBe('Now following "Transit Today" (1 item in it). 1 new story is in the library now: /digest shows them. It is checked every 10 minutes.');

    // Issue #17 item 2: the items /sources add fetched are in the library at once, before any poll.
    const [digest1] = await c.handleLine('/digest');
    expect(digest1.kind).toBe('digest');
    expect(out()).toContain('Tram line to the airport opens');
    expect(out()).not.toContain('Night buses return next month');
    // The poll that follows at once finds nothing due: the feed was just fetched.
    expect(await app!.sources.poller.pollDue()).toEqual([]);
    // A feed item with only a short description is labelled as such when briefed.
    const [tram] = await c.handleLine('/brief Tram line to the airport');
    expect(tram).toMatchObject({ kind: 'briefing', title: 'Tram line to the airport opens' });
    expect(tram.footer).toContain('summarized from the feed excerpt');

    // A new story upstream shows up after the next poll.
    version = 2;
    now = new Date(now.getTime() + 10 * 60_000);
    const [r] = await app!.sources.poller.pollDue();
    expect(r.added.map((a) => a.title)).toEqual(['Night buses return next month']);
    const before = out().length;
    await c.handleLine('/digest');
    const second = out().slice(before);
    expect(second).toContain('Night buses return next month');
    expect(second).toContain('Tram line to the airport opens');

    const [list] = await c.handleLine('/sources list');
    expect(list.text).toBe('This bot follows 1 feed.');
    expect(list.sections?.[0]).toMatchObject({ heading: 'Transit Today', url, note: 'checked 2024-03-05 12:10 UTC' });

    const [dup] = await c.handleLine(`/sources add ${url}`);
    expect(dup).toMatchObject({ kind: 'error', text: `This bot already follows ${url}.` });

    const [removed] = await c.handleLine(`/sources remove ${url}`);
    expect(removed.text).toBe(`Stopped following "Transit Today" (${url}). Stories already fetched stay in the library.`);
    const [empty] = await c.handleLine('/sources');
    expect(empty.text).toBe('This bot follows no feeds yet: add one with /sources add <url>.');
  });

  it('briefs a pasted URL through services.fetchArticle (Readability)', async () => {
    const { console: c } = await consoleApp(true, () => new Date('2024-03-05T12:00:00Z'));
    const [b] = await c.handleLine(`/brief ${site.origin}/council-budget`);
    expect(b).toMatchObject({ kind: 'briefing', title: 'Council approves harbor budget', url: `${site.origin}/council-budget` });
    expect(b.footer).not.toContain('feed excerpt');
    expect(b.bullets?.join(' ')).toMatch(/harbor/);
    // It is in the library now: /digest lists it.
    const [d] = await c.handleLine('/digest');
    expect(JSON.stringify(d)).toContain('Council approves harbor budget');
  });

  it('posts a notice in the channel when a failing feed is disabled', async () => {
    let now = new Date('2024-03-05T12:00:00Z');
    let up = true;
    site.route('/flaky.rss', (_req, res) => {
      if (!up) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('down');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss version="2.0"><channel><title>Flaky Wire</title><item><guid>f1</guid><title>Hello</title><description>Short.</description></item></channel></rss>');
    });
    const { console: c, out } = await consoleApp(true, () => now);
    await c.handleLine(`/sources add ${site.origin}/flaky.rss`);
    up = false;
    // /sources add fetched the feed just now: the first poll is a poll interval later.
    for (let i = 0; i < 5; i++) {
      now = new Date(now.getTime() + 24 * 60 * 60_000);
      await app!.sources.poller.pollDue();
    }
    expect(out()).toContain('[#console]');
    expect(out()).toContain(`I stopped checking "Flaky Wire" (${site.origin}/flaky.rss) after 5 failed attempts in a row. Last error: ${site.origin}/flaky.rss answered with HTTP 503.`);
    const [list] = await c.handleLine('/sources list');
    expect(list.sections?.[0].note).toMatch(/^disabled on 2024-03-\d\d after 5 failures/);
    // Adding it again enables it.
    up = true;
    const [again] = await c.handleLine(`/sources add ${site.origin}/flaky.rss`);
    expect(again.title).toBe('Feed enabled again');
    now = new Date(now.getTime() + 10 * 60_000);
    const [r] = await app!.sources.poller.pollDue();
    expect(r.status).toBe('updated');
  });

  it('refuses what is not a feed, with the reason in one line', async () => {
    const { console: c } = await consoleApp(true, () => new Date('2024-03-05T12:00:00Z'));
    const cases: [string, string][] = [
      [`/sources add ${site.origin}/home`, `${site.origin}/home is a web page, not an RSS or Atom feed.`],
      [`/sources add ${site.origin}/nothing-here`, `${site.origin}/nothing-here answered with HTTP 404.`],
      ['/sources add ftp://files.example/feed', 'ftp://files.example/feed is not an http or https URL: only web addresses can be fetched.'],
      ['/sources add', '/sources add needs a feed URL, like /sources add https://example.com/feed.xml'],
      ['/sources remove https://never.example/rss', 'This bot does not follow https://never.example/rss: see /sources list.'],
      ['/sources delete https://x.example/', '"delete" is not a valid action: use one of add, list, remove.'],
    ];
    for (const [line, text] of cases) {
      const [m] = await c.handleLine(line);
      expect(m, line).toMatchObject({ kind: 'error', text });
    }
    const [list] = await c.handleLine('/sources list');
    expect(list.text).toContain('follows no feeds yet');
  });

  it('refuses a private address when NEWSBRIEF_ALLOW_PRIVATE_URLS is off', async () => {
    const { console: c } = await consoleApp(false, () => new Date('2024-03-05T12:00:00Z'));
    const before = site.hits('/transit.rss').length;
    const [m] = await c.handleLine(`/sources add ${site.origin}/transit.rss`);
    expect(m).toMatchObject({ kind: 'error', text: `${site.origin}/transit.rss is a private address: not allowed.` });
    expect(site.hits('/transit.rss').length).toBe(before);
    const [b] = await c.handleLine('/brief http://169.254.169.254/latest/meta-data/');
    expect(b).toMatchObject({ kind: 'error', text: 'http://169.254.169.254/latest/meta-data/ is a private address: not allowed.' });
  });
});
