/**
 * The start-up section of `npm run bench -- --startup 1000,20000,100000` (also
 * `npx tsx scripts/bench-startup.ts [sizes]`): the bot started as a user starts it
 * (`node src/main.ts`, console adapter, no platform token) over a SQLite database already
 * holding N generated articles (as feeds leave them) and a briefings folder of 50 files
 * already synced. Reported per size, median of 3 restarts: time until the first output, until
 * the console has printed its briefings and the library count (ready for input), and the peak
 * resident memory of the process (VmHWM). Ratios are against the smallest size of the run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { articleContentHash } from '../src/store/content-hash.ts';
import { createSqliteStore } from '../src/store/sqlite.ts';
import { generateArticles, loadPool } from './bench.ts';

const FILES = 50;
const REPS = Number(process.env.BENCH_STARTUP_REPS ?? 3);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface StartupTiming {
  articles: number;
  firstOutputMs: number;
  readyMs: number;
  peakRssMb: number;
}

/** A folder with a database of `n` articles and a briefings folder of FILES articles. */
function library(n: number, pool: string[][]): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-startup-'));
  const briefings = join(dir, 'briefings');
  mkdirSync(briefings);
  const gen = generateArticles(n + FILES, 7, pool);
  for (let i = 0; i < FILES; i++) {
    const { article } = gen.next().value as { article: { title: string; text: string } };
    writeFileSync(join(briefings, `file-${i}.md`), `# ${article.title}\n\n${article.text}\n`);
  }
  const store = createSqliteStore(join(dir, 'newsbrief.db'));
  const insert = store.db.prepare('INSERT OR IGNORE INTO articles (id, content_hash, json, published_at, first_seen_at) VALUES (?, ?, ?, ?, ?)');
  const t0 = Date.parse('2026-06-01T08:00:00Z');
  store.db.transaction(() => {
    let i = 0;
    for (const { article } of gen) {
      const at = new Date(t0 - (i + 1) * 60_000).toISOString();
      const a = { ...article, id: `feed-${i}`, publishedAt: at, source: `Wire ${i % 7}` };
      insert.run(a.id, articleContentHash(a), JSON.stringify(a), at, at);
      i++;
    }
  })();
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  void store.close();
  return { dir, env: { ...process.env, NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_BRIEFINGS: briefings, DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', LOG_LEVEL: 'warn' } };
}

/** Start the bot once; resolves when it has printed the library count (then ends its input). */
function startOnce(env: NodeJS.ProcessEnv): Promise<{ firstOutputMs: number; readyMs: number; peakRssMb: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let first = -1;
    let out = '';
    let err = '';
    let done = false;
    const peak = (): number => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return m ? Number(m[1]) / 1024 : NaN;
      } catch {
        return NaN;
      }
    };
    child.stdout.on('data', (d: Buffer) => {
      if (first < 0) first = performance.now() - t0;
      out += d.toString();
      if (!done && /articles in the library/.test(out)) {
        done = true;
        const r = { firstOutputMs: first, readyMs: performance.now() - t0, peakRssMb: peak() };
        child.stdin.end();
        child.once('exit', () => resolve(r));
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => {
      if (!done) reject(new Error(`the bot exited (${code}) before it was ready: ${err.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

/** Run the start-up benchmark at each size; returns the figures and a Markdown table. */
export async function benchStartup(sizes: number[]): Promise<{ timings: StartupTiming[]; markdown: string }> {
  const pool = loadPool();
  const timings: StartupTiming[] = [];
  for (const n of sizes) {
    const { dir, env } = library(n, pool);
    try {
      await startOnce(env); // the first start syncs the briefings folder and migrates: not measured
      const runs = [];
      for (let i = 0; i < REPS; i++) runs.push(await startOnce(env));
      timings.push({ articles: n, firstOutputMs: median(runs.map((r) => r.firstOutputMs)), readyMs: median(runs.map((r) => r.readyMs)), peakRssMb: median(runs.map((r) => r.peakRssMb)) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const base = timings[0];
  const lines = [
    '',
    `### Start-up (console, SQLite library, ${FILES} briefing files; median of ${REPS} restarts)`,
    '',
    `| articles | first output | ready (briefings and count printed) | vs ${base.articles.toLocaleString('en-US')} | peak RSS |`,
    '|---:|---:|---:|---:|---:|',
    ...timings.map((t) => `| ${t.articles.toLocaleString('en-US')} | ${(t.firstOutputMs / 1000).toFixed(2)} s | ${(t.readyMs / 1000).toFixed(2)} s | ${(t.readyMs / base.readyMs).toFixed(2)}x | ${t.peakRssMb.toFixed(0)} MB |`),
    '',
  ];
  return { timings, markdown: lines.join('\n') };
}

/** Take `--startup A,B,C` out of bench.ts's arguments: the rest, and the sizes (empty when absent). */
export function splitStartupArg(args: string[]): [string[], number[]] {
  const i = args.indexOf('--startup');
  if (i < 0) return [args, []];
  const sizes = (args[i + 1] ?? '').split(',').map(Number);
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--startup needs whole numbers, comma-separated (e.g. 1000,20000,100000)');
  return [[...args.slice(0, i), ...args.slice(i + 2)], sizes];
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.argv[2] ?? '1000,20000,100000').split(',').map(Number);
  benchStartup(sizes).then(
    (r) => process.stdout.write(r.markdown),
    (e: unknown) => {
      process.stderr.write(`bench-startup: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
