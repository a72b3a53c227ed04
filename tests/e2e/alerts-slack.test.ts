/**
 * Live alerts end to end on Slack: the real app (createApp, SQLite, the feed poller on a fake
 * clock, the real Bolt over HTTP) against the fake Slack, with feeds served on 127.0.0.1. Slash
 * commands are typed as a member would; a poll (run directly, as a poll interval passing) brings
 * the stories. A followed story is posted once within that poll; another topic or a passing
 * mention is not; two follows give one post naming both; the same story from a second feed is a
 * reply in the first alert's thread (thread_ts); a ping set by a full member pings that user
 * group alone, and a guest's is refused in one sentence; a ping may name the group by handle.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../src/adapters/slack/index.ts';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { FakeClock } from '../fakes/scheduler-rig.ts';
import { FakeSlack } from '../fakes/slack-server.ts';
import { bishkek, event, rss, FERRY, GOLD, GOLD_AGAIN, startAlertFeeds, WHEAT, type AlertFeeds, pollRound } from './alert-feeds.ts';
import { parseFeed } from '../../src/sources/feed.ts';

const GROUP = 'S0NEWSDESK';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-alerts-slack-'));
const clock = new FakeClock(new Date('2026-03-02T08:01:00Z'));
let feeds: AlertFeeds;
let slack: FakeSlack;
let app: App;
let eventsUrl: string;

/** One poll interval later: the poller's round and the alerts it started. */
const poll = () => pollRound(clock, app);
/** Every text in a message's blocks, in order. */
function textsOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(textsOf);
  if (!v || typeof v !== 'object') return [];
  const o = v as Record<string, unknown>;
  return [...(typeof o.text === 'string' ? [o.text] : []), ...Object.entries(o).filter(([k]) => k !== 'text' || typeof o.text !== 'string').flatMap(([, x]) => textsOf(x))];
}
/** Run a slash command as `user` in `channel`; the answer's text. */
async function slash(command: string, text: string, channel: string, user = 'U0MEMBER'): Promise<string> {
  const cmd = slack.slashCommand(command, text, { channel_id: channel, user_id: user });
  await slack.deliverHttp(eventsUrl, cmd);
  const reply = await slack.waitForResponse(FakeSlack.responseId(cmd));
  // The fallback text is the whole answer (the blocks say the same).
  return reply.body.text ?? textsOf(reply.body.blocks ?? []).join('\n');
}
/** What the bot posted in a channel itself (top level, not thread replies). */
const posted = (channel: string) => slack.messages.filter((m) => m.channel === channel && m.threadTs === null);
const shown = (m: { text: string; blocks: unknown }) => [m.text, ...textsOf(m.blocks)].join('\n');

