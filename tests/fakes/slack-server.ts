/**
 * A fake Slack on 127.0.0.1 that the real @slack/bolt talks to in tests.
 *
 * It plays three parts of Slack:
 * - the Web API (`{apiUrl}{method}`, methods in slack-web-api.ts): every call is recorded, and
 *   failures (429 with Retry-After, or `{ok:false, error}`) can be injected for the next N
 *   calls of a method;
 * - the `response_url` receiver that `respond()` posts to;
 * - the Socket Mode websocket (the URL `apps.connections.open` returns): it says hello, sends
 *   envelopes and resolves with the client's ack.
 * It also builds and signs slash commands, events, button presses and modal submissions
 * (slack-payloads.ts; v0 HMAC) so a test can POST them to a bot's `/slack/events` exactly as
 * Slack would, or send them over the socket.
 *
 * Typical use (see tests/e2e/slack-harness.ts):
 *
 *   const fake = await FakeSlack.start();            // SLACK_API_URL = fake.apiUrl
 *   // ... start the bot with fake.botToken / fake.signingSecret (or fake.appToken) ...
 *   const cmd = fake.slashCommand('/subscribe', '08:00 Europe/Paris', { channel_id: 'C1' });
 *   await fake.deliverHttp('http://127.0.0.1:PORT/slack/events', cmd);   // or deliverSocket(cmd)
 *   const reply = await fake.waitForResponse(FakeSlack.responseId(cmd)); // respond() output
 *   const post = await fake.waitForMessage((m) => m.channel === 'C1');   // chat.postMessage
 *   fake.failNext('chat.postMessage', { kind: 'rate_limited', retryAfterSec: 1 });
 *   await fake.close();
 *
 * Waiting is event-driven: `waitForMessage` / `waitForResponse` / `waitForCall` resolve as soon
 * as a matching record exists (or already exists), never by polling a clock.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  blockActionPayload,
  eventCallbackPayload,
  httpBody,
  kindOf,
  responseIdOf,
  signV0,
  slashCommandPayload,
  viewSubmissionPayload,
  type ApiCall,
  type Deliverable,
  type Delivery,
  type EphemeralMessage,
  type EventCallback,
  type InteractivePayload,
  type OpenedView,
  type PostedMessage,
  type ResponsePost,
  type SlackIdentity,
  type SlashCommandPayload,
} from './slack-payloads.ts';
import { answerApiCall, type WebApiState } from './slack-web-api.ts';

export type {
  ApiCall,
  Deliverable,
  Delivery,
  EphemeralMessage,
  EventCallback,
  InteractivePayload,
  OpenedView,
  PostedMessage,
  ResponsePost,
  SlackBlock,
  SlashCommandPayload,
} from './slack-payloads.ts';

export interface InjectedFailure {
  /** 429 with Retry-After (seconds), or a Slack error in an HTTP 200 `{ok:false, error}`. */
  kind: 'rate_limited' | 'error';
  retryAfterSec?: number;
  error?: string;
  /** How many calls fail (default 1). */
  times?: number;
}

export interface FakeSlackOptions {
  signingSecret?: string;
  botToken?: string;
  appToken?: string;
  teamId?: string;
  botUserId?: string;
  botId?: string;
  appId?: string;
}

interface Waiter<T> {
  match: (x: T) => boolean;
  resolve: (x: T) => void;
}

/** A running fake Slack; `await FakeSlack.start()` then point Bolt at `apiUrl`. */
export class FakeSlack implements WebApiState {
  readonly signingSecret: string;
  readonly botToken: string;
  readonly appToken: string;
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly appId: string;

  /** Every Web API call, in arrival order. */
  readonly calls: ApiCall[] = [];
  /** Every message posted (all channels), in order. */
  readonly messages: PostedMessage[] = [];
  readonly ephemerals: EphemeralMessage[] = [];
  /** Every POST to a response_url, in order. */
  readonly responses: ResponsePost[] = [];
  /** Every modal opened with views.open, in order. */
  readonly views: OpenedView[] = [];
  /** Channels where chat.postMessage answers `not_in_channel` (the bot was not invited). */
  readonly channelsWithoutBot = new Set<string>();
  /** users.info answers by user id (e.g. `{ is_restricted: true }` for a guest); others are full members. */
  readonly users = new Map<string, Record<string, unknown>>();
  /** usergroups.list answers: the workspace's user groups. */
  readonly userGroups: { id: string; handle: string; name: string }[] = [];
  /** Bot scopes the app lacks (e.g. `usergroups:read`): methods needing one answer `missing_scope`. */
  readonly missingScopes = new Set<string>();

  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly failures = new Map<string, InjectedFailure[]>();
  private readonly events = new EventEmitter();
  private readonly ackWaiters = new Map<string, (payload: unknown) => void>();
  private tsCounter = 0;
  private port = 0;

