/**
 * Discord interaction -> platform-neutral CommandContext and CommandArgs.
 *
 * Threads: in a thread, `channelId` is the thread's PARENT channel and `threadId` the thread
 * channel's id, the same shape as Slack (channel + thread_ts). The conversation key of a
 * thread is therefore `discord:<parent>:<thread>` and of a channel `discord:<channel>:`,
 * which is what /brief sets and /ask reads through `conversationsOf(store)` (src/conversation).
 */
import { PermissionFlagsBits, type Interaction, type PermissionsBitField } from 'discord.js';
import type { Logger } from 'pino';
import type { Command, CommandArgs, CommandContext } from '../../../commands/types.ts';
import type { Services } from '../../services.ts';
import { discordWords } from './mentions.ts';

/** Where an interaction happened, in CommandContext terms. */
export interface Place {
  guildId: string | null;
  channelId: string;
  threadId: string | null;
}

/**
 * Where an interaction happened. `knownParents` maps thread ids the adapter created to their
 * parents, for the rare interaction that arrives without channel data.
 */
export function placeOf(interaction: Interaction, knownParents: ReadonlyMap<string, string>): Place {
  const guildId = interaction.guildId ?? null;
  const channel = interaction.channel;
  const id = interaction.channelId ?? channel?.id ?? 'unknown';
  if (channel?.isThread() && channel.parentId) return { guildId, channelId: channel.parentId, threadId: channel.id };
  const parent = knownParents.get(id);
  if (parent) return { guildId, channelId: parent, threadId: id };
  return { guildId, channelId: id, threadId: null };
}

/** The CommandContext for an interaction. */
export function contextOf(
  interaction: Interaction,
  services: Services,
  log: Logger,
  knownParents: ReadonlyMap<string, string>,
): CommandContext {
  const place = placeOf(interaction, knownParents);
  // In a DM the user is the only member, so they may manage "the channel" (their DM).
  const manageChannel = interaction.inGuild() ? mayManageChannel(interaction.memberPermissions) : true;
  return {
    platform: 'discord',
    user: { id: interaction.user.id, name: interaction.user.globalName ?? interaction.user.username },
    guildId: place.guildId,
    channelId: place.channelId,
    threadId: place.threadId,
    canManageChannel: manageChannel,
    words: discordWords,
    services,
    log,
  };
}

/**
 * Whether a member's permissions here (the interaction's `member.permissions`, already
 * resolved for this channel by Discord) let them manage it: Manage Channels, or Manage Server
 * or Administrator, which include it.
 */
export function mayManageChannel(perms: Readonly<PermissionsBitField> | null | undefined): boolean {
  if (!perms) return false;
  return perms.any([PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild, PermissionFlagsBits.Administrator], true);
}

/** The values of a slash command's options, by the command's own option names. */
export function argsOf(command: Command, get: (name: string) => string | number | boolean | null | undefined): CommandArgs {
  const args: CommandArgs = {};
  for (const o of command.options) {
    const v = get(o.name.toLowerCase());
    if (v === null || v === undefined) continue;
    args[o.name] = typeof v === 'string' && o.choices ? v.toLowerCase() : v;
  }
  return args;
}
