/**
 * The alert store contract (follows, live feeds, the alert log), run against the in-memory
 * store, a SQLite file and PostgreSQL (when NEWSBRIEF_TEST_PG_URL is set; see
 * tests/helpers/store-backends.ts). Claims are unique by key and by cap slot, takeovers
 * conditional, a roll-up claim rolls its held entries up at once.
 */
import { describe, expect, it } from 'vitest';
import type { NewAlert, Store } from '../../src/store/types.ts';
import { feedScope } from '../../src/store/types.ts';
import { storeBackends } from '../helpers/store-backends.ts';

const T0 = new Date('2026-03-01T08:00:00Z');
const at = (min: number) => new Date(T0.getTime() + min * 60_000);

const alert = (over: Partial<NewAlert> = {}): NewAlert => ({
  key: 'discord:C1:a1',
  platform: 'discord',
  channelId: 'C1',
  kind: 'alert',
  status: 'claimed',
  articleId: 'a1',
  articleIds: [],
  topics: ['Kyrgyzstan'],
  feedId: null,
  ping: null,
  rootKey: null,
  reason: null,
  capSlot: 'discord:C1:2026030108:1',
  releaseAt: null,
  owner: 'p1',
  leaseUntil: at(5).toISOString(),
  ...over,
});

async function addFeed(s: Store, url: string) {
  return s.feeds!.addFeed({ scope: feedScope('discord', 'G1', 'C1'), platform: 'discord', guildId: 'G1', channelId: 'C1', url, title: null, addedBy: 'u', nextPollAt: T0.toISOString() }, T0);
}

