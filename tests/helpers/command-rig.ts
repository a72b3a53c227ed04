/**
 * Running a chat command as a console or Slack line against an in-memory store and library,
 * the way a user types it (`/subscribe 08:00 BST`), for first-day behaviour tests.
 */
import { findCommand } from '../../commands/index.ts';
import type { CommandContext, Platform } from '../../commands/types.ts';
import { runCommand, textArgs } from '../../src/adapters/dispatch.ts';
import { parseConfig } from '../../src/config.ts';
import type { Message } from '../../src/core/message/message.ts';
import type { Article } from '../../src/core/types.ts';
import type { Services } from '../../src/services.ts';
import { MemoryLibrary } from '../../src/sources/library.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { quietLogger } from '../fakes/scheduler-rig.ts';

export interface CommandRig {
  services: Services;
  /** Run one line (`/digest`, `/subscribe 08:00 Europe/London`) and return the first message. */
  line(text: string): Promise<Message>;
}

export function commandRig(opts: { env?: Record<string, string>; articles?: Article[]; platform?: Platform; now?: Date } = {}): CommandRig {
  const now = opts.now ?? new Date('2026-07-01T10:00:00Z');
  const services: Services = {
    config: parseConfig(opts.env ?? {}),
    library: new MemoryLibrary(opts.articles ?? []),
    store: createMemoryStore(),
    now: () => now,
  };
  const platform = opts.platform ?? 'console';
  const ctx: CommandContext = {
    platform,
    user: { id: 'U1', name: 'ana' },
    guildId: 'G1',
    channelId: 'C1',
    threadId: null,
    canManageChannel: true,
    services,
    log: quietLogger(),
  };
  return {
    services,
    async line(text) {
      const [name, ...rest] = text.replace(/^\//, '').split(' ');
      const cmd = findCommand(name);
      if (!cmd) throw new Error(`no command ${name}`);
      const [m] = await runCommand(cmd, ctx, textArgs(cmd, rest.join(' ')));
      return m;
    },
  };
}
