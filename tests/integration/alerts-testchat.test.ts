/**
 * Live alerts end to end on the test-only platform: the real app (createApp, SQLite, the feed
 * poller on a fake clock) polls feeds served on 127.0.0.1, and /follow, /sources add … live,
 * /follows and /unfollow run as a user would type them. A followed story is posted once within
 * one poll; other topics and passing mentions are not; two follows give one post naming both;
 * the same story from a second feed is an update of the first alert; 25 stories in an hour give
 * 10 alerts and one roll-up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { FakeClock } from '../fakes/scheduler-rig.ts';
import { testChat, unregisterTestChat, type TestChatAdapter } from '../platforms/testchat/index.ts';
import { event, GOLD_AGAIN, startAlertFeeds, WHEAT, type AlertFeeds, pollRound } from '../e2e/alert-feeds.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-alerts-it-'));
const clock = new FakeClock(new Date('2026-03-02T08:01:00Z'));
let feeds: AlertFeeds;
let app: App;
let chat: TestChatAdapter;

/** One poll interval later, the poller's round, and the alerts it started. */
const poll = () => pollRound(clock, app);
/** Command replies, told apart from what the bot posts on its own. */
const replies = new Set<string>();
async function command(name: string, text: string, channelId: string) {
  const out = await chat.command(name, text, { channelId });
  for (const p of out) replies.add(p.id);
  return out;
}
/** What the bot posted in a channel on its own (alerts, roll-ups). */
const inChannel = (c: string) => chat.posts.filter((p) => p.channelId === c && !replies.has(p.id));

beforeAll(async () => {
  // The wire starts with one old story: already in the feed when it is added, never posted live.
  feeds = await startAlertFeeds();
  fs.mkdirSync(path.join(tmp, 'lib'));
  testChat.enabled = true;
  const config = parseConfig({ NEWSBRIEF_BRIEFINGS: path.join(tmp, 'lib'), NEWSBRIEF_DB: path.join(tmp, 'newsbrief.db'), NEWSBRIEF_ALLOW_PRIVATE_URLS: 'true' });
  app = await createApp({ config, log: pino({ level: 'silent' }), now: clock.now });
  await app.start();
  chat = testChat.adapter!;
});
afterAll(async () => {
  await app?.stop();
  unregisterTestChat();
  testChat.enabled = false;
  await feeds?.site.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('live alerts on the test platform', () => {
  it('/follow and /sources add answer in one message; /follows lists them', async () => {
    const [added] = await command('sources', `add ${feeds.wireUrl}`, 'FEEDS');
    expect(added.text).toContain('Now following "Example Wire"');
    const [followed] = await command('follow', 'Kyrgyzstan', 'C1');
    expect(followed.text).toContain('Following "Kyrgyzstan" here: each new story about it from this server’s feeds is posted in this channel as it arrives');
    await command('follow', 'Kumtor', 'C1');
    await command('follow', 'Bank of England quiet:bedtime', 'C2').then(([m]) => expect(m.text).toBe('"bedtime" is not a quiet-hours window: write it like quiet:22:00-07:00 (or quiet:off).'));
    await command('follow', 'Bank of England', 'C2');
    const [list] = await command('follows', '', 'C1');
    expect(list.text).toContain('This channel follows 2 topics.');
    expect(list.text).toContain('## Kyrgyzstan\nNo story has matched yet');
    expect(inChannel('C1').filter((p) => p.text.startsWith('# Kyrgyzstan budget'))).toEqual([]);
  });

  it('posts a followed story once within one poll, naming both topics it matched; other topics and passing mentions get nothing', async () => {
    feeds.wire.push(event(0, 1));
    feeds.wire.push(WHEAT);
    await poll();
    await poll(); // nothing new: nothing posted again
    const c1 = inChannel('C1');
    expect(c1.map((p) => p.text.split('\n')[0])).toEqual(['# Kyrgyzstan opens a gold mine at Kumtor']);
    expect(c1[0].text).toContain('Topics: Kyrgyzstan, Kumtor');
    expect(c1[0].buttons).toEqual([expect.stringMatching(/^ask:/)]);
    expect(inChannel('C2').filter((p) => p.text.startsWith('# Kyrgyzstan'))).toEqual([]);
    const [list] = await command('follows', '', 'C1');
    expect(list.text).toContain('## Kyrgyzstan\nLast matched Mon 2 Mar 2026, 08:16');
  });

  it('the same story from a second feed is posted as an update of the first alert', async () => {
    await command('sources', `add ${feeds.otherUrl}`, 'FEEDS');
    feeds.other.push(GOLD_AGAIN);
    await poll();
    const c1 = inChannel('C1');
    expect(c1.map((p) => p.text.split('\n')[0])).toEqual(['# Kyrgyzstan opens a gold mine at Kumtor', '# Update: Kyrgyzstan restarts gold output at Kumtor mine']);
    expect(c1[1].text).toContain('Also reported by Other News:');
  });

  it('a live feed with filters posts only the stories that pass', async () => {
    const [live] = await command('sources', `add ${feeds.otherUrl} live include:central bank exclude:opinion`, 'LIVE');
    expect(live.text).toContain('Live: every new story from it is posted in this channel as it arrives (only stories mentioning "central bank", none mentioning "opinion").');
    feeds.other.push(
      { id: 'cb1', title: 'Central bank holds rates', paras: ['The central bank of Chile held its main rate at 5 percent on Tuesday.'], minute: 70 },
      { id: 'cb2', title: 'Opinion: the central bank is too timid', paras: ['The central bank should have cut, this columnist argues.'], minute: 71 },
      { id: 'fb1', title: 'Football club signs striker', paras: ['The club signed a striker from Spain for an undisclosed fee.'], minute: 72 },
    );
    await poll();
    expect(inChannel('LIVE').map((p) => p.text.split('\n')[0])).toEqual(['# Central bank holds rates']);
  });

  it('25 matching stories in an hour give 10 alerts and one roll-up; /unfollow stops them', async () => {
    clock.set('2026-03-02T10:00:00Z');
    await command('follow', 'Kyrgyzstan', 'STORM');
    for (let i = 1; i < 25; i++) feeds.wire.push(event(i, 120 + i));
    feeds.wire.push({ ...event(0, 145), id: 'ev0-again', title: 'Kyrgyzstan gold: Kumtor mine output resumes' });
    clock.set('2026-03-02T10:05:00Z');
    await app.sources.poller.pollDue();
    await app.alerts.idle();
    const alerts = () => inChannel('STORM');
    expect(alerts()).toHaveLength(10);
    clock.set('2026-03-02T11:00:10Z');
    await app.alerts.tick();
    expect(alerts()).toHaveLength(11);
    expect(alerts()[10].text).toMatch(/^# And 1[45] more stories about Kyrgyzstan this hour/);
    await command('unfollow', 'kyrgyzstan', 'STORM').then(([m]) => expect(m.text).toContain('Stopped following "Kyrgyzstan" here.'));
    await command('unfollow', 'Kyrgyzstan', 'STORM').then(([m]) => expect(m.text).toContain('This channel does not follow "Kyrgyzstan": see /follows.'));
  });
});
