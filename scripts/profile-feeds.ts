/**
 * Profiling driver (not the bench): MODE=first runs CYCLES first cycles of N feeds (new SQLite file
 * each); MODE=second runs one first cycle then CYCLES second cycles (all 304) on the same file.
 */
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { StoreLibrary } from '../src/sources/store-library.ts';
import { createSqliteStore } from '../src/store/sqlite.ts';
import { stopWriteThread } from '../src/store/sqlite-writer.ts';
import { closeParsePool } from '../src/sources/parse-pool.ts';
import { FeedPoller } from '../src/sources/poller.ts';
import { feedScope } from '../src/store/types.ts';
import { startServer } from './bench-feeds.ts';

import { Worker } from 'node:worker_threads';
const counts = { msgs: 0, calls: 0 };
if (process.env.COUNT) {
  const orig = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, v: unknown, t?: never) {
    if (Array.isArray(v) && (v[0] as { op?: string } | undefined)?.op) { counts.msgs++; counts.calls += v.length; }
    return orig.call(this, v, t);
  };
}
const N = Number(process.argv[2] ?? 500);
const MODE = process.env.MODE ?? 'first';
const CYCLES = Number(process.env.CYCLES ?? 4);
const server = await startServer(N);
const port = server.port;

async function setup() {
  let now = new Date('2024-03-05T12:00:00Z');
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-prof-'));
  const sqlite = createSqliteStore(join(dir, 'bench.db'));
  for (let i = 0; i < N; i++) {
    await sqlite.feeds!.addFeed({ scope: feedScope('console', `g${i % 20}`, 'c'), platform: 'console', guildId: `g${i % 20}`, channelId: 'c', url: `http://feeds-${i % 50}.bench:${port}/feed/${i}.xml`, title: null, addedBy: 'bench', nextPollAt: now.toISOString() }, now);
  }
  const poller = new FeedPoller({
    feeds: sqlite.feeds!,
    library: new StoreLibrary(sqlite.articles, () => now),
    config: { pollMinutes: 15, allowPrivateUrls: false },
    now: () => now,
    log: pino({ level: 'silent' }),
    notify: async () => undefined,
    tuning: { allowAddresses: ['127.0.0.1'], resolve: async () => ['127.0.0.1'] },
  });
  return { poller, advance: () => (now = new Date(now.getTime() + 16 * 60_000)), close: async () => { await sqlite.close(); rmSync(dir, { recursive: true, force: true }); } };
}

const t = (): number => performance.now();
import { readFileSync } from 'node:fs';
const mainCpu = (): number => { const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
let c0 = process.cpuUsage(); let m0 = mainCpu();
const cpu = (): string => { const c = process.cpuUsage(c0); const m = mainCpu() - m0; c0 = process.cpuUsage(); m0 = mainCpu(); return `cpu ${((c.user + c.system) / 1000).toFixed(0)} ms, main ${m} ms`; };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
if (MODE === 'first') {
  const w = await setup();
  await w.poller.pollDue();
  await w.close();
  const all = [];
  for (let c = 0; c < CYCLES; c++) all.push(await setup());
  console.error('WARM'); await sleep(Number(process.env.WARM_SLEEP ?? 0));
  for (const [c, s] of all.entries()) {
    const t0 = t(); cpu();
    const r = await s.poller.pollDue();
    console.error(`first cycle ${c}: ${(t() - t0).toFixed(0)} ms, ${r.length} feeds, ${cpu()}`);
  }
  console.error('DONE'); await sleep(Number(process.env.WARM_SLEEP ?? 0));
  for (const s of all) await s.close();
} else {
  const s = await setup();
  await s.poller.pollDue();
  s.advance();
  await s.poller.pollDue();
  console.error('WARM'); await sleep(Number(process.env.WARM_SLEEP ?? 0));
  for (let c = 0; c < CYCLES; c++) {
    s.advance();
    const t0 = t(); cpu(); counts.msgs = 0; counts.calls = 0;
    const r = await s.poller.pollDue();
    console.error(`second cycle ${c}: ${(t() - t0).toFixed(0)} ms, ${r.filter((x) => x.status === 'not-modified').length} 304, ${cpu()}, writer msgs ${counts.msgs} calls ${counts.calls}`);
  }
  console.error('DONE'); await sleep(Number(process.env.WARM_SLEEP ?? 0));
  await s.close();
}
await server.close();
await closeParsePool();
await stopWriteThread();
