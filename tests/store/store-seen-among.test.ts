/**
 * FeedStore.seenAmong on every database store (SQLite, and PostgreSQL when NEWSBRIEF_TEST_PG_URL
 * is set; skipped visibly without it on a developer machine, failing in CI): the poller asks once
 * per feed which of its items were seen, and the answer must be isSeen's for every item (by key
 * or by content hash), from this feed's seen marks only.
 */
import { describe, expect, it } from 'vitest';
import { feedScope } from '../../src/store/types.ts';
import { storeBackends } from '../helpers/store-backends.ts';

const T0 = new Date('2026-03-01T08:00:00Z');

for (const [name, backend] of storeBackends({ memory: false })) describe.skipIf(backend.skip)(`${name} store: seenAmong`, () => {
  it("answers as isSeen for each item, by key or content hash, from the feed's own marks", async () => {
    const s = await backend.make();
    try {
      const feeds = s.feeds;
      const seenAmong = feeds?.seenAmong?.bind(feeds);
      expect(feeds && seenAmong).toBeTruthy();
      if (!feeds || !seenAmong) return;
      const add = (n: number) =>
        feeds.addFeed({ scope: feedScope('console', 'g', 'c'), platform: 'console', guildId: 'g', channelId: 'c', url: `https://harbour-${n}.example/rss`, title: null, addedBy: 'u', nextPollAt: T0.toISOString() }, T0);
      const [a, b] = [await add(1), await add(2)];
      // Seen on feed a: keys k0..k7 with hashes h0..h7 (one batch, one single); on feed b: k30 / h30.
      await feeds.markSeenMany!(Array.from({ length: 7 }, (_, i) => ({ feedId: a.id, key: `guid:k${i}`, contentHash: `h${i}`, articleId: `story-${i}` })), T0);
      await feeds.markSeen(a.id, { key: 'guid:k7', contentHash: 'h7', articleId: 'story-7' }, T0);
      await feeds.markSeen(b.id, { key: 'guid:k30', contentHash: 'h30', articleId: 'story-30' }, T0);
      const items = [
        { key: 'guid:k2', contentHash: 'edited-hash' }, // seen key, edited content
        { key: 'guid:renamed', contentHash: 'h5' }, // new key, content seen
        { key: 'guid:k30', contentHash: 'h30' }, // another feed's item
        { key: 'guid:brand-new', contentHash: 'brand-new' },
        { key: "guid:o'brien \"quoted\" ,{}[]", contentHash: 'h7' }, // characters an array literal would need escaped
        { key: 'guid:k7', contentHash: 'h7' },
        { key: 'guid:brand-new', contentHash: 'brand-new' }, // repeated in one poll
        { key: '', contentHash: '' },
      ];
      const expected = await Promise.all(items.map((i) => feeds.isSeen(a.id, i.key, i.contentHash)));
      expect(expected).toEqual([true, true, false, false, true, true, false, false]);
      expect(await seenAmong(a.id, items)).toEqual(expected);
      const expectedB = await Promise.all(items.map((i) => feeds.isSeen(b.id, i.key, i.contentHash)));
      expect(expectedB).toEqual([false, false, true, false, false, false, false, false]);
      expect(await seenAmong(b.id, items)).toEqual(expectedB);
      expect(await seenAmong('no-such-feed', items)).toEqual(items.map(() => false));
      expect(await seenAmong(a.id, [])).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
