/**
 * The batch writes the feed poller uses (ArticleStore.putMany, FeedStore.markSeenMany), against
 * every store that has them (SQLite, and PostgreSQL when NEWSBRIEF_TEST_PG_URL is set): the same
 * rules as put and markSeen, one transaction for the lot.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { feedScope } from '../../src/store/types.ts';
import { storeBackends } from '../helpers/store-backends.ts';
import { makeArticle } from '../helpers/article.ts';

const T0 = new Date('2026-03-01T08:00:00Z');
const article = (id: string, text: string): Article => makeArticle({ id, title: `Title ${id}`, text, publishedAt: '2026-02-01T10:00:00Z', source: 'Town Crier' });

for (const [name, backend] of storeBackends({ memory: false })) describe.skipIf(backend.skip)(`${name} store: batch writes`, () => {
  it('puts several articles at once by the rules of put, and marks items of several feeds seen at once', async () => {
    const s = await backend.make();
    try {
      const putMany = s.articles.putMany?.bind(s.articles);
      const markSeenMany = s.feeds?.markSeenMany?.bind(s.feeds);
      expect(putMany && markSeenMany && s.feeds).toBeTruthy();
      if (!putMany || !markSeenMany || !s.feeds) return;
      await s.articles.put(article('old', 'The pier reopened on Monday.'), T0);
      const r = await putMany([article('a', 'Ferries run again from April.'), { ...article('copy-of-old', 'The pier reopened on Monday.'), title: 'Title old' }, article('b', 'The bridge closes for repairs.')], T0);
      // A copy of stored content keeps the stored id, as put does.
      expect(r).toEqual([{ id: 'a', added: true }, { id: 'old', added: false }, { id: 'b', added: true }]);
      expect(await s.articles.count()).toBe(3);
      expect((await putMany([article('a', 'Ferries run again from April, with more sailings.')], T0))[0]).toEqual({ id: 'a', added: false });
      expect((await s.articles.get('a'))?.text).toMatch(/more sailings/);

      const feed = (n: number) => ({ scope: feedScope('console', 'g', 'c'), platform: 'console' as const, guildId: 'g', channelId: 'c', url: `https://town-${n}.example/rss`, title: null, addedBy: 'u', nextPollAt: T0.toISOString() });
      const [f1, f2] = [await s.feeds.addFeed(feed(1), T0), await s.feeds.addFeed(feed(2), T0)];
      await markSeenMany(
        [
          { feedId: f1.id, key: 'guid:1', contentHash: 'h1', articleId: 'a' },
          { feedId: f2.id, key: 'guid:2', contentHash: 'h2', articleId: 'b' },
          { feedId: f2.id, key: 'guid:2', contentHash: 'h2', articleId: 'b' },
        ],
        T0,
      );
      expect(await s.feeds.isSeen(f1.id, 'guid:1', 'x')).toBe(true);
      expect(await s.feeds.isSeen(f2.id, 'guid:2', 'x')).toBe(true);
      expect(await s.feeds.isSeen(f1.id, 'guid:2', 'x')).toBe(false);
      // Marking seen again is harmless (an insert under a unique key).
      expect(await s.feeds.markSeen(f1.id, { key: 'guid:1', contentHash: 'h1', articleId: 'a' }, T0)).toBe(false);
    } finally {
      await s.close();
    }
  });
});
