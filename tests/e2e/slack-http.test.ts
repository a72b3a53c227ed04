/**
 * The real @slack/bolt in HTTP mode against a fake Slack on 127.0.0.1: signed slash commands,
 * refused signatures, briefings posted with a thread for follow-ups, channel posts with 429s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { SlackAdapter } from '../../src/adapters/slack/index.ts';
import { PostError } from '../../src/core/errors.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingMessage } from '../../src/core/message/build.ts';
import { summarize } from '../../src/core/brief/summarize.ts';
import { conversationKey } from '../../src/store/types.ts';
import { FakeSlack } from '../fakes/slack-server.ts';
import { blockedConnections } from '../setup/network-guard.ts';
import { briefBlocks, FAST_RETRY, startSlackHarness, type SlackHarness } from './slack-harness.ts';

const SEED_ID = '000_96cf53ebe954ef7b';
const SEED_TITLE = 'Xi says China to deepen all-round cooperation with Kyrgyzstan';

let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness('http');
});

afterAll(async () => {
  await h?.close();
});

/** The blocks `/brief` gives for the seed article, computed by running the command, not copied. */
function seedBriefingBlocks(): Promise<unknown[]> {
  return briefBlocks(h.services, SEED_ID);
}

function allText(blocks: Record<string, unknown>[]): string {
  return JSON.stringify(blocks);
}

