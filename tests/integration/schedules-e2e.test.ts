/**
 * Schedules end to end with the real adapters: real discord.js against the fake Discord and
 * real Bolt against the fake Slack, a real SQLite file, the scheduler on a fake clock.
 * /subscribe, the digest arriving at the due local time, /subscriptions, /unsubscribe; a
 * channel the bot cannot post to; and a digest the platform accepted from a process that died
 * before recording it is not posted twice (Discord nonce, Slack history metadata).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { SlackAdapter } from '../../src/adapters/slack/index.ts';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { DigestScheduler } from '../../src/scheduler/scheduler.ts';
import { dedupeKey } from '../../src/scheduler/slot-key.ts';
import type { Services } from '../../src/services.ts';
import { createSqliteStore, type SqliteStore } from '../../src/store/sqlite.ts';
import { loadStoreLibrary } from '../../src/sources/store-library.ts';
import { startDiscordHarness, type DiscordHarness } from '../e2e/discord-harness.ts';
import { FakeSlack } from '../fakes/slack-server.ts';
import { FakeClock, seedArticles } from '../fakes/scheduler-rig.ts';

const SEED_ID = '000_96cf53ebe954ef7b';
const SEED_TITLE = fs.readFileSync(`briefings/${SEED_ID}.txt`, 'utf8').split('\n')[0].trim();
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-sched-e2e-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Everything a message shows, with the renderers' Markdown escapes removed. */
function text(x: unknown): string {
  return JSON.stringify(x).replace(/\\\\(.)/g, '$1');
}

async function sqliteServices(base: Services, name: string, clock: FakeClock): Promise<Services> {
  const store = createSqliteStore(path.join(tmp, name, 'newsbrief.db'));
  const library = await loadStoreLibrary(store.articles, 'briefings', log, clock.now);
  await seedArticles(store, 3, 0, new Date('2020-01-01T00:00:00Z')); // older than the seed article
  return { ...base, store, library, now: clock.now };
}

