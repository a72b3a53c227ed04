/**
 * `npm run bench [-- --articles N] [--warmup N] [--seed N] [--scale <scale options>]`: speed and
 * memory of the briefing core on a generated news corpus (default 2,000 articles); with
 * `--scale`, then the scale section (scripts/bench-scale.ts: a burst of due channels against the
 * rate-limited fake Discord, /digest by library size).
 *
 * Articles are generated one at a time, deterministically, by recombining sentences of the
 * development articles (../shared/data/summ-dev.jsonl, or a small built-in set when it is
 * absent), so the corpus is never held in memory and can be grown to 20,000 or more to check
 * that memory stays flat. For every article: a Lead-3 pass (split into sentences, take three:
 * the floor) and a brief with the real `summarize()`; then, in a second pass over the same
 * articles generated afresh, one question each answered with `answer()`. Prints per-article and
 * per-question p50/p99/mean, throughput, the brief's cost relative to Lead-3, and peak RSS and
 * heap, as a Markdown table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { summarize } from '../src/core/brief/summarize.ts';
import { paragraphs, sentences, splitSentences } from '../src/core/text/text.ts';
import type { Answer, Article } from '../src/core/types.ts';
import { benchFeeds, splitFeedsArg } from './bench-feeds.ts';
import { benchStartup, splitStartupArg } from './bench-startup.ts';
import { prng } from './prng.ts';
import { askRatio, askRatioLine, type AskRatio } from './bench-ask.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_FILE = resolve(ROOT, '../shared/data/summ-dev.jsonl');

/** Fixed-size log histogram (1% buckets, 1 µs .. ~30 s): percentiles without keeping samples. */
class Histogram {
  private readonly counts = new Uint32Array(1800);
  private static readonly BASE = Math.log(1.01);
  n = 0;
  sum = 0;
  max = 0;

  add(ms: number): void {
    const us = Math.max(1, ms * 1000);
    const b = Math.min(this.counts.length - 1, Math.floor(Math.log(us) / Histogram.BASE));
    this.counts[b]++;
    this.n++;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }

  /** The q-quantile in milliseconds (upper edge of its bucket). */
  quantile(q: number): number {
    if (!this.n) return 0;
    const target = Math.ceil(q * this.n);
    let seen = 0;
    for (let b = 0; b < this.counts.length; b++) {
      seen += this.counts[b];
      if (seen >= target) return Math.exp((b + 1) * Histogram.BASE) / 1000;
    }
    return this.max;
  }

  get mean(): number {
    return this.n ? this.sum / this.n : 0;
  }
}


const FALLBACK = [
  'The city council approved a new budget on Tuesday after months of debate over school funding.',
  'Mayor Jane Porter said the plan would add 40 teachers and repair six buildings by 2026.',
  'Opponents argued that the property tax increase of 3 percent would burden retired residents.',
  '"We listened to every family that wrote to us," Porter told reporters at City Hall.',
  'The vote was 7 to 2, with council members Ruiz and Okafor voting against the measure.',
  'A spokesman for the teachers union welcomed the decision but warned that more was needed.',
  'The budget takes effect on July 1 and will be reviewed again in the spring.',
  'Officials in Springfield said the repairs would begin with the oldest elementary school.',
];

