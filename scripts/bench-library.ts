/**
 * `npm run bench -- library [--sizes 1000,20000,100000] [--runs N] [--backends sqlite,postgres]`:
 * how the commands that read the library scale with its size. For each backend (SQLite in a
 * temporary file; PostgreSQL at NEWSBRIEF_BENCH_PG_URL or NEWSBRIEF_TEST_PG_URL, in a new
 * database dropped afterwards) the library is grown to each size with generated stories, then
 * the real commands run against a store-backed library: `/brief` (newest), `/brief <title
 * words>`, an autocomplete keystroke, `/digest` and a context-free `/ask`. Prints the median
 * and p90 latency per size, the ratio of the largest size to the smallest (the 1,000-article
 * baseline of the same run), and the peak heap while the commands ran; then the median CPU time
 * this process spent per command, which a loaded machine does not inflate the way it does
 * wall-clock time.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { pino } from 'pino';
import { ask } from '../commands/ask.ts';
import { brief } from '../commands/brief.ts';
import { digest } from '../commands/digest.ts';
import type { Command, CommandContext } from '../commands/types.ts';
import { parseConfig } from '../src/config.ts';
import type { Article } from '../src/core/types.ts';
import type { Services } from '../src/services.ts';
import { articleContentHash } from '../src/store/content-hash.ts';
import { openStore } from '../src/store/open.ts';
import type { PostgresStore } from '../src/store/postgres.ts';
import { StoreLibrary } from '../src/sources/store-library.ts';
import { titleWords } from '../src/store/title-words.ts';
import type { Store } from '../src/store/types.ts';
import { prng } from './prng.ts';

const PLACES = ['Arden', 'Belmora', 'Castleby', 'Dunmere', 'Elstow', 'Farrow', 'Glenholt', 'Harrowgate', 'Ivelston', 'Juniper', 'Kestrel', 'Lowmarsh'];
const SUBJECTS = ['council', 'harbour', 'railway', 'school', 'hospital', 'library', 'bridge', 'market', 'museum', 'airport', 'stadium', 'reservoir'];
const EVENTS = ['approves budget', 'opens new wing', 'delays repairs', 'hires staff', 'wins award', 'cuts fares', 'plans expansion', 'reports record year'];
const PEOPLE = ['Mara Quell', 'Tobin Reyes', 'Ada Fenwick', 'Jonah Pell', 'Ines Varga', 'Otto Brandt'];

/** A generated story `i`: its own id, title and sentences (made-up places and people). */
export function benchStory(i: number, now: Date): Article {
  const r = prng(i * 7919 + 17);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const place = pick(PLACES);
  const subject = pick(SUBJECTS);
  const event = pick(EVENTS);
  const who = pick(PEOPLE);
  const n = 2 + Math.floor(r() * 90);
  const title = `${place} ${subject} ${event} (${i})`;
  const text = [
    `The ${place} ${subject} ${event}, officials said on Monday.`,
    `${who}, who leads the ${subject} board, said ${n} people would benefit in the first year.`,
    `The decision followed a public meeting in ${place} that lasted three hours.`,
    `Critics said the ${subject} had waited too long, and asked for a review by the spring.`,
    `The next meeting of the board is planned for the end of the month.`,
  ].join(' ');
  // Spread over the last 60 days, newest for the highest numbers.
  const publishedAt = new Date(now.getTime() - (1_000_000 - i) * 5_000).toISOString();
  return { id: `bench-${i}`, title, text, caption: null, dateline: { place, date: null, agency: null }, url: null, publishedAt, source: 'Bench Gazette' };
}

