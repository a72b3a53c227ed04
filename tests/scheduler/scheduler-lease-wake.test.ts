/**
 * A digest claim held by another instance is taken over when its lease ends, not at the next
 * minute's tick after that: a dead process's digests reach their channels one lease after it
 * died (NEWSBRIEF_LEASE_SECONDS), while a live owner that renews its lease keeps its claim.
 * Timers and the clock are vitest's fake ones, so nothing really waits.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DigestScheduler } from '../../src/scheduler/scheduler.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import type { Store } from '../../src/store/types.ts';
import { FakeAdapter, FakePlatformState } from '../fakes/dedupe-platform.ts';
import { quietLogger, seedArticles } from '../fakes/scheduler-rig.ts';

const SLOT = '2026-06-01T07:00:00.000Z';
const iso = (s: number) => new Date(Date.parse(SLOT) + s * 1000).toISOString();

let store: Store;
let state: FakePlatformState;
let scheduler: DigestScheduler | null = null;

beforeEach(async () => {
  // Five seconds after a 07:00 slot: the next minute tick is 55 s away.
  vi.useFakeTimers({ now: new Date(iso(5)) });
  store = createMemoryStore();
  state = new FakePlatformState();
  await seedArticles(store, 2);
  const sub = (await store.subscriptions.upsert({ platform: 'slack', channelId: 'C1', guildId: null, schedule: '0 7 * * *', timeZone: 'UTC', createdBy: 'u' }, new Date('2026-05-31T00:00:00Z')))
    .subscription;
  // Another instance claimed the slot at 07:00 with a 20 s lease, then went quiet.
  await store.runs.claim({ subscriptionId: sub.id, slot: SLOT, owner: 'other-host:1:a', leaseUntil: iso(20), articleIds: ['story-1', 'story-0'], more: 0, late: false }, new Date(SLOT));
});

afterEach(async () => {
  await scheduler?.stop();
  scheduler = null;
  vi.useRealTimers();
});

async function startScheduler(): Promise<void> {
  scheduler = new DigestScheduler({ store, adapters: [new FakeAdapter('slack', state)], log: quietLogger(), catchUpHours: 6, instanceId: 'this-host:2:b', leaseMs: 20_000 });
  await scheduler.start();
}

describe('taking over another instance\'s claim', () => {
  it('posts a dead instance\'s digest once, as soon as its lease ends', async () => {
    await startScheduler();
    expect(state.posts).toHaveLength(0); // its lease still runs
    await vi.advanceTimersByTimeAsync(14_000); // 07:00:19
    expect(state.posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2_000); // 07:00:21, long before the 07:01 tick
    expect(state.channel('C1')).toHaveLength(1);
    expect(state.channel('C1')[0].message.articleIds).toEqual(['story-1', 'story-0']);
    await vi.advanceTimersByTimeAsync(60_000); // the minute ticks post nothing more
    expect(state.posts).toHaveLength(1);
  });

  it('leaves the claim to a live owner that renews its lease, and takes it once the renewals stop', async () => {
    await startScheduler();
    await vi.advanceTimersByTimeAsync(10_000); // 07:00:15: the owner renews until 07:00:35
    expect(await store.runs.renew((await store.subscriptions.list())[0].id, SLOT, 'other-host:1:a', iso(35))).toBe(true);
    await vi.advanceTimersByTimeAsync(19_000); // 07:00:34
    expect(state.posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2_000); // 07:00:36
    expect(state.channel('C1')).toHaveLength(1);
  });
});
