/**
 * Issue #17 item 9: `npm run eval` with no arguments runs every section whose data is here,
 * and on a fresh clone (no ../shared/data) says in one line per section where the data comes from.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEval, SECTIONS } from '../../scripts/eval-sections.ts';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-eval-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function evalRun(argv: string[], dataDir: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runEval(argv, { out: (s) => (out += s), err: (s) => (err += s), dataDir });
  return { code, out, err };
}

describe('npm run eval', () => {
  it('without the development data, says where it comes from, one line per section, and exits non-zero', async () => {
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    const r = await evalRun([], empty);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(Object.keys(SECTIONS).length);
    for (const l of lines) expect(l).toMatch(/^eval \w+: .* is not here\. The development data is not part of this repository: it sits beside the checkout in \.\.\/shared\/data/);
    const one = await evalRun(['summary'], empty);
    expect(one.code).toBe(1);
    expect(one.err.trim().split('\n')).toHaveLength(1);
    expect(one.err).toContain('npm run eval -- summary <file.jsonl>');
  });

  it('a second section name is not read as a file: one line says to run one section at a time', async () => {
    const r = await evalRun(['newsqa', 'qa2'], path.join(tmp, 'empty-too'));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('eval newsqa: no file qa2 (one section at a time: npm run eval -- newsqa [file])\n');
  });

  it('with no section, runs every section whose data is here', async () => {
    const some = path.join(tmp, 'some');
    fs.mkdirSync(some);
    fs.copyFileSync(path.resolve(import.meta.dirname, '../fixtures/summ-sample.jsonl'), path.join(some, SECTIONS.summary.file));
    const r = await evalRun(['--resamples', '0'], some);
    expect(r.code).toBe(0);
    expect(r.out).toContain('# eval summary');
    expect(r.out).toMatch(/Summary evaluation: 5 articles/);
    // qa's data is not in this folder: said in one line, the run goes on.
    expect(r.err.trim()).toMatch(/^eval qa: .*qa-dev\.jsonl is not here\./);
  });
});
