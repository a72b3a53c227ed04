/**
 * What the Slack listeners share: services, the command list, a logger, and `track` so the
 * adapter's stop() can let in-flight work (acked commands still being answered) finish.
 */
import type { Logger } from 'pino';
import type { Command, CommandContext } from '../../../commands/types.ts';
import type { PlatformWords } from '../../conversation/platform-words.ts';
import type { Services } from '../../services.ts';
import type { ChannelRights } from './channel-rights.ts';

export interface SlackDeps {
  services: Services;
  commands: readonly Command[];
  log: Logger;
  /** Register background work so stop() can wait for it. */
  track<T>(work: Promise<T>): Promise<T>;
  /** May this user manage channels here (users.info, cached; see channel-rights.ts)? */
  rights: ChannelRights;
  /** Slack's words and mentions for commands (mentions.ts), with user groups found by handle. */
  words: PlatformWords;
}

/** The neutral context for something that happened in a Slack channel or thread (one cached users.info). */
export async function slackContext(
  deps: SlackDeps,
  where: { teamId: string | null; channelId: string; threadId: string | null; userId: string; userName?: string },
  log: Logger,
): Promise<CommandContext> {
  return {
    platform: 'slack',
    user: { id: where.userId, ...(where.userName ? { name: where.userName } : {}) },
    guildId: where.teamId,
    channelId: where.channelId,
    threadId: where.threadId,
    // Slack sends no permission data with commands: full members may, guests may not.
    canManageChannel: await deps.rights(where.userId),
    words: deps.words,
    services: deps.services,
    log,
  };
}
