/**
 * A platform added without touching shared code: tests/platforms/testchat/ (an adapter, a
 * renderer and its registry line) runs /brief, /ask, the "Ask a question" button with its
 * prompt, /subscribe and a scheduled digest through the real app (createApp, SQLite, the
 * scheduler on a fake clock), exactly as Discord and Slack do.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { FakeClock } from '../fakes/scheduler-rig.ts';
import { testChat, unregisterTestChat, type TestChatAdapter } from './testchat/index.ts';

const SEED_ID = '000_96cf53ebe954ef7b';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-testchat-'));
const clock = new FakeClock(new Date('2026-07-01T05:00:00Z')); // 06:00 in London (BST)
let app: App;
let chat: TestChatAdapter;

beforeAll(async () => {
  testChat.enabled = true;
  const config = parseConfig({ NEWSBRIEF_BRIEFINGS: 'briefings', NEWSBRIEF_DB: path.join(tmp, 'newsbrief.db') });
  app = await createApp({ config, log: pino({ level: 'silent' }), now: clock.now });
  await app.start();
  chat = testChat.adapter!;
});
afterAll(async () => {
  await app?.stop();
  unregisterTestChat();
  testChat.enabled = false;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a platform registered from tests/ only', () => {
  it('is the one platform started (the console stays off, as with Discord or Slack configured)', () => {
    expect(app.adapters.map((a) => a.platform)).toEqual(['testchat']);
    expect(app.router.has('testchat')).toBe(true);
  });

  it('/brief posts a briefing with an "Ask a question" button; /ask answers about it', async () => {
    const [briefing] = await chat.command('brief', SEED_ID, { channelId: 'C1' });
    expect(briefing.ephemeral).toBe(false);
    expect(briefing.text).toContain('# Xi says China to deepen all-round cooperation with Kyrgyzstan');
    expect(briefing.buttons).toEqual([`ask:${SEED_ID}`]);
    const [answer] = await chat.command('ask', 'Who did Xi meet?', { channelId: 'C1' });
    expect(answer.text).toContain('Zhaparov');
  });

  it('the button opens a prompt with the one question limit; its answer goes in the thread, which then follows the article', async () => {
    const briefing = chat.posts.find((p) => p.buttons.length && p.channelId === 'C1')!;
    const prompt = chat.press(briefing, briefing.buttons[0])!;
    expect(prompt).toMatchObject({ title: 'Ask about this article', maxLength: 500, articleId: SEED_ID, threadId: briefing.id });
    const [answer] = await chat.submit(prompt, 'Who did Xi meet?');
    expect(answer).toMatchObject({ channelId: 'C1', threadId: briefing.id, ephemeral: false });
    expect(answer.text).toContain('Zhaparov');
    // A later /ask in that thread, naming no article, is about the same one.
    const [again] = await chat.command('ask', 'Where did they meet?', { channelId: 'C1', threadId: briefing.id });
    expect(again.ephemeral).toBe(false);
    expect(again.text).toContain('Beijing');
  });

  it('/subscribe, then the scheduled digest arrives at 08:00 London time and /ask searches its stories', async () => {
    const [reply] = await chat.command('subscribe', '08:00 Europe/London', { channelId: 'C2' });
    expect(reply.text).toContain('daily at 08:00 (Europe/London)');
    const before = chat.posts.filter((p) => p.channelId === 'C2').length;
    await app.scheduler.tick(clock.set('2026-07-01T06:59:00Z'));
    expect(chat.posts.filter((p) => p.channelId === 'C2').length).toBe(before);
    const report = await app.scheduler.tick(clock.set('2026-07-01T07:00:00Z'));
    expect(report.posted.length).toBe(1);
    const digest = chat.posts.filter((p) => p.channelId === 'C2').at(-1)!;
    expect(digest.text).toContain('# News digest');
    expect(digest.text).toContain('Xi says China to deepen all-round cooperation with Kyrgyzstan');
    const [answer] = await chat.command('ask', 'Who did Xi meet?', { channelId: 'C2' });
    expect(answer.text).toContain('Zhaparov');
  });
});
