/**
 * Live alerts end to end on Discord: the real app (createApp, SQLite, the feed poller on a fake
 * clock, the real discord.js) against the fake Discord, with feeds served on 127.0.0.1. Slash
 * commands are typed as a member would; a poll (run directly, as a poll interval passing) brings
 * the stories. A followed story is posted once within that poll; another topic or a passing
 * mention is not; two follows give one post naming both; the same story from a second feed goes
 * in the first alert's thread; a ping set by someone who may manage the channel pings that role
 * alone, and is refused in one sentence for anyone else; 25 stories in an hour give 10 alerts
 * and one roll-up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { startFakeDiscord, type FakeDiscord, type FakeMessage } from '../fakes/discord-server.ts';
import { MEMBER_PERMISSIONS } from '../fakes/discord-state.ts';
import { FakeClock } from '../fakes/scheduler-rig.ts';
import { bishkek, event, rss, FERRY, GOLD, GOLD_AGAIN, startAlertFeeds, WHEAT, type AlertFeeds, pollRound } from './alert-feeds.ts';
import { parseFeed } from '../../src/sources/feed.ts';

const TOKEN = 'alerts-test-token';
const ROLE = '444444444444444444';
const OTHER_ROLE = '555555555555555555';
/** A member who may manage channels (Manage Channels). */
const MANAGER = { permissions: (MEMBER_PERMISSIONS | (1n << 4n)).toString() };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-alerts-discord-'));
const clock = new FakeClock(new Date('2026-03-02T08:01:00Z'));
let feeds: AlertFeeds;
let discord: FakeDiscord;
let app: App;
let general: string;
let news: string;

/** One poll interval later: the poller's round and the alerts it started. */
const poll = () => pollRound(clock, app);
/** The text a person sees of a reply or post. */
const shown = (m: FakeMessage) =>
  [m.content, ...m.embeds.flatMap((e) => [e.title, e.description, ...((e.fields ?? []) as { name: string; value: string }[]).flatMap((f) => [f.name, f.value]), (e.footer as { text?: string } | undefined)?.text])]
    .filter((x) => typeof x === 'string')
    .join('\n');
async function slash(name: string, options: Record<string, string | boolean>, where: { channelId: string; permissions?: string }): Promise<string> {
  const i = discord.slashCommand(name, options, where);
  // A public reply, or (an ephemeral answer after the "thinking…" defer) the first follow-up.
  const m = await Promise.any([i.waitForReply(), i.waitForFollowups(1).then(([f]) => f)]);
  return shown(m).replace(/\u200b/g, '');
}
/** What the bot posted in a channel on its own (not replies to commands). */
const posted = (channelId: string) => discord.channelMessages(channelId).filter((m) => !m.interaction_id && m.type === 0);
const titles = (channelId: string) => posted(channelId).map((m) => String(m.embeds[0]?.title ?? m.content.split('\n')[0]));

beforeAll(async () => {
  feeds = await startAlertFeeds();
  discord = await startFakeDiscord({ token: TOKEN });
  general = discord.channelId;
  news = discord.state.textChannels().find((c) => c.name === 'news')!.id;
  fs.mkdirSync(path.join(tmp, 'lib'));
  const config = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: discord.guildId,
    DISCORD_API_URL: discord.apiUrl,
    NEWSBRIEF_BRIEFINGS: path.join(tmp, 'lib'),
    NEWSBRIEF_DB: path.join(tmp, 'newsbrief.db'),
    NEWSBRIEF_ALLOW_PRIVATE_URLS: 'true',
  });
  app = await createApp({ config, log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), now: clock.now });
  await app.start();
  // The feed parser's worker threads start on first use (seconds on a loaded machine): started
  // here, so the first /sources add is timed as a bot that has been running a while.
  await parseFeed(rss('warm-up', []), 'http://127.0.0.1/');
});
afterAll(async () => {
  await app?.stop();
  await discord?.close();
  await feeds?.site.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('live alerts on Discord', () => {
  it('/follow a topic, then one poll posts the story about it once, naming both follows; passing mentions and other topics get nothing', async () => {
    expect(await slash('sources', { action: 'add', url: feeds.wireUrl }, { channelId: general, ...MANAGER })).toContain('Now following "Example Wire"');
    expect(await slash('follow', { topic: 'Kyrgyzstan' }, { channelId: general })).toContain('Following "Kyrgyzstan" here');
    await slash('follow', { topic: 'Kumtor' }, { channelId: general });
    feeds.wire.push(GOLD, WHEAT, FERRY);
    await poll();
    await poll(); // nothing new: nothing again
    expect(titles(general)).toEqual([GOLD.title]);
    expect(shown(posted(general)[0])).toContain('Topics\nKyrgyzstan, Kumtor');
    expect(titles(news)).toEqual([]);
  });

  it('the same story from a second feed lands in the thread of the first alert', async () => {
    await slash('sources', { action: 'add', url: feeds.otherUrl }, { channelId: general, ...MANAGER });
    feeds.other.push(GOLD_AGAIN);
    await poll();
    const [alert] = posted(general);
    expect(titles(general)).toEqual([GOLD.title]);
    const thread = discord.threadOf(alert.id);
    expect(thread?.parent_id).toBe(general);
    const inThread = discord.channelMessages(thread!.id);
    expect(inThread).toHaveLength(1);
    expect(shown(inThread[0])).toContain('Also reported by Other News');
  });

  it('a ping is refused in one sentence for a member who may not manage the channel; a manager’s pings that role alone', async () => {
    const refused = await slash('follow', { topic: 'Bishkek', ping: `<@&${ROLE}>` }, { channelId: news });
    expect(refused.trim()).toBe('Only people who may manage this channel can make alerts ping a role or group.');
    expect(await app.alerts.alerts.follows('discord', news)).toEqual([]);

    expect(await slash('follow', { topic: 'Bishkek', ping: `<@&${ROLE}>` }, { channelId: news, ...MANAGER })).toContain(`Each alert pings <@&${ROLE}>.`);
    feeds.wire.push(bishkek(`Residents were told @everyone should ride it, <@&${OTHER_ROLE}> said.`));
    await poll();
    const [alert, ...more] = posted(news);
    expect(more).toEqual([]);
    expect(String(alert.embeds[0]?.title)).toBe('Bishkek opens its first metro line');
    expect(alert.allowed_mentions).toEqual({ parse: [], roles: [ROLE] });
    expect({ everyone: alert.mention_everyone, roles: alert.mention_roles, users: alert.mentions }).toEqual({ everyone: false, roles: [ROLE], users: [] });
  });

  it('25 stories about a followed topic in one hour: 10 alerts, then one roll-up when the hour ends', async () => {
    clock.set('2026-03-02T10:00:00Z');
    for (let i = 1; i <= 25; i++) feeds.wire.push(event(i, 120 + i));
    clock.set('2026-03-02T10:30:00Z');
    const before = posted(general).length;
    await app.sources.poller.pollDue();
    await app.alerts.idle();
    const fresh = () => posted(general).slice(before);
    expect(fresh()).toHaveLength(10);
    clock.set('2026-03-02T11:00:10Z');
    await app.alerts.tick();
    expect(fresh()).toHaveLength(11);
    expect(shown(fresh()[10])).toMatch(/And 15 more stories about Kyrgyzstan this hour/);
  });
});
