/**
 * A working fake chat platform for scheduler tests, with the two dedupe behaviours real
 * platforms offer:
 * - `nonce` (Discord): a create with `enforce_nonce` and a nonce seen before in the channel
 *   returns the first message instead of posting again;
 * - `history` (Slack): posts carry metadata naming the slot; a retry reads the channel history
 *   first and posts only if no message carries that metadata.
 * It can refuse channels (403, not retryable), fail the next posts of a channel (429/5xx) and
 * hold a post after accepting it (to kill a process between the platform's accept and the
 * bot's bookkeeping). `FakePlatformServer` serves the same state over HTTP on 127.0.0.1 so a
 * child process can post to it and die while the platform keeps what it accepted.
 */
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Platform } from '../../commands/types.ts';
import type { Adapter, PostOptions, PostResult } from '../../src/adapters/types.ts';
import { PostError } from '../../src/core/errors.ts';
import type { Message } from '../../src/core/message/message.ts';

export interface FakePost {
  id: string;
  channelId: string;
  message: Message;
  nonce: string | null;
  metadata: string | null;
  /** Set by the test's clock when given (`state.clock`). */
  at: string | null;
}

export type DedupeMode = 'nonce' | 'history';

export interface CreateRequest {
  channelId: string;
  message: Message;
  nonce?: string;
  enforceNonce?: boolean;
  metadata?: string;
}

export class FakePlatformState extends EventEmitter {
  readonly posts: FakePost[] = [];
  /** Creates answered with an earlier message because of its nonce. */
  nonceHits = 0;
  /** History reads that found the slot already posted. */
  historyHits = 0;
  readonly forbidden = new Set<string>();
  private readonly failures = new Map<string, { status: number; retryAfterMs?: number }[]>();
  private readonly nonces = new Map<string, FakePost>();
  private seq = 0;
  /** After this many accepted posts, hold every later answer (the post is kept, the caller waits forever). */
  holdAfter: number | null = null;
  clock: (() => Date) | null = null;

  /** Fail the next `count` posts to a channel with this HTTP status. */
  failNext(channelId: string, status: number, count = 1, retryAfterMs?: number): void {
    const list = this.failures.get(channelId) ?? [];
    for (let i = 0; i < count; i++) list.push({ status, retryAfterMs });
    this.failures.set(channelId, list);
  }

  /** Messages in a channel, oldest first. */
  channel(channelId: string): FakePost[] {
    return this.posts.filter((p) => p.channelId === channelId);
  }

  /**
   * Create a message. Returns the message and whether it was new, or an error status.
   * `held` is true when the platform kept the post but will not answer (holdAfter).
   */
  create(req: CreateRequest): { post: FakePost; created: boolean; held: boolean } | { error: number; retryAfterMs?: number } {
    if (this.forbidden.has(req.channelId)) return { error: 403 };
    const queued = this.failures.get(req.channelId);
    const fail = queued?.shift();
    if (fail) return { error: fail.status, retryAfterMs: fail.retryAfterMs };
    if (req.nonce && req.enforceNonce) {
      const first = this.nonces.get(`${req.channelId}|${req.nonce}`);
      if (first) {
        this.nonceHits++;
        return { post: first, created: false, held: false };
      }
    }
    const post: FakePost = {
      id: `m${++this.seq}`,
      channelId: req.channelId,
      message: req.message,
      nonce: req.nonce ?? null,
      metadata: req.metadata ?? null,
      at: this.clock ? this.clock().toISOString() : null,
    };
    this.posts.push(post);
    if (req.nonce) this.nonces.set(`${req.channelId}|${req.nonce}`, post);
    const held = this.holdAfter !== null && this.posts.length >= this.holdAfter;
    this.emit('post', post);
    if (held) this.emit('held', post);
    return { post, created: true, held };
  }

  /** The newest message carrying this metadata, as Slack's conversations.history would show it. */
  findByMetadata(channelId: string, metadata: string): FakePost | undefined {
    const found = this.channel(channelId).find((p) => p.metadata === metadata);
    if (found) this.historyHits++;
    return found;
  }
}

