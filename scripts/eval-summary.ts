/**
 * `npm run eval -- summary [file] [--points N] [--limit N] [--kinds a,b] [--resamples N]`: briefing quality
 * on news articles with human reference summaries (default ../shared/data/summ-dev.jsonl).
 *
 * In one run, on the same sentence splitter, per `kind` and overall:
 * - key points as the product ships them (`summarize()` at its default count, or at `--points N`
 *   as `brief --points N` would) against Lead-3 (the first three sentences) and TextRank-3;
 * - the TL;DR as shipped (one sentence, trimmed to 280 characters) against Lead-1 and TextRank-1.
 * Scores are ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1 x100 with rouge-score's conventions, the
 * difference to the lead baseline with a 95% paired-bootstrap interval (resampling articles).
 * Next to ROUGE, an editor's checks of the briefing as chat shows it (`summarizeForChat()`,
 * `briefingMessage()`), with the predicates of src/core/brief/checks.ts: the share of
 * articles of 6 or more sentences that show at least 3 key points beyond the TL;DR, the share
 * of TL;DRs opening with a pronoun or connective, TL;DRs that cut a quotation, and key points
 * (JSON and chat) with an unbalanced quotation or that are not sentences.
 * Prints Markdown tables that can be pasted into the README.
 */
import { createReadStream, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { rougeAll, type RougeScores } from './lib/rouge.ts';
import { hasUnbalancedQuotes, isSentence, opensDangling } from '../src/core/brief/checks.ts';
import { briefingMessage } from '../src/core/message/build.ts';
import { summarize, summarizeForChat } from '../src/core/brief/summarize.ts';
import { sentences } from '../src/core/text/text.ts';
import { textRank } from './lib/textrank.ts';
import type { Article } from '../src/core/types.ts';
import { prng } from './prng.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SUMMARY_FILE = resolve(ROOT, '../shared/data/summ-dev.jsonl');

interface Row {
  id: string;
  kind: string;
  title: string | null;
  text: string;
  reference: string;
}

/** R-Lsum F1 of one summary. */
type Triple = [number, number, number];

/** The scores of every system compared: the baselines, the key points and the TL;DR. */
interface SystemScores {
  lead3: Triple;
  textrank3: Triple;
  keyPoints: Triple;
  lead1: Triple;
  textrank1: Triple;
  tldr: Triple;
}

/** Per-article scores of every system, kept to bootstrap the differences. */
interface Scored extends SystemScores {
  kind: string;
  points: number;
  checks: Checks;
}

/** An editor's checks of one briefing as chat shows it (see src/core/brief/checks.ts). */
interface Checks {
  /** The article has at least 6 body sentences: it has enough for a TL;DR and three points. */
  long: boolean;
  /** Key points chat shows beyond the TL;DR. */
  shown: number;
  tldrDangling: boolean;
  tldrUnbalanced: boolean;
  /** Key points (JSON and chat) with a quotation left open or closed without its opening. */
  unbalanced: number;
  /** Key points (JSON and chat) that are not sentences. */
  notSentences: number;
  keyPoints: number;
}

export interface KindResult extends SystemScores {
  kind: string;
  n: number;
  /** Mean number of key points shipped. */
  points: number;
  /** Key points minus Lead-3, ROUGE-1 and ROUGE-2, with 95% intervals [low, high]. */
  keyPointsDelta: { r1: number; r1ci: [number, number]; r2: number; r2ci: [number, number] };
  tldrDelta: { r1: number; r1ci: [number, number]; r2: number; r2ci: [number, number] };
  checks: CheckTotals;
}

/** The editor's checks summed over articles. */
export interface CheckTotals {
  long: number;
  longWith3: number;
  tldrDangling: number;
  tldrUnbalanced: number;
  unbalanced: number;
  notSentences: number;
  keyPoints: number;
}

export interface SummaryEvalResult {
  file: string;
  kinds: KindResult[];
  overall: KindResult;
  markdown: string;
}

function triple(s: RougeScores): Triple {
  return [100 * s.rouge1.f, 100 * s.rouge2.f, 100 * s.rougeLsum.f];
}

async function* readRows(file: string): AsyncGenerator<Row> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let o: Partial<Row>;
    try {
      o = JSON.parse(line) as Partial<Row>;
    } catch {
      throw new Error(`${file}:${n}: not a JSON line`);
    }
    if (typeof o.text !== 'string' || typeof o.reference !== 'string') throw new Error(`${file}:${n}: needs "text" and "reference" strings`);
    yield { id: String(o.id ?? n), kind: String(o.kind ?? 'all'), title: typeof o.title === 'string' ? o.title : null, text: o.text, reference: o.reference };
  }
}

/** The body exactly as the data gives it: the eval measures summarize(), not the file parser. */
function toArticle(r: Row): Article {
  return {
    id: r.id,
    title: r.title ?? '',
    text: r.text,
    caption: null,
    dateline: { place: null, date: null, agency: null },
    url: null,
    publishedAt: null,
    source: null,
  };
}

