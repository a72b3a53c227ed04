/**
 * The disk cache of span fold fits used by the answer calibration test (tests/helpers/fold-cache.ts):
 * a fit is read back only under the same inputs, and is the fit that was stored, to the bit.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as SpanFolds from '../../scripts/span-folds.ts';
import { foldCacheDir, foldInputsHash, withCachedFolds } from '../helpers/fold-cache.ts';

// Each test's folder is removed at the end: they were left in the temp folder, two a run.
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'fold-cache-'));
  made.push(d);
  return d;
}

/** span-folds with two titles in folds 0 and 1, counting its fits. */
function fakeFolds(dir: string) {
  const fits: number[] = [];
  const real = {
    QA_DEV_FILE: path.join(dir, 'qa-dev.jsonl'),
    QA2_FILE: path.join(dir, 'qa2-dev.jsonl'),
    poolRows: () => ({ dev: [], qa2: [] }),
    titleFolds: () => new Map([['Alpha', 0], ['Beta', 1]]),
    foldModel: (f: number) => {
      fits.push(f);
      return { weights: Float64Array.from([0.1 + f, -1 / 3, 5e-324]), rerank: Float64Array.from([f, Math.PI]) };
    },
    heldOutSpanModel: () => ({ weights: new Float64Array([42]) }),
  } as unknown as typeof SpanFolds;
  return { real, fits };
}

describe('the span fold cache of the calibration test', () => {
  it('fits a fold once, then reads back exactly the stored fit in a later run', () => {
    const dir = tempDir();
    const first = fakeFolds(dir);
    const a = withCachedFolds(first.real, dir).heldOutSpanModel('Beta');
    expect(first.fits).toEqual([1]);
    const later = fakeFolds(dir);
    const b = withCachedFolds(later.real, dir).heldOutSpanModel('Beta');
    expect(later.fits).toEqual([]);
    expect(b.weights).toEqual(a.weights);
    expect(b.rerank).toEqual(a.rerank);
    // A title the span model never trained on gets the shipped model; options go to the real function.
    expect(withCachedFolds(later.real, dir).heldOutSpanModel('Gamma')).toEqual({});
    expect(withCachedFolds(later.real, dir).heldOutSpanModel('Beta', { seed: 2 }).weights).toEqual(new Float64Array([42]));
  });

  it('keys fits by the content of every input, so a changed file is a new fit', () => {
    const dir = tempDir();
    const file = path.join(dir, 'train-qa.ts');
    writeFileSync(file, 'const epochs = 8;');
    const before = foldInputsHash([file]);
    expect(foldInputsHash([file])).toBe(before);
    writeFileSync(file, 'const epochs = 9;');
    expect(foldInputsHash([file])).not.toBe(before);
  });

  it('can be turned off', () => {
    expect(foldCacheDir({ NEWSBRIEF_TEST_CACHE: 'off' })).toBeNull();
    expect(foldCacheDir({ NEWSBRIEF_TEST_CACHE: '/tmp/x' })).toBe(path.join('/tmp/x', 'span-folds'));
    const { real } = fakeFolds(tmpdir());
    expect(withCachedFolds(real, null)).toBe(real);
  });
});
