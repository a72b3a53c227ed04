/**
 * Two bot processes sharing one database (two alert engines under their own owner names, on
 * SQLite and on PostgreSQL when NEWSBRIEF_TEST_PG_URL is set) decide the same new stories at
 * the same time: each story is posted once, and the hourly cap holds across both. Stories a
 * process stored but died before deciding are decided by the others, once.
 */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AlertEngine } from '../../src/alerts/engine.ts';
import type { Article } from '../../src/core/types.ts';
import { feedScope } from '../../src/store/types.ts';
import { FakeAdapter, FakePlatformState } from '../fakes/dedupe-platform.ts';
import { storeBackends } from '../helpers/store-backends.ts';
import { FeedPoller } from '../../src/sources/poller.ts';
import { StoreLibrary } from '../../src/sources/store-library.ts';
import { GOLD, WHEAT } from '../e2e/alert-feeds.ts';
import { KYRGYZ } from '../fixtures/kyrgyz-stories.ts';
import { makeArticle } from '../helpers/article.ts';

const at = new Date('2026-03-01T08:05:00Z');

function stories(): Article[] {
  return KYRGYZ.slice(0, 12).map(([title, lead], i) =>
    makeArticle({
      id: `s${i}`,
      title: `Kyrgyzstan ${title}`,
      text: `${lead}, officials in Kyrgyzstan said on Sunday.`,
      url: `https://news.example/s${i}`,
      publishedAt: new Date(at.getTime() - (12 - i) * 60_000).toISOString(),
      source: 'Wire',
    }),
  );
}

