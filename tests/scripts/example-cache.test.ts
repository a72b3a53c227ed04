/**
 * The disk cache of answerability examples used by the answer calibration test
 * (tests/helpers/example-cache.ts): examples are read back only for the same rows asked of the
 * same articles under the same code, and are the examples that were stored, to the bit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Examples from '../../scripts/answerable-examples.ts';
import { contextArticle, type QaRow } from '../../scripts/qa-data.ts';
import { callHash, exampleCacheDir, withCachedExamples } from '../helpers/example-cache.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'example-cache-'));
  made.push(d);
  return d;
}

const ROWS: QaRow[] = [
  { id: 'a1', title: 'Alpha', context: 'Ida Marsh will command the Heron.', question: 'Who will command the Heron?', answers: ['Ida Marsh'] },
  { id: 'a2', title: 'Alpha', context: 'Ida Marsh will command the Heron.', question: 'How much is a ticket?', answers: [] },
];

/** answerable-examples with a fake answerableExamples counting its calls. */
function fakeExamples() {
  const calls: number[] = [];
  const real = {
    answerableExamples: (rows: readonly QaRow[], opts: object = {}) => {
      calls.push(rows.length);
      return rows.map((r, k): Examples.AnswerableExample => ({
        group: r.title,
        impossible: r.answers.length === 0,
        span: k ? '' : 'Ida Marsh',
        f1: k ? 0 : 1 / 3,
        em: 0,
        right: !k,
        features: k ? null : Float64Array.from([0.1, -1 / 3, 5e-324, Object.keys(opts).length]),
        pattern: false,
        vetoed: k === 1,
        floor: k ? 0 : Math.PI / 4,
      }));
    },
  } as unknown as typeof Examples;
  return { real, calls };
}

describe('the answerability example cache of the calibration test', () => {
  it('answers the rows once, then reads back exactly the stored examples in a later run', () => {
    const dir = tempDir();
    const first = fakeExamples();
    const a = withCachedExamples(first.real, dir).answerableExamples(ROWS);
    expect(first.calls).toEqual([2]);
    const later = fakeExamples();
    const b = withCachedExamples(later.real, dir).answerableExamples(ROWS);
    expect(later.calls).toEqual([]);
    expect(b).toStrictEqual(a);
    expect(b[0].features).toStrictEqual(Float64Array.from([0.1, -1 / 3, 5e-324, 0]));
    expect(b[1].features).toBeNull();
    // Options (span weights) always go to the real function.
    withCachedExamples(later.real, dir).answerableExamples(ROWS, { threshold: 0.5 });
    expect(later.calls).toEqual([2]);
  });

  it('keys a call by every row and the article it is asked of', () => {
    const base = callHash(ROWS, contextArticle);
    expect(callHash(ROWS, contextArticle)).toBe(base);
    expect(callHash([ROWS[0]], contextArticle)).not.toBe(base);
    expect(callHash([{ ...ROWS[0], answers: ['Marsh'] }, ROWS[1]], contextArticle)).not.toBe(base);
    expect(callHash(ROWS, (r) => ({ ...contextArticle(r), title: 'Harbour ferry' }))).not.toBe(base);
    const dir = tempDir();
    const { real, calls } = fakeExamples();
    withCachedExamples(real, dir).answerableExamples(ROWS);
    withCachedExamples(real, dir).answerableExamples(ROWS, {}, (r) => ({ ...contextArticle(r), title: 'Harbour ferry' }));
    expect(calls).toEqual([2, 2]);
  });

  it('can be turned off, and lives beside the span fold cache', () => {
    expect(exampleCacheDir({ NEWSBRIEF_TEST_CACHE: 'off' })).toBeNull();
    expect(exampleCacheDir({ NEWSBRIEF_TEST_CACHE: '/tmp/x' })).toBe(path.join('/tmp/x', 'answerable-examples'));
    const { real } = fakeExamples();
    expect(withCachedExamples(real, null)).toBe(real);
  });
});
