/**
 * Live alerts exactly once across a crash: an alerts child process (the real engine on a real
 * SQLite file, posting over HTTP to the fake platform) is killed with SIGKILL in the middle of
 * posting, at a moment when the platform has accepted an alert the process never heard back
 * about, and is started again. Every channel ends up with each story exactly once (Discord-style
 * nonce and Slack-style history metadata), and every entry of the alert log is posted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { alertKey } from '../../src/alerts/keys.ts';
import { createSqliteStore } from '../../src/store/sqlite.ts';
import { feedScope } from '../../src/store/types.ts';
import { FakePlatformServer, FakePlatformState } from '../fakes/dedupe-platform.ts';
import { KYRGYZ_EVENTS } from '../fixtures/kyrgyz-stories.ts';
import { spawnWorker } from '../helpers/worker.ts';
import { makeArticle } from '../helpers/article.ts';

const WORKER = path.resolve(import.meta.dirname, 'support/alert-worker.ts');
const NOW = '2026-03-02T08:05:00.000Z';

/** Five different stories about Kyrgyzstan, made up for these tests. */
const STORIES = KYRGYZ_EVENTS.slice(0, 5);
const CHANNELS = [
  { platform: 'discord', channelId: 'd1', guildId: 'G1' },
  { platform: 'discord', channelId: 'd2', guildId: 'G1' },
  { platform: 'discord', channelId: 'd3', guildId: 'G1' },
  { platform: 'slack', channelId: 's1', guildId: 'T1' },
  { platform: 'slack', channelId: 's2', guildId: 'T1' },
  { platform: 'slack', channelId: 's3', guildId: 'T1' },
];

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

const runWorker = (env: Record<string, string>) => spawnWorker([WORKER], env, cleanup);

describe('restart during alert posting (real SQLite file, child process killed with SIGKILL)', () => {
  it('neither repeats nor loses an alert: each of 6 channels gets each of 5 stories once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-alerts-restart-'));
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const db = path.join(dir, 'newsbrief.db');
    const at = new Date(NOW);
    const store = createSqliteStore(db);
    const ids: string[] = [];
    for (const [i, [title, lead]] of STORIES.entries()) {
      const article = makeArticle({
        id: `kg${i}`,
        title,
        text: `${lead} Officials said more on it would follow.`,
        url: `https://news.example/kg${i}`,
        publishedAt: new Date(at.getTime() - (10 - i) * 60_000).toISOString(),
        source: 'Example Wire',
      });
      ids.push((await store.articles.put(article, at)).id);
    }
    const feeds: string[] = [];
    for (const [platform, guildId] of [['discord', 'G1'], ['slack', 'T1']]) {
      const scope = feedScope(platform, guildId, 'feeds');
      const feed = await store.feeds!.addFeed({ scope, platform, guildId, channelId: 'feeds', url: `https://news.example/${platform}.xml`, title: 'Example Wire', addedBy: 'u', nextPollAt: NOW }, at);
      feeds.push(feed.id);
    }
    for (const c of CHANNELS) await store.alerts!.follow({ ...c, topic: 'Kyrgyzstan', ping: null, quiet: null, createdBy: 'u' }, at);
    await store.close();

    const state = new FakePlatformState();
    const server = new FakePlatformServer(state);
    const url = await server.start();
    cleanup.push(() => server.close());
    const env = { NB_DB: db, NB_PLATFORM_URL: url, NB_NOW: NOW };

    // Killed after the platform accepted 11 alerts of 30 and held the answer to the 11th.
    state.holdAfter = 11;
    const held = new Promise<void>((resolve) => state.once('held', () => resolve()));
    const first = runWorker({ ...env, NB_FEEDS: feeds.join(','), NB_ARTICLES: ids.join(',') });
    const winner = await Promise.race([held.then(() => 'held' as const), first.done]);
    expect(winner, typeof winner === 'object' ? winner.stderr : '').toBe('held');
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    state.holdAfter = null;
    const beforeRestart = state.posts.length;
    expect(beforeRestart).toBe(11);

    // The next start has no new stories: it only resumes what the killed one left.
    const again = await runWorker({ ...env, NB_NOW: '2026-03-02T08:06:00.000Z' }).done;
    expect(again.code, again.stderr).toBe(0);
    expect(again.report).toEqual({ unfinished: {} });
    for (const c of CHANNELS) {
      const titles = state.channel(c.channelId).map((p) => p.message.title);
      expect(titles.sort(), c.channelId).toEqual(STORIES.map(([t]) => t).sort());
    }
    expect(state.posts).toHaveLength(30);
    // The alert the killed process never heard back about was found, not posted again.
    expect(state.nonceHits + state.historyHits).toBe(1);

    const check = createSqliteStore(db);
    for (const c of CHANNELS) {
      for (const id of ids) expect((await check.alerts!.get(alertKey(c.platform, c.channelId, id)))?.status, `${c.channelId} ${id}`).toBe('posted');
    }
    await check.close();
  });
});
