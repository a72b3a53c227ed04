/**
 * The scale section of `npm run bench` (also `npx tsx scripts/bench-scale.ts [options]`):
 *
 * 1. A burst: `--channels` Discord channels (default 1,000) due the same minute, a SQLite
 *    library of `--articles` generated articles (default 20,000), the real scheduler and the
 *    real discord.js adapter posting to the fake Discord with Discord's rate limits on (global
 *    50/s, per-channel buckets, headers). Reported: time until every channel is posted, as a
 *    ratio to the rate-limit floor (channels / 50 per second) and to a raw-posting baseline in
 *    the same run (the same posts through the same adapter at concurrency 8, no scheduler); the
 *    longest event-loop block (perf_hooks.monitorEventLoopDelay); a `/help` sent during the
 *    burst and how long its answer took.
 * 2. `/digest` (the real command over a SQLite store) at `--digest-sizes` articles (default
 *    1000,20000): median of 3 cold runs (a new planner: nothing cached) and one warm run.
 *
 * The fake Discord runs in this process, so its work counts in the event-loop figures too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { digest as digestCommand } from '../commands/digest.ts';
import { help as helpCommand } from '../commands/index.ts';
import { DiscordAdapter } from '../src/adapters/discord/index.ts';
import { parseConfig } from '../src/config.ts';
import { DigestPlanner } from '../src/core/digest/planner.ts';
import type { Message } from '../src/core/message/message.ts';
import { DigestScheduler } from '../src/scheduler/scheduler.ts';
import type { Services } from '../src/services.ts';
import { articleContentHash } from '../src/store/content-hash.ts';
import { createSqliteStore, type SqliteStore } from '../src/store/sqlite.ts';
import { StoreLibrary } from '../src/sources/store-library.ts';
import { startFakeDiscord } from '../tests/fakes/discord-server.ts';
import { generateArticles, loadPool } from './bench.ts';

export interface ScaleOptions {
  channels: number;
  articles: number;
  digestSizes: number[];
  burst: boolean;
}

const TOKEN = 'bench-token.not-a-real-one';
const DUE = new Date('2026-06-01T08:00:00Z');
const silent = pino({ level: 'silent' });

function parseScaleArgs(args: string[]): ScaleOptions {
  const o: ScaleOptions = { channels: 1000, articles: 20_000, digestSizes: [1000, 20_000], burst: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = args[i + 1];
    if (a === '--channels' || a === '--articles') {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} needs a whole number`);
      o[a === '--channels' ? 'channels' : 'articles'] = n;
      i++;
    } else if (a === '--digest-sizes') {
      o.digestSizes = (v ?? '').split(',').map(Number);
      if (!o.digestSizes.length || o.digestSizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--digest-sizes needs whole numbers, comma-separated');
      i++;
    } else if (a === '--no-burst') o.burst = false;
    else throw new Error(`unknown option ${a} (use --channels N, --articles N, --digest-sizes A,B,C, --no-burst)`);
  }
  return o;
}

/**
 * A SQLite store in a temporary folder with `n` generated articles, one a minute up to DUE.
 * Article i is the same at every size and the newest is i = 0, so the candidates a digest
 * briefs are the same articles at 1k and at 100k: only the size of the library differs.
 */
