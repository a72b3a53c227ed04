/**
 * The digest scheduler driven by a fake clock against a working fake platform (nonce and
 * history dedupe): right local time through DST, once per slot, catch-up, 200 at once,
 * retries and failures contained per channel, crash-left claims, graceful stop.
 */
import { describe, expect, it } from 'vitest';
import { formatLocal, localTime } from '../../src/core/schedule/zoned-time.ts';
import { DigestScheduler, type SchedulerOptions } from '../../src/scheduler/scheduler.ts';
import { dedupeKey } from '../../src/scheduler/slot-key.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import type { Store } from '../../src/store/types.ts';
import { FakeAdapter, FakePlatformState } from '../fakes/dedupe-platform.ts';
import { FakeClock, quietLogger, seedArticles } from '../fakes/scheduler-rig.ts';

const MIN = 60_000;

function rig(opts: { at: string; store?: Store; state?: FakePlatformState } & Partial<SchedulerOptions>) {
  const clock = new FakeClock(new Date(opts.at));
  const store = opts.store ?? createMemoryStore();
  const state = opts.state ?? new FakePlatformState();
  state.clock = clock.now;
  const sleeps: number[] = [];
  const make = (extra: Partial<SchedulerOptions> = {}) =>
    new DigestScheduler({
      store,
      adapters: [new FakeAdapter('discord', state), new FakeAdapter('slack', state)],
      log: quietLogger(),
      catchUpHours: 6,
      now: clock.now,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...opts,
      ...extra,
    });
  return { clock, store, state, sleeps, make };
}

async function subscribe(store: Store, platform: string, channelId: string, schedule: string, timeZone: string, at: Date) {
  return (await store.subscriptions.upsert({ platform, channelId, guildId: null, schedule, timeZone, createdBy: 'u' }, at)).subscription;
}

