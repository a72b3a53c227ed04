/**
 * The span model's held-out fold fits (scripts/span-folds.ts), kept on disk between test runs.
 *
 * Fitting the five folds is most of the cost of the calibration test in
 * tests/core/answer/answer-honest.test.ts (about 18 s a fold, and 19 s to build the training
 * pool, on the loaded 2-core machine) while the fits are a pure function of the code and the
 * data. So a fit is stored under a hash of everything it can depend on - every file under
 * src/core/ (which imports nothing else of src/ and reads no files: the lint rule), the scripts
 * the fit imports, package-lock.json, the two training files and the Node version - and a run
 * whose inputs hash the same reads it back instead of refitting. Any change to the code or data
 * is a new hash, so a stale fit is never used; a missing or unreadable entry is fitted as before.
 *
 * `NEWSBRIEF_TEST_CACHE` is the folder (default `~/.cache/newsbrief/tests`; `.ci/run` keeps it
 * beside its prebuild cache); `off` turns the cache off.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { AnswerOptions } from '../../src/core/answer/answer.ts';
import type * as SpanFolds from '../../scripts/span-folds.ts';
import { importGraph } from './import-graph.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

type FoldFit = { weights: Float64Array; rerank: Float64Array };

/** The cache folder, or null when turned off. */
export function foldCacheDir(env: Record<string, string | undefined> = process.env): string | null {
  const v = env.NEWSBRIEF_TEST_CACHE?.trim();
  if (v === 'off') return null;
  return path.join(v || path.join(homedir(), '.cache', 'newsbrief', 'tests'), 'span-folds');
}

export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The scripts the fits run: scripts/span-folds.ts and what it imports of scripts/ (a bench or eval change is not a refit). */
function scriptsOfTheFit(): string[] {
  return scriptsImportedBy('scripts/span-folds.ts');
}

/** A script and what it imports of scripts/, transitively (absolute paths, sorted). */
export function scriptsImportedBy(entry: string): string[] {
  const graph = importGraph(ROOT, ['scripts', 'src']);
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f) || !f.startsWith('scripts/')) continue;
    seen.add(f);
    todo.push(...(graph.get(f) ?? []));
  }
  return [...seen].sort().map((f) => path.join(ROOT, f));
}

/** A hash of every input of the fold fits (file names and contents, in a fixed order). */
export function foldInputsHash(files: readonly string[]): string {
  const h = createHash('sha256').update(process.version);
  for (const f of files) {
    h.update(`\0${path.relative(ROOT, f)}\0`);
    h.update(existsSync(f) ? readFileSync(f) : 'missing');
  }
  return h.digest('hex').slice(0, 32);
}

function read(file: string): FoldFit | undefined {
  try {
    const o = JSON.parse(readFileSync(file, 'utf8')) as { weights: number[]; rerank: number[] };
    return { weights: Float64Array.from(o.weights), rerank: Float64Array.from(o.rerank) };
  } catch {
    return undefined;
  }
}

function write(file: string, m: FoldFit): void {
  // JSON keeps every finite double exactly; anything else is not worth keeping.
  if (![...m.weights, ...m.rerank].every(Number.isFinite)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ weights: [...m.weights], rerank: [...m.rerank] }));
  renameSync(tmp, file); // atomic: two test processes may write the same entry
}

/**
 * scripts/span-folds.ts with `heldOutSpanModel(title)` (default options, as answerableExamples
 * calls it) served from the disk cache: for `vi.mock('…/scripts/span-folds.ts', …)`. Calls with
 * options, and every other export, are the real ones.
 */
export function withCachedFolds(real: typeof SpanFolds, dir = foldCacheDir()): typeof SpanFolds {
  if (!dir) return real;
  let folds: Map<string, number> | undefined;
  let hash: string | undefined;
  const fits = new Map<number, FoldFit>();
  const fold = (f: number): FoldFit => {
    let m = fits.get(f);
    if (m) return m;
    hash ??= foldInputsHash([...filesUnder(path.join(ROOT, 'src/core')), ...scriptsOfTheFit(), path.join(ROOT, 'package-lock.json'), real.QA_DEV_FILE, real.QA2_FILE]);
    const file = path.join(dir, `${hash}-fold${f}.json`);
    m = read(file);
    if (!m) {
      m = real.foldModel(f);
      write(file, m);
    }
    fits.set(f, m);
    return m;
  };
  const heldOutSpanModel = (title: string, opts?: SpanFolds.PoolOptions): Pick<AnswerOptions, 'weights' | 'rerank'> => {
    if (opts && Object.keys(opts).length) return real.heldOutSpanModel(title, opts);
    // The same folds as span-folds' foldOf(), without building the training pool to find them.
    if (!folds) {
      const { dev, qa2 } = real.poolRows();
      folds = real.titleFolds(dev, qa2);
    }
    const f = folds.get(title);
    return f === undefined ? {} : fold(f);
  };
  return { ...real, heldOutSpanModel };
}
