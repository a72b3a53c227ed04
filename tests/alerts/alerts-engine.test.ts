/**
 * The alert engine (src/alerts/engine.ts) on a real SQLite store, posting to a fake platform
 * that deduplicates by nonce as Discord does: one story one alert per channel naming every
 * topic it matched, the same story from another source in the first alert's thread, storm
 * control (10 alerts an hour, then one roll-up), quiet hours, pings, live feeds with filters,
 * and a crash mid-posting that repeats nothing and loses nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { KYRGYZ } from '../fixtures/kyrgyz-stories.ts';
import { AlertEngine } from '../../src/alerts/engine.ts';
import type { Message } from '../../src/core/message/message.ts';
import type { Article } from '../../src/core/types.ts';
import type { PostOptions } from '../../src/delivery/types.ts';
import { createSqliteStore, type SqliteStore } from '../../src/store/sqlite.ts';
import { feedScope, type FeedRecord } from '../../src/store/types.ts';
import { FakeAdapter, FakePlatformState } from '../fakes/dedupe-platform.ts';
import { makeArticle } from '../helpers/article.ts';

const log = pino({ level: 'silent' });
const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function openDb(): SqliteStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-alerts-'));
  dirs.push(dir);
  const s = createSqliteStore(path.join(dir, 'db.sqlite'));
  stores.push(s);
  return s;
}


/** A story of our own: the headline and lead say what it is about; `more` paragraphs follow the lead. */
function story(id: string, title: string, lead: string, opts: { more?: string[]; minute?: number; source?: string } = {}): Article {
  const text = [lead, ...(opts.more ?? [])].join('\n\n');
  return makeArticle({
    id,
    title,
    text,
    url: `https://news.example/${id}`,
    publishedAt: new Date(Date.parse('2026-03-01T08:00:00Z') + (opts.minute ?? 0) * 60_000).toISOString(),
    source: opts.source ?? 'Example Wire',
  });
}

interface Rig {
  store: SqliteStore;
  state: FakePlatformState;
  posts: { channelId: string; message: Message; options: PostOptions }[];
  engine: AlertEngine;
  clock: { now: Date };
  feed: FeedRecord;
  add(articles: Article[], feed?: FeedRecord): Promise<void>;
}

async function rig(opts: { store?: SqliteStore; state?: FakePlatformState; at?: string; perHour?: number; timeZone?: string } = {}): Promise<Rig> {
  const store = opts.store ?? openDb();
  const state = opts.state ?? new FakePlatformState();
  const adapter = new FakeAdapter('discord', state);
  const clock = { now: new Date(opts.at ?? '2026-03-01T08:05:00Z') };
  const posts: Rig['posts'] = [];
  const engine = new AlertEngine({
    store,
    post: async (_platform, channelId, message, options) => {
      const res = await adapter.post(channelId, message, options);
      posts.push({ channelId, message, options });
      return res;
    },
    canPost: (p) => p === 'discord',
    now: () => clock.now,
    log,
    perHour: opts.perHour,
    timeZone: opts.timeZone ?? 'UTC',
  });
  const feed =
    (await store.feeds!.findFeed(feedScope('discord', 'G1', 'C0'), 'https://wire.example/feed.xml')) ??
    (await store.feeds!.addFeed({ scope: feedScope('discord', 'G1', 'C0'), platform: 'discord', guildId: 'G1', channelId: 'C0', url: 'https://wire.example/feed.xml', title: 'Example Wire', addedBy: 'u', nextPollAt: clock.now.toISOString() }, clock.now));
  return {
    store,
    state,
    posts,
    engine,
    clock,
    feed,
    async add(articles, f = feed) {
      for (const a of articles) await store.articles.put(a, clock.now);
      await engine.onNewStories(f, articles);
    },
  };
}

async function follow(r: Rig, channelId: string, topic: string, over: { ping?: string; quiet?: string } = {}) {
  await r.store.alerts!.follow({ platform: 'discord', channelId, guildId: 'G1', topic, ping: over.ping ?? null, quiet: over.quiet ?? null, createdBy: 'u1' }, r.clock.now);
}


/** The i-th story about Kyrgyzstan, under the id `id`. */
const kyrgyz = (id: string, i: number) =>
  story(id, `Kyrgyzstan ${KYRGYZ[i][0]}`, `${KYRGYZ[i][1]}, officials in Kyrgyzstan said on Sunday.`, { minute: i });

