/**
 * Three `npm start` processes on one PostgreSQL database, end to end: the fake Discord with two
 * shards (one process on each, the third runs Slack only), the fake Slack in HTTP mode with
 * requests spread across the processes' ports, and a local site serving 50 feeds.
 * - 200 Slack channels subscribed for the same minute each get their digest exactly once,
 *   although the platform rate-limits posts and one process is SIGKILLed while it holds claims
 *   (they are taken over when their lease expires, with the same dedupe key);
 *   the subscriptions are added once the processes run, for the next whole minute;
 * - each of the 50 due feeds is fetched once between the processes;
 * - a /brief sent to one process and the /ask sent to another are one conversation;
 * - a Discord interaction is answered once, by the process running the guild's shard.
 * Skipped visibly without NEWSBRIEF_TEST_PG_URL on a developer machine; fails in CI.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord-server.ts';
import { startSite, type HttpSite } from '../fakes/http-site.ts';
import { FakeSlack } from '../fakes/slack-server.ts';
import { storeBackends } from '../helpers/store-backends.ts';

const pgBackend = storeBackends().find(([name]) => name === 'postgres')![1];
const DISCORD_TOKEN = 'multi-process-discord-token';
const CHANNELS = 200;
const FEEDS = 50;

const STORY = `Harbour ferry gets a second boat

The harbour ferry will run a second boat from June, the port authority said on Tuesday. Captain Ida Marsh will command the new boat, named the Heron. The second boat halves the wait between crossings to fifteen minutes. Tickets keep their price of two euros.`;

interface Proc {
  child: ChildProcess;
  logs: Record<string, unknown>[];
  waitLog(match: (l: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

function start(env: Record<string, string>): Proc {
  // What `npm start` runs: Node with tsx's loader.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: process.cwd(), env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  cleanup.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 8000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const logs: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    try {
      logs.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      logs.push({ raw: line });
    }
    for (const w of waiters) w();
  });
  return {
    child,
    logs,
    waitLog(match, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = logs.find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching log line; last: ${JSON.stringify(logs.slice(-5))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(pgBackend.skip)('three npm start processes on one PostgreSQL database', () => {
  it('post every digest once through a SIGKILL, fetch each feed once, share conversations, split Discord shards', async () => {
    const db = await pgBackend.target();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-multi-'));
    cleanup.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
    fs.mkdirSync(path.join(tmp, 'briefings'));
    fs.writeFileSync(path.join(tmp, 'briefings', 'harbour-ferry.txt'), STORY);

    const slack = await FakeSlack.start();
    cleanup.push(() => slack.close());
    const discord: FakeDiscord = await startFakeDiscord({ token: DISCORD_TOKEN, shards: 2 });
    cleanup.push(() => discord.close());
    const site: HttpSite = await startSite();
    cleanup.push(() => site.close());
    for (let i = 0; i < FEEDS; i++) {
      site.serve(
        `/feed-${i}.rss`,
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${i}</title><item><title>Quarry ${i} reopens</title><guid>q${i}</guid><description>Quarry ${i} reopened on Monday after a year of repairs. Forty workers returned.</description></item></channel></rss>`,
        'application/rss+xml',
      );
    }

    // The database before the processes start: 50 feeds due now (the 200 subscriptions are
    // added once the processes are up, for the next whole minute: no waiting out a start-up margin).
    const store: Store = await openStore(db);
    cleanup.push(() => store.close());
    const now = new Date();
    for (let i = 0; i < FEEDS; i++) {
      await store.feeds!.addFeed(
        { scope: `slack:${slack.teamId}`, platform: 'slack', guildId: slack.teamId, channelId: 'CFEEDS', url: `${site.origin}/feed-${i}.rss`, title: null, addedBy: 'U0ALICE', nextPollAt: now.toISOString() },
        now,
      );
    }

    const common = {
      NEWSBRIEF_DB: db,
      NEWSBRIEF_BRIEFINGS: path.join(tmp, 'briefings'),
      NEWSBRIEF_ALLOW_PRIVATE_URLS: 'true',
      NEWSBRIEF_LEASE_SECONDS: '20',
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: slack.signingSecret,
      SLACK_API_URL: slack.apiUrl,
      SLACK_PORT: '0',
    };
    const withDiscord = (shard: number) => ({
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_GUILD_ID: discord.guildId,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_SHARDS: '2',
      DISCORD_SHARD_IDS: String(shard),
    });
    const procs = [start({ ...common, ...withDiscord(0) }), start({ ...common, ...withDiscord(1) }), start(common)];
    const ports = await Promise.all(procs.map(async (p) => Number((await p.waitLog((l) => l.msg === 'slack listening')).port)));
    await Promise.all(procs.slice(0, 2).map((p) => p.waitLog((l) => l.msg === 'logged in to Discord')));
    const events = (i: number) => `http://127.0.0.1:${ports[i]}/slack/events`;
    // Each bot's own pid, as its log lines carry it.
    const pids = await Promise.all(procs.map(async (p) => Number((await p.waitLog((l) => l.msg === 'store opened')).pid)));
    expect(pids.every((pid) => pid > 0)).toBe(true);

    // 200 channels due in the same minute: the next whole minute at least 10 s away, while the
    // processes run (each tick reads the subscriptions from the database).
    const subscribedAt = new Date();
    const slot = new Date(Math.ceil((subscribedAt.getTime() + 10_000) / 60_000) * 60_000);
    const schedule = `${slot.getUTCMinutes()} ${slot.getUTCHours()} * * *`;
    for (let i = 0; i < CHANNELS; i++) {
      await store.subscriptions.upsert({ platform: 'slack', channelId: `CSUB${i}`, guildId: slack.teamId, schedule, timeZone: 'UTC', createdBy: 'U0ALICE' }, subscribedAt);
    }

    // Slow posts (429s): claims are still held a while after the slot's tick.
    slack.failNext('chat.postMessage', { kind: 'rate_limited', retryAfterSec: 2, times: 40 });

    // Feeds (polled from start-up, while the slot comes): fetched once between the three.
    await until('every feed fetched', () => Array.from({ length: FEEDS }, (_, i) => site.hits(`/feed-${i}.rss`).length).every((n) => n >= 1), 60_000);
    await new Promise((r) => setTimeout(r, 2000));
    for (let i = 0; i < FEEDS; i++) expect(site.hits(`/feed-${i}.rss`).length, `feed ${i}`).toBe(1);

    // At the slot, the process holding the most claims dies while it holds them (whichever won
    // most of the race: on a loaded machine one may win none); not the one running the Discord
    // guild's shard, which answers the Discord check below.
    const guildShard = Number((BigInt(discord.guildId) >> 22n) % 2n);
    const candidates = [0, 1, 2].filter((i) => i !== guildShard);
    const held = async () => {
      const unfinished = await store.runs.unfinished();
      return pids.map((pid) => unfinished.filter((r) => r.owner.includes(`:${pid}:`)).length);
    };
    await until('a process to hold digest claims', async () => {
      const h = await held();
      return candidates.some((i) => h[i] > 0);
    }, slot.getTime() - Date.now() + 60_000);
    const counts = await held();
    const victim = candidates.reduce((a, b) => (counts[b] > counts[a] ? b : a));
    process.kill(pids[victim], 'SIGKILL');
    const died = (await held())[victim];
    expect(died).toBeGreaterThan(0);
    const alive = [0, 1, 2].filter((i) => i !== victim);

    // While the survivors wait for the lease to run out and their next tick to take the claims
    // over: one conversation across processes (/brief on one, /ask on the other), and Discord.
    await slack.deliverHttp(events(alive[0]), slack.slashCommand('/brief', 'harbour-ferry', { channel_id: 'CTALK' }));
    await until('the briefing', () => JSON.stringify([...slack.messages, ...slack.responses]).includes('Harbour ferry gets a second boat'), 30_000);
    await slack.deliverHttp(events(alive[1]), slack.slashCommand('/ask', 'Who will command the new boat?', { channel_id: 'CTALK' }));
    await until('the answer', () => JSON.stringify([...slack.messages, ...slack.responses]).includes('Ida Marsh'), 30_000);

    // Discord: answered once, by the process on the guild's shard.
    const interaction = discord.slashCommand('brief', { article: 'harbour-ferry' });
    expect(JSON.stringify(await interaction.waitForReply())).toContain('Harbour ferry');
    await new Promise((r) => setTimeout(r, 500));
    expect(interaction.requests().filter((r) => r.path.endsWith('/callback'))).toHaveLength(1);

    const digests = () => slack.messages.filter((m) => m.channel.startsWith('CSUB'));
    await until('a digest in every channel', () => new Set(digests().map((m) => m.channel)).size === CHANNELS, 180_000);
    await until('every run recorded', async () => (await store.runs.unfinished()).length === 0, 90_000);
    const perChannel = new Map<string, number>();
    for (const m of digests()) perChannel.set(m.channel, (perChannel.get(m.channel) ?? 0) + 1);
    expect([...perChannel.values()].filter((n) => n !== 1)).toEqual([]);
    expect(perChannel.size).toBe(CHANNELS);
    const slotId = slot.toISOString();
    const runs = await Promise.all((await store.subscriptions.list()).map((s) => store.runs.get(s.id, slotId)));
    expect(runs.filter((r) => r?.status !== 'posted')).toEqual([]);
    // The claims the killed process held were taken over by the others.
    expect(runs.filter((r) => r!.attempts > 1).length).toBeGreaterThanOrEqual(died);
    // And the work was shared: both survivors posted.
    expect(new Set(runs.map((r) => r!.owner)).size).toBeGreaterThanOrEqual(2);
  }, 360_000);
});
