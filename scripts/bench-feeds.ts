/**
 * The feed section of `npm run bench -- --feeds 500` (also `tsx scripts/bench-feeds.ts [N]`):
 * a poll cycle of N feeds served on 127.0.0.1 under 50 host names, through the real FeedPoller
 * (safe fetcher with address pinning, parse workers, in-memory store and library), against raw
 * GETs of the same URLs in the same run (undici, keep-alive, same concurrency, bodies read as
 * text: the floor of fetching alone). Then a second cycle, where every feed answers 304.
 * Figures are medians of 3 runs; the longest event-loop block during the first cycle is shown,
 * since polling must never hold up chat commands.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';
import { pino } from 'pino';
import { Agent, request } from 'undici';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { MemoryLibrary } from '../src/sources/library.ts';
import { StoreLibrary } from '../src/sources/store-library.ts';
import { createSqliteStore } from '../src/store/sqlite.ts';
import { stopWriteThread, writeThreadCpuMs, writeThreadElu } from '../src/store/sqlite-writer.ts';
import { closeParsePool, runParseJob } from '../src/sources/parse-pool.ts';
import { FeedPoller, POLL_CONCURRENCY } from '../src/sources/poller.ts';
import { MemoryFeedStore } from '../src/store/memory-feeds.ts';
import { feedScope } from '../src/store/types.ts';

const HOSTS = 50;
const ITEMS = 10;
const REPS = Number(process.env.BENCH_FEED_REPS ?? 3);
/**
 * BENCH_FEED_DELAY_MS=N: the test server answers every request (200 or 304) N ms after it
 * arrives, as a remote server would, for both the raw GETs and the cycles (a second, labelled
 * measurement: the default, 0, is the zero-latency baseline of issue #19).
 */
const DELAY_MS = Number(process.env.BENCH_FEED_DELAY_MS ?? 0);
/** Where feeds and articles are kept: a SQLite file, as the bot does (default), or memory (BENCH_FEED_STORE=memory). */
const STORE = process.env.BENCH_FEED_STORE === 'memory' ? 'memory' : 'sqlite';

export interface FeedBenchResult {
  feeds: number;
  rawMs: number;
  firstCycleMs: number;
  secondCycleMs: number;
  sequentialMs: number;
  ratio: number;
  notModified: number;
  bodiesOnSecond: number;
  maxBlockMs: number;
  /** CPU time of the whole process (main thread, parse workers, the test server) per run. */
  rawCpuMs: number;
  firstCpuMs: number;
  /** CPU time of the main thread alone during the first cycle (the rest: parse workers, V8 helpers). */
  firstMainCpuMs: number;
  /** CPU time of the SQLite write thread during the first cycle (NaN without one). */
  firstWriteCpuMs: number;
  rawMainCpuMs: number;
  /** Time the main thread's event loop was busy during the first cycle. */
  firstMainMs: number;
  markdown: string;
}

/** Wall time, process CPU, the main thread's CPU and its busy time of one measured step. */
interface Cost {
  ms: number;
  cpuMs: number;
  /** CPU time of the main thread alone (Linux: /proc; NaN elsewhere). */
  mainCpuMs: number;
  mainMs: number;
  /** CPU time of the SQLite write thread (src/store/sqlite-writer.ts; NaN when it is not used). */
  writeCpuMs: number;
  /**
   * Wall time the write thread's event loop was busy (not waiting for a message). Not given for
   * the parse workers: piscina's idle workers block in Atomics.wait, which counts as busy.
   */
  writeBusyMs: number;
}

/**
 * CPU time the main thread has used, in ms (utime + stime of its /proc task entry, in clock
 * ticks of 10 ms): the process total less this is the parse workers' (and V8's helper threads').
 */
function mainThreadCpuMs(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** CPU time of every thread of this process by task id, in ms (Linux /proc; empty elsewhere). */
function threadCpuMs(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
        out.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
      } catch {
        // the thread ended meanwhile
      }
    }
  } catch {
    // not Linux
  }
  return out;
}