for (const [name, backend] of storeBackends()) describe.skipIf(backend.skip)(`${name} alert store`, () => {
  it('keeps one follow per channel and topic, case-insensitively, with its ping, quiet hours and last match', async () => {
    const s = await backend.make();
    const a = s.alerts!;
    const first = await a.follow({ platform: 'discord', channelId: 'C1', guildId: 'G1', topic: 'Bank of England', ping: null, quiet: null, createdBy: 'u1' }, T0);
    expect(first.created).toBe(true);
    expect(first.follow).toMatchObject({ topic: 'Bank of England', scope: 'discord:G1', lastMatchedAt: null, createdAt: T0.toISOString() });
    const again = await a.follow({ platform: 'discord', channelId: 'C1', guildId: 'G1', topic: 'bank  of england', ping: 'R9', quiet: '22:00-07:00', createdBy: 'u2' }, at(1));
    expect(again.created).toBe(false);
    expect(again.follow).toMatchObject({ id: first.follow.id, ping: 'R9', quiet: '22:00-07:00', createdAt: T0.toISOString() });
    await a.follow({ platform: 'discord', channelId: 'C1', guildId: 'G1', topic: 'Kyrgyzstan', ping: null, quiet: null, createdBy: 'u1' }, at(2));
    await a.follow({ platform: 'discord', channelId: 'C2', guildId: 'G1', topic: 'Kyrgyzstan', ping: null, quiet: null, createdBy: 'u1' }, at(2));
    await a.follow({ platform: 'slack', channelId: 'C1', guildId: 'T1', topic: 'Kyrgyzstan', ping: null, quiet: null, createdBy: 'u1' }, at(2));
    expect((await a.follows('discord', 'C1')).map((f) => f.topic)).toEqual(['bank  of england', 'Kyrgyzstan']);
    expect((await a.followsInScope('discord:G1')).length).toBe(3);
    await a.setQuiet('discord', 'C1', '23:00-06:00');
    expect((await a.follows('discord', 'C1')).map((f) => f.quiet)).toEqual(['23:00-06:00', '23:00-06:00']);
    expect((await a.follows('discord', 'C2'))[0].quiet).toBeNull();
    await a.matched([first.follow.id], at(3));
    expect((await a.follows('discord', 'C1'))[0].lastMatchedAt).toBe(at(3).toISOString());
    expect((await a.unfollow('discord', 'C1', 'BANK OF ENGLAND'))?.id).toBe(first.follow.id);
    expect(await a.unfollow('discord', 'C1', 'Bank of England')).toBeNull();
    expect((await a.follows('discord', 'C1')).map((f) => f.topic)).toEqual(['Kyrgyzstan']);
    await s.close();
  });

  it('posts a feed live to channels with filters, and forgets them with the feed', async () => {
    const s = await backend.make();
    const feed = await addFeed(s, 'https://example.com/feed.xml');
    await s.alerts!.setLive({ feedId: feed.id, platform: 'discord', channelId: 'C1', include: ['rate cut'], exclude: [], createdBy: 'u' }, T0);
    await s.alerts!.setLive({ feedId: feed.id, platform: 'discord', channelId: 'C1', include: ['rate cut', 'inflation'], exclude: ['opinion'], createdBy: 'u' }, at(1));
    await s.alerts!.setLive({ feedId: feed.id, platform: 'discord', channelId: 'C2', include: [], exclude: [], createdBy: 'u' }, at(1));
    const live = await s.alerts!.liveFor(feed.id);
    expect(live.map((l) => [l.channelId, l.include, l.exclude])).toEqual([
      ['C1', ['rate cut', 'inflation'], ['opinion']],
      ['C2', [], []],
    ]);
    expect(await s.alerts!.removeLive(feed.id, 'discord', 'C2')).toBe(true);
    expect(await s.alerts!.removeLive(feed.id, 'discord', 'C2')).toBe(false);
    await s.feeds!.removeFeed(feed.id);
    if (name !== 'memory') expect(await s.alerts!.liveFor(feed.id)).toEqual([]);
    await s.close();
  });

  it('claims an alert once by key and by cap slot; takeovers are conditional; complete records the message', async () => {
    const s = await backend.make();
    const a = s.alerts!;
    expect(await a.claim(alert(), T0)).toBe(true);
    expect(await a.claim(alert({ owner: 'p2' }), T0)).toBe(false);
    // Another story cannot take the same slot of the hour: the cap holds across processes.
    expect(await a.claim(alert({ key: 'discord:C1:a2', articleId: 'a2' }), T0)).toBe(false);
    expect(await a.claim(alert({ key: 'discord:C1:a2', articleId: 'a2', capSlot: 'discord:C1:2026030108:2' }), at(1))).toBe(true);
    const [first, second] = await a.unfinished();
    expect([first.key, second.key]).toEqual(['discord:C1:a1', 'discord:C1:a2']);
    expect(first).toMatchObject({ status: 'claimed', attempts: 1, topics: ['Kyrgyzstan'], messageIds: [] });
    expect(await a.takeOver(first, 'p2', at(10).toISOString())).toBe(true);
    expect(await a.takeOver(first, 'p3', at(10).toISOString())).toBe(false);
    expect(await a.complete('discord:C1:a1', 'p1', ['m1'], at(2))).toBe(false);
    expect(await a.renew('discord:C1:a1', 'p2', at(12).toISOString())).toBe(true);
    expect(await a.complete('discord:C1:a1', 'p2', ['m1'], at(2))).toBe(true);
    expect(await a.get('discord:C1:a1')).toMatchObject({ status: 'posted', messageIds: ['m1'], attempts: 2, owner: 'p2' });
    expect(await a.fail('discord:C1:a2', 'p1', 'missing_access: no', at(3))).toBe(true);
    expect(await a.get('discord:C1:a2')).toMatchObject({ status: 'failed', error: 'missing_access: no' });
    expect(await a.unfinished()).toEqual([]);
    expect((await a.recent('discord', 'C1', T0, 10)).map((r) => r.key)).toEqual(['discord:C1:a1']);
    expect(await a.recent('discord', 'C1', at(1), 10)).toEqual([]);
    await s.close();
  });

  it('releases held entries when due, and a roll-up claim rolls them up once', async () => {
    const s = await backend.make();
    const a = s.alerts!;
    const release = at(60).toISOString();
    for (const id of ['h1', 'h2']) {
      expect(await a.claim(alert({ key: `discord:C1:${id}`, articleId: id, status: 'held', reason: 'storm', capSlot: null, releaseAt: release }), T0)).toBe(true);
    }
    expect(await a.dueHeld(at(59))).toEqual([]);
    const due = await a.dueHeld(at(60));
    expect(due.map((d) => [d.key, d.reason])).toEqual([['discord:C1:h1', 'storm'], ['discord:C1:h2', 'storm']]);
    const rollup = alert({ key: `discord:C1:rollup:${release}`, kind: 'rollup', articleId: null, articleIds: ['h1', 'h2'], capSlot: null });
    expect(await a.claimRollup(rollup, due.map((d) => d.key), at(60))).toBe(true);
    expect(await a.claimRollup(rollup, due.map((d) => d.key), at(60))).toBe(false);
    expect(await a.dueHeld(at(61))).toEqual([]);
    expect(await a.get('discord:C1:h1')).toMatchObject({ status: 'rolled', rootKey: rollup.key });
    expect((await a.get(rollup.key))?.articleIds).toEqual(['h1', 'h2']);
    await s.close();
  });
  it('keeps a story pending for alerts with its seen mark (only a new one that asks), lists pending ones by age, and forgets them when cleared or with the feed', async () => {
    const s = await backend.make();
    const feeds = s.feeds!;
    const f1 = await addFeed(s, 'https://example.com/one.xml');
    const f2 = await addFeed(s, 'https://example.com/two.xml');
    const item = (n: number, alertPending?: boolean) => ({ key: `guid:${n}`, contentHash: `h${n}`, articleId: `a${n}`, ...(alertPending === undefined ? {} : { alertPending }) });
    expect(await feeds.markSeen(f1.id, item(1, true), at(1))).toBe(true);
    expect(await feeds.markSeen(f1.id, item(2, false), at(1))).toBe(true);
    expect(await feeds.markSeen(f1.id, item(3), at(1))).toBe(true);
    // Seen already (another poll or /sources add got there first): no mark, and the first one's time stays.
    expect(await feeds.markSeen(f1.id, item(1, true), at(4))).toBe(false);
    expect(await feeds.markSeen(f1.id, item(2, true), at(4))).toBe(false);
    if (feeds.markSeenMany) {
      await feeds.markSeenMany([{ feedId: f2.id, ...item(4, true) }, { feedId: f2.id, ...item(5, false) }, { feedId: f1.id, ...item(3, true) }, { feedId: f1.id, ...item(6, true) }], at(2));
    } else {
      await feeds.markSeen(f2.id, item(4, true), at(2));
      await feeds.markSeen(f1.id, item(6, true), at(2));
    }
    expect(await feeds.isSeen(f2.id, 'guid:5', 'x')).toBe(name === 'memory' ? false : true);
    const all = await feeds.pendingAlerts!(at(10), 10);
    expect(all).toEqual([
      { feedId: f1.id, articleId: 'a1', storedAt: at(1).toISOString() },
      ...[
        { feedId: f1.id, articleId: 'a6', storedAt: at(2).toISOString() },
        { feedId: f2.id, articleId: 'a4', storedAt: at(2).toISOString() },
      ].sort((x, y) => x.feedId.localeCompare(y.feedId)),
    ]);
    expect(await feeds.pendingAlerts!(at(2), 10)).toEqual([all[0]]);
    expect(await feeds.pendingAlerts!(at(10), 1)).toEqual([all[0]]);
    await feeds.clearPendingAlerts!([{ feedId: f1.id, articleId: 'a1' }, { feedId: f1.id, articleId: 'nothing' }]);
    expect((await feeds.pendingAlerts!(at(10), 10)).map((p) => p.articleId).sort()).toEqual(['a4', 'a6']);
    await feeds.removeFeed(f2.id);
    expect((await feeds.pendingAlerts!(at(10), 10)).map((p) => p.articleId)).toEqual(['a6']);
    await s.close();
  });
});