for (const [name, backend] of storeBackends({ memory: false })) describe.skipIf(backend.skip)(`alerts on a shared ${name} store`, () => {
  it('posts each story once and at most the hourly cap, whichever process decides it', async () => {
    const store = await backend.make();
    const state = new FakePlatformState();
    const adapter = new FakeAdapter('discord', state);
    const engine = (owner: string) =>
      new AlertEngine({ store, owner, post: (_p, c, m, o) => adapter.post(c, m, o), canPost: () => true, now: () => at, log: pino({ level: 'silent' }), perHour: 5, timeZone: 'UTC' });
    const feed = await store.feeds!.addFeed({ scope: feedScope('discord', 'G1', 'C0'), platform: 'discord', guildId: 'G1', channelId: 'C0', url: 'https://wire.example/rss', title: 'Wire', addedBy: 'u', nextPollAt: at.toISOString() }, at);
    await store.alerts!.follow({ platform: 'discord', channelId: 'C1', guildId: 'G1', topic: 'Kyrgyzstan', ping: null, quiet: null, createdBy: 'u' }, at);
    const list = stories();
    for (const a of list) await store.articles.put(a, at);
    const [a, b] = [engine('p1'), engine('p2')];
    await Promise.all([a.onNewStories(feed, list), b.onNewStories(feed, [...list].reverse())]);
    const posted = state.channel('C1').map((p) => p.message.articleId);
    expect(posted).toHaveLength(5);
    expect(new Set(posted).size).toBe(5);
    const held = await store.alerts!.dueHeld(new Date('2026-03-01T09:00:00Z'));
    expect(held.map((h) => h.articleId).sort()).toEqual(list.map((s) => s.id).filter((id) => !posted.includes(id)).sort());
    await store.close();
  });
  it('decides once the stories a dead process stored but never decided: after its lease on a shared store, at once on SQLite', async () => {
    const store = await backend.make();
    const state = new FakePlatformState();
    const adapter = new FakeAdapter('discord', state);
    let now = at;
    const engine = (owner: string) =>
      new AlertEngine({ store, owner, post: (_p, c, m, o) => adapter.post(c, m, o), canPost: () => true, now: () => now, log: pino({ level: 'silent' }), timeZone: 'UTC' });
    const feed = await store.feeds!.addFeed({ scope: feedScope('discord', 'G1', 'C0'), platform: 'discord', guildId: 'G1', channelId: 'C0', url: 'https://wire.example/rss', title: 'Wire', addedBy: 'u', nextPollAt: at.toISOString() }, at);
    await store.alerts!.follow({ platform: 'discord', channelId: 'C1', guildId: 'G1', topic: 'Kyrgyzstan', ping: null, quiet: null, createdBy: 'u' }, at);
    const list = stories().slice(0, 4);
    for (const a of list) await store.articles.put(a, at);
    // The dead process had decided and posted the first story (before clearing its mark) and
    // stored the four, each marked pending with its seen mark as the poller does, when it was killed.
    await engine('dead').onNewStories(feed, list.slice(0, 1));
    await store.feeds!.markSeenMany!(list.map((a) => ({ feedId: feed.id, key: a.id, contentHash: a.id, articleId: a.id, alertPending: true })), at);
    expect(await store.feeds!.pendingAlerts!(now, 10)).toEqual([]);
    expect(await store.feeds!.pendingAlerts!(new Date(at.getTime() + 1), 10)).toHaveLength(4);
    expect(state.channel('C1')).toHaveLength(1);

    now = new Date(at.getTime() + 60_000);
    const shared = store.shared === true;
    const survivors = shared ? [engine('p1'), engine('p2')] : [engine('p1')];
    await Promise.all(survivors.map((e) => e.tick()));
    // A minute on, another process may still be deciding them: left alone on a shared store.
    expect(state.channel('C1')).toHaveLength(shared ? 1 : 4);
    now = new Date(at.getTime() + 6 * 60_000);
    await Promise.all(survivors.map((e) => e.tick()));
    const posted = state.channel('C1').map((p) => p.message.articleId);
    expect(posted.sort()).toEqual(list.map((a) => a.id).sort());
    expect(state.nonceHits).toBe(0);
    expect(await store.feeds!.pendingAlerts!(new Date(now.getTime() + 1), 10)).toEqual([]);
    await store.close();
  });
  it('stories a poll stored but never handed to the engine (abandoned at its time limit) are decided by its own process after a lease', async () => {
    const store = await backend.make();
    const state = new FakePlatformState();
    const adapter = new FakeAdapter('discord', state);
    let now = at;
    const log = pino({ level: 'silent' });
    const engine = new AlertEngine({ store, owner: 'p1', post: (_p, c, m, o) => adapter.post(c, m, o), canPost: () => true, now: () => now, log, timeZone: 'UTC' });
    const feed = await store.feeds!.addFeed({ scope: feedScope('discord', 'G1', 'C0'), platform: 'discord', guildId: 'G1', channelId: 'C0', url: 'https://wire.example/rss', title: 'Wire', addedBy: 'u', nextPollAt: at.toISOString() }, at);
    await store.alerts!.follow({ platform: 'discord', channelId: 'C1', guildId: 'G1', topic: 'Kyrgyzstan', ping: null, quiet: null, createdBy: 'u' }, at);
    const poller = new FeedPoller({ feeds: store.feeds!, library: new StoreLibrary(store.articles, () => now), config: { pollMinutes: 15, allowPrivateUrls: true }, now: () => now, log, notify: async () => undefined, onNewStories: () => undefined });
    // What a poll of a bot with alerts stores (the parsed items, stored with their pending marks);
    // abandoned at its time limit, pollFeed returns before handing them over.
    const items = [GOLD, WHEAT].map((i, n) => ({ key: `guid:${i.id}`, guid: i.id, link: null, title: i.title, text: i.paras.join('\n\n'), publishedAt: new Date(at.getTime() - (2 - n) * 60_000).toISOString(), contentHash: `h-${i.id}`, fullText: true }));
    expect(await poller.ingest(feed, items, 'Wire', log, { started: Date.now(), abandoned: () => false, alert: true })).toHaveLength(2);
    now = new Date(at.getTime() + 60_000);
    await engine.tick();
    expect(state.channel('C1')).toHaveLength(0); // maybe still being decided: left alone
    now = new Date(at.getTime() + 6 * 60_000);
    await engine.tick();
    await engine.tick();
    expect(state.channel('C1').map((p) => p.message.title)).toEqual([GOLD.title]);
    expect(await store.feeds!.pendingAlerts!(new Date(now.getTime() + 1), 10)).toEqual([]);
    await store.close();
  });
});