/** Score one article with every system. */
export function scoreArticle(r: Row, points?: number): Scored {
  const sents = sentences(r.text);
  const brief = summarize(toArticle(r), points === undefined ? {} : { points });
  const score = (lines: string[]): Triple => triple(rougeAll(r.reference, lines.join('\n')));
  const chat = summarizeForChat(toArticle(r), points === undefined ? {} : { points });
  const shown = briefingMessage(chat).bullets ?? [];
  const points2 = [...new Set([...brief.keyPoints, ...shown])];
  const checks: Checks = {
    long: sents.length >= 6,
    shown: shown.length,
    tldrDangling: opensDangling(chat.tldr),
    tldrUnbalanced: hasUnbalancedQuotes(chat.tldr),
    unbalanced: points2.filter(hasUnbalancedQuotes).length,
    notSentences: points2.filter((p) => !isSentence(p)).length,
    keyPoints: points2.length,
  };
  return {
    checks,
    kind: r.kind,
    lead3: score(sents.slice(0, 3)),
    textrank3: score(textRank(sents, 3).map((i) => sents[i])),
    keyPoints: score(brief.keyPoints),
    lead1: score(sents.slice(0, 1)),
    textrank1: score(textRank(sents, 1).map((i) => sents[i])),
    tldr: score([brief.tldr]),
    points: brief.keyPoints.length,
  };
}


/** Mean of `diffs` and its 95% paired-bootstrap interval. */
function bootstrap(diffs: number[], resamples: number): { mean: number; ci: [number, number] } {
  const n = diffs.length;
  const mean = n ? diffs.reduce((a, b) => a + b, 0) / n : 0;
  if (n < 2 || resamples < 10) return { mean, ci: [mean, mean] };
  const rand = prng(20240917);
  const means: number[] = [];
  for (let b = 0; b < resamples; b++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += diffs[Math.floor(rand() * n)];
    means.push(s / n);
  }
  means.sort((x, y) => x - y);
  return { mean, ci: [means[Math.floor(0.025 * resamples)], means[Math.ceil(0.975 * resamples) - 1]] };
}

function aggregate(kind: string, items: Scored[], resamples: number): KindResult {
  const n = items.length;
  const mean = (pick: (s: Scored) => Triple): Triple => {
    const t: Triple = [0, 0, 0];
    for (const s of items) for (let k = 0; k < 3; k++) t[k] += pick(s)[k] / n;
    return t;
  };
  const delta = (a: (s: Scored) => Triple, b: (s: Scored) => Triple) => {
    const r1 = bootstrap(items.map((s) => a(s)[0] - b(s)[0]), resamples);
    const r2 = bootstrap(items.map((s) => a(s)[1] - b(s)[1]), resamples);
    return { r1: r1.mean, r1ci: r1.ci, r2: r2.mean, r2ci: r2.ci };
  };
  return {
    kind,
    n,
    points: items.reduce((a, s) => a + s.points, 0) / n,
    lead3: mean((s) => s.lead3),
    textrank3: mean((s) => s.textrank3),
    keyPoints: mean((s) => s.keyPoints),
    lead1: mean((s) => s.lead1),
    textrank1: mean((s) => s.textrank1),
    tldr: mean((s) => s.tldr),
    keyPointsDelta: delta((s) => s.keyPoints, (s) => s.lead3),
    tldrDelta: delta((s) => s.tldr, (s) => s.lead1),
    checks: {
      long: items.filter((s) => s.checks.long).length,
      longWith3: items.filter((s) => s.checks.long && s.checks.shown >= 3).length,
      tldrDangling: items.filter((s) => s.checks.tldrDangling).length,
      tldrUnbalanced: items.filter((s) => s.checks.tldrUnbalanced).length,
      unbalanced: items.reduce((a, s) => a + s.checks.unbalanced, 0),
      notSentences: items.reduce((a, s) => a + s.checks.notSentences, 0),
      keyPoints: items.reduce((a, s) => a + s.checks.keyPoints, 0),
    },
  };
}

const f1 = (x: number): string => x.toFixed(1);
const cell = (t: Triple): string => `${f1(t[0])} / ${f1(t[1])} / ${f1(t[2])}`;
const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;
const withCi = (x: number, ci: [number, number]): string => `${signed(x)} [${signed(ci[0])}, ${signed(ci[1])}]`;

