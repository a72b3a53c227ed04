/**
 * Digest filters (`/subscribe … include:… exclude:…`): stored with the subscription on every
 * store (memory, SQLite file, PostgreSQL), set and shown by /subscribe and /subscriptions,
 * refused in one sentence when unusable, and applied by the scheduled digest (the one planner's
 * `keep`): a filtered channel gets only the stories that pass, an unfiltered one all of them.
 */
import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import type { CommandContext } from '../../commands/types.ts';
import { runCommand, textArgs } from '../../src/adapters/dispatch.ts';
import { parseConfig } from '../../src/config.ts';
import type { Article } from '../../src/core/types.ts';
import { DigestScheduler } from '../../src/scheduler/scheduler.ts';
import type { Services } from '../../src/services.ts';
import { MemoryLibrary } from '../../src/sources/library.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import type { Store } from '../../src/store/types.ts';
import { FakeAdapter, FakePlatformState } from '../fakes/dedupe-platform.ts';
import { FakeClock, quietLogger } from '../fakes/scheduler-rig.ts';
import { storeBackends } from '../helpers/store-backends.ts';
import { makeArticle } from '../helpers/article.ts';

const AT = new Date('2026-03-02T06:00:00Z');
const FILTER = { include: ['rate cut', 'inflation'], exclude: ['opinion'] };

for (const [name, backend] of storeBackends()) {
  describe.skipIf(backend.skip)(`${name} store: a subscription's filter`, () => {
    it('is stored, replaced, dropped by a subscribe without one, and put back by restore', async () => {
      const store = await backend.make();
      try {
        const base = { platform: 'slack', channelId: 'C1', guildId: 'T1', schedule: '0 7 * * *', timeZone: 'UTC', createdBy: 'U1' };
        const { subscription: first } = await store.subscriptions.upsert({ ...base, filter: FILTER }, AT);
        expect(first.filter).toEqual(FILTER);
        expect((await store.subscriptions.get('slack', 'C1'))?.filter).toEqual(FILTER);
        expect((await store.subscriptions.list())[0].filter).toEqual(FILTER);

        const { subscription: plain, previous } = await store.subscriptions.upsert(base, AT);
        expect(plain.filter).toBeNull();
        expect(previous?.filter).toEqual(FILTER);
        await store.subscriptions.restore(previous!);
        expect((await store.subscriptions.getById(first.id))?.filter).toEqual(FILTER);
        // An empty filter is none.
        const { subscription: empty } = await store.subscriptions.upsert({ ...base, filter: { include: [], exclude: [] } }, AT);
        expect(empty.filter).toBeNull();
      } finally {
        await store.close();
      }
    });
  });
}

function story(id: string, title: string, lead: string): Article {
  return makeArticle({ id, title, text: `${lead} Officials gave more details on Tuesday.`, url: `https://news.example/${id}`, publishedAt: '2026-03-02T05:00:00Z', source: 'Example News' });
}
const STORIES = [
  story('cut', 'Central bank announces a rate cut', 'The central bank of Chile lowered its main interest rate by half a point to 4.5 percent.'),
  story('prices', 'Food prices rise again in Peru', 'Inflation in Peru reached 6 percent in February as the cost of rice and potatoes climbed.'),
  story('op', 'Opinion: the rate cut came too late', 'This columnist argues the central bank of Chile waited a year too long to lower borrowing costs.'),
  story('ferry', 'Harbour ferry adds a night service', 'The city of Tallinn will run its harbour ferry every hour through the night from June.'),
];

function commandsRig() {
  const clock = new FakeClock(new Date('2026-03-02T06:30:00Z'));
  const store: Store = createMemoryStore();
  const services: Services = { config: parseConfig({ NEWSBRIEF_TZ: 'UTC' }), library: new MemoryLibrary(), store, now: clock.now };
  const ctx: CommandContext = { platform: 'slack', user: { id: 'U1', name: 'ana' }, guildId: 'T1', channelId: 'C1', threadId: null, canManageChannel: true, services, log: quietLogger() };
  const line = async (text: string) => {
    const [cmdName, ...rest] = text.replace(/^\//, '').split(' ');
    const cmd = findCommand(cmdName)!;
    const [m] = await runCommand(cmd, ctx, textArgs(cmd, rest.join(' ')));
    return m;
  };
  return { clock, store, line };
}

describe('/subscribe with include: and exclude:', () => {
  it('stores the filter with the schedule, says it back, and /subscriptions shows it', async () => {
    const { store, line } = commandsRig();
    const m = await line('/subscribe 07:00 UTC include:rate cut, "inflation" exclude:opinion');
    expect(m.text).toContain('Subscribed: this channel gets a news digest daily at 07:00 (UTC), only stories mentioning "rate cut" or "inflation", none mentioning "opinion".');
    expect((await store.subscriptions.get('slack', 'C1'))?.filter).toEqual(FILTER);
    expect((await store.subscriptions.get('slack', 'C1'))?.schedule).toBe('0 7 * * *');
    const shown = await line('/subscriptions');
    expect(shown.text).toContain('only stories mentioning "rate cut" or "inflation", none mentioning "opinion"');
    // Subscribing again without a filter drops it.
    expect((await line('/subscribe 07:00 UTC')).text).toMatch(/^Subscribed: this channel gets a news digest daily at 07:00 \(UTC\) \(was daily at 07:00 \(UTC\), only stories/);
    expect((await store.subscriptions.get('slack', 'C1'))?.filter).toBeNull();
  });

  it('refuses an unusable filter in one sentence and keeps what was there', async () => {
    const { store, line } = commandsRig();
    await line('/subscribe 07:00 UTC exclude:opinion');
    const m = await line('/subscribe 08:00 UTC include:!!!');
    expect(m.text).toBe('include: "!!!" has no letters or digits to match.');
    expect(await store.subscriptions.get('slack', 'C1')).toMatchObject({ schedule: '0 7 * * *', filter: { include: [], exclude: ['opinion'] } });
  });
});

describe('a scheduled digest with a filter', () => {
  it('carries only the stories that pass; an unfiltered channel gets them all', async () => {
    const clock = new FakeClock(new Date('2026-03-02T07:00:00Z'));
    const store = createMemoryStore();
    for (const a of STORIES) await store.articles.put(a, AT);
    const base = { platform: 'slack', guildId: 'T1', schedule: '0 7 * * *', timeZone: 'UTC', createdBy: 'U1' };
    await store.subscriptions.upsert({ ...base, channelId: 'FILTERED', filter: FILTER }, AT);
    await store.subscriptions.upsert({ ...base, channelId: 'ALL' }, AT);
    const state = new FakePlatformState();
    const scheduler = new DigestScheduler({ store, adapters: [new FakeAdapter('slack', state)], log: quietLogger(), catchUpHours: 6, now: clock.now, sleep: async () => undefined });
    await scheduler.start({ live: false });
    await scheduler.stop();
    const ids = (channel: string) => [...(state.channel(channel)[0]?.message.articleIds ?? [])].sort();
    expect(ids('FILTERED')).toEqual(['cut', 'prices']);
    expect(ids('ALL')).toEqual(['cut', 'ferry', 'op', 'prices']);
    // What was left out stays unsent: it is not marked sent to the filtered channel.
    expect(await store.sent.count('slack:FILTERED')).toBe(2);
  });
});
