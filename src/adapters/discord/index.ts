/**
 * The Discord adapter: a discord.js Client (Guilds intent only) pointed at
 * `DISCORD_API_URL`. Slash commands become CommandContexts run through the shared
 * dispatcher; replies are rendered by src/render/discord.ts. It holds no briefing logic.
 *
 * Every interaction gets a first response within Discord's 3-second deadline: commands
 * marked `slow` are deferred at once, others are deferred only when they are still running
 * after `deferAfterMs`. A UserError becomes an ephemeral reply; anything else is logged and
 * answered with a short ephemeral apology. Nothing thrown in a handler reaches discord.js.
 *
 * Threads: see ./context.ts (channelId = the thread's parent, threadId = the thread).
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type Interaction,
} from 'discord.js';
import type { Logger } from 'pino';
import { commands as allCommands } from '../../../commands/index.ts';
import type { Command } from '../../../commands/types.ts';
import { PostError, isUserError, userFacingMessage } from '../../core/errors.ts';
import type { Message } from '../../core/message/message.ts';
import type { Services } from '../../services.ts';
import { errorMessage, runCommand } from '../dispatch.ts';
import type { Adapter, PostOptions, PostResult } from '../types.ts';
import { registersCommands, shardOptions } from './shards.ts';
import { argsOf, contextOf } from './context.ts';
import { ASK_BUTTON_PREFIX, ASK_MODAL_PREFIX, articleIdFrom, onAskButton, onAskModal, type FollowUpDeps } from './follow-ups.ts';
import { postPayloads } from './post.ts';
import { nameFromMessage, threadUnder, type KnownThreads } from './threads.ts';
import { describeRegistration, registerCommands, registrationError } from './register.ts';
import { answerInTime, deliver, payloadsOf, plainPayload, type Repliable } from './respond.ts';

export interface DiscordAdapterOptions {
  services: Services;
  log: Logger;
  /** The commands to offer (default: commands/index.ts). */
  commands?: readonly Command[];
  /** Defer a command that is not marked slow once it has run this long (default 2000 ms). */
  deferAfterMs?: number;
  /** Extra discord.js client options (tests). */
  clientOptions?: Partial<ClientOptions>;
  /** How long start() waits for the gateway to be ready (default 60 s). */
  readyTimeoutMs?: number;
}

export class DiscordAdapter implements Adapter {
  readonly platform = 'discord' as const;
  /** The discord.js client; null until start(). */
  client: Client | null = null;
  private readonly log: Logger;
  private readonly commands: readonly Command[];
  /** Threads this adapter created or found: by their message, and their parent channels. */
  private readonly threads: KnownThreads = { byMessage: new Map(), parents: new Map() };
  private readonly threadParents = this.threads.parents;
  private stopped = false;

  constructor(private readonly opts: DiscordAdapterOptions) {
    this.log = opts.log.child({ platform: 'discord' });
    this.commands = opts.commands ?? allCommands;
  }

