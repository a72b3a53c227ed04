/**
 * The types of the fake Discord (tests/fakes/discord-server.ts): what it records, the faults it
 * can inject and the handle a test holds.
 */
import type http from 'node:http';
import type { FakeChannel, FakeDiscordState, FakeMessage, FakeUser, JsonObject } from './discord-state.ts';
import type { FakeRateLimitOptions, FakeRateLimits } from './discord-rate-limits.ts';

/** One HTTP request the client made. `path` is decoded and has no `/api/v10` prefix. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  /** Status the fake answered with. */
  status: number;
  /** Position in `requests` (0-based). */
  index: number;
}

/** One gateway payload the client sent (`op` 1 heartbeat, 2 identify, 6 resume, ...). */
export interface GatewayFrame {
  op: number;
  d: unknown;
  connection: number;
}

/** A request the fake should fail instead of serving. */
export interface FailRule {
  method?: string;
  /** Matched against the decoded path without `/api/v10` (a string must match exactly). */
  path: string | RegExp;
  /** Default 429. */
  status?: number;
  /** Seconds, for 429s (may be fractional). Default 0.2. */
  retryAfter?: number;
  /** A global rate limit (`X-RateLimit-Global: true`). */
  global?: boolean;
  /** How many matching requests to fail. Default 1. */
  times?: number;
  /** JSON error body; default `{message, code}` suited to the status. */
  body?: JsonObject;
}

/** Where an injected interaction happens and who triggers it. */
export interface Where {
  /** A text channel id (default: the guild's first channel). With `threadId`, the thread's parent. */
  channelId?: string;
  /** Run the interaction inside this thread (created by the bot or with `createThread`). */
  threadId?: string;
  /** false: a DM with the user instead of a guild channel. */
  guild?: boolean;
  userId?: string;
  username?: string;
  /** The member's permission bitfield (decimal string). Default: a regular member. */
  permissions?: string;
  /** Shortcut: add Manage Channels (1 << 4) to the member's permissions. */
  manageChannels?: boolean;
}

/** An injected interaction and what the bot did with it. */
export interface InteractionHandle {
  id: string;
  token: string;
  payload: JsonObject;
  /** Every request made with this interaction's token (callback, edits, follow-ups). */
  requests(): RecordedRequest[];
  /** The interaction callback (`POST /interactions/{id}/{token}/callback`) once it arrives. */
  waitForCallback(): Promise<RecordedRequest>;
  /** The first visible answer: a type-4 reply, or the original message once edited after a defer. */
  waitForReply(): Promise<FakeMessage>;
  /** Waits until `n` follow-up messages exist, and returns them. */
  waitForFollowups(n: number): Promise<FakeMessage[]>;
  /** The original response message, if any. */
  original(): FakeMessage | undefined;
  followups(): FakeMessage[];
}

export interface FakeDiscordOptions {
  applicationId?: string;
  guildId?: string;
  /** When set, REST calls and IDENTIFY must carry this token (else 401 / close 4004). */
  token?: string;
  /** Channels where the bot may not create threads (403 Missing Permissions). */
  noThreadChannels?: string[];
  /** Gateway heartbeat interval sent in HELLO (ms). Default 41250, as Discord does. */
  heartbeatIntervalMs?: number;
  /** Enforce Discord's rate limits with their headers (see discord-rate-limits.ts); off by default. */
  rateLimits?: FakeRateLimitOptions | true;
}

export interface FakeDiscord {
  /** The rate limiter when `rateLimits` is on (how many requests it refused). */
  rateLimits: FakeRateLimits | null;
  /** Give this as `rest.api` to discord.js (it appends `/v10`). */
  apiUrl: string;
  port: number;
  gatewayUrl: string;
  applicationId: string;
  guildId: string;
  /** The default text channel. */
  channelId: string;
  botUser: FakeUser;
  requests: RecordedRequest[];
  gatewayFrames: GatewayFrame[];
  /** Close codes of gateway connections the client or the fake closed. */
  gatewayCloses: { connection: number; code: number; byClient: boolean }[];
  /** Registered commands: `global`, or per guild id. */
  commands: { global: JsonObject[] | null; guilds: Map<string, JsonObject[]> };
  state: FakeDiscordState;
  /** Messages posted in a channel or thread, oldest first. */
  channelMessages(channelId: string): FakeMessage[];
  /** A thread on a message, if one was created. */
  threadOf(messageId: string): FakeChannel | undefined;
  /** Allow or refuse (403 Missing Permissions) thread creation in a channel. */
  setThreadsAllowed(channelId: string, allowed: boolean): void;
  /** Create a thread as a user would (the gateway gets THREAD_CREATE). */
  createThread(parentId: string, name: string): FakeChannel;
  sendInteraction(payload: JsonObject): InteractionHandle;
  slashCommand(name: string, options?: Record<string, string | number | boolean>, where?: Where): InteractionHandle;
  autocomplete(name: string, options: Record<string, string | number | boolean>, focused: string, where?: Where): InteractionHandle;
  pressButton(message: FakeMessage, customId: string, where?: Where): InteractionHandle;
  submitModal(customId: string, fields: Record<string, string>, message?: FakeMessage, where?: Where): InteractionHandle;
  /** Send a dispatch event (queued and replayed on resume when no connection is up). */
  dispatch(t: string, d: unknown): void;
  /** Resolves with the first request (recorded or future) matching `pred`. */
  waitFor(pred: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  waitForGateway(pred: (f: GatewayFrame) => boolean, timeoutMs?: number): Promise<GatewayFrame>;
  /** Resolves when a client has identified and been sent READY + GUILD_CREATE. */
  waitForIdentify(timeoutMs?: number): Promise<GatewayFrame>;
  failNext(rule: FailRule): void;
  /** Close the gateway connection from the server side (4000: unknown error, resumable). */
  disconnect(code?: number): void;
  close(): Promise<void>;
}