describe('schedules on Discord (real discord.js, fake Discord)', () => {
  const clock = new FakeClock(new Date('2026-07-01T05:00:00Z')); // 06:00 in London (BST)
  let h: DiscordHarness;
  let store: SqliteStore;
  const scheduler = () => new DigestScheduler({ store, adapters: [h.adapter], log, catchUpHours: 6, now: clock.now });

  beforeAll(async () => {
    h = await startDiscordHarness({ services: (base) => sqliteServices(base, 'discord', clock) });
    store = h.services.store as SqliteStore;
    h.services.postToChannel = (_platform, channelId, message, options) => h.adapter.post(channelId, message, options);
  });
  afterAll(async () => {
    await h?.close();
    await store?.close();
  });

  it('lets only members with Manage Channels subscribe', async () => {
    const reply = await h.fake.slashCommand('subscribe', { time: '08:00', timezone: 'Europe/London' }).waitForReply();
    expect(text(reply)).toContain('Only people who may manage this channel can change its digest schedule.');
    expect(await store.subscriptions.list()).toEqual([]);
  });

  it('/subscribe, the digest at 08:00 London time with a nonce, /subscriptions, /unsubscribe', async () => {
    const channel = h.fake.channelId;
    // Messages the bot posted in the channel itself (not replies to commands).
    const posts = () => h.fake.channelMessages(channel).filter((m) => !(m as { interaction_id?: string }).interaction_id);
    const reply = await h.fake.slashCommand('subscribe', { time: '08:00', timezone: 'Europe/London' }, { manageChannels: true }).waitForReply();
    expect(text(reply)).toContain('Subscribed: this channel gets a news digest daily at 08:00 (Europe/London)');
    expect(text(reply)).toContain('Wed 1 Jul 2026, 08:00 BST');
    expect(text(posts())).toContain('News digest subscribed');
    const before = posts().length;

    const s = scheduler();
    await s.start({ live: false });
    await s.tick(clock.set('2026-07-01T06:59:00Z'));
    expect(posts().length).toBe(before);
    const report = await s.tick(clock.set('2026-07-01T07:00:00Z')); // 08:00 BST
    expect(report.posted.length).toBe(1);
    const posted = posts().slice(before);
    expect(posted.length).toBe(1);
    expect(text(posted[0])).toContain(SEED_TITLE);
    expect(text(posted[0])).toContain('News digest');
    const create = h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`).at(-1)!;
    expect(create.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect(typeof (create.body as { nonce?: unknown }).nonce).toBe('string');
    await s.tick(clock.set('2026-07-01T07:01:00Z'));
    expect(posts().length).toBe(before + 1);

    const info = await h.fake.slashCommand('subscriptions').waitForReply();
    expect(text(info)).toContain('Thu 2 Jul 2026, 08:00 BST');
    expect(text(info)).toMatch(/Wed 1 Jul 2026, 08:00 BST: posted \(\d+ articles?\)/);

    const bye = await h.fake.slashCommand('unsubscribe', {}, { manageChannels: true }).waitForReply();
    expect(text(bye)).toContain('Unsubscribed');
    await s.tick(clock.set('2026-07-02T07:00:00Z'));
    expect(posts().length).toBe(before + 1);
  });

  it('refuses a channel the bot cannot post to and keeps nothing', async () => {
    h.fake.failNext({ method: 'POST', path: `/channels/${h.fake.channelId}/messages`, status: 403 });
    const reply = await h.fake.slashCommand('subscribe', { time: '09:00' }, { manageChannels: true }).waitForReply();
    expect(text(reply)).toContain('I cannot post in this channel (discord_forbidden), so it was not subscribed');
    expect(await store.subscriptions.list()).toEqual([]);
  });

  it('does not repost a digest Discord accepted from a process that died before recording it', async () => {
    const channel = h.fake.channelId;
    const { subscription: sub } = await store.subscriptions.upsert(
      { platform: 'discord', channelId: channel, guildId: h.fake.guildId, schedule: '0 9 * * *', timeZone: 'UTC', createdBy: 'u' },
      clock.set('2026-07-03T08:00:00Z'),
    );
    const slot = '2026-07-03T09:00:00.000Z';
    await store.runs.claim({ subscriptionId: sub.id, slot, owner: 'newsbrief', leaseUntil: '2026-07-03T09:10:00.000Z', articleIds: ['story-2'], more: 0, late: false }, clock.set(slot));
    // The dead process's post, which Discord accepted.
    await h.adapter.post(channel, { kind: 'digest', title: 'News digest', text: 'first copy' }, { dedupeKey: dedupeKey(sub.id, slot) });
    const count = h.fake.channelMessages(channel).length;
    clock.set('2026-07-03T09:02:00Z');
    const report = await scheduler().start({ live: false });
    expect(report.posted).toEqual([`${sub.id}@${slot}`]);
    expect(h.fake.channelMessages(channel).length).toBe(count);
    expect(await store.runs.get(sub.id, slot)).toMatchObject({ status: 'posted', attempts: 2 });
    expect(await store.sent.wasSent(`discord:${channel}`, 'story-2')).toBe(true);
  });
});

describe('schedules on Slack (real Bolt, fake Slack)', () => {
  const clock = new FakeClock(new Date('2026-01-15T12:00:00Z')); // 07:00 in New York (EST)
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let services: Services;
  let store: SqliteStore;
  let eventsUrl: string;
  const scheduler = () => new DigestScheduler({ store, adapters: [adapter], log, catchUpHours: 6, now: clock.now });
  const command = async (name: string, args: string, channel: string) => {
    const cmd = fake.slashCommand(name, args, { channel_id: channel });
    expect((await fake.deliverHttp(eventsUrl, cmd)).status).toBe(200);
    return (await fake.waitForResponse(FakeSlack.responseId(cmd))).body;
  };

  beforeAll(async () => {
    fake = await FakeSlack.start();
    const config = parseConfig({
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: fake.signingSecret,
      SLACK_PORT: '0',
      SLACK_API_URL: fake.apiUrl,
      NEWSBRIEF_TZ: 'America/New_York',
    });
    services = await sqliteServices({ config } as Services, 'slack', clock);
    store = services.store as SqliteStore;
    adapter = new SlackAdapter({ services, commands, logger: log, host: '127.0.0.1', retryConfig: { retries: 0 } });
    services.postToChannel = (_platform, channelId, message, options) => adapter.post(channelId, message, options);
    await adapter.start();
    eventsUrl = `http://127.0.0.1:${adapter.port ?? 0}/slack/events`;
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    await store?.close();
  });

  it('/subscribe from the text line, the digest at 08:00 New York time with metadata, /subscriptions, /unsubscribe', async () => {
    const r = await command('/subscribe', '0 8 * * 1-5', 'C0NEWS'); // default zone: NEWSBRIEF_TZ
    expect(r.response_type).toBe('ephemeral');
    expect(r.text).toContain('Subscribed: this channel gets a news digest on cron "0 8 * * 1-5" (America/New_York). The next one is due Thu 15 Jan 2026, 08:00 GMT-5.');
    expect(fake.messagesIn('C0NEWS').map((m) => m.text).join(' ')).toContain('News digest subscribed');

    const s = scheduler();
    await s.start({ live: false });
    const report = await s.tick(clock.set('2026-01-15T13:00:00Z')); // 08:00 EST
    expect(report.posted.length).toBe(1);
    const digest = fake.messagesIn('C0NEWS').at(-1)!;
    expect(text(digest.blocks)).toContain(SEED_TITLE);
    const sub = (await store.subscriptions.get('slack', 'C0NEWS'))!;
    expect(text(digest.metadata)).toContain(dedupeKey(sub.id, '2026-01-15T13:00:00.000Z'));

    const info = await command('/subscriptions', '', 'C0NEWS');
    expect(text(info)).toContain('Fri 16 Jan 2026, 08:00 GMT-5');
    // Saturday and Sunday are not weekdays: nothing is posted.
    const count = fake.messagesIn('C0NEWS').length;
    await s.tick(clock.set('2026-01-17T13:00:00Z'));
    await s.tick(clock.set('2026-01-18T13:00:00Z'));
    expect(fake.messagesIn('C0NEWS').length).toBe(count);

    const bye = await command('/unsubscribe', '', 'C0NEWS');
    expect(bye.text).toContain('Unsubscribed');
    await s.tick(clock.set('2026-01-19T13:00:00Z'));
    expect(fake.messagesIn('C0NEWS').length).toBe(count);
  });

  it('refuses bad input and a channel the bot is not in, in one line, keeping the stored schedule', async () => {
    expect((await command('/subscribe', '61 * * * *', 'C0BAD')).text).toBe('"61 * * * *" is not a valid schedule: 61 is not a valid minute (0-59).');
    expect((await command('/subscribe', '08:00 Mars/Olympus', 'C0BAD')).text).toBe(
      '"Mars/Olympus" is not a valid IANA time zone (for example Europe/London or America/New_York).',
    );
    fake.channelsWithoutBot.add('C0NOBOT');
    const r = await command('/subscribe', '08:00', 'C0NOBOT');
    expect(r.text).toBe('I cannot post in this channel (not_in_channel), so it was not subscribed: invite me with /invite and try again.');
    expect(await store.subscriptions.get('slack', 'C0NOBOT')).toBeNull();
    expect(await store.subscriptions.get('slack', 'C0BAD')).toBeNull();
  });

  it('does not repost a digest Slack accepted from a process that died before recording it', async () => {
    const { subscription: sub } = await store.subscriptions.upsert(
      { platform: 'slack', channelId: 'C0CRASH', guildId: null, schedule: '0 9 * * *', timeZone: 'UTC', createdBy: 'u' },
      clock.set('2026-01-20T08:00:00Z'),
    );
    const slot = '2026-01-20T09:00:00.000Z';
    await store.runs.claim({ subscriptionId: sub.id, slot, owner: 'newsbrief', leaseUntil: '2026-01-20T09:10:00.000Z', articleIds: ['story-1'], more: 0, late: false }, clock.set(slot));
    await adapter.post('C0CRASH', { kind: 'digest', title: 'News digest', text: 'first copy' }, { dedupeKey: dedupeKey(sub.id, slot) });
    clock.set('2026-01-20T09:03:00Z');
    const report = await scheduler().start({ live: false });
    expect(report.posted).toEqual([`${sub.id}@${slot}`]);
    expect(fake.messagesIn('C0CRASH').map((m) => m.text)).toHaveLength(1);
    expect(fake.callsOf('conversations.history').length).toBeGreaterThanOrEqual(1);
    expect(await store.runs.get(sub.id, slot)).toMatchObject({ status: 'posted' });
  });
});