function seededStore(n: number, pool: string[][]): { store: SqliteStore; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-scale-'));
  const store = createSqliteStore(join(dir, 'bench.db'));
  const insert = store.db.prepare('INSERT OR IGNORE INTO articles (id, content_hash, json, published_at, first_seen_at) VALUES (?, ?, ?, ?, ?)');
  const seen = DUE.toISOString();
  // Seeding is set-up, not measured: one transaction, straight into the table.
  store.db.transaction(() => {
    let i = 0;
    for (const { article } of generateArticles(n, 11, pool)) {
      const at = new Date(DUE.getTime() - (i + 1) * 60_000).toISOString();
      const a = { ...article, publishedAt: at, source: `Wire ${i % 7}` };
      insert.run(a.id, articleContentHash(a), JSON.stringify(a), at, seen);
      i++;
    }
  })();
  // Fold the seeding out of the write-ahead log now, not in the first write of the measured run.
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  return { store, dir };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sec = (ms: number): string => (ms / 1000).toFixed(1);

async function runPool<T>(items: readonly T[], concurrency: number, task: (t: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

export interface BurstResult {
  channels: number;
  articles: number;
  floorMs: number;
  baselineMs: number;
  burstMs: number;
  firstPostMs: number;
  posted: number;
  maxBlockMs: number;
  /** The most CPU time this process used within one event-loop gap (its own blocking). */
  maxCpuBlockMs: number;
  p99BlockMs: number;
  helpReplyMs: number[];
  refused429: number;
}

async function burst(o: ScaleOptions, pool: string[][]): Promise<BurstResult> {
  const { store, dir } = seededStore(o.articles, pool);
  const fake = await startFakeDiscord({ token: TOKEN, rateLimits: true });
  const config = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_URL: fake.apiUrl,
    NEWSBRIEF_BRIEFINGS: 'briefings',
  });
  const digests = new DigestPlanner(store.articles, { log: silent });
  const services: Services = { config, library: new StoreLibrary(store.articles), store, now: () => DUE, digests };
  const adapter = new DiscordAdapter({ services, log: silent, commands: [helpCommand, digestCommand] });
  try {
    await adapter.start();
    const channels: string[] = [];
    for (let i = 0; i < o.channels; i++) {
      const id = fake.state.snowflake();
      fake.state.channels.set(id, { id, type: 0, name: `news-${i}`, guild_id: fake.guildId, parent_id: null, position: 2 + i, permission_overwrites: [] });
      channels.push(id);
      await store.subscriptions.upsert({ platform: 'discord', channelId: id, guildId: fake.guildId, schedule: '0 8 * * *', timeZone: 'UTC', createdBy: 'bench' }, new Date(DUE.getTime() - 86_400_000));
    }

    // Baseline: the same number of posts of one digest message, straight through the adapter at concurrency 8.
    const plan = await digests.plan({ top: 5 });
    const message: Message = await digests.messageOf(plan.articleIds, plan.more);
    let t = performance.now();
    await runPool(channels, 8, (ch) => adapter.post(ch, message));
    const baselineMs = performance.now() - t;
    await new Promise((r) => setTimeout(r, 1500)); // let the global bucket refill

    // The burst: every channel due at DUE, one tick of the real scheduler, the planner's cache cold.
    const cold = new DigestPlanner(store.articles, { log: silent });
    const scheduler = new DigestScheduler({ store, adapters: [adapter], log: silent, catchUpHours: 1, now: () => DUE, planner: cold });
    const before = fake.requests.length;
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    let firstPostMs = -1;
    const onPost = (): void => {
      if (firstPostMs < 0) firstPostMs = performance.now() - t;
    };
    fake.waitFor((r) => r.index >= before && r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.status === 200, 120_000).then(onPost, () => undefined);
    const helpReplyMs: number[] = [];
    t = performance.now();
    const ask = async (afterMs: number): Promise<void> => {
      await new Promise((r) => setTimeout(r, afterMs));
      const s = performance.now();
      await fake.slashCommand('help').waitForReply();
      helpReplyMs.push(performance.now() - s);
    };
    const helps = Promise.all([ask(200), ask(2000), ask(8000)]);
    // On a shared machine a long gap may be the process waiting for a core, not our code
    // running: CPU time used by this process within each gap tells them apart.
    const gaps: string[] = [];
    let maxCpuBlockMs = 0;
    let lastBeat = performance.now();
    let lastCpu = process.cpuUsage();
    const beat = setInterval(() => {
      const now = performance.now();
      const cpu = process.cpuUsage(lastCpu);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      // The beat is due every 10 ms: what went beyond that was a block.
      if (now - lastBeat > 20) maxCpuBlockMs = Math.max(maxCpuBlockMs, Math.min(cpuMs, now - lastBeat) - 10);
      if (now - lastBeat > 60 && process.env.BENCH_DEBUG) gaps.push(`${(now - lastBeat).toFixed(0)} ms gap (${cpuMs.toFixed(0)} ms CPU) at ${((now - t) / 1000).toFixed(2)} s`);
      lastBeat = now;
      lastCpu = process.cpuUsage();
    }, 10);
    const report = await scheduler.tick(DUE);
    clearInterval(beat);
    if (gaps.length) process.stderr.write(`${gaps.join('\n')}\n`);
    const burstMs = performance.now() - t;
    await helps;
    loop.disable();
    await scheduler.stop();
    const refused = fake.requests.slice(before).filter((r) => r.status === 429).length;
    return {
      channels: o.channels,
      articles: o.articles,
      floorMs: (o.channels / 50) * 1000,
      baselineMs,
      burstMs,
      firstPostMs,
      posted: report.posted.length,
      maxBlockMs: loop.max / 1e6,
      maxCpuBlockMs,
      p99BlockMs: loop.percentile(99) / 1e6,
      helpReplyMs,
      refused429: refused,
    };
  } finally {
    await adapter.stop();
    await fake.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface DigestTiming {
  articles: number;
  coldMs: number;
  /** A new planner over a store that keeps the candidates' signatures (after a restart). */
  restartMs: number;
  warmMs: number;
}

async function digestAt(n: number, pool: string[][]): Promise<DigestTiming> {
  const { store, dir } = seededStore(n, pool);
  try {
    const base = { config: parseConfig({ NEWSBRIEF_BRIEFINGS: 'briefings' }), library: new StoreLibrary(store.articles), store, now: () => DUE };
    const ctx = (digests: DigestPlanner) => ({
      platform: 'console' as const,
      user: { id: 'bench' },
      guildId: null,
      channelId: 'bench',
      threadId: null,
      canManageChannel: false,
      services: { ...base, digests } satisfies Services,
      log: silent,
    });
    const cold: number[] = [];
    let planner = new DigestPlanner(store.articles);
    for (let i = 0; i < 3; i++) {
      planner = new DigestPlanner(store.articles);
      const t = performance.now();
      await digestCommand.run(ctx(planner));
      cold.push(performance.now() - t);
    }
    const t = performance.now();
    await digestCommand.run(ctx(planner));
    const warmMs = performance.now() - t;
    // After a restart: the signatures were stored by an earlier run; nothing is in memory.
    await digestCommand.run(ctx(new DigestPlanner(store.articles, { signatures: store.signatures })));
    const restart: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = performance.now();
      await digestCommand.run(ctx(new DigestPlanner(store.articles, { signatures: store.signatures })));
      restart.push(performance.now() - r);
    }
    return { articles: n, coldMs: median(cold), restartMs: median(restart), warmMs };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ScaleResult {
  burst: BurstResult | null;
  digest: DigestTiming[];
  markdown: string;
}

/** Run the scale benchmark; prints a Markdown report and returns the figures. */
export async function benchScale(args: string[], print: (s: string) => void = (s) => process.stdout.write(s)): Promise<ScaleResult> {
  const o = parseScaleArgs(args);
  const pool = loadPool();
  const lines: string[] = ['### Scale'];
  const b = o.burst ? await burst(o, pool) : null;
  if (b) {
    lines.push(
      '',
      `${b.channels.toLocaleString('en-US')} Discord channels due the same minute, ${b.articles.toLocaleString('en-US')}-article SQLite library, fake Discord enforcing 50 requests/s and per-channel buckets:`,
      '',
      '| measure | value | against |',
      '|---|---:|---|',
      `| all posted (scheduler) | ${sec(b.burstMs)} s | ${(b.burstMs / b.floorMs).toFixed(2)}x the rate-limit floor (${sec(b.floorMs)} s); ${(b.burstMs / b.baselineMs).toFixed(2)}x raw posting |`,
      `| raw posting baseline (adapter, concurrency 8, no scheduler) | ${sec(b.baselineMs)} s | ${(b.baselineMs / b.floorMs).toFixed(2)}x the floor |`,
      `| first post after | ${(b.firstPostMs / 1000).toFixed(2)} s | |`,
      `| posted | ${b.posted} of ${b.channels} | 429s received: ${b.refused429} |`,
      `| longest event-loop block (wall) | ${b.maxBlockMs.toFixed(0)} ms | p99 ${b.p99BlockMs.toFixed(0)} ms; machine load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores |`,
      `| longest block of this process's own work (CPU time within one gap) | ${b.maxCpuBlockMs.toFixed(0)} ms | |`,
      `| /help answered during the burst | ${b.helpReplyMs.map((x) => `${x.toFixed(0)} ms`).join(', ')} | Discord's deadline 3,000 ms |`,
    );
  }
  const digest: DigestTiming[] = [];
  // A throw-away run first, so the smallest size does not also pay for compiling the code.
  if (o.digestSizes.length) await digestAt(100, pool);
  for (const n of o.digestSizes) digest.push(await digestAt(n, pool));
  if (digest.length) {
    const first = digest[0];
    lines.push(
      '',
      `| /digest over | cold, nothing stored (median of 3) | after a restart, signatures stored (median of 3) | warm | cold vs ${first.articles.toLocaleString('en-US')} | restart vs ${first.articles.toLocaleString('en-US')} |`,
      '|---:|---:|---:|---:|---:|---:|',
    );
    for (const d of digest) {
      lines.push(`| ${d.articles.toLocaleString('en-US')} articles | ${d.coldMs.toFixed(0)} ms | ${d.restartMs.toFixed(0)} ms | ${d.warmMs.toFixed(1)} ms | ${(d.coldMs / first.coldMs).toFixed(2)}x | ${(d.restartMs / first.restartMs).toFixed(2)}x |`);
    }
  }
  const markdown = lines.join('\n');
  print(`${markdown}\n`);
  return { burst: b, digest, markdown };
}

if (process.argv[1]?.endsWith('bench-scale.ts')) {
  benchScale(process.argv.slice(2)).then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`bench-scale: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
