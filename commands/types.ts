/**
 * What a command is and what it sees. Commands are platform-neutral: adapters build a
 * CommandContext from a platform event and render the returned Messages.
 */
import type { Logger } from 'pino';
import type { PlatformWords } from '../src/conversation/platform-words.ts';
import type { Message } from '../src/core/message/message.ts';
import type { Services } from '../src/services.ts';

export type OptionType = 'string' | 'integer' | 'boolean';

export interface CommandOption {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  /** Offer completions (Discord autocomplete) from `Command.complete`. */
  autocomplete?: boolean;
  /** Fixed choices (for subcommand-like options such as `action: add|list|remove`). */
  choices?: readonly string[];
  /** On text platforms (Slack, console) this option takes the rest of the line. */
  rest?: boolean;
}

export type CommandArgs = Record<string, string | number | boolean | undefined>;

/** A platform id: the built-in ones, or any registered in src/adapters/registry.ts. */
export type Platform = 'console' | 'discord' | 'slack' | (string & {});

export interface CommandContext {
  platform: Platform;
  user: { id: string; name?: string };
  /** Server (Discord guild) or workspace (Slack team); null in DMs and on the console. */
  guildId: string | null;
  channelId: string;
  /** The thread the command was run in, if any (Discord thread channel id, Slack thread_ts). */
  threadId: string | null;
  /**
   * True when the platform says this user may manage this channel: change its digest schedule,
   * its feeds, or make the bot ping a role or group there. Each adapter fills it (Discord:
   * Manage Channels, Manage Server or Administrator; Slack: a full workspace member, not a
   * guest; console: true); commands use only this, never the platform. See docs/platforms.md.
   */
  canManageChannel: boolean;
  /**
   * The platform's words (what it calls a server, how it writes and reads a mention). Commands
   * use `wordsOf(ctx)` (src/conversation/platform-words.ts): the plain words when none are given.
   */
  words?: PlatformWords;
  services: Services;
  log: Logger;
}

export interface Command {
  name: string;
  description: string;
  options: readonly CommandOption[];
  /** True when the command may take longer than the 3-second deadline: adapters defer first. */
  slow?: boolean;
  run(ctx: CommandContext, args: CommandArgs): Promise<Message | Message[]>;
  /** Own parser for text platforms when the generic one (see src/adapters/dispatch.ts) does not fit. */
  parseText?(text: string): CommandArgs;
  /** Completions for an autocomplete option: at most 25 `{name, value}`. */
  complete?(ctx: CommandContext, option: string, partial: string): Promise<{ name: string; value: string }[]>;
}
