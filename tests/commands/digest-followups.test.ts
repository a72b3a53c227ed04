/**
 * Follow-up questions after a digest search the stories it showed and name the one used;
 * a briefing afterwards narrows the conversation back to one article.
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
import { contextValueFor, conversationKey, parseContextValue } from '../../src/store/types.ts';
import { quietLogger } from '../fakes/scheduler-rig.ts';

const seed = parseArticle(fs.readFileSync('briefings/000_96cf53ebe954ef7b.txt', 'utf8'), { id: '000_96cf53ebe954ef7b', fileName: 'seed.txt' });
const port = parseArticle(
  JSON.stringify({
    title: 'Rotterdam opens container terminal',
    text: 'The port of Rotterdam opened a new container terminal on Monday. The terminal cost 400 million euros and can handle two million containers a year. Mayor Ahmed Aboutaleb cut the ribbon.',
    publishedAt: '2030-01-01T00:00:00Z',
  }),
  { id: 'port-terminal', fileName: 'port.json' },
);

function setup() {
  const services: Services = { config: parseConfig({}), library: new MemoryLibrary([seed, port]), store: createMemoryStore(), now: () => new Date() };
  const ctx: CommandContext = {
    platform: 'discord', user: { id: 'U1' }, guildId: 'G1', channelId: 'C1', threadId: null,
    canManageChannel: false, services, log: quietLogger(),
  };
  const line = async (text: string): Promise<Message> => {
    const [name, ...rest] = text.replace(/^\//, '').split(' ');
    const cmd = findCommand(name)!;
    const [m] = await runCommand(cmd, ctx, textArgs(cmd, rest.join(' ')));
    return m;
  };
  return { services, line };
}

describe('follow-ups on a digest', () => {
  it('answers from whichever story of the digest says it, and names it', async () => {
    const { services, line } = setup();
    const d = await line('/digest');
    expect(d.kind).toBe('digest');
    expect(d.articleIds).toEqual(['port-terminal', '000_96cf53ebe954ef7b']);
    const stored = await services.store.conversations.getContext(conversationKey('discord', 'C1', null));
    expect(parseContextValue(stored)).toEqual({ digest: ['port-terminal', '000_96cf53ebe954ef7b'] });

    const rail = await line('/ask Which railway will China support?');
    expect(rail.text).toContain('China-Kyrgyzstan-Uzbekistan railway');
    expect(rail.title).toContain('Xi says China');

    const cost = await line('/ask How much did the terminal cost?');
    expect(cost.text).toContain('400 million euros');
    expect(cost.title).toContain('Rotterdam');
  });

  it('a briefing after the digest narrows the conversation to that article', async () => {
    const { line } = setup();
    await line('/digest');
    await line('/brief port-terminal');
    const a = await line('/ask Which railway will China support?');
    expect(a.articleId).toBe('port-terminal');
    expect(a.text).toMatch(/does not say/i);
  });

  it('encodes contexts both ways', () => {
    expect(contextValueFor({ articleId: 'a' })).toBe('a');
    expect(contextValueFor({ articleIds: ['a', 'b'] })).toBe('digest:a,b');
    expect(contextValueFor({})).toBeNull();
    expect(parseContextValue('x1')).toEqual({ articleId: 'x1' });
    expect(parseContextValue(null)).toBeNull();
  });
});
