/**
 * Two trees' poll cycles alternated in one process (docs/feeds-speed.md, session 12): on this
 * shared 2-core machine separate bench runs differ by more than most changes, so here the old
 * tree's FeedPoller and the new one's (each with its own parse pool and SQLite write thread,
 * the idle one's threads asleep) take turns against the same server, cycle by cycle: a first
 * cycle of N feeds into a new SQLite file, then three second cycles (all 304), ROUNDS times,
 * the order flipped every round. Prints each cycle's process CPU, main-thread and write-thread
 * CPU, and the medians.
 *
 *   git archive <commit> | tar x -C /tmp/old && ln -s $PWD/node_modules /tmp/old/node_modules
 *   ROUNDS=6 npx tsx scripts/bench-feeds-ab.ts /tmp/old [new tree, default: this checkout]
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- two copies of the same modules, loaded by path */
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { fileURLToPath } from 'node:url';
import { startServer } from './bench-feeds.ts';
const here = fileURLToPath(new URL('..', import.meta.url));
if (!process.argv[2]) throw new Error('usage: bench-feeds-ab.ts OLD_TREE [NEW_TREE]');
const trees = { old: process.argv[2], new: process.argv[3] ?? here };
const mods: Record<string, any> = {};
for (const [k, root] of Object.entries(trees)) {
  mods[k] = {
    ...(await import(`${root}/src/sources/store-library.ts`)),
    ...(await import(`${root}/src/store/sqlite.ts`)),
    ...(await import(`${root}/src/store/sqlite-writer.ts`)),
    ...(await import(`${root}/src/sources/parse-pool.ts`)),
    ...(await import(`${root}/src/sources/poller.ts`)),
    ...(await import(`${root}/src/store/types.ts`)),
  };
}
const N = 500;
const server = await startServer(N);
const port = server.port;
const mainCpu = (): number => { const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
async function setup(m: any) {
  let now = new Date('2024-03-05T12:00:00Z');
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-ab-'));
  const sqlite = m.createSqliteStore(join(dir, 'bench.db'));
  for (let i = 0; i < N; i++) await sqlite.feeds.addFeed({ scope: m.feedScope('console', `g${i % 20}`, 'c'), platform: 'console', guildId: `g${i % 20}`, channelId: 'c', url: `http://feeds-${i % 50}.bench:${port}/feed/${i}.xml`, title: null, addedBy: 'bench', nextPollAt: now.toISOString() }, now);
  const poller = new m.FeedPoller({ feeds: sqlite.feeds, library: new m.StoreLibrary(sqlite.articles, () => now), config: { pollMinutes: 15, allowPrivateUrls: false }, now: () => now, log: pino({ level: 'silent' }), notify: async () => undefined, tuning: { allowAddresses: ['127.0.0.1'], resolve: async () => ['127.0.0.1'] } });
  return { poller, advance: () => (now = new Date(now.getTime() + 16 * 60_000)), close: async () => { await sqlite.close(); rmSync(dir, { recursive: true, force: true }); } };
}
async function measured(m: any, f: () => Promise<any[]>) {
  const w0 = await m.writeThreadCpuMs(); const c0 = cpu(); const m0 = mainCpu(); const t0 = performance.now();
  const r = await f();
  const ms = performance.now() - t0; const c = cpu() - c0; const mc = mainCpu() - m0; const w = (await m.writeThreadCpuMs()) - w0;
  return { ms, cpu: c, main: mc, write: w, n: r.length, nm: r.filter((x: any) => x.status === 'not-modified').length };
}
// warm both
for (const k of ['old', 'new']) { const s = await setup(mods[k]); await s.poller.pollDue(); s.advance(); await s.poller.pollDue(); await s.close(); }
const ROUNDS = Number(process.env.ROUNDS ?? 6);
const out: Record<string, any[]> = { old1: [], new1: [], old2: [], new2: [] };
for (let r = 0; r < ROUNDS; r++) {
  for (const k of (r % 2 ? ['new', 'old'] : ['old', 'new'])) {
    const s = await setup(mods[k]);
    const first = await measured(mods[k], () => s.poller.pollDue());
    const seconds = [];
    for (let j = 0; j < 3; j++) { s.advance(); seconds.push(await measured(mods[k], () => s.poller.pollDue())); }
    await s.close();
    out[`${k}1`].push(first); out[`${k}2`].push(...seconds);
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    console.log(`round ${r} ${k} load ${load} first ${first.ms.toFixed(0)} ms cpu ${first.cpu.toFixed(0)} main ${first.main} write ${first.write} | second cpu ${seconds.map((x) => x.cpu.toFixed(0)).join('/')} main ${seconds.map((x) => x.main).join('/')} wall ${seconds.map((x) => x.ms.toFixed(0)).join('/')} 304s ${seconds.map((x) => x.nm).join('/')}`);
  }
}
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
for (const [k, v] of Object.entries(out)) console.log(k, 'median cpu', med(v.map((x) => x.cpu)).toFixed(0), 'main', med(v.map((x) => x.main)), 'write', med(v.map((x) => x.write)), 'wall', med(v.map((x) => x.ms)).toFixed(0));
await server.close();
for (const k of ['old', 'new']) { await mods[k].closeParsePool(); await mods[k].stopWriteThread(); }
