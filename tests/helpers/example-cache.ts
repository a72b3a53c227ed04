/**
 * The answerability examples of scripts/answerable-examples.ts (each question answered once with
 * the answerability model off: its span, label and features), kept on disk between test runs.
 *
 * Answering qa2-dev's 2,066 questions and the news questions is most of the calibration test's
 * cost in tests/core/answer/answer-honest.test.ts once the span fold fits come from their cache
 * (tests/helpers/fold-cache.ts), while the examples are a pure function of the code and the data.
 * So a call's examples are stored under a hash of everything they can depend on - every file under
 * src/core/, the scripts answerable-examples.ts imports (the span folds among them),
 * package-lock.json, the span pool's two data files and the Node version - and of the call's
 * inputs (every row and the article it is asked of); a run whose inputs hash the same reads them
 * back instead of answering again. Any change to the code or data is a new hash, so stale examples
 * are never used; a missing or unreadable entry is computed as before. The cross-validated fits,
 * the calibration tables and the bins are computed from the examples on every run.
 *
 * The folder is foldCacheDir()'s sibling (`NEWSBRIEF_TEST_CACHE`; `off` turns it off); the newest
 * KEEP entries are kept.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AnswerOptions } from '../../src/core/answer/answer.ts';
import type { Article } from '../../src/core/types.ts';
import type * as Examples from '../../scripts/answerable-examples.ts';
import { contextArticle, type QaRow } from '../../scripts/qa-data.ts';
import { QA2_FILE, QA_DEV_FILE } from '../../scripts/span-folds.ts';
import { filesUnder, foldCacheDir, foldInputsHash, scriptsImportedBy } from './fold-cache.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KEEP = 12;

type Example = Examples.AnswerableExample;
type Stored = Omit<Example, 'features'> & { features: number[] | null };

/** The cache folder, or null when turned off. */
export function exampleCacheDir(env: Record<string, string | undefined> = process.env): string | null {
  const folds = foldCacheDir(env);
  return folds && path.join(path.dirname(folds), 'answerable-examples');
}

/** A hash of one call's inputs: each row as asked and the article it is asked of. */
export function callHash(rows: readonly (QaRow & { impossible?: boolean })[], article: (row: QaRow) => Article): string {
  const h = createHash('sha256');
  for (const row of rows) {
    const { id, title, context, question, answers, impossible } = row;
    h.update(JSON.stringify([id, title, context, question, answers, impossible ?? null, article(row)]));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 32);
}

function read(file: string, n: number): Example[] | undefined {
  try {
    const o = JSON.parse(readFileSync(file, 'utf8')) as Stored[];
    if (!Array.isArray(o) || o.length !== n) return undefined;
    return o.map((e) => ({ ...e, features: e.features && Float64Array.from(e.features) }));
  } catch {
    return undefined;
  }
}

function finite(e: Example): boolean {
  return [e.f1, e.em, e.floor ?? 0, ...(e.features ?? [])].every(Number.isFinite);
}

function write(file: string, examples: readonly Example[]): void {
  // JSON keeps every finite double exactly; anything else is not worth keeping.
  if (!examples.every(finite)) return;
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(examples.map((e) => ({ ...e, features: e.features && [...e.features] }))));
  renameSync(tmp, file); // atomic: two test processes may write the same entry
  const old = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ f, t: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t)
    .slice(KEEP);
  for (const { f } of old) rmSync(path.join(dir, f), { force: true });
}

/**
 * scripts/answerable-examples.ts with `answerableExamples(rows, {}, article?)` (no span weights or
 * other options, as the cross-validation calls it) served from the disk cache: for
 * `vi.mock('…/scripts/answerable-examples.ts', …)`. Calls with options are the real ones.
 */
export function withCachedExamples(real: typeof Examples, dir = exampleCacheDir()): typeof Examples {
  if (!dir) return real;
  let code: string | undefined;
  const answerableExamples = (rows: readonly (QaRow & { impossible?: boolean })[], opts: AnswerOptions = {}, article?: (row: QaRow) => Article): Example[] => {
    if (Object.keys(opts).length) return real.answerableExamples(rows, opts, article);
    code ??= foldInputsHash([...filesUnder(path.join(ROOT, 'src/core')), ...scriptsImportedBy('scripts/answerable-examples.ts'), path.join(ROOT, 'package-lock.json'), QA_DEV_FILE, QA2_FILE]);
    const file = path.join(dir, `${code}-${callHash(rows, article ?? contextArticle)}.json`);
    let examples = read(file, rows.length);
    if (!examples) {
      examples = real.answerableExamples(rows, opts, article);
      write(file, examples);
    }
    return examples;
  };
  return { ...real, answerableExamples };
}
