/**
 * The summary evaluation and the benchmark are scripts, not tests; these run each on five
 * articles so they cannot rot. No assertion depends on timing.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BENCH_USAGE, main as bench } from '../../scripts/bench.ts';
import { DEFAULT_SUMMARY_FILE, main as evalSummary } from '../../scripts/eval-summary.ts';
import { rougeAll } from '../../scripts/lib/rouge.ts';
import { sentences } from '../../src/core/text/text.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../fixtures/summ-sample.jsonl', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const quiet = () => {};

describe('npm run eval -- summary', () => {
  it('scores key points and TL;DR per kind and overall against baselines from the same run', async () => {
    const r = await evalSummary([SAMPLE, '--resamples', '50'], quiet);
    expect(r.kinds.map((k) => k.kind).sort()).toEqual(['cnndm', 'cnndm-fib', 'cnndm-lowercased', 'newsroom', 'xsum']);
    expect(r.overall.n).toBe(5);
    for (const k of [...r.kinds, r.overall]) {
      for (const t of [k.lead3, k.textrank3, k.keyPoints, k.lead1, k.textrank1, k.tldr]) {
        for (const v of t) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
        }
      }
      expect(k.points).toBeGreaterThanOrEqual(1);
      expect(k.keyPointsDelta.r1).toBeCloseTo(k.keyPoints[0] - k.lead3[0], 6);
    }
    // The Lead-3 baseline is the first three sentences of the same splitter, scored by our ROUGE.
    const first = JSON.parse(readFileSync(SAMPLE, 'utf8').split('\n')[0]) as { kind: string; text: string; reference: string };
    const lead3 = rougeAll(first.reference, sentences(first.text).slice(0, 3).join('\n'));
    expect(r.kinds.find((k) => k.kind === first.kind)!.lead3[0]).toBeCloseTo(100 * lead3.rouge1.f, 6);
    expect(r.markdown).toMatch(/\| kind \| articles \| Lead-3 \| TextRank-3 \| key points/);
    expect(r.markdown).toMatch(/\| \*\*overall\*\* \| 5 \|/);
    expect(r.markdown).toMatch(/TL;DR/);
  });

  // ../shared/data sits beside the checkout; without it the skip shows in the report.
  it.skipIf(!existsSync(DEFAULT_SUMMARY_FILE))('runs on the shared development data when it is there', async () => {
    const r = await evalSummary(['--limit', '5', '--resamples', '0'], quiet);
    expect(r.overall.n).toBe(5);
  });

  it('is what `npm run eval -- summary` runs, and refuses bad options in one line', async () => {
    const { stdout } = await run(TSX, ['scripts/eval.ts', 'summary', SAMPLE, '--resamples', '20', '--points', '3'], { cwd: ROOT });
    expect(stdout).toMatch(/Summary evaluation: 5 articles/);
    expect(stdout).toMatch(/`points: 3`/);
    const bad = await run(TSX, ['scripts/eval.ts', 'summary', SAMPLE, '--bogus'], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in bad && bad.code).toBe(1);
    expect((bad as { stderr: string }).stderr.trim()).toBe('eval: unknown option --bogus (use --points N, --limit N, --kinds a,b, --resamples N)');
    await expect(evalSummary(['/nonexistent/file.jsonl'], quiet)).rejects.toThrow(/no such file/);
  });
});

describe('npm run bench', () => {
  it('briefs and asks over a generated corpus beside a Lead-3 pass and reports memory', async () => {
    const r = await bench(['--articles', '5', '--warmup', '2'], quiet);
    expect(r.articles).toBe(5);
    // src/core/answer/answer.ts is part of the app: the ask pass always runs.
    expect(r.ask).not.toBeNull();
    expect(r.questions).toBe(5);
    for (const s of [r.lead3, r.brief]) {
      expect(s.p50).toBeGreaterThan(0);
      expect(s.p99).toBeGreaterThanOrEqual(s.p50);
    }
    expect(r.peakRssMb).toBeGreaterThan(0);
    expect(r.heapMbAt.map((h) => h.articles)).toEqual([5]);
    expect(r.markdown).toMatch(/\| Lead-3 \(split \+ first three sentences\) \| 5 articles \|/);
    expect(r.markdown).toMatch(/\| brief: `summarize\(\)` \| 5 articles \|/);
    expect(r.markdown).toMatch(/Peak RSS \d+ MB/);
  });

  it('is what `npm run bench` runs', async () => {
    const { stdout } = await run(TSX, ['scripts/bench.ts', '--articles', '3', '--warmup', '0'], { cwd: ROOT });
    expect(stdout).toMatch(/\| brief: `summarize\(\)` \| 3 articles \|/);
    const bad = await run(TSX, ['scripts/bench.ts', '--articles', 'many'], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect((bad as { stderr: string }).stderr.trim()).toBe('bench: --articles needs a whole number');
    // --help was refused as an unknown option: it lists every section instead.
    const help = await run(TSX, ['scripts/bench.ts', '--help'], { cwd: ROOT });
    expect(help.stdout).toBe(BENCH_USAGE);
    for (const option of ['--articles', '--warmup', '--seed', '--feeds', '--startup', '--scale', 'library']) expect(help.stdout).toContain(option);
  });
});