describe('DigestScheduler', () => {
  it('posts a daily 08:00 digest at 08:00 local in London and New York, once a day, across every DST change', async () => {
    const { clock, store, state, make } = rig({ at: '2026-01-01T00:00:00Z', digestSize: 1 });
    await seedArticles(store, 200);
    await subscribe(store, 'discord', 'london', '0 8 * * *', 'Europe/London', clock.now());
    await subscribe(store, 'slack', 'newyork', '0 8 * * *', 'America/New_York', clock.now());
    const s = make();
    // Every minute for three days either side of each change (US: 8 Mar, 1 Nov; UK: 29 Mar, 25 Oct 2026).
    const windows = [
      ['2026-03-05T00:00:00Z', '2026-04-01T00:00:00Z'],
      ['2026-10-22T00:00:00Z', '2026-11-04T12:00:00Z'],
    ];
    for (const [from, to] of windows) {
      for (let t = Date.parse(from); t <= Date.parse(to); t += MIN) await s.tick(clock.set(new Date(t)));
    }
    for (const [channel, tz, days] of [
      ['london', 'Europe/London', 27 + 14],
      ['newyork', 'America/New_York', 27 + 13],
    ] as const) {
      const posts = state.channel(channel);
      const localTimes = posts.map((p) => formatLocal(new Date(p.at!), tz));
      // Every post at 08:00 local, one per local day, every day of the windows.
      expect(localTimes.filter((t) => !t.includes(', 08:00 '))).toEqual([]);
      const dates = posts.map((p) => {
        const l = localTime(new Date(p.at!), tz);
        return `${l.year}-${l.month}-${l.day}`;
      });
      expect(new Set(dates).size).toBe(dates.length);
      expect(posts.length).toBe(days);
    }
    // The offsets really changed: London posts at 08:00 UTC in winter and 07:00 UTC in summer.
    const londonUtcHours = new Set(state.channel('london').map((p) => new Date(p.at!).getUTCHours()));
    expect(londonUtcHours).toEqual(new Set([7, 8]));
    const nyUtcHours = new Set(state.channel('newyork').map((p) => new Date(p.at!).getUTCHours()));
    expect(nyUtcHours).toEqual(new Set([12, 13]));
  });

  it('catches up a slot missed while down within the window once, marked late; older ones are not owed', async () => {
    const { clock, store, state, make } = rig({ at: '2026-05-01T06:00:00Z' });
    await seedArticles(store, 30);
    await subscribe(store, 'discord', 'daily', '0 8 * * *', 'UTC', clock.now());
    await subscribe(store, 'discord', 'hourly', '0 * * * *', 'UTC', clock.now());
    // Down from 06:00 to 11:20: the 08:00 daily and the 07:00-11:00 hourly slots were missed.
    clock.set('2026-05-01T11:20:00Z');
    const s = make();
    const report = await s.start({ live: false });
    expect(report.posted.length).toBe(2);
    expect(state.channel('daily').length).toBe(1);
    expect(state.channel('daily')[0].message.text).toMatch(/late/i);
    // Only the latest missed hourly slot is posted, not one per missed hour.
    expect(state.channel('hourly').length).toBe(1);
    const dailySub = (await store.subscriptions.get('discord', 'daily'))!;
    expect((await store.runs.recent(dailySub.id, 5)).map((r) => [r.slot, r.late, r.status])).toEqual([
      ['2026-05-01T08:00:00.000Z', true, 'posted'],
    ]);
    // Later ticks and a restart do not post the missed slot again.
    for (let i = 0; i < 40; i++) await s.tick(clock.advance(MIN));
    await make().start({ live: false });
    expect(state.channel('daily').length).toBe(1);
    expect(state.channel('hourly').length).toBe(2); // 12:00 came on time
    expect(state.channel('hourly')[1].message.text ?? '').not.toMatch(/late/i);

    // Down for longer than the window (6 h): the missed 08:00 is not owed; the next one is.
    clock.set('2026-05-02T14:30:00Z');
    const before = state.channel('daily').length;
    await make().start({ live: false });
    expect(state.channel('daily').length).toBe(before);
    await make().tick(clock.set('2026-05-03T08:00:00Z'));
    expect(state.channel('daily').length).toBe(before + 1);
  });

  it('posts 200 subscriptions due the same minute, each exactly once, even with overlapping ticks and two instances', async () => {
    const { clock, store, state, make } = rig({ at: '2026-06-01T06:59:00Z' });
    await seedArticles(store, 10);
    for (let i = 0; i < 200; i++) await subscribe(store, i % 2 ? 'slack' : 'discord', `c${i}`, '0 7 * * *', 'UTC', clock.now());
    const a = make({ instanceId: 'a' });
    const b = make({ instanceId: 'b' });
    clock.set('2026-06-01T07:00:00Z');
    const reports = await Promise.all([a.tick(), a.tick(), b.tick(), b.tick()]);
    expect(reports.reduce((n, r) => n + r.posted.length, 0)).toBe(200);
    expect(state.posts.length).toBe(200);
    expect(new Set(state.posts.map((p) => p.channelId)).size).toBe(200);
    await a.tick(clock.advance(MIN));
    expect(state.posts.length).toBe(200);
    // Every post is the digest of the five newest stories.
    expect(state.posts.every((p) => p.message.sections?.length === 5 && p.message.footer === 'and 5 more')).toBe(true);
  });

  it('marks articles sent only after a post succeeds, so the next digest has only new ones', async () => {
    const { clock, store, state, make } = rig({ at: '2026-06-01T06:00:00Z', digestSize: 2 });
    await seedArticles(store, 3);
    await subscribe(store, 'discord', 'c1', '0 7 * * *', 'UTC', clock.now());
    state.forbidden.add('c1');
    const s = make();
    await s.tick(clock.set('2026-06-01T07:00:00Z'));
    expect(await store.sent.count('discord:c1')).toBe(0);
    state.forbidden.delete('c1');
    await s.tick(clock.set('2026-06-02T07:00:00Z'));
    const first = state.channel('c1')[0].message;
    expect(first.sections?.map((x) => x.heading.split(' ')[3])).toEqual(['report', 'report']);
    expect(first.articleIds).toEqual(['story-2', 'story-1']);
    expect(first.footer).toBe('and 1 more');
    await s.tick(clock.set('2026-06-03T07:00:00Z'));
    expect(state.channel('c1')[1].message.articleIds).toEqual(['story-0']);
    // Nothing new: the slot is recorded as skipped and nothing is posted.
    const r = await s.tick(clock.set('2026-06-04T07:00:00Z'));
    expect(r.skipped.length).toBe(1);
    expect(state.channel('c1').length).toBe(2);
  });

  it('retries 429 and 5xx with backoff, records a failure after the limit, and never lets one channel hold up the others', async () => {
    const { clock, store, state, sleeps, make } = rig({ at: '2026-06-01T06:00:00Z' });
    await seedArticles(store, 5);
    const flaky = await subscribe(store, 'discord', 'flaky', '0 7 * * *', 'UTC', clock.now());
    const broken = await subscribe(store, 'slack', 'broken', '0 7 * * *', 'UTC', clock.now());
    const closed = await subscribe(store, 'discord', 'closed', '0 7 * * *', 'UTC', clock.now());
    await subscribe(store, 'slack', 'fine', '0 7 * * *', 'UTC', clock.now());
    state.failNext('flaky', 429, 2, 1500);
    state.failNext('broken', 503, 99);
    state.forbidden.add('closed');

    // A backoff that waits until released shows that the others do not wait for it.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const s = make({
      retry: { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 8000 },
      sleep: async (ms) => {
        sleeps.push(ms);
        await gate;
      },
    });
    const fineArrived = new Promise<void>((resolve) => state.on('post', (p: { channelId: string }) => p.channelId === 'fine' && resolve()));
    const tick = s.tick(clock.set('2026-06-01T07:00:00Z'));
    await fineArrived; // posted while the two flaky channels are still backing off
    expect(state.channel('flaky').length + state.channel('broken').length).toBe(0);
    release();
    const report = await tick;

    expect(state.channel('flaky').length).toBe(1);
    expect(state.channel('fine').length).toBe(1);
    expect(state.channel('broken').length).toBe(0);
    expect(report.failed.sort()).toEqual([`${broken.id}@2026-06-01T07:00:00.000Z`, `${closed.id}@2026-06-01T07:00:00.000Z`].sort());
    // Retry-After was honoured for the 429s; the 503s doubled up to the limit of 4 attempts.
    expect(sleeps.filter((ms) => ms === 1500).length).toBe(2);
    expect(sleeps.filter((ms) => ms !== 1500)).toEqual([1000, 2000, 4000]);
    const brokenRun = await store.runs.get(broken.id, '2026-06-01T07:00:00.000Z');
    expect(brokenRun).toMatchObject({ status: 'failed', error: expect.stringContaining('gave up after 4 attempts') });
    const closedRun = await store.runs.get(closed.id, '2026-06-01T07:00:00.000Z');
    expect(closedRun).toMatchObject({ status: 'failed', error: 'missing_access: Missing Access' });
    const flakyRun = await store.runs.get(flaky.id, '2026-06-01T07:00:00.000Z');
    expect(flakyRun?.status).toBe('posted');
    // A failed slot is not retried by later ticks.
    await s.tick(clock.advance(MIN));
    expect(state.channel('broken').length + state.channel('closed').length).toBe(0);
  });

  for (const [platform, mode] of [
    ['discord', 'nonce'],
    ['slack', 'history'],
  ] as const) {
    it(`resumes a crash-left claim without a second copy when the platform already has it (${mode})`, async () => {
      const { clock, store, state, make } = rig({ at: '2026-06-01T06:00:00Z' });
      await seedArticles(store, 4);
      const sub = await subscribe(store, platform, 'c1', '0 7 * * *', 'UTC', clock.now());
      const slot = '2026-06-01T07:00:00.000Z';
      // A previous process claimed the slot and the platform accepted its post; then it died.
      await store.runs.claim(
        { subscriptionId: sub.id, slot, owner: 'newsbrief', leaseUntil: '2026-06-01T07:10:00.000Z', articleIds: ['story-3'], more: 0, late: false },
        clock.set(slot),
      );
      await new FakeAdapter(platform, state, mode).post('c1', { kind: 'digest', title: 'first copy' }, { dedupeKey: dedupeKey(sub.id, slot) });
      clock.set('2026-06-01T07:03:00Z');
      const report = await make().start({ live: false });
      expect(report.posted).toEqual([`${sub.id}@${slot}`]);
      expect(state.channel('c1').map((p) => p.message.title)).toEqual(['first copy']);
      expect(mode === 'nonce' ? state.nonceHits : state.historyHits).toBe(1);
      expect(await store.runs.get(sub.id, slot)).toMatchObject({ status: 'posted', attempts: 2 });
      expect(await store.sent.wasSent(`${platform}:c1`, 'story-3')).toBe(true);
      // The claim fixed the digest: the retry did not pick other articles.
      expect(await store.sent.count(`${platform}:c1`)).toBe(1);
    });
  }

  it('posts a crash-left claim that never reached the platform, once; another instance waits for the lease', async () => {
    const { clock, store, state, make } = rig({ at: '2026-06-01T06:00:00Z' });
    await seedArticles(store, 2);
    const sub = await subscribe(store, 'discord', 'c1', '0 7 * * *', 'UTC', clock.now());
    const slot = '2026-06-01T07:00:00.000Z';
    await store.runs.claim(
      { subscriptionId: sub.id, slot, owner: 'other-host', leaseUntil: '2026-06-01T07:10:00.000Z', articleIds: ['story-1', 'story-0'], more: 0, late: false },
      clock.set(slot),
    );
    await make().start({ live: false }); // the lease of the other instance still runs
    expect(state.posts.length).toBe(0);
    await make().tick(clock.set('2026-06-01T07:11:00Z'));
    expect(state.channel('c1').length).toBe(1);
    expect(state.channel('c1')[0].message.articleIds).toEqual(['story-1', 'story-0']);
    await make().tick(clock.advance(MIN));
    expect(state.posts.length).toBe(1);
  });

  it('drops crash-left claims of unsubscribed channels and of slots older than the catch-up window', async () => {
    const { clock, store, state, make } = rig({ at: '2026-06-01T06:00:00Z' });
    await seedArticles(store, 2);
    const gone = await subscribe(store, 'discord', 'gone', '0 7 * * *', 'UTC', clock.now());
    const old = await subscribe(store, 'discord', 'old', '0 7 * * *', 'UTC', clock.now());
    const claim = (id: number) => ({ subscriptionId: id, slot: '2026-06-01T07:00:00.000Z', owner: 'newsbrief', leaseUntil: '2026-06-01T07:10:00.000Z', articleIds: ['story-1'], more: 0, late: false });
    clock.set('2026-06-01T07:00:00Z');
    await store.runs.claim(claim(gone.id), clock.now());
    await store.runs.claim(claim(old.id), clock.now());
    await store.subscriptions.remove('discord', 'gone');
    // Back 13 hours later: more than the 6-hour window.
    clock.set('2026-06-01T20:00:00Z');
    const report = await make().start({ live: false });
    expect(report.failed.length).toBe(2);
    expect(state.posts.length).toBe(0);
    expect((await store.runs.get(gone.id, '2026-06-01T07:00:00.000Z'))?.error).toMatch(/unsubscribed/);
    expect((await store.runs.get(old.id, '2026-06-01T07:00:00.000Z'))?.error).toMatch(/catch-up window/);
  });

  it('stops gracefully: no new slots, the post in flight finishes, a backoff wait is released for the next start', async () => {
    const { clock, store, state, make } = rig({ at: '2026-06-01T06:00:00Z' });
    await seedArticles(store, 3);
    await subscribe(store, 'discord', 'slow', '0 7 * * *', 'UTC', clock.now());
    const waiting = await subscribe(store, 'discord', 'waiting', '0 7 * * *', 'UTC', clock.now());
    state.failNext('waiting', 500, 1);
    const slow = new FakeAdapter('discord', state);
    let finishPost: () => void = () => undefined;
    const gate = new Promise<void>((r) => (finishPost = r));
    let slowStarted: () => void = () => undefined;
    const started = new Promise<void>((r) => (slowStarted = r));
    const inner = slow.post.bind(slow);
    slow.post = async (channelId, message, options) => {
      if (channelId === 'slow') {
        slowStarted();
        await gate;
      }
      return inner(channelId, message, options);
    };
    let backingOff: () => void = () => undefined;
    const inBackoff = new Promise<void>((r) => (backingOff = r));
    const s = make({
      adapters: [slow],
      sleep: (_ms, signal) =>
        new Promise<void>((resolve) => {
          backingOff();
          signal.addEventListener('abort', () => resolve(), { once: true });
        }),
    });
    const tick = s.tick(clock.set('2026-06-01T07:00:00Z'));
    await Promise.all([started, inBackoff]);
    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await new Promise((r) => setImmediate(r));
    expect(stopped).toBe(false); // the slow post is still in flight
    finishPost();
    await stopping;
    await tick;
    expect(state.channel('slow').length).toBe(1);
    expect(state.channel('waiting').length).toBe(0);
    expect((await store.runs.get(waiting.id, '2026-06-01T07:00:00.000Z'))?.status).toBe('claimed');
    // No new slots after stop.
    await s.tick(clock.set('2026-06-02T07:00:00Z'));
    expect(state.posts.length).toBe(1);
    // The next start posts the released slot once (late), and today's slot.
    clock.set('2026-06-01T07:05:00Z');
    await make().start({ live: false });
    expect(state.channel('waiting').length).toBe(1);
    expect(state.channel('slow').length).toBe(1);
  });
});