/** BENCH_FEED_THREADS=1: print each thread's CPU during a first cycle (which thread is busy). */
function printThreadCpu(before: Map<string, number>): void {
  const rows = [...threadCpuMs()].map(([tid, ms]) => [tid, ms - (before.get(tid) ?? 0)] as const).filter(([, ms]) => ms > 0);
  rows.sort((a, b) => b[1] - a[1]);
  console.error(`threads (ms CPU, main ${process.pid}): ${rows.map(([tid, ms]) => `${tid}:${ms}`).join(' ')}`);
}

async function measure(step: () => Promise<unknown>): Promise<Cost> {
  const threads0 = process.env.BENCH_FEED_THREADS ? threadCpuMs() : null;
  const elu: EventLoopUtilization = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const write0 = await writeThreadCpuMs();
  const writeElu = writeThreadElu() ?? undefined;
  const t0 = performance.now();
  await step();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(cpu);
  const mainCpuMs = mainThreadCpuMs() - main0;
  const writeBusyMs = writeElu ? (writeThreadElu(writeElu)?.active ?? NaN) : NaN;
  const writeCpuMs = (await writeThreadCpuMs()) - write0;
  const mainMs = performance.eventLoopUtilization(elu).active;
  if (threads0) {
    printThreadCpu(threads0);
    const r = (x: number): string => x.toFixed(0);
    console.error(`busy (ms of ${r(ms)} wall): main ${r(mainMs)}, write thread ${r(writeBusyMs)}`);
  }
  return { ms, cpuMs: (c.user + c.system) / 1000, mainCpuMs, mainMs, writeCpuMs, writeBusyMs };
}

const words = 'the harbour authority said on tuesday that ferries would run again from april with more sailings at weekends and on public holidays after repairs to the pier'.split(' ');

/** One bench feed: RSS with ITEMS items of ~180 words (the same document every run). */
export function feedXml(n: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const text = Array.from({ length: 180 }, (_, k) => words[(n * 7 + i * 3 + k) % words.length]).join(' ');
    return `<item><guid isPermaLink="false">f${n}-i${i}</guid><title>Story ${i} of feed ${n}</title><link>https://feed-${n}.example/${i}</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>${text}.</p>]]></description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${n}</title><link>https://feed-${n}.example/</link>${items.join('')}</channel></rss>`;
}

/** The bench's feed server: N feeds at /feed/<i>.xml, each with an ETag, 304 for a matching If-None-Match. */
export interface Server {
  port: number;
  bodies: number;
  notModified: number;
  close(): Promise<void>;
}

export async function startServer(n: number): Promise<Server> {
  const docs = Array.from({ length: n }, (_, i) => feedXml(i));
  const state = { bodies: 0, notModified: 0 };
  const server = http.createServer((req, res) => {
    if (DELAY_MS > 0) setTimeout(() => answer(req, res), DELAY_MS);
    else answer(req, res);
  });
  const answer = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const i = Number(/\/feed\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1);
    if (!(i >= 0 && i < n)) {
      res.writeHead(404).end();
      return;
    }
    const etag = `"v1-${i}"`;
    if (req.headers['if-none-match'] === etag) {
      state.notModified++;
      res.writeHead(304, { etag }).end();
      return;
    }
    state.bodies++;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(docs[i]);
  };
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get bodies() {
      return state.bodies;
    },
    get notModified() {
      return state.notModified;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Start the inspector's CPU profiler on this thread; the returned function writes the profile to a file. */
async function startProfile(): Promise<(file: string) => Promise<void>> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  return async (file) => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

const hostOf = (i: number): string => `feeds-${i % HOSTS}.bench`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Raw GETs of every URL: keep-alive agent, `concurrency` at a time, bodies read as text. */
async function rawGets(urls: string[], concurrency: number): Promise<Cost> {
  const agent = new Agent({ keepAliveTimeout: 10_000, connect: { lookup: (_h, _o, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]) } });
  let next = 0;
  const cost = await measure(() =>
    Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < urls.length) {
          const res = await request(urls[next++], { dispatcher: agent });
          await res.body.text();
        }
      }),
    ),
  );
  await agent.close();
  return cost;
}

