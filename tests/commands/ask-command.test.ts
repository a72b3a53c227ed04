/**
 * /ask as a user meets it on a text platform: it answers about the article last briefed in
 * that channel or thread, `article:` picks another, with no context it searches the library
 * and names the article, and bad input is refused in one sentence.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import type { CommandContext } from '../../commands/types.ts';
import { runCommand, textArgs } from '../../src/adapters/dispatch.ts';
import { parseConfig } from '../../src/config.ts';
import { parseArticle } from '../../src/core/article/parse.ts';
import type { Message } from '../../src/core/message/message.ts';
import type { Services } from '../../src/services.ts';
import { MemoryLibrary } from '../../src/sources/library.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { quietLogger } from '../fakes/scheduler-rig.ts';
import { makeArticle } from '../helpers/article.ts';

const seed = parseArticle(fs.readFileSync('briefings/000_96cf53ebe954ef7b.txt', 'utf8'), { id: '000_96cf53ebe954ef7b', fileName: '000_96cf53ebe954ef7b.txt' });
const port = makeArticle({
  id: 'port-terminal',
  title: 'Rotterdam opens container terminal',
  text: 'The port of Rotterdam opened a new container terminal on Monday. The terminal cost 400 million euros and can handle two million containers a year. Mayor Ahmed Aboutaleb cut the ribbon.',
  publishedAt: '2030-01-01T00:00:00Z', // newest
});

function setup() {
  const services: Services = {
    config: parseConfig({}),
    library: new MemoryLibrary([seed, port]),
    store: createMemoryStore(),
    now: () => new Date('2026-03-27T10:00:00Z'),
  };
  const ctx = (channelId = 'C1', threadId: string | null = null): CommandContext => ({
    platform: 'slack',
    user: { id: 'U1', name: 'ana' },
    guildId: 'T1',
    channelId,
    threadId,
    canManageChannel: false,
    services,
    log: quietLogger(),
  });
  const line = async (text: string, channelId = 'C1', threadId: string | null = null): Promise<Message> => {
    const [name, ...rest] = text.replace(/^\//, '').split(' ');
    const cmd = findCommand(name)!;
    const [m] = await runCommand(cmd, ctx(channelId, threadId), textArgs(cmd, rest.join(' ')));
    return m;
  };
  return { services, line };
}

describe('/ask', () => {
  it('is registered with a rest-of-line question and an optional article', () => {
    const ask = findCommand('ask')!;
    expect(ask.options.map((o) => [o.name, !!o.required, !!o.rest])).toEqual([
      ['question', true, true],
      ['article', false, false],
    ]);
  });

  it('answers about the article briefed in this channel, quoting the evidence', async () => {
    const { line } = setup();
    await line(`/brief ${seed.id}`);
    const m = await line('/ask Which railway will China support?');
    expect(m.kind).toBe('answer');
    expect(m.text).toBe('the China-Kyrgyzstan-Uzbekistan railway');
    expect(m.articleId).toBe(seed.id);
    expect(m.fields?.[0].value).toContain('support the construction of the China-Kyrgyzstan-Uzbekistan railway');
    expect(m.title).toBeUndefined(); // the conversation already names the article
  });

  it('keeps each thread on its own article', async () => {
    const { line } = setup();
    await line(`/brief ${seed.id}`, 'C1', 'T-seed');
    await line('/brief port-terminal', 'C1', 'T-port');
    expect((await line('/ask How much did the terminal cost?', 'C1', 'T-port')).text).toBe('400 million euros');
    expect((await line('/ask Who did Xi meet?', 'C1', 'T-seed')).text).toBe('Sadyr Zhaparov');
  });

  it('says when the briefed article does not say, rather than answering from another', async () => {
    const { line } = setup();
    await line(`/brief ${seed.id}`);
    const m = await line('/ask How much will the railway cost?');
    expect(m.text).toBe('The article does not say how much the railway will cost.');
    expect(m.articleId).toBe(seed.id);
  });

  it('takes another article with article:, and follows it afterwards', async () => {
    const { line } = setup();
    await line(`/brief ${seed.id}`);
    const m = await line('/ask Who cut the ribbon? article:port-terminal');
    expect(m.text).toBe('Ahmed Aboutaleb');
    expect(m.title).toBe('From "Rotterdam opens container terminal"');
    expect((await line('/ask How much did the terminal cost?')).text).toBe('400 million euros');
  });

  it('takes words after the question mark as the article when they name exactly one', async () => {
    const { line, services } = setup();
    await line('/brief port-terminal');
    const m = await line('/ask Which railway will China support? Kyrgyzstan');
    expect(m.text).toBe('the China-Kyrgyzstan-Uzbekistan railway');
    expect(m.articleId).toBe(seed.id);
    expect(m.title).toBe(`From "${seed.title}"`);
    expect((await line('/ask Who did Xi meet?')).text).toBe('Sadyr Zhaparov'); // and follows it

    // Words that name no article, or several, stay part of the question (about the article followed).
    await line('/brief port-terminal');
    const none = await line('/ask How much did the terminal cost? In euros');
    expect(none).toMatchObject({ text: '400 million euros', articleId: 'port-terminal' });
    await services.library.add({ ...port, id: 'kyrgyz-rail', title: 'Kyrgyzstan signs railway deal', publishedAt: '2029-01-01T00:00:00Z' });
    const several = await line('/ask How much did the terminal cost? Kyrgyzstan');
    expect(several.articleId).toBe('port-terminal');
  });

  it('with no context searches the library and names the article it used', async () => {
    const { line } = setup();
    const m = await line('/ask Where did Xi meet Zhaparov?', 'C-new');
    expect(m.text).toBe('the Great Hall of the People');
    expect(m.title).toBe(`From "${seed.title}"`);
    expect(m.articleId).toBe(seed.id);
  });

  it('refuses an empty question, an unknown article and an empty library in one sentence', async () => {
    const { line, services } = setup();
    const empty = await line('/ask');
    expect(empty.kind).toBe('error');
    expect(empty.text).toMatch(/question/);
    const unknown = await line('/ask Who? article:no-such-thing');
    expect(unknown.kind).toBe('error');
    expect(unknown.text).toContain('No article matches "no-such-thing"');
    const long = await line(`/ask ${'why '.repeat(300)}`);
    expect(long.kind).toBe('error');
    expect(long.text).toMatch(/characters long/);
    services.library = new MemoryLibrary([]);
    const none = await line('/ask Who won?', 'C-empty');
    expect(none.kind).toBe('error');
    expect(none.text).toMatch(/library is empty/);
  });
});
