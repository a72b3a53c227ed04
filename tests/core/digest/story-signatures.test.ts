/**
 * Story signatures stored with their articles (src/core/digest/signature-store.ts), against
 * every store (memory, a SQLite file, PostgreSQL when NEWSBRIEF_TEST_PG_URL is set; see
 * tests/helpers/store-backends.ts), and what that changes for a user: after a restart the
 * digest planner groups the candidates from the stored signatures, briefs only the stories it
 * shows, and shows the same digest as before the restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestPlanner } from '../../../src/core/digest/planner.ts';
import { signatureFromJson, signatureToJson, storySignature } from '../../../src/core/digest/story-signature.ts';
import { summarize } from '../../../src/core/brief/summarize.ts';
import type { Article } from '../../../src/core/types.ts';
import { articleContentHash } from '../../../src/store/content-hash.ts';
import { openStore } from '../../../src/store/open.ts';
import { seedArticles } from '../../fakes/scheduler-rig.ts';
import { boeHold, ecbWireA, ecbWireB, ferryStorm } from '../../fixtures/wire-stories.ts';
import { storeBackends } from '../../helpers/store-backends.ts';

const T0 = new Date('2026-03-01T08:00:00Z');
const sigOf = (a: Article) => storySignature(summarize(a, { points: 3 }), a);
const plain = (s: ReturnType<typeof storySignature> | undefined) => (s ? JSON.parse(signatureToJson(s)) : s);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('story signature as JSON', () => {
  it('comes back equal, and a damaged row is refused (then computed again)', () => {
    const s = sigOf(ecbWireA);
    expect(s.names.size).toBeGreaterThan(0);
    expect(signatureFromJson(signatureToJson(s))).toEqual(s);
    expect(signatureFromJson('{"title": 3}')).toBeNull();
    expect(signatureFromJson('not json')).toBeNull();
  });
});

for (const [name, backend] of storeBackends()) describe.skipIf(backend.skip)(`${name} store: story signatures`, () => {
  it('keeps the signature of an article version; a changed article or an unknown one gets none', async () => {
    const s = await backend.make();
    try {
      expect(s.signatures).toBeDefined();
      const sig = s.signatures!;
      await s.articles.put(ecbWireA, T0);
      await s.articles.put(boeHold, T0);
      const hashA = articleContentHash(ecbWireA);
      await sig.putSignatures([
        { id: ecbWireA.id, contentHash: hashA, signature: sigOf(ecbWireA) },
        { id: 'not-stored', contentHash: 'x', signature: sigOf(boeHold) },
      ]);
      const got = await sig.getSignatures([
        { id: ecbWireA.id, contentHash: hashA },
        { id: boeHold.id, contentHash: articleContentHash(boeHold) },
        { id: 'not-stored', contentHash: 'x' },
      ]);
      expect([...got.keys()]).toEqual([ecbWireA.id]);
      expect(plain(got.get(ecbWireA.id))).toEqual(plain(sigOf(ecbWireA)));

      // The article edited in place (same id, new text): its old signature is not used.
      const edited = { ...ecbWireA, text: `${ecbWireA.text}\n\nThe bank will publish its minutes next month.` };
      await s.articles.put(edited, T0);
      const hashEdited = articleContentHash(edited);
      expect((await sig.getSignatures([{ id: edited.id, contentHash: hashEdited }])).size).toBe(0);
      // Stored again for the new version, it replaces the old one.
      await sig.putSignatures([{ id: edited.id, contentHash: hashEdited, signature: sigOf(edited) }]);
      expect(plain((await sig.getSignatures([{ id: edited.id, contentHash: hashEdited }])).get(edited.id))).toEqual(plain(sigOf(edited)));
      expect((await sig.getSignatures([{ id: edited.id, contentHash: hashA }])).size).toBe(0);
    } finally {
      await s.close();
    }
  });
});

describe('digest planner after a restart', () => {
  it('shows the same digest, grouped the same, briefing only the articles it shows', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-sigs-'));
    dirs.push(dir);
    const file = path.join(dir, 'newsbrief.db');
    const plan = async (): Promise<{ ids: string[][]; more: number; reads: number }> => {
      const store = await openStore(file);
      try {
        let reads = 0;
        const source = { newestKeys: store.articles.newestKeys.bind(store.articles), get: (id: string) => (reads++, store.articles.get(id)) };
        const p = await new DigestPlanner(source, { signatures: store.signatures }).plan({ top: 3 });
        return { ids: p.digest.items.map((it) => [it.lead.id, ...it.also.map((b) => b.id)]), more: p.more, reads };
      } finally {
        await store.close();
      }
    };
    const first = await openStore(file);
    await seedArticles(first, 30);
    // The newest: one ECB decision told by two wires, and two other stories.
    const late = (a: Article, min: number): Article => ({ ...a, publishedAt: new Date(Date.parse('2026-01-02T00:00:00Z') + min * 60_000).toISOString() });
    for (const [a, m] of [[ferryStorm, 1], [boeHold, 2], [ecbWireA, 3], [ecbWireB, 4]] as const) await first.articles.put(late(a, m), T0);
    await first.close();

    const before = await plan();
    // First run: every candidate is briefed once to find its signature.
    expect(before.reads).toBe(34);
    expect(before.ids).toEqual([[ecbWireB.id, ecbWireA.id], [boeHold.id], [ferryStorm.id]]);
    expect(before.more).toBe(30);

    // A restart: nothing in memory. Same digest; only the four articles shown are read.
    const after = await plan();
    expect(after.ids).toEqual(before.ids);
    expect(after.more).toBe(before.more);
    expect(after.reads).toBe(4);
  });
});