async function cycle(n: number, port: number, opts: { concurrency?: number; perHost?: number; profile?: string } = {}): Promise<{ first: Cost; second: number; statuses: Record<string, number>; maxBlock: number }> {
  let now = new Date('2024-03-05T12:00:00Z');
  const dir = STORE === 'sqlite' ? mkdtempSync(join(tmpdir(), 'newsbrief-feeds-')) : null;
  const sqlite = dir ? createSqliteStore(join(dir, 'bench.db')) : null;
  const feeds = sqlite?.feeds ?? new MemoryFeedStore();
  for (let i = 0; i < n; i++) {
    await feeds.addFeed({ scope: feedScope('console', `g${i % 20}`, 'c'), platform: 'console', guildId: `g${i % 20}`, channelId: 'c', url: `http://${hostOf(i)}:${port}/feed/${i}.xml`, title: null, addedBy: 'bench', nextPollAt: now.toISOString() }, now);
  }
  const poller = new FeedPoller({
    feeds,
    library: sqlite ? new StoreLibrary(sqlite.articles, () => now) : new MemoryLibrary(),
    config: { pollMinutes: 15, allowPrivateUrls: false },
    now: () => now,
    log: pino({ level: 'silent' }),
    notify: async () => undefined,
    tuning: { allowAddresses: ['127.0.0.1'], resolve: async () => ['127.0.0.1'] },
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    ...(opts.perHost ? { perHost: opts.perHost } : {}),
  });
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  let r1: Awaited<ReturnType<FeedPoller['pollDue']>> = [];
  const stopProfile = opts.profile ? await startProfile() : null;
  const first = await measure(async () => (r1 = await poller.pollDue()));
  if (stopProfile && opts.profile) await stopProfile(opts.profile);
  h.disable();
  now = new Date(now.getTime() + 16 * 60_000);
  const t0 = performance.now();
  const r2 = await poller.pollDue();
  const second = performance.now() - t0;
  await sqlite?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  const statuses: Record<string, number> = {};
  for (const r of [...r1, ...r2]) statuses[`${r.status}`] = (statuses[r.status] ?? 0) + 1;
  return { first, second, statuses, maxBlock: h.max / 1e6 };
}