  /** Log in, wait for the gateway to be ready, register the commands (unless disabled). */
  async start(): Promise<void> {
    const { config } = this.opts.services;
    const token = config.discord.token;
    if (!token) throw new Error('DISCORD_TOKEN is not set');
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      // Interactions in threads the client has not cached still carry their channel.
      partials: [Partials.Channel],
      rest: { api: config.discord.apiUrl },
      allowedMentions: { parse: [] },
      // DISCORD_SHARDS / DISCORD_SHARD_IDS: which shards (and so which guilds) this process serves.
      ...shardOptions(config.discord),
      ...this.opts.clientOptions,
    });
    this.client = client;
    client.on(Events.InteractionCreate, (i) => void this.onInteraction(i));
    client.on(Events.Error, (e) => this.log.error({ err: e }, 'discord client error'));
    client.on(Events.Warn, (m) => this.log.warn({ detail: m }, 'discord client warning'));
    client.on(Events.ShardDisconnect, (ev, shard) => this.log.warn({ code: ev.code, shard }, 'gateway disconnected'));
    client.on(Events.ShardResume, (shard, replayed) => this.log.info({ shard, replayed }, 'gateway resumed'));
    client.on(Events.ShardReconnecting, (shard) => this.log.info({ shard }, 'gateway reconnecting'));

    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Discord gateway did not become ready in time')), this.opts.readyTimeoutMs ?? 60_000);
      client.once(Events.ClientReady, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    try {
      await client.login(token);
      await ready;
    } catch (e) {
      await client.destroy().catch(() => undefined);
      // A TypeError or SyntaxError here means the API answered something that is not Discord's
      // JSON (a proxy's error page, a wrong DISCORD_API_URL): say that, not "reading 'reset_after'".
      if (e instanceof TypeError || e instanceof SyntaxError) {
        throw new Error(`Discord's API at ${config.discord.apiUrl} answered something that is not what Discord sends (${e instanceof SyntaxError ? 'not JSON' : 'JSON of another shape'}): check DISCORD_API_URL.`, { cause: e });
      }
      throw e;
    }
    this.log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'logged in to Discord');
    if (registersCommands(config.discord)) await this.register();
  }

  /** Bulk-overwrite the commands; a failure is logged, not fatal (old registrations still work). */
  async register(): Promise<void> {
    const { applicationId, guildId } = this.opts.services.config.discord;
    const appId = applicationId ?? this.client?.application?.id;
    if (!this.client || !appId) {
      this.log.warn('not registering commands: no application id');
      return;
    }
    try {
      const r = await registerCommands(this.client.rest, { applicationId: appId, guildId }, this.commands);
      this.log.info({ scope: r.scope, guildId: r.guildId, commands: r.names }, describeRegistration(r));
    } catch (e) {
      this.log.error({ err: e }, `could not register commands: ${registrationError(e)}`);
    }
  }

  async stop(): Promise<void> {
    if (this.stopped || !this.client) return;
    this.stopped = true;
    await this.client.destroy();
    this.log.info('Discord gateway closed');
  }

  /**
   * Post to a channel or thread, split as needed. Throws PostError. With `threadOf` (a message
   * id in this channel) the post goes into the thread on that message, started now if it has
   * none, or, where threads are not allowed, replies to it. `ping` pings that role alone
   * (post.ts). With a dedupeKey every
   * part carries a nonce derived from it (enforce_nonce), so `retry` needs no history lookup:
   * Discord itself returns the message already posted. Discord does not say whether it did,
   * so `alreadyPosted` is never set here.
   */
  async post(channelId: string, message: Message, options: PostOptions = {}): Promise<PostResult> {
    if (!this.client || this.stopped) {
      throw new PostError('The Discord adapter is not running.', { code: 'discord_not_running', retryable: true });
    }
    if (options.ping && this.client.guilds.cache.has(options.ping.id)) {
      // A server's @everyone role has the server's id: an opt-in ping never reaches everyone.
      throw new PostError('The @everyone role cannot be pinged: nothing was posted.', { code: 'discord_bad_ping', retryable: false });
    }
    const payloads = payloadsOf([{ ...message, ephemeral: false }]);
    let target = channelId;
    let firstExtra: Record<string, unknown> | undefined;
    if (options.threadOf) {
      // The thread started on the earlier post is named after that post.
      const rest = this.client.rest;
      const threadOf = options.threadOf;
      const under = await threadUnder(rest, channelId, threadOf, () => nameFromMessage(rest, channelId, threadOf), this.threads, this.log);
      if (under.threadId) target = under.threadId;
      else firstExtra = { message_reference: { message_id: under.replyTo, fail_if_not_exists: false } };
    }
    const messageIds = await postPayloads(this.client.rest, target, payloads, { dedupeKey: options.dedupeKey, firstExtra, pingRole: options.ping?.id });
    return { messageIds };
  }

  private deps(): FollowUpDeps {
    return { services: this.opts.services, log: this.log, rest: (this.client as Client).rest, commands: this.commands, threads: this.threads };
  }

  /** One interaction; never throws. */
  private async onInteraction(interaction: Interaction): Promise<void> {
    const log = this.log.child({ interaction: interaction.id, user: interaction.user.id });
    try {
      if (interaction.isAutocomplete()) return await this.onAutocomplete(interaction, log);
      if (interaction.isChatInputCommand()) return await this.onCommand(interaction, log);
      if (interaction.isButton()) {
        const articleId = articleIdFrom(interaction.customId, ASK_BUTTON_PREFIX);
        if (!articleId) return await deliver(interaction, [plainPayload('That button no longer does anything.', true)]);
        const refusal = await onAskButton(interaction, articleId, this.deps());
        if (refusal) await deliver(interaction, [refusal]);
        return;
      }
      if (interaction.isModalSubmit()) {
        const articleId = articleIdFrom(interaction.customId, ASK_MODAL_PREFIX);
        if (!articleId) return await deliver(interaction, [plainPayload('That form has expired.', true)]);
        await answerInTime(interaction, () => onAskModal(interaction, articleId, this.deps()).catch((e: unknown) => failure(e, log)), {
          deferNow: true,
          deferAfterMs: 0,
          ephemeral: true,
          log,
        });
      }
    } catch (e) {
      log.error({ err: e }, 'interaction failed');
      await this.apologise(interaction, e, log);
    }
  }

  private async onCommand(interaction: ChatInputCommandInteraction, log: Logger): Promise<void> {
    const command = this.commands.find((c) => c.name === interaction.commandName);
    if (!command) {
      await deliver(interaction, [plainPayload(`/${interaction.commandName} is not a command of this bot any more.`, true)]);
      return;
    }
    const clog = log.child({ command: command.name });
    const ctx = contextOf(interaction, this.opts.services, clog, this.threadParents);
    const args = argsOf(command, (name) => interaction.options.get(name)?.value);
    await answerInTime(interaction, async () => payloadsOf(await runCommand(command, ctx, args)), {
      deferNow: Boolean(command.slow),
      deferAfterMs: this.opts.deferAfterMs ?? 2000,
      log: clog,
    });
  }

  private async onAutocomplete(interaction: AutocompleteInteraction, log: Logger): Promise<void> {
    const command = this.commands.find((c) => c.name === interaction.commandName);
    const focused = interaction.options.getFocused(true);
    let choices: { name: string; value: string }[] = [];
    if (command?.complete) {
      try {
        const ctx = contextOf(interaction, this.opts.services, log, this.threadParents);
        choices = await command.complete(ctx, focused.name, String(focused.value ?? ''));
      } catch (e) {
        log.warn({ err: e, command: command.name }, 'autocomplete failed');
      }
    }
    await interaction.respond(
      choices.slice(0, 25).map((c) => ({ name: c.name.length > 100 ? `${c.name.slice(0, 99)}…` : c.name || c.value, value: c.value.slice(0, 100) })),
    );
  }

  /** Last resort: tell the user something went wrong, if the interaction can still be answered. */
  private async apologise(interaction: Interaction, e: unknown, log: Logger): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        await deliver(interaction as Repliable, payloadsOf([errorMessage(userFacingMessage(e))]));
      }
    } catch (e2) {
      log.warn({ err: e2 }, 'could not even apologise to the user');
    }
  }
}

/** An error inside a handler, as the payloads to answer with (and logged unless a UserError). */
function failure(e: unknown, log: Logger): ReturnType<typeof payloadsOf> {
  if (!isUserError(e)) log.error({ err: e }, 'follow-up failed');
  return payloadsOf([errorMessage(userFacingMessage(e))]);
}
