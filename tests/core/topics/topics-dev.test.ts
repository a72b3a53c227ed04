/**
 * Topic matching on the development stories (hand-marked Reuters entities, ../shared/data, read
 * at run time and never copied): the bar, at least 90% precision and 80% recall of "is
 * this story about X" on pairs half of which are near misses, and well above a substring search.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENTITIES_FILE, loadEntityRows } from '../../../scripts/eval-entities.ts';
import { evaluateTopics } from '../../../scripts/eval-topics.ts';
import type { MarkedRow } from '../../../scripts/lib/topic-pairs.ts';

describe.skipIf(!existsSync(DEFAULT_ENTITIES_FILE))('topics on the development stories (entity model cross-validated by story)', () => {
  it('meets 90% precision and 80% recall on 200+ pairs, half near misses, and beats substring search', { timeout: 120_000 }, () => {
    const ev = evaluateTopics(loadEntityRows(DEFAULT_ENTITIES_FILE) as MarkedRow[], { folds: 2 });
    const near = ev.pairs.filter((p) => !p.about).length;
    expect(ev.pairs.length).toBeGreaterThanOrEqual(200);
    expect(near).toBeGreaterThanOrEqual(ev.pairs.length / 2);
    const ours = ev.systems.newsbrief;
    expect(ours.precision).toBeGreaterThanOrEqual(0.9);
    expect(ours.recall).toBeGreaterThanOrEqual(0.8);
    expect(ours.precision).toBeGreaterThan(ev.systems['substring (baseline)'].precision + 0.2);
  });
});