/** The error a platform's adapter throws; a 403 carries that platform's fix, as the real adapters' do. */
function postError(status: number, retryAfterMs?: number, platform?: string): PostError {
  const retryable = status === 429 || status >= 500;
  const code = status === 403 ? 'missing_access' : status === 429 ? 'rate_limited' : `http_${status}`;
  const hint = status !== 403 ? null : platform === 'slack' ? 'invite me with /invite and try again' : platform === 'discord' ? 'give me the View Channel and Send Messages permissions here and try again' : null;
  return new PostError(status === 403 ? 'Missing Access' : `HTTP ${status}`, { code, retryable, retryAfterMs: retryAfterMs ?? null, hint });
}

/** An adapter posting straight into a FakePlatformState (same process). */
export class FakeAdapter implements Adapter {
  started = false;
  constructor(
    readonly platform: Platform,
    readonly state: FakePlatformState,
    readonly mode: DedupeMode = platform === 'slack' ? 'history' : 'nonce',
  ) {}
  async start(): Promise<void> {
    this.started = true;
  }
  async stop(): Promise<void> {
    this.started = false;
  }
  async post(channelId: string, message: Message, options: PostOptions = {}): Promise<PostResult> {
    const key = options.dedupeKey;
    if (this.mode === 'history' && key && options.retry) {
      const found = this.state.findByMetadata(channelId, key);
      if (found) return { messageIds: [found.id], alreadyPosted: true };
    }
    const r =
      this.mode === 'nonce'
        ? this.state.create({ channelId, message, nonce: key, enforceNonce: Boolean(key) })
        : this.state.create({ channelId, message, metadata: key });
    if ('error' in r) throw postError(r.error, r.retryAfterMs, this.platform);
    if (r.held) await new Promise<never>(() => undefined);
    return { messageIds: [r.post.id], alreadyPosted: !r.created };
  }
}

/** The same platform over HTTP: `POST /channels/:id/messages`, `GET /channels/:id/messages?metadata=`. */
export class FakePlatformServer {
  private server: http.Server | null = null;
  url = '';
  constructor(readonly state: FakePlatformState) {}

  async start(): Promise<string> {
    const held: http.ServerResponse[] = [];
    this.server = http.createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const m = /^\/channels\/([^/]+)\/messages$/.exec(u.pathname);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (!m) return send(404, { error: 'not_found' });
      const channelId = decodeURIComponent(m[1]);
      if (req.method === 'GET') {
        const found = this.state.findByMetadata(channelId, u.searchParams.get('metadata') ?? '');
        return send(200, { messages: found ? [{ id: found.id }] : [] });
      }
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        const body = JSON.parse(raw) as { message: Message; nonce?: string; enforce_nonce?: boolean; metadata?: string };
        const r = this.state.create({ channelId, message: body.message, nonce: body.nonce, enforceNonce: body.enforce_nonce, metadata: body.metadata });
        if ('error' in r) return send(r.error, { error: r.error, retry_after_ms: r.retryAfterMs ?? null });
        if (r.held) {
          held.push(res); // accepted, never answered: the caller is killed while waiting
          return;
        }
        send(200, { id: r.post.id, created: r.created });
      });
    });
    this.server.keepAliveTimeout = 100;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.server.on('close', () => held.splice(0).forEach((r) => r.destroy()));
    return this.url;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}

/** An adapter in another process posting to a FakePlatformServer. */
export class HttpFakeAdapter implements Adapter {
  constructor(
    readonly platform: Platform,
    private readonly baseUrl: string,
    readonly mode: DedupeMode,
  ) {}
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  async post(channelId: string, message: Message, options: PostOptions = {}): Promise<PostResult> {
    const key = options.dedupeKey;
    const base = `${this.baseUrl}/channels/${encodeURIComponent(channelId)}/messages`;
    if (this.mode === 'history' && key && options.retry) {
      const r = await fetch(`${base}?metadata=${encodeURIComponent(key)}`);
      const { messages } = (await r.json()) as { messages: { id: string }[] };
      if (messages.length) return { messageIds: [messages[0].id], alreadyPosted: true };
    }
    const body = this.mode === 'nonce' ? { message, nonce: key, enforce_nonce: Boolean(key) } : { message, metadata: key };
    const r = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await r.json()) as { id?: string; created?: boolean; retry_after_ms?: number | null };
    if (!r.ok) throw postError(r.status, json.retry_after_ms ?? undefined);
    return { messageIds: [json.id as string], alreadyPosted: json.created === false };
  }
}