describe('Slack over HTTP (real Bolt, fake Slack)', () => {
  it('checks the token with auth.test at start-up, against the configured API URL', () => {
    const auth = h.fake.callsOf('auth.test');
    expect(auth.length).toBeGreaterThanOrEqual(1);
    expect(auth[0].authorization).toBe(`Bearer ${h.fake.botToken}`);
  });

  it('answers a signed /brief with the seed briefing in Block Kit, posted in the channel', async () => {
    const cmd = h.fake.slashCommand('/brief', '', { channel_id: 'C0BRIEF' });
    const res = await h.fake.deliverHttp(h.eventsUrl, cmd);
    expect(res.status).toBe(200);
    const posted = await h.fake.waitForMessage((m) => m.channel === 'C0BRIEF');
    expect(posted.threadTs).toBeNull();
    expect(posted.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: SEED_TITLE, emoji: false } });
    expect(posted.blocks).toEqual(await seedBriefingBlocks());
    const shown = allText(posted.blocks);
    expect(shown).toContain('TL;DR');
    expect(shown).toContain('Sadyr Zhaparov');
    expect(posted.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ action_id: `ask:${SEED_ID}` }] });
    expect(posted.text).toContain(SEED_TITLE);
    await h.adapter.whenIdle();
    // The briefing's message is now a conversation about the seed article.
    const ctx = await h.services.store.conversations.getContext(conversationKey('slack', 'C0BRIEF', posted.ts));
    expect(ctx).toBe(SEED_ID);
    // Nothing went to the response_url: the channel post is the answer.
    expect(h.fake.responsesTo(FakeSlack.responseId(cmd))).toEqual([]);
  });

  it('briefs an article named in the command text', async () => {
    const cmd = h.fake.slashCommand('/brief', 'Kyrgyzstan', { channel_id: 'C0NAMED' });
    expect((await h.fake.deliverHttp(h.eventsUrl, cmd)).status).toBe(200);
    const posted = await h.fake.waitForMessage((m) => m.channel === 'C0NAMED');
    expect(posted.blocks).toEqual(await seedBriefingBlocks());
  });

  it('falls back to an in-channel response where the bot is not a member, with an invite tip', async () => {
    h.fake.channelsWithoutBot.add('C0NOBOT');
    const cmd = h.fake.slashCommand('/brief', '', { channel_id: 'C0NOBOT' });
    expect((await h.fake.deliverHttp(h.eventsUrl, cmd)).status).toBe(200);
    const id = FakeSlack.responseId(cmd);
    const first = await h.fake.waitForResponse(id);
    expect(first.body.response_type).toBe('in_channel');
    expect(first.body.blocks).toEqual(await seedBriefingBlocks());
    const tip = await h.fake.waitForResponse(id, 2);
    expect(tip.body.response_type).toBe('ephemeral');
    expect(tip.body.text).toMatch(/invite/i);
    expect(h.fake.messagesIn('C0NOBOT')).toEqual([]);
  });

  it('answers /help ephemerally, listing every command', async () => {
    const cmd = h.fake.slashCommand('/help');
    expect((await h.fake.deliverHttp(h.eventsUrl, cmd)).status).toBe(200);
    const r = await h.fake.waitForResponse(FakeSlack.responseId(cmd));
    expect(r.body.response_type).toBe('ephemeral');
    for (const name of ['/brief', '/digest', '/help']) expect(allText(r.body.blocks ?? [])).toContain(name);
  });

  it('answers an unknown article with a one-line ephemeral error naming it', async () => {
    const cmd = h.fake.slashCommand('/brief', 'no-such-article-zzz');
    expect((await h.fake.deliverHttp(h.eventsUrl, cmd)).status).toBe(200);
    const r = await h.fake.waitForResponse(FakeSlack.responseId(cmd));
    expect(r.body.response_type).toBe('ephemeral');
    expect(r.body.text).toContain('no-such-article-zzz');
    expect(r.body.text).not.toMatch(/\n|at .*\.ts/);
  });

  it('posts /digest in the channel as the bot, its thread following the stories shown', async () => {
    const cmd = h.fake.slashCommand('/digest', '', { channel_id: 'C0DIGEST' });
    expect((await h.fake.deliverHttp(h.eventsUrl, cmd)).status).toBe(200);
    const posted = await h.fake.waitForMessage((m) => m.channel === 'C0DIGEST');
    expect(allText(posted.blocks)).toContain('Kyrgyzstan');
    await h.adapter.whenIdle();
    const ctx = await h.services.store.conversations.getContext(conversationKey('slack', 'C0DIGEST', posted.ts));
    expect(ctx).toBe(`digest:${SEED_ID}`);
    expect(h.fake.responsesTo(FakeSlack.responseId(cmd))).toEqual([]);
  });

  it('refuses a bad signature with 401 and runs nothing', async () => {
    const before = h.fake.calls.length;
    const cmd = h.fake.slashCommand('/brief', '', { channel_id: 'C0BADSIG' });
    const res = await h.fake.deliverHttp(h.eventsUrl, cmd, { secret: 'not-the-signing-secret' });
    expect(res.status).toBe(401);
    const forged = await h.fake.deliverHttp(h.eventsUrl, cmd, { signature: 'v0=deadbeef' });
    expect(forged.status).toBe(401);
    // A real command sent after them is answered, so the refusals were not just slowness.
    const ok = h.fake.slashCommand('/help');
    await h.fake.deliverHttp(h.eventsUrl, ok);
    await h.fake.waitForResponse(FakeSlack.responseId(ok));
    expect(h.fake.messagesIn('C0BADSIG')).toEqual([]);
    expect(h.fake.responsesTo(FakeSlack.responseId(cmd))).toEqual([]);
    expect(h.fake.calls.slice(before).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  it('refuses a correctly signed but stale request (over 5 minutes old) with 401', async () => {
    const cmd = h.fake.slashCommand('/brief', '', { channel_id: 'C0STALE' });
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await h.fake.deliverHttp(h.eventsUrl, cmd, { timestamp: sixMinutesAgo });
    expect(res.status).toBe(401);
    const ok = h.fake.slashCommand('/help');
    await h.fake.deliverHttp(h.eventsUrl, ok);
    await h.fake.waitForResponse(FakeSlack.responseId(ok));
    expect(h.fake.messagesIn('C0STALE')).toEqual([]);
  });

  it('posts to a channel, waiting out a 429 Retry-After on chat.postMessage', async () => {
    const article = await h.services.library.find(SEED_ID);
    const message = briefingMessage(summarize(article!));
    h.fake.failNext('chat.postMessage', { kind: 'rate_limited', retryAfterSec: 1 });
    const res = await h.adapter.post('C0SCHED', message);
    expect(res.messageIds).toHaveLength(1);
    const tries = h.fake.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0SCHED');
    expect(tries.map((c) => c.status)).toEqual([429, 200]);
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(950);
    expect(h.fake.messagesIn('C0SCHED')).toHaveLength(1);
    // A scheduled briefing's thread takes follow-ups like a /brief one.
    const ctx = await h.services.store.conversations.getContext(conversationKey('slack', 'C0SCHED', res.messageIds[0]));
    expect(ctx).toBe(SEED_ID);
  });

  it('does not post twice when a retried post finds its dedupe key in the channel history', async () => {
    const message = { kind: 'digest' as const, title: 'Morning digest', text: 'One story today.' };
    const first = await h.adapter.post('C0DEDUPE', message, { dedupeKey: 'sub1:2026-11-28T08:00' });
    expect(first.alreadyPosted).toBeFalsy();
    const posted = h.fake.messagesIn('C0DEDUPE');
    expect(posted).toHaveLength(1);
    expect(posted[0].metadata).toEqual({
      event_type: 'newsbrief_post',
      event_payload: { key: 'sub1:2026-11-28T08:00', part: 0, parts: 1 },
    });
    const again = await h.adapter.post('C0DEDUPE', message, { dedupeKey: 'sub1:2026-11-28T08:00', retry: true });
    expect(again).toEqual({ messageIds: [posted[0].ts], alreadyPosted: true });
    expect(h.fake.messagesIn('C0DEDUPE')).toHaveLength(1);
    const history = h.fake.callsOf('conversations.history').at(-1);
    expect(history?.body.include_all_metadata).toBe('true');
    // Another slot's key is not mistaken for this one.
    const other = await h.adapter.post('C0DEDUPE', message, { dedupeKey: 'sub1:2026-11-29T08:00', retry: true });
    expect(other.alreadyPosted).toBeFalsy();
    expect(h.fake.messagesIn('C0DEDUPE')).toHaveLength(2);
  });

  it('surfaces a failed post as a typed PostError', async () => {
    h.fake.channelsWithoutBot.add('C0GONE');
    const err = await h.adapter.post('C0GONE', { kind: 'info', text: 'hello' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PostError);
    expect(err).toMatchObject({ code: 'not_in_channel', retryable: false });
    // Every attempt the retry policy allows is refused.
    h.fake.failNext('chat.postMessage', { kind: 'rate_limited', retryAfterSec: 0, times: FAST_RETRY.retries + 1 });
    const limited = await h.adapter.post('C0LIMITED', { kind: 'info', text: 'hello' }).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(PostError);
    expect(limited).toMatchObject({ code: 'rate_limited', retryable: true });
  });

  it('refuses to start with a token Slack rejects, saying so in one line', async () => {
    const config = { ...h.services.config, slack: { ...h.services.config.slack, botToken: 'xoxb-revoked' } };
    const bad = new SlackAdapter({
      services: { ...h.services, config },
      commands,
      logger: createLogger('silent'),
      host: '127.0.0.1',
      retryConfig: FAST_RETRY,
    });
    const err = (await bad.start().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^Slack refused the bot token .*invalid_auth$/);
    expect(bad.port).toBeUndefined();
    await bad.stop();
  });

  it('never tried to reach a non-loopback address', () => {
    expect(blockedConnections).toEqual([]);
  });
});
