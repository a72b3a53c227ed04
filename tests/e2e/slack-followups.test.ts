/**
 * Follow-up questions on Slack, through the real Bolt and a fake Slack: /ask, a mention in a
 * briefing's thread, a DM, the "Ask a question" button, and a mention over Socket Mode.
 * Each answer must be the one the `ask` command gives for that briefing's article.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { CommandContext } from '../../commands/types.ts';
import { createLogger } from '../../src/logger.ts';
import { renderSlack } from '../../src/render/slack.ts';
import type { Services } from '../../src/services.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { conversationKey } from '../../src/store/types.ts';
import { FakeSlack, type PostedMessage } from '../fakes/slack-server.ts';
import { blockedConnections } from '../setup/network-guard.ts';
import { startSlackHarness, type SlackHarness } from './slack-harness.ts';

const SEED_ID = '000_96cf53ebe954ef7b';
const ask = commands.find((c) => c.name === 'ask');

/**
 * What `/ask` says in a conversation about the seed article, run directly (outside Slack), as
 * Slack blocks.
 */
async function expectedAnswer(services: Services, question: string): Promise<{ blocks: unknown[]; text: string }> {
  if (!ask) throw new Error('no ask command');
  const store = createMemoryStore();
  // A conversation about the seed article, as after /brief.
  await store.conversations.setContext(conversationKey('slack', 'C0EXPECTED', null), SEED_ID);
  const ctx: CommandContext = {
    platform: 'slack',
    user: { id: 'U0TEST' },
    guildId: null,
    channelId: 'C0EXPECTED',
    threadId: null,
    canManageChannel: true,
    services: { ...services, store },
    log: createLogger('silent'),
  };
  const out = await ask.run(ctx, { question });
  const [m] = Array.isArray(out) ? out : [out];
  return renderSlack(m)[0];
}

/** The answer paragraph of an answer message (its first section), as shown in Slack. */
function answerText(blocks: Record<string, unknown>[]): string {
  const first = blocks.find((b) => b.type === 'section') as { text?: { text?: string } } | undefined;
  return first?.text?.text ?? '';
}

async function briefIn(h: SlackHarness, channel: string, deliver: (p: ReturnType<FakeSlack['slashCommand']>) => Promise<unknown>): Promise<PostedMessage> {
  await deliver(h.fake.slashCommand('/brief', '', { channel_id: channel }));
  const posted = await h.fake.waitForMessage((m) => m.channel === channel && m.threadTs === null);
  await h.adapter.whenIdle();
  return posted;
}