/** The two Markdown tables (key points, TL;DR). */
export function markdownTables(kinds: KindResult[], overall: KindResult, points?: number): string {
  const all = [...kinds, overall];
  const out: string[] = [];
  const how = points === undefined ? 'at its default count' : `with \`points: ${points}\``;
  out.push(`Key points (\`summarize()\` ${how}) against Lead-3 and TextRank-3; ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1 x100:`);
  out.push('');
  out.push('| kind | articles | Lead-3 | TextRank-3 | key points | points | Δ R-1 vs Lead-3 [95% CI] | Δ R-2 vs Lead-3 [95% CI] |');
  out.push('|---|---:|---|---|---|---:|---|---|');
  for (const k of all) {
    const name = k === overall ? '**overall**' : `\`${k.kind}\``;
    out.push(`| ${name} | ${k.n} | ${cell(k.lead3)} | ${cell(k.textrank3)} | ${cell(k.keyPoints)} | ${k.points.toFixed(1)} | ${withCi(k.keyPointsDelta.r1, k.keyPointsDelta.r1ci)} | ${withCi(k.keyPointsDelta.r2, k.keyPointsDelta.r2ci)} |`);
  }
  out.push('');
  out.push('TL;DR (one sentence, trimmed to 280 characters) against Lead-1 and TextRank-1:');
  out.push('');
  out.push('| kind | articles | Lead-1 | TextRank-1 | TL;DR | Δ R-1 vs Lead-1 [95% CI] | Δ R-2 vs Lead-1 [95% CI] |');
  out.push('|---|---:|---|---|---|---|---|');
  for (const k of all) {
    const name = k === overall ? '**overall**' : `\`${k.kind}\``;
    out.push(`| ${name} | ${k.n} | ${cell(k.lead1)} | ${cell(k.textrank1)} | ${cell(k.tldr)} | ${withCi(k.tldrDelta.r1, k.tldrDelta.r1ci)} | ${withCi(k.tldrDelta.r2, k.tldrDelta.r2ci)} |`);
  }
  out.push('');
  out.push("Editor's checks of the briefing as chat shows it (`summarizeForChat()`; key points counted over JSON and chat):");
  out.push('');
  out.push('| kind | articles of >= 6 sentences | >= 3 key points in chat | TL;DR opens with pronoun/connective | TL;DR with a quotation cut | key points with unbalanced quotes | key points that are not sentences |');
  out.push('|---|---:|---:|---:|---:|---:|---:|');
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
  for (const k of all) {
    const name = k === overall ? '**overall**' : `\`${k.kind}\``;
    const c = k.checks;
    out.push(`| ${name} | ${c.long} | ${pct(c.longWith3, c.long)} | ${pct(c.tldrDangling, k.n)} (${c.tldrDangling}) | ${c.tldrUnbalanced} | ${c.unbalanced} of ${c.keyPoints} | ${c.notSentences} of ${c.keyPoints} |`);
  }
  return out.join('\n');
}

interface Options {
  file: string;
  limit: number;
  kinds: Set<string> | null;
  resamples: number;
  points: number | undefined;
}

function parseArgs(args: string[]): Options {
  const o: Options = { file: DEFAULT_SUMMARY_FILE, limit: Infinity, kinds: null, resamples: 2000, points: undefined };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--limit') o.limit = Number(value());
    else if (a === '--kinds') o.kinds = new Set(value().split(','));
    else if (a === '--resamples') o.resamples = Number(value());
    else if (a === '--points') o.points = Number(value());
    else if (a.startsWith('--')) throw new Error(`unknown option ${a} (use --points N, --limit N, --kinds a,b, --resamples N)`);
    else o.file = resolve(a);
  }
  if (!(o.limit > 0)) throw new Error('--limit must be a positive number');
  if (o.points !== undefined && !(Number.isInteger(o.points) && o.points >= 1 && o.points <= 10)) throw new Error('--points must be a whole number from 1 to 10');
  if (!Number.isInteger(o.resamples) || o.resamples < 0) throw new Error('--resamples must be a whole number');
  return o;
}

/** Run the evaluation; prints the tables and returns the figures. */
export async function main(args: string[], print: (s: string) => void = (s) => process.stdout.write(s)): Promise<SummaryEvalResult> {
  const o = parseArgs(args);
  if (!existsSync(o.file)) throw new Error(`no such file: ${o.file}`);
  const byKind = new Map<string, Scored[]>();
  const all: Scored[] = [];
  for await (const r of readRows(o.file)) {
    if (o.kinds && !o.kinds.has(r.kind)) continue;
    if (all.length >= o.limit) break;
    const s = scoreArticle(r, o.points);
    all.push(s);
    const list = byKind.get(r.kind) ?? [];
    list.push(s);
    byKind.set(r.kind, list);
  }
  if (!all.length) throw new Error(`no articles to evaluate in ${o.file}`);
  const kinds = [...byKind].map(([k, items]) => aggregate(k, items, o.resamples));
  const overall = aggregate('overall', all, o.resamples);
  const markdown = markdownTables(kinds, overall, o.points);
  print(`Summary evaluation: ${all.length} articles from ${o.file}\n\n${markdown}\n`);
  return { file: o.file, kinds, overall, markdown };
}