beforeAll(async () => {
  feeds = await startAlertFeeds();
  slack = await FakeSlack.start();
  fs.mkdirSync(path.join(tmp, 'lib'));
  const config = parseConfig({
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_SIGNING_SECRET: slack.signingSecret,
    SLACK_PORT: '0',
    SLACK_API_URL: slack.apiUrl,
    NEWSBRIEF_BRIEFINGS: path.join(tmp, 'lib'),
    NEWSBRIEF_DB: path.join(tmp, 'newsbrief.db'),
    NEWSBRIEF_ALLOW_PRIVATE_URLS: 'true',
  });
  app = await createApp({ config, log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), now: clock.now });
  await app.start();
  // The feed parser's worker threads start on first use (seconds on a loaded machine): started
  // here, so the first /sources add is timed as a bot that has been running a while.
  await parseFeed(rss('warm-up', []), 'http://127.0.0.1/');
  eventsUrl = `http://127.0.0.1:${(app.adapters[0] as SlackAdapter).port}/slack/events`;
});
afterAll(async () => {
  await app?.stop();
  await slack?.close();
  await feeds?.site.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('live alerts on Slack', () => {
  it('/follow a topic, then one poll posts the story about it once, naming both follows; passing mentions and other topics get nothing', async () => {
    expect(await slash('/sources', `add ${feeds.wireUrl}`, 'C0NEWS')).toContain('Now following "Example Wire"');
    expect(await slash('/follow', 'Kyrgyzstan', 'C0NEWS')).toContain('Following "Kyrgyzstan" here');
    await slash('/follow', 'Kumtor', 'C0NEWS');
    feeds.wire.push(GOLD, WHEAT, FERRY);
    await poll();
    await poll(); // nothing new: nothing again
    const news = posted('C0NEWS');
    expect(news).toHaveLength(1);
    expect(shown(news[0])).toContain(GOLD.title);
    expect(shown(news[0])).toMatch(/Topics:?\*?\s*Kyrgyzstan, Kumtor/);
    expect(slack.messages.filter((m) => m.channel !== 'C0NEWS')).toEqual([]);
  });

  it('the same story from a second feed is a reply in the first alert’s thread', async () => {
    await slash('/sources', `add ${feeds.otherUrl}`, 'C0NEWS');
    feeds.other.push(GOLD_AGAIN);
    await poll();
    const [alert, ...more] = posted('C0NEWS');
    expect(more).toEqual([]);
    const replies = slack.messages.filter((m) => m.threadTs === alert.ts);
    expect(replies).toHaveLength(1);
    expect(replies[0].channel).toBe('C0NEWS');
    expect(shown(replies[0])).toContain('Also reported by Other News');
  });

  it('a guest’s ping is refused in one sentence; a member’s pings that user group alone', async () => {
    slack.users.set('U0GUEST', { is_restricted: true });
    const refused = await slash('/follow', `Bishkek ping:<!subteam^${GROUP}|@desk>`, 'C0CITY', 'U0GUEST');
    expect(refused.trim()).toBe('Only people who may manage this channel can make alerts ping a role or group.');
    expect(await app.alerts.alerts.follows('slack', 'C0CITY')).toEqual([]);

    expect(await slash('/follow', `Bishkek ping:<!subteam^${GROUP}|@desk>`, 'C0CITY')).toContain('Each alert pings');
    feeds.wire.push(bishkek('Residents were told <!here> and <!subteam^S0OTHER> should ride it, <@U0BOSS> said.'));
    await poll();
    const [alert, ...more] = posted('C0CITY');
    expect(more).toEqual([]);
    expect(shown(alert)).toContain('Bishkek opens its first metro line');
    expect(alert.pings).toEqual([`subteam:${GROUP}`]);
  });

  it('a ping typed as a user group handle (@desk) is found in the workspace; an unknown one is refused in one line', async () => {
    slack.userGroups.push({ id: GROUP, handle: 'desk', name: 'News desk' });
    expect(await slash('/follow', 'Kumtor ping:@desk', 'C0CITY')).toContain('Each alert pings');
    expect((await app.alerts.alerts.follows('slack', 'C0CITY')).find((f) => f.topic === 'Kumtor')?.ping).toBe(GROUP);
    expect((await slash('/follow', 'Kumtor ping:@nobody', 'C0CITY')).trim()).toBe(
      'This workspace has no user group @nobody: check its handle in Slack (People › User groups), or give its ID (S…).',
    );
  });

  it('25 stories about a followed topic in one hour: 10 alerts, then one roll-up when the hour ends', async () => {
    clock.set('2026-03-02T10:00:00Z');
    for (let i = 1; i <= 25; i++) feeds.wire.push(event(i, 120 + i));
    clock.set('2026-03-02T10:30:00Z');
    const before = posted('C0NEWS').length;
    await app.sources.poller.pollDue();
    await app.alerts.idle();
    const fresh = () => posted('C0NEWS').slice(before);
    expect(fresh()).toHaveLength(10);
    clock.set('2026-03-02T11:00:10Z');
    await app.alerts.tick();
    expect(fresh()).toHaveLength(11);
    expect(shown(fresh()[10])).toMatch(/And 15 more stories about Kyrgyzstan this hour/);
  });
});
