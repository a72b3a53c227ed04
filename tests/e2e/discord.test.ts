/**
 * The Discord adapter end to end: the real discord.js logs in to a fake Discord on
 * 127.0.0.1 (REST + gateway), receives slash commands, buttons and modals, and answers them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Command } from '../../commands/types.ts';
import { PostError } from '../../src/core/errors.ts';
import type { Message } from '../../src/core/message/message.ts';
import { infoMessage } from '../../src/core/message/build.ts';
import { conversationKey } from '../../src/store/types.ts';
import { blockedConnections } from '../setup/network-guard.ts';
import type { FakeMessage, JsonObject } from '../fakes/discord-server.ts';
import { sentBodies, startDiscordHarness, TEST_TOKEN, type DiscordHarness } from './discord-harness.ts';

const SEED_ID = '000_96cf53ebe954ef7b';
const SEED_TITLE = readFileSync(`briefings/${SEED_ID}.txt`, 'utf8').split('\n')[0].trim();
const EPHEMERAL = 64;

/** A gate a test command waits on, so "still running" is an event, not a timing guess. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((r) => (open = r));
  return { wait, open };
}
const slowGate = gate();
const lazyGate = gate();

const testCommands: Command[] = [
  { name: 'slowpoke', description: 'A command marked slow', options: [], slow: true, run: async () => (await slowGate.wait, infoMessage('slow work done')) },
  { name: 'lazy', description: 'Slow but not marked so', options: [], run: async () => (await lazyGate.wait, infoMessage('lazy work done')) },
  {
    name: 'boom',
    description: 'Fails with an unexpected error',
    options: [],
    run: async () => {
      throw new Error('secret internal detail');
    },
  },
  {
    name: 'whereami',
    description: 'Says what the adapter told the command',
    options: [],
    run: async (ctx) => {
      const context = await ctx.services.store.conversations.getContext(conversationKey(ctx.platform, ctx.channelId, ctx.threadId));
      return infoMessage(`channel=${ctx.channelId} thread=${ctx.threadId ?? 'none'} context=${context ?? 'none'} manage=${ctx.canManageChannel}`);
    },
  },
];

// Until commands/ask.ts lands, the modal flow is exercised with a stand-in that echoes.
const realAsk = commands.find((c) => c.name === 'ask');
const echoAsk: Command = {
  name: 'ask',
  description: 'Ask about an article',
  options: [
    { name: 'question', description: 'Your question', type: 'string', required: true, rest: true },
    { name: 'article', description: 'Article id', type: 'string' },
  ],
  run: async (_ctx, args) => ({ kind: 'answer', text: `You asked: ${String(args.question)}`, footer: `id: ${String(args.article)}`, articleId: String(args.article) }),
};

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ commands: [...commands, ...(realAsk ? [] : [echoAsk]), ...testCommands], deferAfterMs: 100 });
});
afterAll(async () => {
  slowGate.open();
  lazyGate.open();
  await h?.close();
});

function embedText(m: FakeMessage): string {
  return m.embeds.map((e) => [e.title, e.description, ...((e.fields as JsonObject[] | undefined) ?? []).map((f) => `${String(f.name)} ${String(f.value)}`), (e.footer as JsonObject | undefined)?.text].join('\n')).join('\n');
}
const unescape = (s: string) => s.replace(/\\([\\*_~`|>#[\]()-])/g, '$1');

async function briefIn(where: { channelId?: string } = {}): Promise<FakeMessage> {
  return h.fake.slashCommand('brief', {}, where).waitForReply();
}

describe('Discord adapter against a fake Discord', () => {
  it('logs in over the gateway with the token and the Guilds intent only', () => {
    const identify = h.fake.gatewayFrames.find((f) => f.op === 2);
    expect(identify?.d).toMatchObject({ token: TEST_TOKEN, intents: 1 });
    const gw = h.fake.requests.find((r) => r.path === '/gateway/bot');
    expect(gw?.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
    expect(h.adapter.client?.isReady()).toBe(true);
  });

  it('registers every command in one bulk overwrite to the guild', () => {
    const puts = h.fake.requests.filter((r) => r.method === 'PUT' && r.path.includes('/commands'));
    expect(puts).toHaveLength(1);
    expect(puts[0].path).toBe(`/applications/${h.fake.applicationId}/guilds/${h.fake.guildId}/commands`);
    const registered = h.fake.commands.guilds.get(h.fake.guildId) ?? [];
    for (const c of commands) expect(registered.map((r) => r.name)).toContain(c.name);
    const brief = registered.find((r) => r.name === 'brief') as { options: JsonObject[] };
    expect(brief.options[0]).toMatchObject({ name: 'article', type: 3, autocomplete: true, required: false });
    expect(h.fake.commands.global).toBeNull();
  });

  it('answers /brief with an embed of the seed briefing and an Ask button', async () => {
    const i = h.fake.slashCommand('brief', { article: SEED_ID });
    const reply = await i.waitForReply();
    const embed = reply.embeds[0];
    expect(embed.title).toBe(SEED_TITLE);
    expect(String((embed.footer as JsonObject).text)).toContain(`id: ${SEED_ID}`);
    // Key points are the article's own sentences.
    const article = await h.services.library.find(SEED_ID);
    const bullets = String(embed.description).split('\n').filter((l) => l.startsWith('• ')).map((l) => unescape(l.slice(2)));
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    for (const b of bullets) expect(article?.text).toContain(b);
    const button = ((reply.components[0] as { components: JsonObject[] }).components)[0];
    expect(button).toMatchObject({ type: 2, custom_id: `ask:${SEED_ID}`, label: 'Ask a question' });
    expect(reply.flags & EPHEMERAL).toBe(0);
    // /brief is marked slow: deferred first, then edited.
    expect(((await i.waitForCallback()).body as JsonObject).type).toBe(5);
  });

  it('offers autocomplete for the article option from the library', async () => {
    const i = h.fake.autocomplete('brief', { article: 'kyrgyz' }, 'article');
    const cb = await i.waitForCallback();
    const body = cb.body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices).toContainEqual({ name: SEED_TITLE, value: SEED_ID });
  });

  it('answers an unknown article with an ephemeral error and shows nothing to the channel', async () => {
    const i = h.fake.slashCommand('brief', { article: 'no-such-article-anywhere' });
    const [err] = await i.waitForFollowups(1);
    expect(err.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(err.content).toContain('No article matches');
    expect(i.original()).toBeUndefined(); // the public "thinking…" message was removed
  });

  it('answers /digest with the library digest', async () => {
    const reply = await h.fake.slashCommand('digest').waitForReply();
    expect(reply.embeds[0].title).toMatch(/digest/i);
    expect(unescape(embedText(reply))).toContain(SEED_TITLE);
  });

  it('defers a slow command at once and edits the answer in when it is done', async () => {
    const i = h.fake.slashCommand('slowpoke');
    const cb = await i.waitForCallback();
    expect((cb.body as JsonObject).type).toBe(5);
    expect(i.requests().filter((r) => r.method === 'PATCH')).toHaveLength(0);
    slowGate.open();
    const reply = await i.waitForReply();
    expect(reply.content).toBe('slow work done');
    expect(i.requests().map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('defers a command not marked slow once it runs too long', async () => {
    const i = h.fake.slashCommand('lazy');
    const cb = await i.waitForCallback();
    expect((cb.body as JsonObject).type).toBe(5);
    lazyGate.open();
    expect((await i.waitForReply()).content).toBe('lazy work done');
  });

  it('answers an unexpected failure with a short ephemeral apology, without details', async () => {
    const i = h.fake.slashCommand('boom');
    const reply = await i.waitForReply();
    expect(reply.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.content).toMatch(/sorry/i);
    expect(reply.content).not.toContain('secret internal detail');
    // The bot is still there.
    expect((await h.fake.slashCommand('help').waitForReply()).embeds.length + (await h.fake.slashCommand('help').waitForReply()).content.length).toBeGreaterThan(0);
  });

  it.skipIf(!realAsk)('answers /ask about the briefed article with the right span', async () => {
    const channelId = h.fake.channelId;
    await h.fake.slashCommand('brief', { article: SEED_ID }, { channelId }).waitForReply();
    const reply = await h.fake.slashCommand('ask', { question: 'Who did Xi Jinping meet?' }, { channelId }).waitForReply();
    // The answer itself (the embed's text) is the span; the evidence sentence is quoted apart.
    const span = unescape(String(reply.embeds[0]?.description ?? reply.content));
    expect(span).toContain('Zhaparov');
    expect(span.length).toBeLessThan(60);
    expect(unescape(embedText(reply))).toContain(`id: ${SEED_ID}`);
  });

  it('opens a modal from the Ask button and answers in a thread on the briefing', async () => {
    const briefing = await h.fake.slashCommand('brief', { article: SEED_ID }).waitForReply();
    const press = h.fake.pressButton(briefing, `ask:${SEED_ID}`);
    const modalCb = await press.waitForCallback();
    const modal = (modalCb.body as { type: number; data: { custom_id: string; components: { component: { custom_id: string } }[] } });
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toBe(`askq:${SEED_ID}`);
    const inputId = modal.data.components[0].component.custom_id;

    const submit = h.fake.submitModal(modal.data.custom_id, { [inputId]: 'Who did Xi Jinping meet?' }, briefing);
    const ack = await submit.waitForReply();
    const thread = h.fake.threadOf(briefing.id);
    expect(thread?.parent_id).toBe(briefing.channel_id);
    expect(ack.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(ack.content).toBe(`Answered in <#${thread?.id}>.`);
    const posted = h.fake.channelMessages(String(thread?.id));
    expect(posted).toHaveLength(1);
    const text = unescape(embedText(posted[0]) + posted[0].content);
    expect(text).toContain('Who did Xi Jinping meet?');
    expect(text).toContain(`id: ${SEED_ID}`);

    // In that thread the conversation follows the article: channel = parent, thread = thread.
    const where = await h.fake.slashCommand('whereami', {}, { channelId: briefing.channel_id, threadId: thread?.id }).waitForReply();
    expect(unescape(where.content)).toBe(`channel=${briefing.channel_id} thread=${thread?.id} context=${SEED_ID} manage=false`);

    // A second question on the same briefing goes to the same thread.
    await h.fake.submitModal(modal.data.custom_id, { [inputId]: 'Where did they meet?' }, h.fake.state.messages.get(briefing.id)).waitForReply();
    expect(h.fake.channelMessages(String(thread?.id)).filter((m) => !m.interaction_id)).toHaveLength(2);
  });

  it.skipIf(!realAsk)('answers /ask inside the follow-up thread about that thread\'s article', async () => {
    const seed = (await h.services.library.find(SEED_ID))!;
    await h.services.library.add({ ...seed, id: 'other-story', title: 'Harbour bridge reopens', text: 'The harbour bridge reopened on Monday after repairs. The mayor cut the ribbon.' });
    const channelId = h.fake.channelId;
    const briefing = await h.fake.slashCommand('brief', { article: SEED_ID }, { channelId }).waitForReply();
    await h.fake.submitModal(`askq:${SEED_ID}`, { question: 'Who met?' }, briefing).waitForReply();
    const thread = h.fake.threadOf(briefing.id)!;
    // The channel moves on to another story; the thread stays with its own.
    await h.fake.slashCommand('brief', { article: 'other-story' }, { channelId }).waitForReply();
    const inThread = await h.fake.slashCommand('ask', { question: 'Who did Xi Jinping meet?' }, { channelId, threadId: thread.id }).waitForReply();
    expect(unescape(embedText(inThread))).toContain(`id: ${SEED_ID}`);
    const inChannel = await h.fake.slashCommand('ask', { question: 'Who cut the ribbon?' }, { channelId }).waitForReply();
    expect(unescape(embedText(inChannel))).toContain('id: other-story');
  });

  it.skipIf(!realAsk)('refuses a question the article does not answer, quoting the closest passage', async () => {
    const reply = await h.fake.slashCommand('ask', { question: 'What is the population of Kyrgyzstan?', article: SEED_ID }).waitForReply();
    const text = unescape(embedText(reply) + reply.content);
    expect(text).toContain('The article does not say');
    expect(text).not.toMatch(/The article suggests/);
    // The closest passage is quoted whole, from the seed article, so the reader can judge.
    const quoted = /Closest passage “([^”]+)”/.exec(text)?.[1];
    expect(quoted).toBeDefined();
    expect(readFileSync(`briefings/${SEED_ID}.txt`, 'utf8').replace(/\s+/g, ' ')).toContain(quoted!);
  });

  it('gives commands in a user-made thread the parent channel and the thread', async () => {
    const thread = h.fake.createThread(h.fake.channelId, 'chat about the news');
    const reply = await h.fake.slashCommand('whereami', {}, { threadId: thread.id, manageChannels: true }).waitForReply();
    expect(reply.content).toBe(`channel=${h.fake.channelId} thread=${thread.id} context=none manage=true`);
    const dm = await h.fake.slashCommand('whereami', {}, { guild: false }).waitForReply();
    expect(dm.content).toMatch(/^channel=\d+ thread=none context=none manage=true$/);
  });

  it('replies to the briefing instead when threads are not allowed in the channel', async () => {
    const news = h.fake.state.textChannels().find((c) => c.name === 'news')!;
    h.fake.setThreadsAllowed(news.id, false);
    const briefing = await briefIn({ channelId: news.id });
    const ack = await h.fake.submitModal(`askq:${SEED_ID}`, { question: 'Who did Xi Jinping meet?' }, briefing).waitForReply();
    expect(ack.content).toBe('Answered below the briefing.');
    expect(h.fake.threadOf(briefing.id)).toBeUndefined();
    const answer = h.fake.channelMessages(news.id).find((m) => m.message_reference?.message_id === briefing.id);
    expect(answer).toBeDefined();
  });

  it('tells the presser when the article of a button is gone', async () => {
    const briefing = await briefIn();
    const reply = await h.fake.pressButton(briefing, 'ask:gone-article-id').waitForReply();
    expect(reply.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.content).toContain('no longer in the library');
  });

  it('posts to a channel, splitting a long message, and retries a 429 by itself', async () => {
    const channelId = h.fake.channelId;
    const path = `/channels/${channelId}/messages`;
    const long: Message = {
      kind: 'digest',
      title: 'A long digest',
      sections: Array.from({ length: 40 }, (_, k) => ({ heading: `Story ${k + 1}`, text: `Sentence ${k + 1} about the news. `.repeat(12) })),
    };
    const before = h.fake.requests.filter((r) => r.path === path).length;
    h.fake.failNext({ method: 'POST', path, status: 429, retryAfter: 0.2 });
    const res = await h.adapter.post(channelId, long, { dedupeKey: 'sub42:2026-11-28T08:00' });
    const reqs = h.fake.requests.filter((r) => r.path === path).slice(before);
    expect(reqs[0].status).toBe(429);
    expect(reqs.slice(1).every((r) => r.status === 200)).toBe(true);
    expect(res.messageIds.length).toBeGreaterThan(1);
    expect(reqs.length).toBe(res.messageIds.length + 1);
    const nonces = reqs.slice(1).map((r) => (r.body as JsonObject).nonce as string);
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const r of reqs) {
      expect(String((r.body as JsonObject).nonce).length).toBeLessThanOrEqual(25);
      expect((r.body as JsonObject).enforce_nonce).toBe(true);
    }
    // Sent again with the same key (a retry after a crash): Discord returns the same messages.
    const again = await h.adapter.post(channelId, long, { dedupeKey: 'sub42:2026-11-28T08:00', retry: true });
    expect(again.messageIds).toEqual(res.messageIds);
    const titled = h.fake.channelMessages(channelId).filter((m) => embedText(m).includes('A long digest'));
    expect(titled).toHaveLength(1);
    expect(h.fake.channelMessages(channelId).filter((m) => res.messageIds.includes(m.id))).toHaveLength(res.messageIds.length);
  });

  it('reports a failed channel post as a typed PostError', async () => {
    const err = await h.adapter.post('123456789012345678', infoMessage('hello')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PostError);
    expect(err).toMatchObject({ code: 'discord_unknown_channel', retryable: false });
    const forbidden = `/channels/${h.fake.channelId}/messages`;
    h.fake.failNext({ method: 'POST', path: forbidden, status: 403 });
    await expect(h.adapter.post(h.fake.channelId, infoMessage('hello'))).rejects.toMatchObject({ code: 'discord_forbidden', retryable: false });
  });

  it('resumes after a gateway disconnect and answers what came in meanwhile', async () => {
    const identifies = h.fake.gatewayFrames.filter((f) => f.op === 2).length;
    h.fake.disconnect(4000);
    const i = h.fake.slashCommand('help'); // queued while the bot is away, replayed on resume
    const resume = await h.fake.waitForGateway((f) => f.op === 6);
    expect(resume.d).toMatchObject({ token: TEST_TOKEN });
    const reply = await i.waitForReply();
    expect(reply.embeds.length + reply.content.length).toBeGreaterThan(0);
    expect(h.fake.gatewayFrames.filter((f) => f.op === 2)).toHaveLength(identifies);
  });

  it('never lets article text ping anyone', async () => {
    const seed = (await h.services.library.find(SEED_ID))!;
    await h.services.library.add({
      ...seed,
      id: 'mention-test',
      title: 'Ping @everyone in the title',
      text: `@everyone look at this. <@123456789012345678> and @here said so. ${seed.text}`,
    });
    const reply = await h.fake.slashCommand('brief', { article: 'mention-test' }).waitForReply();
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    const text = embedText(reply);
    expect(text).toContain('everyone');
    expect(text).not.toMatch(/@everyone|@here|<@\d+>/);
  });

  it('sends allowed_mentions {parse: []} with every message and reaches nothing but 127.0.0.1', () => {
    const bodies = sentBodies(h.fake);
    expect(bodies.length).toBeGreaterThan(10);
    for (const b of bodies) expect(b.allowed_mentions).toEqual({ parse: [] });
    expect(blockedConnections).toEqual([]);
  });
});
