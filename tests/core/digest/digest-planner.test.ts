/**
 * The one digest planner (src/core/digest/planner.ts) used by /digest, the scheduler and the
 * CLI: the same story from two wires in other words is one item; one article that cannot be
 * briefed is left out and logged while the rest are shown; candidates come from an
 * index-ordered query, briefed once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digest as digestCommand } from '../../../commands/digest.ts';
import { parseConfig } from '../../../src/config.ts';
import { arraySource, DigestPlanner } from '../../../src/core/digest/planner.ts';
import { pairFeatures, storySignature } from '../../../src/core/digest/story-signature.ts';
import { summarize } from '../../../src/core/brief/summarize.ts';
import type { Message } from '../../../src/core/message/message.ts';
import type { Article } from '../../../src/core/types.ts';
import type { Services } from '../../../src/services.ts';
import { MemoryLibrary } from '../../../src/sources/library.ts';
import { createMemoryStore } from '../../../src/store/memory.ts';
import { createSqliteStore } from '../../../src/store/sqlite.ts';
import { quietLogger, seedArticles, testArticle } from '../../fakes/scheduler-rig.ts';
import { boeHold, ecbWireA, ecbWireB, ferryStorm } from '../../fixtures/wire-stories.ts';

/** A stored article whose text is not text (a corrupt row from an older release). */
const broken = { ...testArticle(99, '2026-10-15T14:00:00Z'), id: 'broken', text: null as unknown as string };

function recordingLog() {
  const lines: { obj: Record<string, unknown>; msg: string }[] = [];
  return { lines, warn: (obj: object, msg: string) => lines.push({ obj: obj as Record<string, unknown>, msg }) };
}

describe('digest planner', () => {
  it('groups one ECB decision reported by two wires in other words, and keeps another central bank apart', async () => {
    // The original rule (title + TL;DR word overlap >= 0.45) does not see them as one story.
    const [a, b] = [ecbWireA, ecbWireB].map((x) => storySignature(summarize(x, { points: 3 })));
    expect(pairFeatures(a, b).words).toBeLessThan(0.45);

    const plan = await new DigestPlanner(arraySource([ferryStorm, boeHold, ecbWireA, ecbWireB])).plan({ top: 5 });
    const items = plan.digest.items.map((it) => [it.lead.id, ...it.also.map((x) => x.id)]);
    expect(items).toEqual([['ecb-wire-b', 'ecb-wire-a'], ['boe-hold'], ['ferry-storm']]);
    expect(plan.more).toBe(0);
  });

  it('posts a planned digest with the stories as planned, also after a restart', async () => {
    const source = arraySource([ferryStorm, boeHold, ecbWireA, ecbWireB]);
    const planner = new DigestPlanner(source);
    const plan = await planner.plan({ top: 2 });
    expect(plan.articleIds).toEqual(['ecb-wire-b', 'ecb-wire-a', 'boe-hold']);
    for (const p of [planner, new DigestPlanner(source)]) {
      const m = await p.messageOf(plan.articleIds, plan.more, { late: true });
      expect(m.sections?.map((x) => x.heading)).toEqual([ecbWireB.title, boeHold.title]);
      expect(m.sections?.[0].note).toMatch(/also reported by Harbor Wire/);
      expect(m.footer).toBe('and 1 more');
      expect(m.text).toMatch(/late/);
    }
  });

  it('leaves out an article that cannot be briefed, logs it once, and shows the others', async () => {
    const log = recordingLog();
    const planner = new DigestPlanner(arraySource([broken, ferryStorm, boeHold]), { log });
    const plan = await planner.plan({ top: 5 });
    expect(plan.articleIds).toEqual(['boe-hold', 'ferry-storm']);
    await planner.plan({ top: 5 });
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0].obj.article).toBe('broken');
    expect(log.lines[0].msg).toMatch(/could not be briefed/);
  });

  it('/digest shows the other stories when one article is broken', async () => {
    const services: Services = {
      config: parseConfig({}),
      library: new MemoryLibrary([broken, ferryStorm, ecbWireA, ecbWireB]),
      store: createMemoryStore(),
      now: () => new Date(),
    };
    const ctx = { platform: 'console' as const, user: { id: 'u' }, guildId: null, channelId: 'c', threadId: null, canManageChannel: false, services, log: quietLogger() };
    const m = await digestCommand.run(ctx);
    const msg: Message = Array.isArray(m) ? m[0] : m;
    expect(msg.sections?.map((s) => s.heading)).toEqual([ecbWireB.title, ferryStorm.title]);
    expect(msg.sections?.[0].note).toMatch(/also reported by Harbor Wire/);
  });

  it('plans from the newest unsent articles of a SQLite library through its index, briefing each article once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-planner-'));
    const store = createSqliteStore(join(dir, 'db.sqlite'));
    try {
      await seedArticles(store, 120);
      // The candidate query walks the articles_newest index: no full scan and sort of the library.
      const plan = store.db
        .prepare(
          'EXPLAIN QUERY PLAN SELECT id FROM articles WHERE NOT EXISTS (SELECT 1 FROM sent_articles s WHERE s.channel_key = ? AND s.article_id = articles.id) ORDER BY published_at DESC, first_seen_at DESC LIMIT 40',
        )
        .all('x') as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING (COVERING )?INDEX articles_newest/);
      expect(plan.map((p) => p.detail).join(' | ')).not.toMatch(/TEMP B-TREE/);

      let reads = 0;
      const source = { newestKeys: store.articles.newestKeys.bind(store.articles), get: (id: string) => (reads++, store.articles.get(id)) };
      const planner = new DigestPlanner(source);
      const first = await planner.plan({ top: 5, unsentTo: 'discord:c1' });
      expect(first.articleIds).toEqual(['story-119', 'story-118', 'story-117', 'story-116', 'story-115']);
      expect(first.more).toBe(115);
      expect(reads).toBe(40);
      await store.sent.markSent('discord:c1', first.articleIds, new Date());
      const second = await planner.plan({ top: 5, unsentTo: 'discord:c1' });
      expect(second.articleIds[0]).toBe('story-114');
      expect(second.more).toBe(110);
      // Only the one article new among the candidates was read and briefed again.
      expect(reads).toBe(45);
      // Another channel shares the cache: nothing read.
      await planner.plan({ top: 5, unsentTo: 'discord:c2' });
      expect(reads).toBe(45);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the store lists keys newest first with and without a channel, undated last', async () => {
    const store = createMemoryStore();
    const dir = mkdtempSync(join(tmpdir(), 'nb-keys-'));
    const sqlite = createSqliteStore(join(dir, 'db.sqlite'));
    try {
      for (const s of [store, sqlite]) {
        const at = new Date('2026-01-01T00:00:00Z');
        const undated: Article = { ...testArticle(1, null), id: 'undated' };
        await s.articles.put(undated, at);
        await seedArticles(s, 3, 10);
        await s.sent.markSent('slack:C1', ['story-12'], at);
        expect(await s.articles.newestKeys(10)).toMatchObject({ keys: [{ id: 'story-12' }, { id: 'story-11' }, { id: 'story-10' }, { id: 'undated' }], total: 4 });
        const unsent = await s.articles.newestKeys(2, 'slack:C1');
        expect(unsent.keys.map((k) => k.id)).toEqual(['story-11', 'story-10']);
        expect(unsent.total).toBe(3);
        expect(unsent.keys[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
      }
    } finally {
      await sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
