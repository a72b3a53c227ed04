/**
 * The state behind the fake Discord (tests/fakes/discord-server.ts): guild, channels, threads,
 * messages and interactions, and the payload shapes Discord sends and returns. No I/O here.
 */

export type JsonObject = Record<string, unknown>;

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

export interface FakeChannel extends JsonObject {
  id: string;
  type: number;
  name: string;
  guild_id?: string;
  parent_id?: string | null;
}

export interface FakeMessage extends JsonObject {
  id: string;
  channel_id: string;
  content: string;
  embeds: JsonObject[];
  components: JsonObject[];
  flags: number;
  author: FakeUser;
  nonce?: string | number;
  allowed_mentions?: unknown;
  message_reference?: JsonObject;
  /** The interaction this message answers, when it is a reply or follow-up. */
  interaction_id?: string;
}

export interface FakeInteraction {
  id: string;
  token: string;
  payload: JsonObject;
  responded: boolean;
  /** Where replies to it appear (the thread when run in one). */
  channelId: string | null;
  original?: FakeMessage;
  followups: FakeMessage[];
  /** The modal shown in answer (callback type 9). */
  modal?: JsonObject;
  /** Autocomplete choices returned (callback type 8). */
  choices?: JsonObject[];
}

/**
 * Who Discord would notify for a message's content under its allowed_mentions: an absent
 * allowed_mentions lets every mention in the content ping; `parse` lists the kinds that may
 * (`everyone` covers @here too); `roles` / `users` name the only ids that may. Embeds never ping.
 */
export function pingsOf(content: string, allowed: unknown): { everyone: boolean; roles: string[]; users: string[] } {
  const am = (allowed ?? { parse: ['everyone', 'roles', 'users'] }) as { parse?: string[]; roles?: string[]; users?: string[] };
  const parse = am.parse ?? [];
  const roles = [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]);
  const users = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1]);
  const pick = (found: string[], kind: string, listed?: string[]): string[] =>
    [...new Set(found.filter((id) => parse.includes(kind) || (listed ?? []).includes(id)))];
  return {
    everyone: parse.includes('everyone') && /@(everyone|here)\b/.test(content),
    roles: pick(roles, 'roles', am.roles),
    users: pick(users, 'users', am.users),
  };
}

/** The mention fields of a created message: who it pinged. */
function mentionFields(content: string, allowed: unknown): JsonObject {
  const p = pingsOf(content, allowed);
  return { mention_everyone: p.everyone, mention_roles: p.roles, mentions: p.users.map((id) => ({ id, username: `user${id}`, discriminator: '0', global_name: null, avatar: null })) };
}

const DISCORD_EPOCH = 1_420_070_400_000n;
const bit = (n: number) => 1n << BigInt(n);
/** View Channel, Send Messages, Embed Links, Read History, Use Commands, Public Threads, Send in Threads. */
export const MEMBER_PERMISSIONS = bit(10) | bit(11) | bit(14) | bit(16) | bit(31) | bit(35) | bit(38);
export const MANAGE_CHANNELS = bit(4);
const BOT_PERMISSIONS = bit(10) | bit(11) | bit(14) | bit(16) | bit(35) | bit(38);

const OPTION_TYPE = { string: 3, number: 4, boolean: 5 } as const;

export interface WhereLike {
  channelId?: string;
  threadId?: string;
  guild?: boolean;
  userId?: string;
  username?: string;
  permissions?: string;
  manageChannels?: boolean;
}

export class FakeDiscordState {
  readonly applicationId: string;
  readonly guildId: string;
  readonly defaultChannelId: string;
  readonly botUser: FakeUser;
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, FakeMessage>();
  readonly interactions = new Map<string, FakeInteraction>();
  private counter = 0n;
  private readonly nonces = new Map<string, FakeMessage>();

  constructor(opts: { applicationId?: string; guildId?: string } = {}) {
    this.applicationId = opts.applicationId ?? this.snowflake();
    this.guildId = opts.guildId ?? this.snowflake();
    this.botUser = { id: this.applicationId, username: 'newsbrief', global_name: null, discriminator: '0', avatar: null, bot: true };
    const general: FakeChannel = { id: this.snowflake(), type: 0, name: 'general', guild_id: this.guildId, parent_id: null, position: 0, permission_overwrites: [] };
    const news: FakeChannel = { id: this.snowflake(), type: 0, name: 'news', guild_id: this.guildId, parent_id: null, position: 1, permission_overwrites: [] };
    this.channels.set(general.id, general);
    this.channels.set(news.id, news);
    this.defaultChannelId = general.id;
  }