/** Sentence pools: the development articles' sentences, by article (a fixed cost, not per article). */
export function loadPool(): string[][] {
  if (!existsSync(DEV_FILE)) return [FALLBACK];
  const docs: string[][] = [];
  for (const line of readFileSync(DEV_FILE, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { text?: string };
    if (typeof o.text !== 'string') continue;
    const s = sentences(o.text);
    if (s.length >= 4) docs.push(s);
  }
  return docs.length ? docs : [FALLBACK];
}

const QUESTION_TEMPLATES = [
  (x: string) => `Who is ${x}?`,
  (x: string) => `What happened to ${x}?`,
  (x: string) => `When did ${x} happen?`,
  (x: string) => `Where is ${x}?`,
  (x: string) => `How many people were involved with ${x}?`,
  (x: string) => `What did ${x} say?`,
  (x: string) => `Why does ${x} matter?`,
];

/** A deterministic news-like article: the lead of one story, then sentences from it and others. */
export function* generateArticles(n: number, seed: number, pool: string[][]): Generator<{ article: Article; question: string }> {
  for (let i = 0; i < n; i++) {
    const rand = prng(seed * 1_000_003 + i);
    const base = pool[Math.floor(rand() * pool.length)];
    const length = 8 + Math.floor(rand() * 32);
    const lead = Math.min(base.length, 2 + Math.floor(rand() * 4));
    const picked: string[] = base.slice(0, lead);
    while (picked.length < length) {
      const doc = rand() < 0.6 ? base : pool[Math.floor(rand() * pool.length)];
      picked.push(doc[Math.floor(rand() * doc.length)]);
    }
    const paras: string[] = [];
    for (let k = 0; k < picked.length; ) {
      const take = 1 + Math.floor(rand() * 3);
      paras.push(picked.slice(k, k + take).join(' '));
      k += take;
    }
    const source = picked[Math.floor(rand() * picked.length)];
    const names = source.match(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)*/g)?.filter((w) => w.length > 3) ?? [];
    const subject = names.length ? names[Math.floor(rand() * names.length)] : (source.split(' ').find((w) => w.length > 5) ?? 'the story');
    const question = QUESTION_TEMPLATES[Math.floor(rand() * QUESTION_TEMPLATES.length)](subject.replace(/[^\p{L}\p{N} '-]/gu, ''));
    yield {
      article: {
        id: `bench-${seed}-${i}`,
        title: base[0].slice(0, 90),
        text: paras.join('\n\n'),
        caption: null,
        dateline: { place: null, date: null, agency: null },
        url: null,
        publishedAt: null,
        source: 'bench',
      },
      question,
    };
  }
}

interface Options {
  articles: number;
  warmup: number;
  seed: number;
}

function parseArgs(args: string[]): Options {
  const o: Options = { articles: 2000, warmup: 300, seed: 1 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = Number(args[i + 1]);
    if (a === '--articles' || a === '--warmup' || a === '--seed') {
      if (!Number.isInteger(v) || v < 0 || (a === '--articles' && v < 1)) throw new Error(`${a} needs a whole number`);
      o[a.slice(2) as keyof Options] = v;
      i++;
    } else throw new Error(`unknown option ${a} (use --articles N, --warmup N, --seed N; npm run bench -- --help lists every section)`);
  }
  return o;
}

export interface BenchResult {
  articles: number;
  questions: number;
  lead3: { p50: number; p99: number; mean: number };
  brief: { p50: number; p99: number; mean: number };
  ask: { p50: number; p99: number; mean: number } | null;
  ratio: number;
  /** Questions on which answer() threw (counted, timed, and reported). */
  askErrors: number;
  /** answer() vs BM25 sentence choice per question (bench-ask.ts), or null without an answerer. */
  askVsBm25: AskRatio | null;
  peakRssMb: number;
  peakHeapMb: number;
  heapMbAt: { articles: number; heapMb: number }[];
  markdown: string;
}

type AnswerFn = (question: string, article: Article) => Answer;

/** A way to collect garbage before reading the heap, so "heap in use" means live data. */
function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

async function loadAnswer(): Promise<AnswerFn | null> {
  try {
    const m = (await import('../src/core/answer/answer.ts')) as { answer?: AnswerFn };
    return typeof m.answer === 'function' ? m.answer : null;
  } catch {
    return null;
  }
}

const ms = (x: number): string => (x < 0.1 ? x.toFixed(3) : x.toFixed(2));
const mb = (bytes: number): number => bytes / (1024 * 1024);

/** Run the benchmark; prints the table and returns the figures. */
export async function main(args: string[], print: (s: string) => void = (s) => process.stdout.write(s)): Promise<BenchResult> {
  const o = parseArgs(args);
  const answer = await loadAnswer();
  const pool = loadPool();
  const gc = exposeGc();
  // Warm-up on a different seed: JIT compilation and caches are start-up, not marginal cost.
  let askErrors = 0;
  let firstAskError = '';
  /** One question; a throwing answerer is a bug to report, not a reason to stop measuring. */
  const ask1 = (question: string, article: Article): Answer | null => {
    try {
      return answer ? answer(question, article) : null;
    } catch (e) {
      askErrors++;
      firstAskError ||= `${e instanceof Error ? e.message : String(e)} (question "${question}", article ${article.id})`;
      return null;
    }
  };
  // Brief and ask are measured in separate passes, each after its own warm-up, on separately
  // generated article objects: measured in one loop, answer() found the article's sentences
  // already split by summarize() (sentences()'s one-text memo) and the brief's figures
  // included whatever the previous answer() left behind. The brief pass runs first, before
  // answer() has ever been called.
  for (const { article } of generateArticles(o.warmup, o.seed + 7919, pool)) {
    paragraphs(article.text).flatMap(splitSentences).slice(0, 3);
    summarize(article);
  }
  gc?.();
  const lead3 = new Histogram();
  const brief = new Histogram();
  const ask = new Histogram();
  let peakRss = 0;
  let peakHeap = 0;
  const heapAt: { articles: number; heapMb: number }[] = [];
  const checkpoints = new Set([Math.min(2000, o.articles), o.articles]);
  let sink = 0;
  /** Peak memory every 250 articles; the heap after GC at the checkpoints of the last pass (all work done by then). */
  const sample = (i: number, checkpoint: boolean): void => {
    if (i % 250 !== 0 && !checkpoints.has(i)) return;
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    if (checkpoint && checkpoints.has(i)) {
      gc?.();
      heapAt.push({ articles: i, heapMb: mb(process.memoryUsage().heapUsed) });
    }
  };
  let i = 0;
  const started = performance.now();
  for (const { article } of generateArticles(o.articles, o.seed, pool)) {
    let t = performance.now();
    // The floor: the same splitting summarize() does, without the one-text memo of sentences().
    const first3 = paragraphs(article.text).flatMap(splitSentences).slice(0, 3);
    lead3.add(performance.now() - t);
    t = performance.now();
    const b = summarize(article);
    brief.add(performance.now() - t);
    sink += first3.length + b.keyPoints.length;
    sample(++i, !answer);
  }
  let warming = 0; // the ask pass's warm-up, left out of the wall time
  if (answer) {
    const w0 = performance.now();
    for (const { article, question } of generateArticles(o.warmup, o.seed + 7919, pool)) ask1(question, article);
    gc?.();
    warming = performance.now() - w0;
    i = 0;
    for (const { article, question } of generateArticles(o.articles, o.seed, pool)) {
      const t = performance.now();
      const a = ask1(question, article);
      ask.add(performance.now() - t);
      sink += a?.evidence.length ?? 0;
      sample(++i, true);
    }
  }
  const wall = performance.now() - started - warming;
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  const stat = (h: Histogram) => ({ p50: h.quantile(0.5), p99: h.quantile(0.99), mean: h.mean });
  const ratio = lead3.mean > 0 ? brief.mean / lead3.mean : 0;
  const rows = [
    '| pass | items | p50 ms | p99 ms | mean ms | per second |',
    '|---|---:|---:|---:|---:|---:|',
    `| Lead-3 (split + first three sentences) | ${lead3.n} articles | ${ms(lead3.quantile(0.5))} | ${ms(lead3.quantile(0.99))} | ${ms(lead3.mean)} | ${Math.round(1000 / lead3.mean)} |`,
    `| brief: \`summarize()\` | ${brief.n} articles | ${ms(brief.quantile(0.5))} | ${ms(brief.quantile(0.99))} | ${ms(brief.mean)} | ${Math.round(1000 / brief.mean)} |`,
    answer
      ? `| ask: \`answer()\` | ${ask.n} questions | ${ms(ask.quantile(0.5))} | ${ms(ask.quantile(0.99))} | ${ms(ask.mean)} | ${Math.round(1000 / ask.mean)} |`
      : '| ask: `answer()` | not run: src/core/answer/answer.ts is missing | | | | |',
  ];
  // After the main pass (so its memory figures are not disturbed): ask against BM25 on the same kind of questions.
  const askVsBm25 = answer ? askRatio(generateArticles(Math.min(o.articles, 1000), o.seed + 104729, pool), answer) : null;
  const heapLine = heapAt.map((h) => `${h.heapMb.toFixed(1)} MB after ${h.articles.toLocaleString('en-US')}`).join(', ');
  const markdown = [
    ...rows,
    '',
    `Brief vs Lead-3: ${ratio.toFixed(1)}x the mean time per article (${(brief.quantile(0.5) / lead3.quantile(0.5)).toFixed(1)}x at the median). Peak RSS ${mb(peakRss).toFixed(0)} MB, peak heap ${mb(peakHeap).toFixed(0)} MB; ` +
      `heap in use ${heapLine}${gc ? ' (after GC)' : ''}. Marginal times: ${o.warmup} warm-up articles excluded; ` +
      `Node ${process.version}, ${o.articles.toLocaleString('en-US')} generated articles, wall ${(wall / 1000).toFixed(1)} s.`,
    ...(askVsBm25 ? ['', askRatioLine(askVsBm25)] : []),
    ...(askErrors ? ['', `**answer() threw on ${askErrors} of ${ask.n + o.warmup} questions**; first: ${firstAskError}`] : []),
  ].join('\n');
  print(`${markdown}\n`);
  if (sink < 0) print('unreachable\n'); // keeps the work observable to the optimizer
  return {
    articles: brief.n,
    questions: ask.n,
    lead3: stat(lead3),
    brief: stat(brief),
    ask: answer ? stat(ask) : null,
    ratio,
    askErrors,
    askVsBm25,
    peakRssMb: mb(peakRss),
    peakHeapMb: mb(peakHeap),
    heapMbAt: heapAt,
    markdown,
  };
}

/** `npm run bench -- --help`: every section and its options. */
export const BENCH_USAGE = `usage: npm run bench [-- options]   brief and ask speed and memory vs a Lead-3 pass in the same run
  --articles N   generated articles (default 2000)      --warmup N   warm-up articles (default 300)      --seed N
  --feeds N      add the feed-polling section: an N-feed poll cycle vs raw GETs
  --startup A,B  add start-up time and memory at those library sizes
  --scale [--channels N] [--articles N] [--digest-sizes A,B,C] [--no-burst]
                 add the scheduling section (last: the options after it are its own; about 2 minutes)
npm run bench -- library [--sizes 1000,20000,100000] [--runs N] [--backends sqlite,postgres]
                 /brief, autocomplete, /digest and /ask by library size
`;

// `npm run bench` runs this file directly; tests import main().
// `--scale [options]` adds the scale section (scripts/bench-scale.ts, about 2 minutes); options after it are its own.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (['--help', '-h', 'help'].includes(process.argv[2] ?? '')) {
    process.stdout.write(BENCH_USAGE);
  } else if (process.argv[2] === 'library') {
    // `npm run bench -- library ...`: the library commands at 1k/20k/100k articles (scripts/bench-library.ts).
    import('./bench-library.ts')
      .then((m) => m.benchLibrary(process.argv.slice(3)))
      .catch((e: unknown) => {
        process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 1;
      });
  } else {
    const [args, feeds] = splitFeedsArg(process.argv.slice(2)); // `--feeds N`: the feed-polling section (scripts/bench-feeds.ts)
    const [argv, startup] = splitStartupArg(args); // `--startup A,B,C`: start-up at those library sizes (scripts/bench-startup.ts)
    const at = argv.indexOf('--scale'); // `--scale [options]`: the scheduling section (scripts/bench-scale.ts)
    main(at >= 0 ? argv.slice(0, at) : argv)
      .then(async () => {
        if (feeds) process.stdout.write((await benchFeeds(feeds)).markdown);
        if (startup.length) process.stdout.write((await benchStartup(startup)).markdown);
        if (at >= 0) await (await import('./bench-scale.ts')).benchScale(argv.slice(at + 1));
        process.exit(0); // the scale section's Discord client may leave timers behind
      })
      .catch((e: unknown) => {
        process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(1);
      });
  }
}