describe.skipIf(!ask)('Slack follow-up questions (HTTP mode)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness('http');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers /ask in the channel about the article briefed there, with the evidence span', async () => {
    await briefIn(h, 'C0ASK', (p) => h.fake.deliverHttp(h.eventsUrl, p));
    const question = 'Which railway will be built?';
    const cmd = h.fake.slashCommand('/ask', question, { channel_id: 'C0ASK' });
    expect((await h.fake.deliverHttp(h.eventsUrl, cmd)).status).toBe(200);
    const r = await h.fake.waitForResponse(FakeSlack.responseId(cmd));
    expect(r.body.response_type).toBe('in_channel');
    expect(r.body.blocks).toEqual((await expectedAnswer(h.services, question)).blocks);
    expect(answerText(r.body.blocks ?? [])).toContain('China-Kyrgyzstan-Uzbekistan railway');
    // The quoted evidence is the article's sentence about the railway.
    expect(JSON.stringify(r.body.blocks)).toContain('support the construction of the China-Kyrgyzstan-Uzbekistan railway');
  });

  it('refuses a question the article does not answer, quoting the closest passage', async () => {
    await briefIn(h, 'C0REFUSE', (p) => h.fake.deliverHttp(h.eventsUrl, p));
    const question = 'What is the population of Kyrgyzstan?';
    const cmd = h.fake.slashCommand('/ask', question, { channel_id: 'C0REFUSE' });
    expect((await h.fake.deliverHttp(h.eventsUrl, cmd)).status).toBe(200);
    const r = await h.fake.waitForResponse(FakeSlack.responseId(cmd));
    expect(r.body.blocks).toEqual((await expectedAnswer(h.services, question)).blocks);
    expect(answerText(r.body.blocks ?? [])).toMatch(/^The article does not say/);
    const shown = JSON.stringify(r.body.blocks);
    expect(shown).toContain('Closest passage');
    // The passage quoted is a sentence of the seed article.
    const quoted = /“([^”]+)”/.exec(shown)?.[1];
    expect(quoted).toBeDefined();
    expect(readFileSync(`briefings/${SEED_ID}.txt`, 'utf8').replace(/\s+/g, ' ')).toContain(quoted!.replace(/&amp;/g, '&'));
  });

  it('answers a mention in a briefing thread, in that thread, about that briefing', async () => {
    const briefing = await briefIn(h, 'C0THREAD', (p) => h.fake.deliverHttp(h.eventsUrl, p));
    const question = 'Who did Xi meet?';
    const mention = h.fake.eventCallback({
      type: 'app_mention',
      channel: 'C0THREAD',
      user: 'U0BOB',
      text: `<@${h.fake.botUserId}> ${question}`,
      ts: h.fake.nextTs(),
      thread_ts: briefing.ts,
    });
    expect((await h.fake.deliverHttp(h.eventsUrl, mention)).status).toBe(200);
    const answer = await h.fake.waitForMessage((m) => m.channel === 'C0THREAD' && m.threadTs === briefing.ts);
    expect(answer.blocks).toEqual((await expectedAnswer(h.services, question)).blocks);
    expect(answerText(answer.blocks)).toContain('Sadyr Zhaparov');
    // About the thread's article, not a library search (which would name its source in a header).
    expect(answer.blocks.some((b) => b.type === 'header')).toBe(false);
    // Only one reply, and nothing at the top of the channel besides the briefing.
    await h.adapter.whenIdle();
    expect(h.fake.messagesIn('C0THREAD', briefing.ts)).toHaveLength(1);
    expect(h.fake.messagesIn('C0THREAD', null)).toHaveLength(1);
  });

  it('answers a direct message about the briefing in that DM', async () => {
    const briefing = await briefIn(h, 'D0ALICE', (p) => h.fake.deliverHttp(h.eventsUrl, p));
    const question = 'Which railway will be built?';
    const dm = h.fake.eventCallback({
      type: 'message',
      channel: 'D0ALICE',
      channel_type: 'im',
      user: 'U0ALICE',
      text: question,
      ts: h.fake.nextTs(),
    });
    expect((await h.fake.deliverHttp(h.eventsUrl, dm)).status).toBe(200);
    const answer = await h.fake.waitForMessage((m) => m.channel === 'D0ALICE' && m.ts !== briefing.ts);
    expect(answer.threadTs).toBeNull();
    expect(answer.blocks).toEqual((await expectedAnswer(h.services, question)).blocks);
  });

  it('opens a modal from the "Ask a question" button and answers the submission in the thread', async () => {
    const briefing = await briefIn(h, 'C0BUTTON', (p) => h.fake.deliverHttp(h.eventsUrl, p));
    const press = h.fake.blockAction({ actionId: `ask:${SEED_ID}`, channel: 'C0BUTTON', messageTs: briefing.ts });
    expect((await h.fake.deliverHttp(h.eventsUrl, press)).status).toBe(200);
    const opened = await h.fake.waitForView();
    expect(opened.triggerId).toBe(press.trigger_id);
    const question = 'Who did Xi meet?';
    const submit = h.fake.viewSubmission(opened, { question: { question_input: question } });
    const res = await h.fake.deliverHttp(h.eventsUrl, submit);
    expect(res.status).toBe(200);
    expect(res.body).toBe(''); // an empty ack closes the modal
    const answer = await h.fake.waitForMessage((m) => m.channel === 'C0BUTTON' && m.threadTs === briefing.ts);
    expect(answer.blocks).toEqual((await expectedAnswer(h.services, question)).blocks);
  });

  it('answers a mention outside any thread in a new thread under it, about the channel\'s briefing', async () => {
    await briefIn(h, 'C0TOP', (p) => h.fake.deliverHttp(h.eventsUrl, p));
    const question = 'Who did Xi meet?';
    const ts = h.fake.nextTs();
    const mention = h.fake.eventCallback({ type: 'app_mention', channel: 'C0TOP', user: 'U0BOB', text: `<@${h.fake.botUserId}> ${question}`, ts });
    await h.fake.deliverHttp(h.eventsUrl, mention);
    const answer = await h.fake.waitForMessage((m) => m.channel === 'C0TOP' && m.threadTs === ts);
    expect(answer.blocks).toEqual((await expectedAnswer(h.services, question)).blocks);
    await h.adapter.whenIdle();
    // That new thread now follows the same article.
    expect(await h.services.store.conversations.getContext(conversationKey('slack', 'C0TOP', ts))).toBe(SEED_ID);
  });

  it('tells the asker, and only them, when a mention has no question', async () => {
    const ts = h.fake.nextTs();
    const mention = h.fake.eventCallback({ type: 'app_mention', channel: 'C0TOP', user: 'U0CAROL', text: `<@${h.fake.botUserId}>`, ts });
    await h.fake.deliverHttp(h.eventsUrl, mention);
    const hint = await h.fake.waitForEphemeral((m) => m.channel === 'C0TOP' && m.user === 'U0CAROL');
    expect(hint.text).toMatch(/question/i);
    expect(h.fake.messagesIn('C0TOP', ts)).toEqual([]);
  });

  it('never tried to reach a non-loopback address', () => {
    expect(blockedConnections).toEqual([]);
  });
});

describe.skipIf(!ask)('Slack follow-up questions (Socket Mode)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness('socket');
    await h.fake.waitForSocket();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers /ask and a thread mention delivered over the websocket', async () => {
    const briefing = await briefIn(h, 'C0SOCKASK', (p) => h.fake.deliverSocket(p));
    const question = 'Which railway will be built?';
    const cmd = h.fake.slashCommand('/ask', question, { channel_id: 'C0SOCKASK' });
    await h.fake.deliverSocket(cmd);
    const r = await h.fake.waitForResponse(FakeSlack.responseId(cmd));
    expect(r.body.blocks).toEqual((await expectedAnswer(h.services, question)).blocks);

    const mention = h.fake.eventCallback({
      type: 'app_mention',
      channel: 'C0SOCKASK',
      user: 'U0BOB',
      text: `<@${h.fake.botUserId}> ${question}`,
      ts: h.fake.nextTs(),
      thread_ts: briefing.ts,
    });
    await h.fake.deliverSocket(mention);
    const answer = await h.fake.waitForMessage((m) => m.channel === 'C0SOCKASK' && m.threadTs === briefing.ts);
    expect(answer.blocks).toEqual((await expectedAnswer(h.services, question)).blocks);
    expect(blockedConnections).toEqual([]);
  });
});
