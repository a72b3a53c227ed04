/**
 * A fake Discord for tests: the REST API (`/api/v10/...`) and the gateway websocket, both on
 * 127.0.0.1, enough for the real discord.js to log in, register commands, receive
 * interactions and answer them. It records every request, can inject interactions (slash
 * commands, autocomplete, buttons, modal submits), fail chosen requests (429s, 5xx, 403s) and
 * drop the gateway connection so a client has to resume.
 *
 * Usage:
 * ```ts
 * const discord = await startFakeDiscord();
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
 * await client.login('test-token');
 * const i = discord.slashCommand('brief');
 * const reply = await i.waitForReply();   // the visible message (reply, or the edit after a defer)
 * await discord.close();
 * ```
 * See PLATFORMS.md for what real Discord does that this imitates.
 */
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';
import { FakeDiscordState, type JsonObject } from './discord-state.ts';
import { FakeRateLimits } from './discord-rate-limits.ts';
import type { FailRule, FakeDiscord, FakeDiscordOptions, GatewayFrame, InteractionHandle, RecordedRequest } from './discord-types.ts';

export type { FakeChannel, FakeMessage, FakeUser, JsonObject } from './discord-state.ts';
export type * from './discord-types.ts';

const PREFIX = '/api/v10';

/** Start a fake Discord on 127.0.0.1 (a free port). */
export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const state = new FakeDiscordState({ applicationId: opts.applicationId, guildId: opts.guildId });
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const requests: RecordedRequest[] = [];
  const gatewayFrames: GatewayFrame[] = [];
  const gatewayCloses: FakeDiscord['gatewayCloses'] = [];
  const failRules: (FailRule & { left: number })[] = [];
  const noThreads = new Set(opts.noThreadChannels ?? []);
  const rateLimits = opts.rateLimits ? new FakeRateLimits(opts.rateLimits === true ? {} : opts.rateLimits) : null;
  const commands: FakeDiscord['commands'] = { global: null, guilds: new Map() };

  // Gateway session: one at a time, with the sequence log kept for resumes.
  const sessionId = `session-${state.snowflake()}`;
  let seq = 0;
  const eventLog: { s: number; t: string; d: unknown }[] = [];
  let live: WebSocket | null = null;
  let liveReady = false;
  let connectionCount = 0;
  const sockets = new Set<WebSocket>();
  /** Sessions of shards other than the guild's (see FakeDiscordOptions.shards). */
  const sideSessions = new Set<WebSocket>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        handleHttp(req, res, Buffer.concat(chunks));
      } catch (e) {
        send(res, 500, { message: `fake discord crashed: ${String(e)}`, code: 0 });
      }
    });
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/gateway')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => onGateway(ws));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  function send(res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): number {
    if (body === undefined || status === 204) {
      res.writeHead(status === 200 && body === undefined ? 204 : status, headers);
      res.end();
    } else {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    }
    return status;
  }

  function record(r: Omit<RecordedRequest, 'index'>): void {
    const rec = { ...r, index: requests.length };
    requests.push(rec);
    events.emit('request', rec);
  }

  function failFor(method: string, path: string): (FailRule & { left: number }) | undefined {
    const rule = failRules.find(
      (f) => f.left > 0 && (!f.method || f.method.toUpperCase() === method) && (typeof f.path === 'string' ? f.path === path : f.path.test(path)),
    );
    if (rule) rule.left--;
    return rule;
  }

  function handleHttp(req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer): void {
    const url = new URL(req.url ?? '/', base);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = decodeURIComponent(url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname);
    let body: unknown = undefined;
    if (raw.length) {
      const text = raw.toString('utf8');
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const done = (status: number) => record({ method, path, query: url.searchParams, headers: req.headers, body, status });

    const rule = failFor(method, path);
    if (rule) {
      const status = rule.status ?? 429;
      if (status === 429) {
        const after = rule.retryAfter ?? 0.2;
        const headers: Record<string, string> = {
          'retry-after': String(after),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(after),
          'x-ratelimit-reset': String(Date.now() / 1000 + after),
          'x-ratelimit-bucket': 'fake-bucket',
          'x-ratelimit-scope': rule.global ? 'global' : 'user',
        };
        if (rule.global) headers['x-ratelimit-global'] = 'true';
        done(send(res, 429, rule.body ?? { message: 'You are being rate limited.', retry_after: after, global: !!rule.global }, headers));
      } else {
        done(send(res, status, rule.body ?? defaultError(status)));
      }
      return;
    }

    if (rateLimits) {
      const verdict = rateLimits.check(method, path);
      if (verdict.refused) {
        done(send(res, 429, verdict.refused.body, verdict.headers));
        return;
      }
      for (const [k, v] of Object.entries(verdict.headers)) res.setHeader(k, v);
    }

    const isInteractionRoute = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
    if (!isInteractionRoute) {
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('Bot ') || (opts.token !== undefined && auth !== `Bot ${opts.token}`)) {
        done(send(res, 401, { message: '401: Unauthorized', code: 0 }));
        return;
      }
    }
    done(route(method, path, url.searchParams, body, res));
  }

  function route(method: string, path: string, query: URLSearchParams, body: unknown, res: http.ServerResponse): number {
    const b = (body ?? {}) as JsonObject;
    let m: RegExpExecArray | null;
    if (method === 'GET' && (path === '/gateway/bot' || path === '/gateway')) {
      return send(res, 200, {
        url: gatewayUrl,
        shards: opts.shards ?? 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }
    if ((m = /^\/applications\/(\d+)\/commands$/.exec(path))) {
      if (m[1] !== state.applicationId) return send(res, 404, { message: 'Unknown Application', code: 10002 });
      if (method === 'PUT') commands.global = withIds(b as unknown as JsonObject[]);
      return send(res, 200, commands.global ?? []);
    }
    if ((m = /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/.exec(path))) {
      if (m[1] !== state.applicationId) return send(res, 404, { message: 'Unknown Application', code: 10002 });
      if (method === 'PUT') commands.guilds.set(m[2], withIds(b as unknown as JsonObject[], m[2]));
      return send(res, 200, commands.guilds.get(m[2]) ?? []);
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const it = state.interactions.get(m[1]);
      if (!it || it.token !== m[2]) return send(res, 404, { message: 'Unknown interaction', code: 10062 });
      if (it.responded) return send(res, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      it.responded = true;
      const msg = state.respond(it, b);
      if (query.get('with_response') === 'true') {
        return send(res, 200, { interaction: { id: it.id, type: it.payload.type }, resource: { type: b.type, message: msg } });
      }
      return send(res, 204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/.exec(path))) {
      const it = state.byToken(m[2]);
      const msg = it && (m[3] === '@original' ? it.original : state.messages.get(m[3]));
      if (!it || !msg) return send(res, 404, { message: 'Unknown Message', code: 10008 });
      if (method === 'PATCH') return send(res, 200, state.edit(msg, b));
      if (method === 'DELETE') {
        state.remove(msg);
        return send(res, 204);
      }
      return send(res, 200, msg);
    }
    if (method === 'POST' && (m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path))) {
      const it = state.byToken(m[2]);
      if (!it) return send(res, 404, { message: 'Unknown Webhook', code: 10015 });
      if (!it.responded) return send(res, 400, { message: 'Interaction has not been acknowledged.', code: 40061 });
      return send(res, 200, state.followup(it, b));
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const ch = state.channels.get(m[1]);
      if (!ch) return send(res, 404, { message: 'Unknown Channel', code: 10003 });
      if (method === 'GET') return send(res, 200, state.channelMessages(ch.id).slice().reverse());
      if (method !== 'POST') return send(res, 405, { message: '405: Method Not Allowed', code: 0 });
      const problem = validateMessage(b);
      if (problem) return send(res, 400, { message: `Invalid Form Body: ${problem}`, code: 50035 });
      return send(res, 200, state.post(ch, b));
    }
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path)) && method === 'POST') {
      const ch = state.channels.get(m[1]);
      const msg = state.messages.get(m[2]);
      if (!ch || !msg || msg.channel_id !== ch.id) return send(res, 404, { message: 'Unknown Message', code: 10008 });
      if (noThreads.has(ch.id)) return send(res, 403, { message: 'Missing Permissions', code: 50013 });
      if (ch.type === 11 || ch.type === 12) return send(res, 400, { message: 'Cannot create a thread in a thread', code: 50024 });
      if (state.channels.has(msg.id)) return send(res, 400, { message: 'A thread has already been created for this message', code: 160004 });
      const thread = state.addThread(ch.id, String(b.name ?? 'thread'), msg.id);
      msg.flags |= 32; // HAS_THREAD
      dispatch('THREAD_CREATE', { ...thread, newly_created: true });
      return send(res, 201, thread);
    }
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path)) && method === 'GET') {
      const msg = state.messages.get(m[2]);
      return msg && msg.channel_id === m[1] ? send(res, 200, msg) : send(res, 404, { message: 'Unknown Message', code: 10008 });
    }
    if ((m = /^\/channels\/(\d+)$/.exec(path)) && method === 'GET') {
      const ch = state.channels.get(m[1]);
      return ch ? send(res, 200, ch) : send(res, 404, { message: 'Unknown Channel', code: 10003 });
    }
    return send(res, 404, { message: '404: Not Found', code: 0 });
  }

  function withIds(list: JsonObject[], guildId?: string): JsonObject[] {
    if (!Array.isArray(list)) return [];
    return list.map((c) => ({
      ...c,
      id: state.snowflake(),
      application_id: state.applicationId,
      version: state.snowflake(),
      type: c.type ?? 1,
      ...(guildId ? { guild_id: guildId } : {}),
    }));
  }

  // --- gateway ---------------------------------------------------------------------------
  function onGateway(ws: WebSocket): void {
    const connection = ++connectionCount;
    sockets.add(ws);
    let closedByServer = false;
    (ws as WebSocket & { closedByServer?: () => void }).closedByServer = () => {
      closedByServer = true;
    };
    ws.on('close', (code) => {
      sockets.delete(ws);
      gatewayCloses.push({ connection, code, byClient: !closedByServer });
      if (live === ws) {
        live = null;
        liveReady = false;
      }
      events.emit('gateway-close');
    });
    ws.on('message', (data) => {
      let frame: { op: number; d: unknown };
      try {
        frame = JSON.parse(String(data)) as { op: number; d: unknown };
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      const rec = { op: frame.op, d: frame.d, connection };
      gatewayFrames.push(rec);
      events.emit('gateway', rec);
      onFrame(ws, rec);
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: opts.heartbeatIntervalMs ?? 41_250 }, s: null, t: null }));
  }

  function onFrame(ws: WebSocket, f: GatewayFrame): void {
    const d = (f.d ?? {}) as JsonObject;
    if (f.op === 1) {
      ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
    } else if (f.op === 2) {
      if (opts.token !== undefined && d.token !== opts.token) {
        ws.close(4004, 'Authentication failed.');
        return;
      }
      const [shardId, shardCount] = Array.isArray(d.shard) ? (d.shard as number[]) : [0, 1];
      if (shardId !== guildShard(shardCount)) {
        // A shard without the fake's guild: a session of its own that no guild event reaches.
        sideSessions.add(ws);
        ws.on('close', () => sideSessions.delete(ws));
        ws.send(JSON.stringify({ op: 0, s: 1, t: 'READY', d: { ...readyPayload([shardId, shardCount]), guilds: [], session_id: `${sessionId}-shard-${shardId}` } }));
        events.emit('identified', f);
        return;
      }
      live = ws;
      liveReady = true;
      seq = 0;
      eventLog.length = 0;
      dispatch('READY', readyPayload([shardId, shardCount]));
      dispatch('GUILD_CREATE', state.guildPayload());
      events.emit('identified', f);
    } else if (f.op === 6) {
      if (d.session_id !== sessionId) {
        ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
        return;
      }
      live = ws;
      liveReady = true;
      const from = Number(d.seq ?? 0);
      for (const e of eventLog) if (e.s > from) ws.send(JSON.stringify({ op: 0, ...e }));
      dispatch('RESUMED', null);
    }
  }

  /** The shard Discord sends the fake guild's events to. */
  function guildShard(count: number): number {
    return Number((BigInt(state.guildId) >> 22n) % BigInt(count));
  }

  function readyPayload(shard: number[]): JsonObject {
    return {
      v: 10,
      user: state.botUser,
      guilds: [{ id: state.guildId, unavailable: true }],
      session_id: sessionId,
      resume_gateway_url: gatewayUrl,
      shard,
      application: { id: state.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      user_settings: {},
      geo_ordered_rtc_regions: [],
    } as unknown as JsonObject;
  }

  function dispatch(t: string, d: unknown): void {
    const e = { s: ++seq, t, d };
    eventLog.push(e);
    if (live && liveReady && live.readyState === WebSocket.OPEN) live.send(JSON.stringify({ op: 0, ...e }));
  }

  // --- waiting -----------------------------------------------------------------------------
  /** Resolves with `check()` as soon as it is defined, re-checking on every event `name`. */
  function waitUntil<T>(name: string, check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = check();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const onEvent = () => {
        const v = check();
        if (v === undefined) return;
        cleanup();
        resolve(v);
      };
      const timer = setTimeout(() => {
        cleanup();
        const recent = requests.slice(-8).map((r) => `${r.method} ${r.path} -> ${r.status}`);
        reject(new Error(`fake discord: timed out after ${timeoutMs} ms waiting for ${what}; recent requests: ${recent.join(', ') || 'none'}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        events.off(name, onEvent);
      };
      events.on(name, onEvent);
    });
  }

  const waitFor: FakeDiscord['waitFor'] = (pred, timeoutMs = 5000) =>
    waitUntil('request', () => requests.find(pred), timeoutMs, 'a matching request');
  const waitForGateway: FakeDiscord['waitForGateway'] = (pred, timeoutMs = 5000) =>
    waitUntil('gateway', () => gatewayFrames.find(pred), timeoutMs, 'a gateway frame');

  // --- interactions ------------------------------------------------------------------------
  function handle(payload: JsonObject): InteractionHandle {
    const it = state.addInteraction(payload);
    const mine = (r: RecordedRequest) => r.path.includes(`/${it.token}`);
    const settled = () => {
      const o = it.original;
      return o && !(Number(o.flags ?? 0) & 128) ? o : undefined;
    };
    return {
      id: it.id,
      token: it.token,
      payload: it.payload,
      requests: () => requests.filter(mine),
      waitForCallback: () => waitFor((r) => mine(r) && r.path.endsWith('/callback')),
      // The interaction is acknowledged within 5 s (Discord's own deadline is 3 s); a deferred
      // reply may then take longer (Discord allows 15 minutes), so its content gets 20 s: on a
      // loaded machine the first parse worker alone can take seconds to boot.
      waitForReply: async () => {
        await waitFor((r) => mine(r) && r.path.endsWith('/callback'));
        return waitUntil('request', settled, 20_000, `a reply to interaction ${it.id}`);
      },
      waitForFollowups: async (n) => {
        await waitFor((r) => mine(r) && r.path.endsWith('/callback'));
        return waitUntil('request', () => (it.followups.length >= n ? it.followups.slice() : undefined), 20_000, `${n} follow-ups to interaction ${it.id}`);
      },
      original: () => it.original,
      followups: () => it.followups.slice(),
    };
  }

  function sendInteraction(payload: JsonObject): InteractionHandle {
    const h = handle(payload);
    dispatch('INTERACTION_CREATE', h.payload);
    return h;
  }

  return {
    rateLimits,
    apiUrl: `${base}/api`,
    port,
    gatewayUrl,
    applicationId: state.applicationId,
    guildId: state.guildId,
    channelId: state.defaultChannelId,
    botUser: state.botUser,
    requests,
    gatewayFrames,
    gatewayCloses,
    commands,
    state,
    channelMessages: (id) => state.channelMessages(id),
    threadOf: (id) => {
      const ch = state.channels.get(id);
      return ch && ch.type === 11 ? ch : undefined;
    },
    setThreadsAllowed: (channelId, allowed) => {
      if (allowed) noThreads.delete(channelId);
      else noThreads.add(channelId);
    },
    createThread: (parentId, name) => {
      const thread = state.addThread(parentId, name);
      dispatch('THREAD_CREATE', { ...thread, newly_created: true });
      return thread;
    },
    sendInteraction,
    slashCommand: (name, options = {}, where = {}) => sendInteraction(state.commandPayload(name, options, null, where)),
    autocomplete: (name, options, focused, where = {}) => sendInteraction(state.commandPayload(name, options, focused, where)),
    pressButton: (message, customId, where = {}) => sendInteraction(state.buttonPayload(message, customId, where)),
    submitModal: (customId, fields, message, where = {}) => sendInteraction(state.modalPayload(customId, fields, message, where)),
    dispatch,
    waitFor,
    waitForGateway,
    waitForIdentify: (timeoutMs = 5000) =>
      waitUntil('identified', () => (liveReady ? gatewayFrames.find((f) => f.op === 2) : undefined), timeoutMs, 'IDENTIFY'),
    failNext: (rule) => failRules.push({ ...rule, left: rule.times ?? 1 }),
    disconnect: (code = 4000) => {
      const ws = live;
      if (!ws) return;
      live = null;
      liveReady = false;
      (ws as WebSocket & { closedByServer?: () => void }).closedByServer?.();
      ws.close(code, 'fake discord: disconnect');
    },
    close: async () => {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function defaultError(status: number): JsonObject {
  if (status === 403) return { message: 'Missing Permissions', code: 50013 };
  if (status === 404) return { message: 'Unknown Channel', code: 10003 };
  if (status >= 500) return { message: `${status}: Internal Server Error`, code: 0 };
  return { message: `${status}`, code: 0 };
}

/** Checks the limits Discord enforces on a created message. */
function validateMessage(b: JsonObject): string | null {
  const content = typeof b.content === 'string' ? b.content : '';
  const embeds = Array.isArray(b.embeds) ? (b.embeds as JsonObject[]) : [];
  if (!content && embeds.length === 0 && !b.components) return 'message is empty';
  if (content.length > 2000) return 'content longer than 2000';
  if (embeds.length > 10) return 'more than 10 embeds';
  if (b.nonce !== undefined && typeof b.nonce === 'string' && b.nonce.length > 25) return 'nonce longer than 25';
  const am = b.allowed_mentions as { parse?: unknown[]; roles?: unknown[]; users?: unknown[] } | undefined;
  // Discord refuses a type both parsed and listed ("mutually exclusive").
  if (am?.parse?.includes('roles') && am.roles) return 'allowed_mentions: roles in parse and roles given';
  if (am?.parse?.includes('users') && am.users) return 'allowed_mentions: users in parse and users given';
  return null;
}

/** `FakeDiscordServer.start()`: the same as `startFakeDiscord()`, for symmetry with `FakeSlack.start()`. */
export const FakeDiscordServer = { start: startFakeDiscord };
