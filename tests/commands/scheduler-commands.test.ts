/**
 * /subscribe, /unsubscribe and /subscriptions as a user meets them: text parsing for Slack and
 * the console, refusals in one sentence, Discord's Manage Channels rule, a channel the bot
 * cannot post to, and the local time of the next digest.
 */
import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import { splitTimeAndZone } from '../../commands/subscribe.ts';
import type { CommandContext, Platform } from '../../commands/types.ts';
import { runCommand, textArgs } from '../../src/adapters/dispatch.ts';
import { parseConfig } from '../../src/config.ts';
import type { Message } from '../../src/core/message/message.ts';
import { MemoryLibrary } from '../../src/sources/library.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import type { Services } from '../../src/services.ts';
import type { Store } from '../../src/store/types.ts';
import { FakeAdapter, FakePlatformState } from '../fakes/dedupe-platform.ts';
import { FakeClock, quietLogger } from '../fakes/scheduler-rig.ts';

function setup(opts: { platform?: Platform; manage?: boolean; tz?: string; withPoster?: boolean; env?: Record<string, string> } = {}) {
  const clock = new FakeClock(new Date('2026-03-27T10:00:00Z')); // a Friday
  const store: Store = createMemoryStore();
  const state = new FakePlatformState();
  const platform = opts.platform ?? 'slack';
  const adapter = new FakeAdapter(platform, state);
  const services: Services = {
    config: parseConfig({ NEWSBRIEF_TZ: opts.tz ?? 'Europe/London', ...opts.env }),
    library: new MemoryLibrary(),
    store,
    now: clock.now,
    postToChannel: opts.withPoster === false ? undefined : (_p, channelId, message, o) => adapter.post(channelId, message, o),
  };
  const ctx = (channelId = 'C1'): CommandContext => ({
    platform,
    user: { id: 'U1', name: 'ana' },
    guildId: 'G1',
    channelId,
    threadId: null,
    // The adapter's answer to "may this person manage the channel?" (a full Slack member: yes).
    canManageChannel: opts.manage ?? true,
    services,
    log: quietLogger(),
  });
  /** Run a command as a text line (Slack, console). */
  const line = async (text: string, channelId = 'C1'): Promise<Message> => {
    const [name, ...rest] = text.replace(/^\//, '').split(' ');
    const cmd = findCommand(name)!;
    const [m] = await runCommand(cmd, ctx(channelId), textArgs(cmd, rest.join(' ')));
    return m;
  };
  return { clock, store, state, services, ctx, line };
}

describe('/subscribe text', () => {
  it('splits a time or cron from a trailing time zone', () => {
    expect(splitTimeAndZone('0 8 * * 1-5 Europe/London')).toEqual({ time: '0 8 * * 1-5', timezone: 'Europe/London' });
    expect(splitTimeAndZone('08:00')).toEqual({ time: '08:00' });
    expect(splitTimeAndZone('Asia/Tokyo')).toEqual({ timezone: 'Asia/Tokyo' });
    expect(splitTimeAndZone('7:30 pm UTC')).toEqual({ time: '7:30 pm', timezone: 'UTC' });
    expect(splitTimeAndZone('0 8 * * MON-FRI')).toEqual({ time: '0 8 * * MON-FRI' });
    expect(splitTimeAndZone('"0 8 * * 1-5" Mars/Olympus')).toEqual({ time: '0 8 * * 1-5', timezone: 'Mars/Olympus' });
    expect(splitTimeAndZone('')).toEqual({});
  });
});

describe('/subscribe, /subscriptions, /unsubscribe', () => {
  it('subscribes with a cron and zone, announces it in the channel, and shows the next one in local time', async () => {
    const { line, state, store } = setup();
    const reply = await line('/subscribe 0 8 * * 1-5 America/New_York');
    expect(reply.kind).toBe('info');
    expect(reply.text).toBe(
      'Subscribed: this channel gets a news digest on cron "0 8 * * 1-5" (America/New_York). The next one is due Fri 27 Mar 2026, 08:00 GMT-4.',
    );
    expect(reply.ephemeral).toBe(true); // everyone saw the public notice instead
    expect(state.channel('C1').map((p) => p.message.title)).toEqual(['News digest subscribed']);
    expect(state.channel('C1')[0].message.text).toContain('set by ana');
    expect(await store.subscriptions.get('slack', 'C1')).toMatchObject({ schedule: '0 8 * * 1-5', timeZone: 'America/New_York' });

    const info = await line('/subscriptions');
    expect(info.text).toBe('This channel gets a news digest on cron "0 8 * * 1-5" (America/New_York).');
    expect(info.fields?.find((f) => f.name === 'Next digest')?.value).toBe('Fri 27 Mar 2026, 08:00 GMT-4');

    const bye = await line('/unsubscribe');
    expect(bye.text).toBe('Unsubscribed: this channel no longer gets the news digest (it was on cron "0 8 * * 1-5" (America/New_York)).');
    expect(await store.subscriptions.get('slack', 'C1')).toBeNull();
    expect((await line('/subscriptions')).text).toMatch(/^This channel has no news digest subscription\. Start one with \/subscribe/);
    expect((await line('/unsubscribe')).text).toBe('This channel has no news digest subscription, so there is nothing to stop.');
  });

  it('defaults to 08:00 in NEWSBRIEF_TZ; subscribing again changes the schedule and says what it replaced', async () => {
    const { line, store } = setup({ tz: 'Asia/Tokyo' });
    expect((await line('/subscribe')).text).toBe(
      'Subscribed: this channel gets a news digest daily at 08:00 (Asia/Tokyo). The next one is due Sat 28 Mar 2026, 08:00 GMT+9.',
    );
    const id = (await store.subscriptions.get('slack', 'C1'))!.id;
    expect((await line('/subscribe 6:30pm')).text).toMatch(/daily at 18:30 \(Asia\/Tokyo\) \(was daily at 08:00 \(Asia\/Tokyo\)\)/);
    expect((await store.subscriptions.get('slack', 'C1'))!.id).toBe(id);
  });

  it('refuses a bad cron or zone in one sentence and keeps the stored schedule', async () => {
    const { line, store } = setup();
    await line('/subscribe 07:00 Europe/Paris');
    const before = await store.subscriptions.get('slack', 'C1');
    const cron = await line('/subscribe 61 * * * *');
    expect(cron).toEqual({ kind: 'error', ephemeral: true, text: '"61 * * * *" is not a valid schedule: 61 is not a valid minute (0-59).' });
    const zone = await line('/subscribe 08:00 Mars/Olympus');
    expect(zone.text).toBe('"Mars/Olympus" is not a valid IANA time zone (for example Europe/London or America/New_York).');
    expect(await store.subscriptions.get('slack', 'C1')).toEqual(before);
  });

  it('refuses a schedule that would post more than once an hour, naming how often; stored ones keep working', async () => {
    const { line, store, clock } = setup();
    await line('/subscribe 07:00 Europe/Paris');
    const before = await store.subscriptions.get('slack', 'C1');
    const everyMinute = await line('/subscribe * * * * *');
    expect(everyMinute).toEqual({
      kind: 'error',
      ephemeral: true,
      text: '"* * * * *" would post a digest every minute, too often for a channel: at most one digest every hour is allowed; give a daily time like 08:00 or a cron like "0 * * * *" (hourly).',
    });
    expect((await line('/subscribe */5 * * * * UTC')).text).toMatch(/^"\*\/5 \* \* \* \*" would post a digest every 5 minutes, too often/);
    expect((await line('/subscribe 0,30 8 * * 1-5')).text).toMatch(/^"0,30 8 \* \* 1-5" would post a digest every 30 minutes, too often/);
    // Across midnight: 23:50 then 00:10 the next day (within a day the gaps are 40 minutes).
    expect((await line('/subscribe 10 0 * * *')).kind).toBe('info');
    expect((await line('/subscribe 10,50 0,23 * * *')).text).toMatch(/every 20 minutes/);
    expect(await store.subscriptions.get('slack', 'C1')).toMatchObject({ schedule: '10 0 * * *' });
    await line('/subscribe 07:00 Europe/Paris');
    expect(await store.subscriptions.get('slack', 'C1')).toMatchObject({ schedule: before!.schedule, timeZone: 'Europe/Paris' });

    // Hourly, twice a day, and midnight plus 23:00 on days that never follow each other are fine.
    for (const ok of ['0 * * * *', '0 8,20 * * *', '30 0,23 * * *', '0 0,23 * * 1,3']) expect((await line(`/subscribe ${ok} UTC`)).kind).toBe('info');

    // A subscription stored before the rule (or by another tool) is still shown and scheduled.
    await store.subscriptions.upsert({ platform: 'slack', channelId: 'C2', guildId: 'G1', schedule: '* * * * *', timeZone: 'UTC', createdBy: 'U1', filter: null }, clock.now());
    const old = await line('/subscriptions', 'C2');
    expect(old.text).toMatch(/^This channel gets a news digest /);
    expect(old.fields?.find((f) => f.name === 'Next digest')?.value).toBe('Fri 27 Mar 2026, 10:01 UTC');
  });

  it('NEWSBRIEF_MIN_DIGEST_MINUTES sets the shortest time between digests', async () => {
    const daily = setup({ env: { NEWSBRIEF_MIN_DIGEST_MINUTES: '1440' } });
    expect((await daily.line('/subscribe 0 8,20 * * *')).text).toBe(
      '"0 8,20 * * *" would post a digest every 12 hours, too often for a channel: at most one digest every 24 hours is allowed; give a daily time like 08:00 or a cron.',
    );
    expect((await daily.line('/subscribe 08:00')).kind).toBe('info');
    const often = setup({ env: { NEWSBRIEF_MIN_DIGEST_MINUTES: '15' } });
    expect((await often.line('/subscribe */15 * * * *')).kind).toBe('info');
    expect(() => parseConfig({ NEWSBRIEF_MIN_DIGEST_MINUTES: '0' })).toThrow(/NEWSBRIEF_MIN_DIGEST_MINUTES: expected a whole number from 1 to 1440, got "0"/);
  });

  it('only people the platform lets manage the channel may subscribe or unsubscribe; anyone may look', async () => {
    const member = setup({ platform: 'discord', manage: false });
    const refused = await member.line('/subscribe 08:00');
    expect(refused.text).toBe('Only people who may manage this channel can change its digest schedule.');
    expect(await member.store.subscriptions.list()).toEqual([]);
    expect((await member.line('/subscriptions')).text).toMatch(/no news digest subscription/);

    const admin = setup({ platform: 'discord', manage: true });
    expect((await admin.line('/subscribe 08:00')).kind).toBe('info');
    expect((await admin.line('/unsubscribe')).text).toMatch(/^Unsubscribed/);
    // The rule is the same on every platform: a Slack guest (canManageChannel false) is refused too.
    const guest = setup({ platform: 'slack', manage: false });
    expect((await guest.line('/subscribe 08:00')).kind).toBe('error');
    expect(await guest.store.subscriptions.list()).toEqual([]);
    expect((await setup({ platform: 'slack', manage: true }).line('/subscribe 08:00')).kind).toBe('info');
  });

  it('refuses a channel the bot cannot post to, and puts back the schedule it had', async () => {
    const fresh = setup({ platform: 'discord', manage: true });
    fresh.state.forbidden.add('C1');
    const r = await fresh.line('/subscribe 08:00');
    expect(r.kind).toBe('error');
    expect(r.text).toBe(
      'I cannot post in this channel (missing_access), so it was not subscribed: give me the View Channel and Send Messages permissions here and try again.',
    );
    expect(await fresh.store.subscriptions.list()).toEqual([]);

    const existing = setup({ platform: 'slack' });
    await existing.line('/subscribe 09:15 UTC');
    const before = await existing.store.subscriptions.get('slack', 'C1');
    existing.state.forbidden.add('C1');
    expect((await existing.line('/subscribe 10:00 UTC')).text).toMatch(/^I cannot post in this channel .* invite me with \/invite and try again\.$/);
    expect(await existing.store.subscriptions.get('slack', 'C1')).toEqual(before);
  });

  it('shows how the last digest went', async () => {
    const { line, store, clock } = setup({ withPoster: false });
    expect((await line('/subscribe 09:00 UTC')).ephemeral).toBe(false); // nobody else was told: the reply is public
    const sub = (await store.subscriptions.get('slack', 'C1'))!;
    await store.runs.claim({ subscriptionId: sub.id, slot: '2026-03-28T09:00:00.000Z', owner: 'x', leaseUntil: '2026-03-28T09:10:00.000Z', articleIds: ['a'], more: 0, late: false }, clock.now());
    await store.runs.finish(sub.id, '2026-03-28T09:00:00.000Z', 'x', 'failed', 'not_in_channel: posting to Slack channel C1 failed', clock.now());
    clock.set('2026-03-28T10:00:00Z');
    const info = await line('/subscriptions');
    expect(info.fields?.find((f) => f.name === 'Last digest')?.value).toBe('Sat 28 Mar 2026, 09:00 UTC: failed (not_in_channel: posting to Slack channel C1 failed)');
    expect(info.fields?.find((f) => f.name === 'Next digest')?.value).toBe('Sun 29 Mar 2026, 09:00 UTC');
  });

  it('completes time zones for Discord autocomplete', async () => {
    const { ctx } = setup({ platform: 'discord' });
    const cmd = findCommand('subscribe')!;
    const got = await cmd.complete!(ctx(), 'timezone', 'new_y');
    expect(got).toEqual([{ name: 'America/New_York', value: 'America/New_York' }]);
    expect((await cmd.complete!(ctx(), 'timezone', '')).length).toBe(25);
  });
});