/** Run the feed benchmark; returns the figures and a Markdown table. */
export async function benchFeeds(n = 500): Promise<FeedBenchResult> {
  const server = await startServer(n);
  const urls = Array.from({ length: n }, (_, i) => `http://${hostOf(i)}:${server.port}/feed/${i}.xml`);
  // Start-up is not the cost measured: warm both parse workers and the JIT first.
  await Promise.all([0, 1].map(() => runParseJob({ kind: 'feed', text: feedXml(0), url: 'http://warm/' })));
  await rawGets(urls.slice(0, 50), POLL_CONCURRENCY);
  await cycle(n, server.port); // a full cycle: the workers' JIT warms up on the first few hundred feeds
  const raw: Cost[] = [];
  const first: Cost[] = [];
  const second: number[] = [];
  const blocks: number[] = [];
  let statuses: Record<string, number> = {};
  let bodiesOnSecond = 0;
  let notModified = 0;
  for (let rep = 0; rep < REPS; rep++) {
    raw.push(await rawGets(urls, POLL_CONCURRENCY));
    const bodiesBefore = server.bodies;
    const nmBefore = server.notModified;
    // BENCH_FEED_PROFILE=file.cpuprofile: a CPU profile of the main thread during the last first cycle.
    const c = await cycle(n, server.port, rep === REPS - 1 && process.env.BENCH_FEED_PROFILE ? { profile: process.env.BENCH_FEED_PROFILE } : {});
    first.push(c.first);
    second.push(c.second);
    blocks.push(c.maxBlock);
    statuses = c.statuses;
    // Bodies served during the second cycle: the first cycle fetched n bodies, the second should fetch none.
    bodiesOnSecond = server.bodies - bodiesBefore - n;
    notModified = server.notModified - nmBefore;
  }
  // BENCH_FEED_SEQUENTIAL=0 leaves out the one-at-a-time comparison (shorter runs).
  const sequential = process.env.BENCH_FEED_SEQUENTIAL === '0' ? NaN : (await cycle(n, server.port, { concurrency: 1, perHost: 1 })).first.ms;
  await server.close();
  await closeParsePool();
  await stopWriteThread();
  const rawMs = median(raw.map((c) => c.ms));
  const firstMs = median(first.map((c) => c.ms));
  const rawCpuMs = median(raw.map((c) => c.cpuMs));
  const firstCpuMs = median(first.map((c) => c.cpuMs));
  const firstMainMs = median(first.map((c) => c.mainMs));
  const firstMainCpuMs = median(first.map((c) => c.mainCpuMs));
  const firstWriteCpuMs = median(first.map((c) => c.writeCpuMs));
  const rawMainCpuMs = median(raw.map((c) => c.mainCpuMs));
  const res = {
    feeds: n,
    rawMs,
    firstCycleMs: firstMs,
    secondCycleMs: median(second),
    sequentialMs: sequential,
    ratio: firstMs / rawMs,
    notModified,
    bodiesOnSecond,
    maxBlockMs: Math.max(...blocks),
    rawCpuMs,
    firstCpuMs,
    firstMainMs,
    firstMainCpuMs,
    firstWriteCpuMs,
    rawMainCpuMs,
  };
  const f = (x: number): string => `${(x / 1000).toFixed(2)} s`;
  const markdown = [
    '',
    `### Feed polling: ${n} feeds on ${Math.min(HOSTS, n)} hosts, ${ITEMS} items each, ${STORE === 'sqlite' ? 'a SQLite store' : 'in-memory store'} (median of ${REPS})${DELAY_MS > 0 ? `, the server answering after ${DELAY_MS} ms (BENCH_FEED_DELAY_MS; not the zero-latency baseline)` : ''}`,
    '',
    '| | time | vs raw GETs | CPU (all threads) | CPU of the main thread | CPU of the SQLite write thread | main loop not idle (wall, includes waiting for a core) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    `| raw GETs (keep-alive, ${POLL_CONCURRENCY} at a time, bodies read) | ${f(rawMs)} | 1.00x | ${f(rawCpuMs)} | ${f(rawMainCpuMs)} | | |`,
    `| first poll cycle (fetch, parse in workers, store ${n * ITEMS} items) | ${f(firstMs)} | ${res.ratio.toFixed(2)}x | ${f(firstCpuMs)} (${(firstCpuMs / rawCpuMs).toFixed(2)}x) | ${f(firstMainCpuMs)} | ${Number.isNaN(firstWriteCpuMs) ? 'none' : f(firstWriteCpuMs)} | ${f(firstMainMs)} |`,
    `| second poll cycle (every feed 304) | ${f(res.secondCycleMs)} | ${(res.secondCycleMs / rawMs).toFixed(2)}x | | | | |`,
    `| first cycle, one feed at a time (for comparison) | ${f(sequential)} | ${(sequential / rawMs).toFixed(2)}x | | | | |`,
    '',
    `Statuses (last run): ${Object.entries(statuses).map(([k, v]) => `${k} ${v}`).join(', ')}; second cycle: ${notModified} answered 304, ${bodiesOnSecond} bodies sent. ` +
      `Longest event-loop block during a first cycle: ${res.maxBlockMs.toFixed(0)} ms. Machine load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.`,
    '',
  ].join('\n');
  return { ...res, markdown };
}

/** Take `--feeds N` out of bench.ts's arguments: the rest, and N (0 when absent). */
export function splitFeedsArg(args: string[]): [string[], number] {
  const i = args.indexOf('--feeds');
  if (i < 0) return [args, 0];
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error('--feeds needs a whole number');
  return [[...args.slice(0, i), ...args.slice(i + 2)], n];
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  benchFeeds(Number(process.argv[2] ?? 500)).then(
    (r) => process.stdout.write(r.markdown),
    (e: unknown) => {
      process.stderr.write(`bench-feeds: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
