/**
 * FeedStore.seenAmong on SQLite: the poller asks once per feed which of its items were seen
 * (by key or by content hash), and the answer must be isSeen's for every item, from this
 * feed's seen marks only.
 */
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite.ts';
import { feedScope } from '../../src/store/types.ts';

const T0 = new Date('2026-03-01T08:00:00Z');

describe('seenAmong (SQLite)', () => {
  it("answers as isSeen for each item, by key or content hash, from the feed's own marks", async () => {
    const store = createSqliteStore(':memory:');
    const feeds = store.feeds!;
    const add = (n: number) =>
      feeds.addFeed({ scope: feedScope('console', 'g', 'c'), platform: 'console', guildId: 'g', channelId: 'c', url: `https://town-${n}.example/rss`, title: null, addedBy: 'u', nextPollAt: T0.toISOString() }, T0);
    const [a, b] = [await add(1), await add(2)];
    // Seen on feed a: keys k0..k9 with hashes h0..h9; on feed b: k20 / h20 (not a's).
    for (let i = 0; i < 10; i++) await feeds.markSeen(a.id, { key: `guid:k${i}`, contentHash: `h${i}`, articleId: `art-${i}` }, T0);
    await feeds.markSeen(b.id, { key: 'guid:k20', contentHash: 'h20', articleId: 'art-20' }, T0);
    const items = [
      { key: 'guid:k3', contentHash: 'new-hash' }, // seen key, edited content
      { key: 'guid:moved', contentHash: 'h4' }, // new key, content seen
      { key: 'guid:k20', contentHash: 'h20' }, // another feed's item
      { key: 'guid:fresh', contentHash: 'fresh' },
      { key: "guid:it's \"quoted\" ,[]", contentHash: 'h9' },
      { key: 'guid:k9', contentHash: 'h9' },
    ];
    const expected = await Promise.all(items.map((i) => feeds.isSeen(a.id, i.key, i.contentHash)));
    expect(expected).toEqual([true, true, false, false, true, true]);
    expect(await feeds.seenAmong!(a.id, items)).toEqual(expected);
    expect(await feeds.seenAmong!(b.id, items)).toEqual([false, false, true, false, false, false]);
    expect(await feeds.seenAmong!(a.id, [])).toEqual([]);
    await store.close();
  });
});