describe('alert engine', () => {
  it('posts a followed story once, naming every topic it matched, with the Ask action; other channels and topics get nothing', async () => {
    const r = await rig();
    await follow(r, 'C1', 'Kyrgyzstan');
    await follow(r, 'C1', 'Kumtor');
    await follow(r, 'C2', 'Bank of England');
    await r.add([kyrgyz('k1', 0)]);
    await r.add([kyrgyz('k1', 0)]); // the same story again (another poll): nothing more
    expect(r.state.channel('C1')).toHaveLength(1);
    expect(r.state.channel('C2')).toHaveLength(0);
    const m = r.state.channel('C1')[0].message;
    expect(m).toMatchObject({ kind: 'briefing', title: 'Kyrgyzstan opens a gold mine at Kumtor', url: 'https://news.example/k1', articleId: 'k1' });
    expect(m.fields).toEqual([{ name: 'Topics', value: 'Kyrgyzstan, Kumtor', inline: true }]);
    expect(m.actions).toEqual([{ id: 'ask:k1', label: 'Ask a question' }]);
    expect(m.text).toMatch(/restarted gold output at Kumtor/);
    const follows = await r.store.alerts!.follows('discord', 'C1');
    expect(follows.map((f) => f.lastMatchedAt)).toEqual([r.clock.now.toISOString(), r.clock.now.toISOString()]);
    // Follow-up questions in the channel are about the story just posted.
    expect(await r.store.conversations.getContext('discord:C1:')).toBe('k1');
  });

  it('does not post a story that names the topic only in passing, or inside another word (China / Chinatown)', async () => {
    const r = await rig();
    await follow(r, 'C1', 'Kyrgyzstan');
    await follow(r, 'C1', 'China');
    await r.add([
      story('w1', 'Wheat prices climb on dry weather', 'Wheat prices rose sharply on Tuesday as traders in Chicago reacted to dry weather across the plains.', {
        // The first two paragraphs are the lead; Kyrgyzstan comes up once, in the fourth.
        more: [
          'The benchmark contract gained four percent in early trading, its biggest daily rise this year.',
          'Farmers have delayed planting in several states because the soil is too dry.',
          'Shipments to Central Asia, including a small cargo bound for Kyrgyzstan, were not expected to change.',
        ],
      }),
      story('c1', 'Chinatown night market reopens', 'The Chinatown night market reopened on Friday after repairs, with stalls selling noodles.'),
    ]);
    expect(r.state.posts).toHaveLength(0);
  });

  it('posts a later report of the same story from another source in the first alert’s thread', async () => {
    const r = await rig();
    await follow(r, 'C1', 'Kyrgyzstan');
    const first = story('s1', 'Kyrgyzstan and Tajikistan sign border deal in Bishkek', 'Kyrgyzstan and Tajikistan signed a border deal in Bishkek on Sunday, ending a dispute over 300 kilometres of frontier, President Sadyr Japarov said.');
    await r.add([first]);
    const other = await r.store.feeds!.addFeed({ scope: feedScope('discord', 'G1', 'C0'), platform: 'discord', guildId: 'G1', channelId: 'C0', url: 'https://other.example/rss', title: 'Other News', addedBy: 'u', nextPollAt: r.clock.now.toISOString() }, r.clock.now);
    r.clock.now = new Date('2026-03-01T08:40:00Z');
    const second = story('s2', 'Kyrgyzstan, Tajikistan sign deal ending border dispute', 'Kyrgyzstan and Tajikistan signed a deal in Bishkek on Sunday that ends their dispute over 300 kilometres of border, Sadyr Japarov said.', { minute: 30, source: 'Other News' });
    await r.add([second], other);
    expect(r.state.channel('C1')).toHaveLength(2);
    const [alert, update] = r.posts;
    expect(update.message.title).toBe('Update: Kyrgyzstan, Tajikistan sign deal ending border dispute');
    expect(update.message.text).toMatch(/^Also reported by Other News: /);
    expect(update.options.threadOf).toBe(r.state.channel('C1')[0].id);
    expect(alert.options.threadOf).toBeUndefined();
  });

  it('25 matching stories in an hour give 10 alerts and one roll-up when the hour ends', async () => {
    const r = await rig();
    await follow(r, 'C1', 'Kyrgyzstan');
    await r.add(Array.from({ length: 25 }, (_, i) => kyrgyz(`n${i}`, i)));
    expect(r.state.channel('C1')).toHaveLength(10);
    await r.engine.tick(); // the hour has not ended
    expect(r.state.channel('C1')).toHaveLength(10);
    r.clock.now = new Date('2026-03-01T09:00:30Z');
    await r.engine.tick();
    await r.engine.tick();
    const posts = r.state.channel('C1');
    expect(posts).toHaveLength(11);
    const rollup = posts[10].message;
    expect(rollup.title).toBe('And 15 more stories about Kyrgyzstan this hour');
    expect(rollup.sections).toHaveLength(10);
    expect(rollup.footer).toBe('and 5 more');
    expect(rollup.articleIds).toHaveLength(15);
    // Every story is in exactly one post.
    const shown = [...posts.slice(0, 10).map((p) => p.message.articleId), ...(rollup.articleIds ?? [])];
    expect(new Set(shown).size).toBe(25);
    // The next hour has its own 10.
    await r.add([kyrgyz('next', 25)]);
    expect(r.state.channel('C1')).toHaveLength(12);
  });

  it('holds alerts in quiet hours (channel time zone) and posts one roll-up when they end', async () => {
    // 23:30 in London in winter (UTC+0); the channel's digest subscription gives its zone.
    const r = await rig({ at: '2026-01-10T23:30:00Z', timeZone: 'Asia/Tokyo' });
    await r.store.subscriptions.upsert({ platform: 'discord', channelId: 'C1', guildId: 'G1', schedule: '0 8 * * *', timeZone: 'Europe/London', createdBy: 'u' }, r.clock.now);
    await follow(r, 'C1', 'Kyrgyzstan', { quiet: '22:00-07:00', ping: '555' });
    await r.add([kyrgyz('q1', 0), kyrgyz('q2', 1)]);
    expect(r.state.channel('C1')).toHaveLength(0);
    r.clock.now = new Date('2026-01-11T06:59:00Z');
    await r.engine.tick();
    expect(r.state.channel('C1')).toHaveLength(0);
    r.clock.now = new Date('2026-01-11T07:00:00Z');
    await r.engine.tick();
    const posts = r.state.channel('C1');
    expect(posts).toHaveLength(1);
    expect(posts[0].message.title).toBe('While this channel was quiet: 2 stories about Kyrgyzstan');
    expect(r.posts[0].options.ping).toBeUndefined(); // a roll-up pings no one
    // Outside quiet hours the follow's ping goes with the alert, and only that role.
    await r.add([kyrgyz('q3', 2)]);
    expect(r.posts[1].options.ping).toEqual({ id: '555' });
  });

  it('posts every story of a live feed that passes its filters, naming the feed', async () => {
    const r = await rig();
    await r.store.alerts!.setLive({ feedId: r.feed.id, platform: 'discord', channelId: 'C9', include: ['rate cut', 'inflation'], exclude: ['opinion'], createdBy: 'u' }, r.clock.now);
    await r.add([
      story('b1', 'Bank of England announces rate cut', 'The Bank of England cut its main rate by a quarter point on Thursday.'),
      story('b2', 'Opinion: the rate cut came too late', 'The rate cut came months after inflation had already fallen, this writer argues.'),
      story('b3', 'Football club signs new striker', 'The club signed a striker from Spain on Friday for an undisclosed fee.'),
    ]);
    const posts = r.state.channel('C9');
    expect(posts.map((p) => p.message.articleId)).toEqual(['b1']);
    expect(posts[0].message.fields).toEqual([{ name: 'Live feed', value: 'Example Wire', inline: true }]);
  });

  it('a crash mid-posting repeats nothing and loses nothing on restart', async () => {
    const store = openDb();
    const state = new FakePlatformState();
    const a = await rig({ store, state });
    await follow(a, 'C1', 'Kyrgyzstan');
    // The platform accepts the 3rd post but the process dies before hearing back.
    state.holdAfter = 3;
    void a.add([kyrgyz('r1', 1), kyrgyz('r2', 2), kyrgyz('r3', 3), kyrgyz('r4', 4), kyrgyz('r5', 5)]);
    await new Promise<void>((resolve) => state.once('held', () => resolve()));
    expect(state.posts).toHaveLength(3);
    // Restart: a new engine on the same database resumes the claims left behind.
    state.holdAfter = null;
    const b = await rig({ store, state });
    await b.engine.tick();
    const ids = state.channel('C1').map((p) => p.message.articleId);
    expect(ids.sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(state.nonceHits).toBe(1); // the 3rd post was found on the platform, not sent again
    expect(await store.alerts!.unfinished()).toEqual([]);
  });
});