/** Add stories [from, to) the fastest way each backend allows, writing the rows `put` writes. */
export async function grow(store: Store, from: number, to: number, now: Date): Promise<void> {
  const sqlite = (store as { db?: { exec?: unknown } }).db;
  if (store.shared) {
    const db = (store as PostgresStore).db;
    for (let start = from; start < to; start += 2000) {
      const batch = Array.from({ length: Math.min(2000, to - start) }, (_, k) => benchStory(start + k, now));
      await db.query(
        `INSERT INTO articles (id, content_hash, json, title, published_at, first_seen_at, title_words)
         SELECT id, h, j, t, p, f, string_to_array(w, ' ')
           FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::text[]) AS x(id, h, j, t, p, f, w)`,
        [
          batch.map((a) => a.id),
          batch.map(articleContentHash),
          batch.map((a) => JSON.stringify(a)),
          batch.map((a) => a.title),
          batch.map((a) => a.publishedAt),
          batch.map(() => now.toISOString()),
          // The title words in the article's row (PostgreSQL migration 11), as put writes them.
          batch.map((a) => titleWords(a.title).join(' ')),
        ],
      );
    }
    // As autovacuum would after a bulk load: statistics and the visibility map (index-only scans).
    await db.query('VACUUM ANALYZE');
  } else if (sqlite && typeof sqlite.exec === 'function') {
    const db = sqlite as { exec(sql: string): void };
    // One transaction per 5,000 puts (each put's own transaction nests as a savepoint).
    for (let start = from; start < to; start += 5000) {
      db.exec('BEGIN');
      for (let i = start; i < Math.min(to, start + 5000); i++) await store.articles.put(benchStory(i, now), now);
      db.exec('COMMIT');
    }
    db.exec('ANALYZE');
  } else {
    for (let i = from; i < to; i++) await store.articles.put(benchStory(i, now), now);
  }
}

function exposeGc(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return () => undefined;
  }
}

