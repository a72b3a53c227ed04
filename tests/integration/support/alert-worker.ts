/**
 * An alerts process for the restart test: opens the SQLite file and runs the real alert engine
 * against the fake platform over HTTP (Discord-style nonces, Slack-style history metadata).
 * First it resumes whatever a killed predecessor left claimed (the engine's tick); then, when
 * NB_FEEDS and NB_ARTICLES are set, it hands those stored articles to the engine as the new
 * stories of each feed (what the poller does after a poll), waits for the posts, prints the
 * alert log's statuses as one JSON line and exits.
 *
 * Environment: NB_DB, NB_PLATFORM_URL, NB_NOW (ISO time), NB_FEEDS and NB_ARTICLES (comma-separated ids).
 */
import { pino } from 'pino';
import { AlertEngine } from '../../../src/alerts/engine.ts';
import type { Article } from '../../../src/core/types.ts';
import { createSqliteStore } from '../../../src/store/sqlite.ts';
import { HttpFakeAdapter } from '../../fakes/dedupe-platform.ts';

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const list = (name: string) => (process.env[name] ?? '').split(',').filter(Boolean);

const store = createSqliteStore(env('NB_DB'));
const now = new Date(env('NB_NOW'));
const url = env('NB_PLATFORM_URL');
const adapters = { discord: new HttpFakeAdapter('discord', url, 'nonce'), slack: new HttpFakeAdapter('slack', url, 'history') };
const engine = new AlertEngine({
  store,
  post: (platform, channelId, message, options) => adapters[platform as keyof typeof adapters].post(channelId, message, options),
  canPost: (platform) => platform in adapters,
  now: () => now,
  log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  timeZone: 'UTC',
});
await engine.tick();
const articles: Article[] = [];
for (const id of list('NB_ARTICLES')) articles.push((await store.articles.get(id))!);
const feeds = await Promise.all(list('NB_FEEDS').map(async (id) => (await store.feeds!.getFeed(id))!));
// Not awaited one by one, as the poller hands over each feed's stories when its poll is done.
for (const feed of feeds) void engine.onNewStories(feed, articles);
await engine.idle();
await engine.stop();
const statuses: Record<string, number> = {};
for (const e of await store.alerts!.unfinished()) statuses[e.status] = (statuses[e.status] ?? 0) + 1;
await store.close();
process.stdout.write(`${JSON.stringify({ unfinished: statuses })}\n`);
