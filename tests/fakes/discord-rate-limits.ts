/**
 * Discord's rate limits, imitated for the fake Discord (opt-in: `rateLimits` in
 * FakeDiscordOptions). As documented (PLATFORMS.md, discord.com/developers/docs/topics/rate-limits):
 * - a global limit of 50 requests per second per bot, not applied to interaction endpoints;
 *   kept here as a token bucket (50 tokens, refilled continuously), so a client that keeps to
 *   50 per second in its own one-second windows is never refused;
 * - per-route buckets, here for posting to a channel (`POST /channels/{id}/messages`, the
 *   channel id is the major parameter): 5 per 5 s, announced in `X-RateLimit-*` headers on every
 *   response, 429 with `retry_after` when exceeded.
 */

export interface FakeRateLimitOptions {
  /** Global requests per second (default 50). */
  globalPerSecond?: number;
  /** Requests per window in a channel's message bucket (default 5). */
  routeLimit?: number;
  /** The bucket's window in ms (default 5000). */
  routeWindowMs?: number;
}

export interface RateLimitVerdict {
  /** Headers for the response (bucket state); empty for routes without a bucket. */
  headers: Record<string, string>;
  /** Set when the request is refused: the 429 body. */
  refused?: { body: { message: string; retry_after: number; global: boolean } };
}

export class FakeRateLimits {
  private tokens: number;
  private last = Date.now();
  private readonly buckets = new Map<string, { start: number; used: number }>();
  /** Requests refused so far, by scope. */
  readonly refused = { global: 0, route: 0 };

  constructor(private readonly opts: FakeRateLimitOptions = {}) {
    this.tokens = this.rate;
  }

  private get rate(): number {
    return this.opts.globalPerSecond ?? 50;
  }

  /** Decide on one request (and count it when allowed). */
  check(method: string, path: string, now = Date.now()): RateLimitVerdict {
    const interaction = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
    const route = method === 'POST' ? /^\/channels\/(\d+)\/messages$/.exec(path) : null;
    const headers: Record<string, string> = {};
    if (!interaction) {
      this.tokens = Math.min(this.rate, this.tokens + ((now - this.last) / 1000) * this.rate);
      this.last = now;
      if (this.tokens < 1) {
        const after = (1 - this.tokens) / this.rate;
        this.refused.global++;
        Object.assign(headers, { 'retry-after': String(Math.ceil(after)), 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' });
        return { headers, refused: { body: { message: 'You are being rate limited.', retry_after: after, global: true } } };
      }
    }
    if (route) {
      const limit = this.opts.routeLimit ?? 5;
      const windowMs = this.opts.routeWindowMs ?? 5000;
      let b = this.buckets.get(route[1]);
      if (!b || now - b.start >= windowMs) this.buckets.set(route[1], (b = { start: now, used: 0 }));
      const resetAfter = (b.start + windowMs - now) / 1000;
      Object.assign(headers, {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-reset-after': resetAfter.toFixed(3),
        'x-ratelimit-reset': ((b.start + windowMs) / 1000).toFixed(3),
        'x-ratelimit-bucket': 'channel-messages',
      });
      if (b.used >= limit) {
        this.refused.route++;
        Object.assign(headers, { 'x-ratelimit-remaining': '0', 'retry-after': String(Math.ceil(resetAfter)), 'x-ratelimit-scope': 'user' });
        return { headers, refused: { body: { message: 'You are being rate limited.', retry_after: resetAfter, global: false } } };
      }
      b.used++;
      headers['x-ratelimit-remaining'] = String(limit - b.used);
    }
    if (!interaction) this.tokens -= 1;
    return { headers };
  }
}