  /** A new, increasing snowflake whose timestamp is now. */
  snowflake(): string {
    this.counter++;
    return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (this.counter & 0x3fffffn)).toString();
  }

  /** The text channels of the guild (not threads). */
  textChannels(): FakeChannel[] {
    return [...this.channels.values()].filter((c) => c.type === 0);
  }

  guildPayload(): JsonObject {
    const channels = this.textChannels();
    const threads = [...this.channels.values()].filter((c) => c.type === 11);
    return {
      id: this.guildId,
      name: 'Fake Guild',
      icon: null,
      owner_id: '1',
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: new Date().toISOString(),
      features: [],
      roles: [{ id: this.guildId, name: '@everyone', permissions: MEMBER_PERMISSIONS.toString(), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      channels,
      threads,
      members: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      preferred_locale: 'en-US',
      premium_tier: 0,
      system_channel_flags: 0,
      verification_level: 0,
      nsfw_level: 0,
      mfa_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
    };
  }

  addThread(parentId: string, name: string, id?: string): FakeChannel {
    const thread: FakeChannel = {
      id: id ?? this.snowflake(),
      type: 11,
      name: name.slice(0, 100),
      guild_id: this.guildId,
      parent_id: parentId,
      owner_id: this.applicationId,
      message_count: 0,
      member_count: 1,
      rate_limit_per_user: 0,
      flags: 0,
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
    };
    this.channels.set(thread.id, thread);
    return thread;
  }

  channelMessages(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  byToken(token: string): FakeInteraction | undefined {
    for (const it of this.interactions.values()) if (it.token === token) return it;
    return undefined;
  }

  private message(channelId: string, b: JsonObject, extra: Partial<FakeMessage> = {}): FakeMessage {
    const msg: FakeMessage = {
      id: this.snowflake(),
      type: 0,
      channel_id: channelId,
      content: typeof b.content === 'string' ? b.content : '',
      embeds: Array.isArray(b.embeds) ? (b.embeds as JsonObject[]) : [],
      components: Array.isArray(b.components) ? (b.components as JsonObject[]) : [],
      flags: Number(b.flags ?? 0),
      author: this.botUser,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      attachments: [],
      pinned: false,
      allowed_mentions: b.allowed_mentions,
      ...mentionFields(typeof b.content === 'string' ? b.content : '', b.allowed_mentions),
      ...(b.nonce !== undefined ? { nonce: b.nonce as string | number } : {}),
      ...(b.message_reference ? { message_reference: b.message_reference as JsonObject } : {}),
      ...extra,
    };
    this.messages.set(msg.id, msg);
    return msg;
  }

  /** `POST /channels/{id}/messages`, with `enforce_nonce` de-duplication. */
  post(ch: FakeChannel, b: JsonObject): FakeMessage {
    const key = b.enforce_nonce && b.nonce !== undefined ? `${ch.id}:${String(b.nonce)}` : null;
    const seen = key ? this.nonces.get(key) : undefined;
    if (seen) return seen;
    const msg = this.message(ch.id, b);
    if (key) this.nonces.set(key, msg);
    return msg;
  }

  /** An interaction callback; returns the message it created, if any. */
  respond(it: FakeInteraction, b: JsonObject): FakeMessage | null {
    const data = (b.data ?? {}) as JsonObject;
    const extra = { interaction_id: it.id, webhook_id: this.applicationId, application_id: this.applicationId };
    switch (b.type) {
      case 4:
        it.original = this.message(it.channelId ?? '0', data, { ...extra, type: 20 });
        return it.original;
      case 5:
        it.original = this.message(it.channelId ?? '0', { ...data, flags: Number(data.flags ?? 0) | 128 }, { ...extra, type: 20 });
        return it.original;
      case 7: {
        const target = this.messages.get(String((it.payload.message as JsonObject | undefined)?.id));
        return target ? this.edit(target, data) : null;
      }
      case 8:
        it.choices = (data.choices ?? []) as JsonObject[];
        return null;
      case 9:
        it.modal = data;
        return null;
      default:
        return null;
    }
  }

  edit(msg: FakeMessage, b: JsonObject): FakeMessage {
    if ('content' in b) msg.content = typeof b.content === 'string' ? b.content : '';
    if ('embeds' in b) msg.embeds = Array.isArray(b.embeds) ? (b.embeds as JsonObject[]) : [];
    if ('components' in b) msg.components = Array.isArray(b.components) ? (b.components as JsonObject[]) : [];
    if ('allowed_mentions' in b) msg.allowed_mentions = b.allowed_mentions;
    msg.flags = msg.flags & ~128;
    msg.edited_timestamp = new Date().toISOString();
    return msg;
  }

  remove(msg: FakeMessage): void {
    this.messages.delete(msg.id);
    for (const it of this.interactions.values()) if (it.original === msg) it.original = undefined;
  }

  followup(it: FakeInteraction, b: JsonObject): FakeMessage {
    const msg = this.message(it.channelId ?? '0', b, { interaction_id: it.id, webhook_id: this.applicationId, application_id: this.applicationId });
    it.followups.push(msg);
    return msg;
  }

  addInteraction(partial: JsonObject): FakeInteraction {
    const id = typeof partial.id === 'string' ? partial.id : this.snowflake();
    const token = typeof partial.token === 'string' ? partial.token : `itoken-${id}-${Math.random().toString(36).slice(2, 10)}`;
    const payload: JsonObject = {
      application_id: this.applicationId,
      version: 1,
      entitlements: [],
      locale: 'en-US',
      authorizing_integration_owners: { '0': this.guildId },
      attachment_size_limit: 10_485_760,
      ...partial,
      id,
      token,
    };
    const channel = payload.channel as JsonObject | undefined;
    const it: FakeInteraction = { id, token, payload, responded: false, channelId: channel ? String(channel.id) : null, followups: [] };
    this.interactions.set(id, it);
    return it;
  }

  /** The `channel`, `guild_id`, `member`/`user` and `app_permissions` parts of an interaction. */
  private context(where: WhereLike): JsonObject {
    const user: FakeUser = { id: where.userId ?? '300000000000000001', username: where.username ?? 'reader', global_name: 'Reader', discriminator: '0', avatar: null };
    if (where.guild === false) {
      return { channel: { id: `9${user.id.slice(1)}`, type: 1, recipients: [user] }, channel_id: `9${user.id.slice(1)}`, user, context: 1, app_permissions: BOT_PERMISSIONS.toString() };
    }
    let perms = where.permissions !== undefined ? BigInt(where.permissions) : MEMBER_PERMISSIONS;
    if (where.manageChannels) perms |= MANAGE_CHANNELS;
    const channelId = where.threadId ?? where.channelId ?? this.defaultChannelId;
    const known = this.channels.get(channelId);
    const channel = known ?? { id: channelId, type: 0, name: 'unknown', guild_id: this.guildId, parent_id: null };
    return {
      channel: { ...channel, permissions: perms.toString() },
      channel_id: channelId,
      guild_id: this.guildId,
      guild: { id: this.guildId, locale: 'en-US', features: [] },
      guild_locale: 'en-US',
      member: { user, roles: [], permissions: perms.toString(), joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false },
      app_permissions: BOT_PERMISSIONS.toString(),
      context: 0,
    };
  }

  /** A slash command (type 2), or with `focused` an autocomplete request (type 4). */
  commandPayload(name: string, options: Record<string, string | number | boolean>, focused: string | null, where: WhereLike): JsonObject {
    const opts = Object.entries(options).map(([k, v]) => ({
      name: k,
      type: OPTION_TYPE[typeof v as 'string' | 'number' | 'boolean'],
      value: v,
      ...(focused === k ? { focused: true } : {}),
    }));
    const ctx = this.context(where);
    return {
      type: focused ? 4 : 2,
      data: { id: this.snowflake(), name, type: 1, options: opts, ...(ctx.guild_id ? { guild_id: ctx.guild_id } : {}) },
      ...ctx,
    };
  }

  /** A button press (type 3) on a message. */
  buttonPayload(message: FakeMessage, customId: string, where: WhereLike): JsonObject {
    return {
      type: 3,
      data: { custom_id: customId, component_type: 2 },
      message,
      ...this.context({ channelId: message.channel_id, ...where }),
    };
  }

  /** A modal submit (type 5); `message` is the message whose button opened the modal. */
  modalPayload(customId: string, fields: Record<string, string>, message: FakeMessage | undefined, where: WhereLike): JsonObject {
    return {
      type: 5,
      data: {
        custom_id: customId,
        components: Object.entries(fields).map(([k, v]) => ({ type: 18, id: 1, component: { type: 4, id: 2, custom_id: k, value: v } })),
      },
      ...(message ? { message } : {}),
      ...this.context({ channelId: message?.channel_id, ...where }),
    };
  }
}
