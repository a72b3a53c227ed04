/**
 * `npm run eval -- grouping` on the development stories: it runs, and the shipped grouping
 * finds far more of the same stories told in other words than the original word-overlap rule,
 * without losing precision. Skipped (visibly) when ../shared/data is absent.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/eval-grouping.ts';

const DATA = resolve(import.meta.dirname, '../../../shared/data');

function row(out: string, label: string): { p: number; r: number } {
  const line = out.split('\n').find((l) => l.startsWith(`| ${label}`));
  if (!line) throw new Error(`no row "${label}" in:\n${out}`);
  const [p, r] = line.split('|').slice(-4, -2).map(Number);
  return { p, r };
}

describe('npm run eval -- grouping', () => {
  it.skipIf(!existsSync(resolve(DATA, 'summ-dev.jsonl')))('groups differently worded reports of one story far better than word overlap', async () => {
    let out = '';
    await main(['--data', DATA], (s) => (out += s));
    const original = row(out, 'original');
    const shipped = row(out, 'shipped pair rule');
    const digest = row(out, 'shipped digest grouping');
    expect(shipped.r).toBeGreaterThan(original.r * 5);
    expect(digest.r).toBeGreaterThan(original.r * 5);
    expect(shipped.p).toBeGreaterThanOrEqual(original.p - 5);
    expect(digest.p).toBeGreaterThanOrEqual(original.p - 5);
  }, 120_000);

  it('says where the data comes from when it is missing', async () => {
    await expect(main(['--data', resolve(DATA, 'no-such-folder')], () => undefined)).rejects.toThrow(/no development stories in .*shared\/data/);
  });
});
