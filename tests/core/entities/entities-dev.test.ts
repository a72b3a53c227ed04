import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compromiseSystem, crossValidated, DEFAULT_ENTITIES_FILE, evaluate, loadEntityRows, prf } from '../../../scripts/eval-entities.ts';

// The hand-marked Reuters stories live outside the project (../shared/data); read at run time, never copied.
describe.skipIf(!existsSync(DEFAULT_ENTITIES_FILE))('entities on the development stories (5-fold cross-validation by story)', () => {
  it('meets the issue #12 bar: people, organisations, and 10 F1 points over compromise in the same run', { timeout: 180_000 }, async () => {
    const rows = loadEntityRows(DEFAULT_ENTITIES_FILE);
    const results = evaluate(rows, { newsbrief: crossValidated(rows), compromise: await compromiseSystem() });
    const { tallies } = results.newsbrief;
    const people = prf(tallies.people);
    const orgs = prf(tallies.organizations);
    expect(people.leadR).toBeGreaterThanOrEqual(80);
    expect(people.p).toBeGreaterThanOrEqual(85);
    expect(orgs.r).toBeGreaterThanOrEqual(60);
    expect(orgs.p).toBeGreaterThanOrEqual(75);
    // Session 9 (docs/entities-orgs.md): organisation recall 67.9 / precision 79.8 cross-validated; a regression of a few names breaks this.
    expect(orgs.r).toBeGreaterThanOrEqual(65);
    expect(orgs.p).toBeGreaterThanOrEqual(77);
    expect(prf(tallies.overall).f).toBeGreaterThanOrEqual(prf(results.compromise.tallies.overall).f + 10);
  });
});