interface Timing {
  p50: number;
  p90: number;
  /** Median CPU time of this process (user + system), ms: on a shared machine, what waiting for a core does not inflate. */
  cpu50: number;
}
export interface LibrarySizeResult {
  backend: string;
  size: number;
  commands: Record<string, Timing>;
  peakHeapMb: number;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function measure(store: Store, size: number, runs: number, now: Date, gc: () => void): Promise<{ commands: Record<string, Timing>; peakHeapMb: number }> {
  const config = parseConfig({});
  const services: Services = { config, library: new StoreLibrary(store.articles, () => now), store, now: () => now };
  let channel = 0;
  const ctx = (): CommandContext => ({
    platform: 'slack',
    user: { id: 'U1' },
    guildId: 'T1',
    // A fresh channel per run: /ask has no conversation to follow, so it searches the library.
    channelId: `C${size}-${channel++}`,
    threadId: null,
    canManageChannel: true,
    services,
    log: pino({ level: 'silent' }),
  });
  const target = benchStory(Math.floor(size / 3), now);
  const [w1, w2] = titleWords(target.title);
  const cases: [string, () => Promise<unknown>][] = [
    ['/brief', () => (brief as Command).run(ctx(), {})],
    ['/brief <words>', () => (brief as Command).run(ctx(), { article: `${w1} ${w2} ${Math.floor(size / 3)}` })],
    ['autocomplete', () => (brief as Command).complete!(ctx(), 'article', `${w1} ${w2.slice(0, 3)}`)],
    ['/digest', () => (digest as Command).run(ctx(), {})],
    ['/ask', () => (ask as Command).run(ctx(), { question: 'Who leads the harbour board?' })],
  ];
  gc();
  let peak = process.memoryUsage().heapUsed;
  const commands: Record<string, Timing> = {};
  for (const [name, run] of cases) {
    await run(); // warm-up: JIT and the database's caches
    const times: number[] = [];
    const cpus: number[] = [];
    for (let k = 0; k < runs; k++) {
      const c = process.cpuUsage();
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
      const d = process.cpuUsage(c);
      cpus.push((d.user + d.system) / 1000);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    commands[name] = { p50: quantile(times, 0.5), p90: quantile(times, 0.9), cpu50: quantile(cpus, 0.5) };
  }
  return { commands, peakHeapMb: peak / 2 ** 20 };
}

interface Options {
  sizes: number[];
  runs: number;
  backends: string[];
}

function parseArgs(args: string[]): Options {
  const o: Options = { sizes: [1000, 20_000, 100_000], runs: 15, backends: ['sqlite', 'postgres'] };
  for (let i = 0; i < args.length; i++) {
    const v = args[i + 1] ?? '';
    if (args[i] === '--sizes') o.sizes = v.split(',').map(Number);
    else if (args[i] === '--runs') o.runs = Number(v);
    else if (args[i] === '--backends') o.backends = v.split(',');
    else throw new Error(`unknown option ${args[i]} (use --sizes 1000,20000,100000, --runs N, --backends sqlite,postgres)`);
    i++;
  }
  if (!o.sizes.length || o.sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(o.runs) || o.runs < 1) {
    throw new Error('--sizes needs whole numbers and --runs a whole number of at least 1');
  }
  o.sizes.sort((a, b) => a - b);
  return o;
}

/** Open a fresh store for a backend; null (with the reason) when it is not available. */
async function freshStore(backend: string): Promise<{ store: Store; drop: () => Promise<void> } | string> {
  if (backend === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-bench-'));
    const store = await openStore(path.join(dir, 'bench.db'));
    return { store, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  if (backend === 'postgres') {
    const url = process.env.NEWSBRIEF_BENCH_PG_URL || process.env.NEWSBRIEF_TEST_PG_URL;
    if (!url) return 'set NEWSBRIEF_BENCH_PG_URL (or run scripts/pg-test-server.sh) to include PostgreSQL';
    const name = `nb_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const store = await openStore(u.toString());
    return {
      store,
      drop: async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  return `unknown backend ${backend}`;
}

const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

/** Run the library benchmark; prints a Markdown table and returns the figures. */
export async function benchLibrary(args: string[], print: (s: string) => void = (s) => process.stdout.write(s)): Promise<LibrarySizeResult[]> {
  const o = parseArgs(args);
  const gc = exposeGc();
  const now = new Date();
  const results: LibrarySizeResult[] = [];
  const names = ['/brief', '/brief <words>', 'autocomplete', '/digest', '/ask'];
  let cpu = '';
  let out = `## Library commands by library size (median ms, p90 in brackets; ${o.runs} runs each)\n\n`;
  out += `| backend | articles | ${names.join(' | ')} | peak heap MB |\n|---|---:|${names.map(() => '---:|').join('')}---:|\n`;
  for (const backend of o.backends) {
    const opened = await freshStore(backend);
    if (typeof opened === 'string') {
      out += `| ${backend} | skipped: ${opened} |\n`;
      continue;
    }
    try {
      let have = 0;
      for (const size of o.sizes) {
        await grow(opened.store, have, size, now);
        have = size;
        const m = await measure(opened.store, size, o.runs, now, gc);
        results.push({ backend, size, ...m });
        out += `| ${backend} | ${size.toLocaleString('en')} | ${names.map((n) => `${fmt(m.commands[n].p50)} (${fmt(m.commands[n].p90)})`).join(' | ')} | ${m.peakHeapMb.toFixed(0)} |\n`;
      }
      const first = results.find((r) => r.backend === backend && r.size === o.sizes[0])!;
      const last = results.find((r) => r.backend === backend && r.size === o.sizes.at(-1))!;
      if (first !== last) {
        out += `| ${backend} | ratio ${last.size.toLocaleString('en')} / ${first.size.toLocaleString('en')} | ${names.map((n) => `${(last.commands[n].p50 / first.commands[n].p50).toFixed(2)}x`).join(' | ')} | ${(last.peakHeapMb / first.peakHeapMb).toFixed(2)}x |\n`;
      }
      cpu += results
        .filter((r) => r.backend === backend)
        .map((r) => `| ${backend} | ${r.size.toLocaleString('en')} | ${names.map((n) => fmt(r.commands[n].cpu50)).join(' | ')} |\n`)
        .join('');
      if (first !== last) cpu += `| ${backend} | ratio | ${names.map((n) => `${(last.commands[n].cpu50 / first.commands[n].cpu50).toFixed(2)}x`).join(' | ')} |\n`;
    } finally {
      await opened.store.close();
      await opened.drop();
    }
  }
  // CPU time of this process: a load-independent figure for SQLite (all its work is in this
  // process); for PostgreSQL only the client's share (the server's work is not counted).
  out += `\nCPU time of this process per command (median ms):\n\n| backend | articles | ${names.join(' | ')} |\n|---|---:|${names.map(() => '---:|').join('')}\n${cpu}`;
  print(`${out}\n`);
  return results;
}