  private constructor(opts: FakeSlackOptions) {
    this.signingSecret = opts.signingSecret ?? 'test-signing-secret';
    this.botToken = opts.botToken ?? 'xoxb-test-token';
    this.appToken = opts.appToken ?? 'xapp-test-token';
    this.teamId = opts.teamId ?? 'T0TEST';
    this.botUserId = opts.botUserId ?? 'UBOT';
    this.botId = opts.botId ?? 'BBOT';
    this.appId = opts.appId ?? 'A0TEST';
    this.events.setMaxListeners(100);
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  /** Start on 127.0.0.1 with a free port. */
  static async start(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(opts);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** Base URL of the fake Web API, with the trailing slash the WebClient expects. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** `http://127.0.0.1:PORT` of the fake. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Wake waiters for a new record ('message', 'ephemeral', 'view', 'call', 'response'). */
  notify(kind: string, item: unknown): void {
    this.events.emit(kind, item);
  }

  /** Number of Socket Mode connections currently open. */
  get socketCount(): number {
    return this.sockets.size;
  }

  // ---------------------------------------------------------------- building requests

  /** A slash command payload whose response_url points at this fake. */
  slashCommand(command: string, text = '', over: Partial<SlashCommandPayload> = {}): SlashCommandPayload {
    return slashCommandPayload(this.identity, command, text, over);
  }

  /** The response_url id of a slash command payload (to wait for its responses). */
  static responseId(cmd: SlashCommandPayload): string {
    return responseIdOf(cmd);
  }

  /** An `event_callback` body around an event (app_mention, message ...). */
  eventCallback(event: Record<string, unknown>): EventCallback {
    return eventCallbackPayload(this.identity, event);
  }

  /** A button press on a message (`block_actions`), as Slack sends it. */
  blockAction(opts: Parameters<typeof blockActionPayload>[1]): InteractivePayload {
    return blockActionPayload(this.identity, opts);
  }

  /**
   * A modal submission (`view_submission`) of a view the bot opened, with input values as
   * `{ blockId: { actionId: 'typed text' } }`.
   */
  viewSubmission(opened: OpenedView, values: Record<string, Record<string, string>>, userId = 'U0ALICE'): InteractivePayload {
    return viewSubmissionPayload(this.identity, opened, values, userId);
  }

  private get identity(): SlackIdentity {
    return { teamId: this.teamId, appId: this.appId, botId: this.botId, botUserId: this.botUserId, baseUrl: this.baseUrl };
  }

  /** A fresh message timestamp, as Slack formats them ("1700000000.000100"). */
  nextTs(): string {
    this.tsCounter += 1;
    return `${1_700_000_000 + this.tsCounter}.${String(this.tsCounter * 100).padStart(6, '0')}`;
  }

  /** The v0 signature Slack puts in `x-slack-signature`. */
  sign(timestamp: number, body: string, secret = this.signingSecret): string {
    return signV0(secret, timestamp, body);
  }

  // ---------------------------------------------------------------- delivering requests

  /**
   * POST a slash command or event to a bot's request URL, signed like Slack signs it.
   * `timestamp` (epoch seconds) and `secret` can be overridden to test refusals.
   */
  async deliverHttp(
    url: string,
    payload: Deliverable,
    opts: { timestamp?: number; secret?: string; signature?: string } = {},
  ): Promise<Delivery> {
    const { body, contentType } = httpBody(payload);
    const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': opts.signature ?? this.sign(timestamp, body, opts.secret),
      },
      body,
    });
    return { status: res.status, body: await res.text() };
  }

  /**
   * Send a slash command or event over the open Socket Mode connection and resolve with the
   * payload the client acked with (`{}` when it acked with none).
   */
  async deliverSocket(payload: Deliverable, timeoutMs = 5_000): Promise<unknown> {
    const ws = [...this.sockets][0];
    if (!ws) throw new Error('fake slack: no Socket Mode connection is open');
    const kind = kindOf(payload);
    const envelopeId = randomUUID();
    const acked = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.ackWaiters.delete(envelopeId);
        reject(new Error(`fake slack: envelope ${envelopeId} was not acked within ${timeoutMs} ms`));
      }, timeoutMs);
      this.ackWaiters.set(envelopeId, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
    });
    ws.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type: kind,
        payload,
        accepts_response_payload: kind !== 'events_api',
        retry_attempt: 0,
        retry_reason: '',
      }),
    );
    return acked;
  }

  // ---------------------------------------------------------------- failures

  /** Make the next `times` calls of a Web API method fail (429 with Retry-After, or an error). */
  failNext(method: string, failure: InjectedFailure): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < (failure.times ?? 1); i++) list.push(failure);
    this.failures.set(method, list);
  }

  // ---------------------------------------------------------------- looking at what happened

  /** Calls of one Web API method. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages posted in one channel (and thread, when given), oldest first. */
  messagesIn(channel: string, threadTs?: string | null): PostedMessage[] {
    return this.messages.filter(
      (m) => m.channel === channel && (threadTs === undefined || m.threadTs === threadTs),
    );
  }

  /** Responses sent to one slash command's response_url. */
  responsesTo(id: string): ResponsePost[] {
    return this.responses.filter((r) => r.id === id);
  }

  waitForMessage(match: (m: PostedMessage) => boolean, timeoutMs = 10_000): Promise<PostedMessage> {
    return this.waitFor('message', this.messages, match, timeoutMs);
  }

  waitForEphemeral(match: (m: EphemeralMessage) => boolean, timeoutMs = 10_000): Promise<EphemeralMessage> {
    return this.waitFor('ephemeral', this.ephemerals, match, timeoutMs);
  }

  /**
   * Wait for the n-th (1-based) POST to a response_url; pass the id from
   * `FakeSlack.responseId(cmd)`.
   */
  waitForResponse(id: string, n = 1, timeoutMs = 10_000): Promise<ResponsePost> {
    let seen = 0;
    return this.waitFor('response', this.responses, (r) => r.id === id && ++seen === n, timeoutMs);
  }

  /** Wait for the n-th (1-based) modal the bot opens. */
  waitForView(n = 1, timeoutMs = 10_000): Promise<OpenedView> {
    let seen = 0;
    return this.waitFor('view', this.views, () => ++seen === n, timeoutMs);
  }

  /** Wait for the n-th (1-based) Web API call of a method. */
  waitForCall(method: string, n = 1, timeoutMs = 10_000): Promise<ApiCall> {
    let seen = 0;
    return this.waitFor('call', this.calls, (c) => c.method === method && ++seen === n, timeoutMs);
  }

  /** Wait until a Socket Mode client has connected (and been sent hello). */
  waitForSocket(timeoutMs = 10_000): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('fake slack: no Socket Mode connection')), timeoutMs);
      this.events.once('socket', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Wait until every Socket Mode connection has been closed (by the client or the fake). */
  waitForSocketsClosed(timeoutMs = 10_000): Promise<void> {
    if (this.sockets.size === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onClosed = (): void => {
        if (this.sockets.size > 0) return;
        clearTimeout(timer);
        this.events.off('socket-closed', onClosed);
        resolve();
      };
      const timer = setTimeout(() => {
        this.events.off('socket-closed', onClosed);
        reject(new Error('fake slack: a Socket Mode connection stayed open'));
      }, timeoutMs);
      this.events.on('socket-closed', onClosed);
    });
  }

  private waitFor<T>(name: string, list: T[], match: (x: T) => boolean, timeoutMs: number): Promise<T> {
    const found = list.find(match);
    if (found) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const onItem = (x: T): void => {
        if (!waiter.match(x)) return;
        clearTimeout(timer);
        this.events.off(name, onItem);
        waiter.resolve(x);
      };
      const waiter: Waiter<T> = { match, resolve };
      const timer = setTimeout(() => {
        this.events.off(name, onItem);
        reject(new Error(`fake slack: no matching ${name} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.on(name, onItem);
    });
  }

  // ---------------------------------------------------------------- shutting down

  /** Close websockets gracefully, then the HTTP server (so the test process can exit). */
  async close(): Promise<void> {
    await Promise.all(
      [...this.sockets].map(
        (ws) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => {
              ws.terminate();
              resolve();
            }, 1_000);
            ws.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
            ws.close(1000, 'fake slack closing');
          }),
      ),
    );
    this.wss.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // ---------------------------------------------------------------- HTTP handling

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/respond/')) {
      const id = url.pathname.slice('/respond/'.length);
      const rec: ResponsePost = { id, body: JSON.parse(raw || '{}') as ResponsePost['body'], at: Date.now() };
      this.responses.push(rec);
      this.events.emit('response', rec);
      return json(res, 200, { ok: true });
    }
    if (!url.pathname.startsWith('/api/')) return json(res, 404, { ok: false, error: 'not_found' });
    const method = url.pathname.slice('/api/'.length);
    const body = parseApiBody(raw, req.headers['content-type']);
    const call: ApiCall = { method, body, authorization: req.headers.authorization, at: Date.now(), status: 200 };
    const injected = this.failures.get(method)?.shift();
    if (injected?.kind === 'rate_limited') {
      call.status = 429;
      this.record(call);
      res.setHeader('Retry-After', String(injected.retryAfterSec ?? 1));
      return json(res, 429, { ok: false, error: 'ratelimited' });
    }
    this.record(call);
    if (injected?.kind === 'error') return json(res, 200, { ok: false, error: injected.error ?? 'internal_error' });
    json(res, 200, answerApiCall(this, method, body, req.headers.authorization));
  }

  private record(call: ApiCall): void {
    this.calls.push(call);
    this.events.emit('call', call);
  }

  // ---------------------------------------------------------------- Socket Mode

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.events.emit('socket-closed');
    });
    ws.on('message', (data) => {
      let msg: { envelope_id?: string; payload?: unknown };
      try {
        msg = JSON.parse(String(data)) as typeof msg;
      } catch {
        return;
      }
      const waiter = msg.envelope_id ? this.ackWaiters.get(msg.envelope_id) : undefined;
      if (waiter && msg.envelope_id) {
        this.ackWaiters.delete(msg.envelope_id);
        waiter(msg.payload ?? {});
      }
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'fake-slack', approximate_connection_time: 18060 },
        connection_info: { app_id: this.appId },
      }),
    );
    this.events.emit('socket');
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The WebClient sends form fields whose object values are JSON strings; decode those. */
function parseApiBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    out[k] = v;
  }
  return out;
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
