/**
 * Fetching a URL safely: http(s) only; private, loopback, link-local and cloud-metadata
 * addresses refused after DNS resolution and again on every redirect (followed by hand, at
 * most 5); at most 5 MB and 10 s; the charset honoured; a descriptive User-Agent; conditional
 * GET. Every refusal is a one-line UserError that a chat user can read. The deadline covers the
 * whole fetch: connecting, every redirect, and reading (and inflating) the body.
 *
 * Connections go through a PinnedAgent (pinned-agent.ts): the address is checked after DNS
 * resolution and the socket connects to that checked address, so DNS rebinding cannot slip in.
 * Requests and responses go through http-exchange.ts (undici's handler API, no stream per response).
 */
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { UserError } from '../core/errors.ts';
import { PinnedAgent, type AddressPolicy } from './pinned-agent.ts';
import { exchange } from './http-exchange.ts';
import { decode } from '../core/text/charset-decode.ts';
import type { RawBody } from './body-decode.ts';

export { isPublicAddress, PinnedAgent, type Resolver } from './pinned-agent.ts';

export const USER_AGENT = 'newsbrief/0.1 (+self-hosted news-briefing bot)';
export const MAX_BYTES = 5 * 1024 * 1024;
export const TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;
/** Body bytes a response may buffer before safeFetch has read its headers (then the socket waits). */
const BUFFER_BEFORE_READ = 64 * 1024;

export interface SafeFetchOptions extends AddressPolicy {
  /** Conditional GET: the validators from the last successful fetch. */
  etag?: string | null;
  lastModified?: string | null;
  /** The Accept header (feeds and pages prefer different types). */
  accept?: string;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /**
   * A shared agent to reuse connections across fetches (its address policy then applies, not
   * the one in these options). Without one, each fetch opens and closes its own.
   */
  agent?: PinnedAgent;
  /** Cancels the fetch (the poller gives up on a feed past its time limit); ends like a timeout. */
  signal?: AbortSignal;
  /**
   * Leave the body undecoded: `text` is empty and `body` holds the bytes (in an ArrayBuffer of
   * their own, so they can be transferred to a parse worker, which decodes them with
   * `decodeBody`), not decoded and copied here.
   */
  raw?: boolean;
}

export interface FetchResult {
  /** The URL finally answered (after redirects). */
  url: string;
  status: number;
  /** True on 304: nothing changed since the validators given; `text` is empty. */
  notModified: boolean;
  /** The body decoded with its charset; empty with the `raw` option. */
  text: string;
  /** With the `raw` option: the body's bytes and the Content-Type header to decode them with (see decodeBody). */
  raw?: RawBody;
  /** The media type without parameters, lower case, or null. */
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Set when every redirect on the way was permanent (301/308): where the resource now lives. */
  movedTo: string | null;
}

/** Parse and check a user-given URL: http or https only. */
export function parseHttpUrl(input: string): URL {
  const s = input.trim().replace(/^<([^|>]*)(?:\|[^>]*)?>$/, '$1'); // Slack sends links as <url> or <url|label>
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new UserError(`"${truncate(s)}" is not a valid URL.`, 'bad_url');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new UserError(`${truncate(s)} is not an http or https URL: only web addresses can be fetched.`, 'bad_url');
  }
  if (u.username || u.password) {
    throw new UserError(`${truncate(u.origin)} has a user name or password in it: not allowed.`, 'bad_url');
  }
  u.hash = '';
  return u;
}

/**
 * GET a URL under the safety rules. Resolves to the body text (decoded with its charset) or
 * `notModified`; throws a UserError naming the URL and the reason otherwise.
 */
export async function safeFetch(input: string | URL, opts: SafeFetchOptions = {}): Promise<FetchResult> {
  const start = typeof input === 'string' ? parseHttpUrl(input) : input;
  const timeoutMs = opts.timeoutMs ?? TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? MAX_REDIRECTS;
  // One controller for the deadline and the caller's signal, its timer cleared when the fetch
  // ends: not AbortSignal.any over AbortSignal.timeout, whose timer lives on for the full
  // timeout after the fetch and whose dependent-signal bookkeeping cost a poll cycle ~40 ms of
  // the main thread per 500 feeds.
  const deadline = new AbortController();
  const signal = deadline.signal;
  const timer = setTimeout(() => deadline.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), timeoutMs);
  timer.unref();
  const outer = opts.signal;
  const onOuterAbort = (): void => deadline.abort(outer?.reason);
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  // A shared agent (the poller's) keeps connections open between fetches; otherwise this fetch
  // gets its own, closed at the end. Either way every new connection is pinned and checked.
  const agent = opts.agent ?? new PinnedAgent(opts, { connectTimeoutMs: timeoutMs });

  let url = start;
  let from: string | null = null;
  let movedTo: string | null = null;
  let allPermanent = true;
  try {
    for (let hop = 0; ; hop++) {
      // Refuse before any socket exists, with the URL the user will recognize in the message
      // (a host the shared agent has just validated is not resolved again for this check).
      if (!agent.checkedRecently(url.hostname)) await agent.pin(url.hostname, url.href, from);
      const res = await exchange(agent.dispatcher, url, {
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        headers: requestHeaders(opts, hop === 0),
        bufferLimit: BUFFER_BEFORE_READ,
      }).catch((e: unknown) => {
        throw explain(e, url, timeoutMs);
      });
      const status = res.statusCode;
      if (status === 301 || status === 302 || status === 303 || status === 307 || status === 308) {
        await res.dump();
        const location = header(res.headers, 'location');
        if (!location) throw new UserError(`${url.href} redirects without saying where to.`, 'fetch_failed');
        if (hop >= maxRedirects) throw new UserError(`${start.href} redirects more than ${maxRedirects} times.`, 'fetch_failed');
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new UserError(`${url.href} redirects to an invalid address.`, 'fetch_failed');
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new UserError(`${url.href} redirects to ${truncate(next.href)}, which is not http or https: not allowed.`, 'bad_url');
        }
        next.hash = '';
        allPermanent &&= status === 301 || status === 308;
        movedTo = allPermanent ? next.href : null;
        from = url.href;
        url = next;
        continue;
      }
      const common = {
        url: url.href,
        status,
        etag: header(res.headers, 'etag'),
        lastModified: header(res.headers, 'last-modified'),
        movedTo,
      };
      const contentTypeHeader = header(res.headers, 'content-type');
      const contentType = contentTypeHeader ? contentTypeHeader.split(';')[0].trim().toLowerCase() : null;
      if (status === 304) {
        await res.dump();
        return { ...common, notModified: true, text: '', contentType };
      }
      if (status < 200 || status > 299) {
        await res.dump();
        throw new UserError(`${url.href} answered with HTTP ${status}.`, 'fetch_failed');
      }
      if (contentType && !isTextual(contentType)) {
        await res.dump();
        throw new UserError(`${url.href} is ${contentType}, not a web page or feed.`, 'unsupported_type');
      }
      const declared = Number(header(res.headers, 'content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.destroy();
        throw tooLarge(url, maxBytes);
      }
      // We ask for identity, but some servers compress anyway: inflate, and cap what comes out
      // (a small compressed body can expand enormously).
      const encoding = (header(res.headers, 'content-encoding') ?? 'identity').trim().toLowerCase();
      const inflate = encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip() : encoding === 'deflate' ? zlib.createInflate() : encoding === 'br' ? zlib.createBrotliDecompress() : null;
      if (!inflate && encoding !== 'identity' && encoding !== '') {
        res.destroy();
        throw new UserError(`${url.href} is sent with an unsupported encoding (${encoding}).`, 'fetch_failed');
      }
      let bytes: Uint8Array;
      if (!inflate) {
        // A plain body: collected by the exchange itself, capped as it arrives; the deadline
        // (the signal) aborts it like any other read.
        bytes = await res.read(maxBytes, () => tooLarge(url, maxBytes)).catch((e: unknown) => {
          throw explain(e, url, timeoutMs);
        });
      } else {
        // pipeline (not pipe): when the deadline destroys the response, the inflater is destroyed
        // too, so a body that drips in slowly cannot leave the read waiting forever.
        const body = res.stream();
        const stream: Readable = pipeline(body, inflate, () => undefined);
        const onDeadline = (): void => {
          const err = Object.assign(new Error('deadline'), { name: 'TimeoutError' });
          stream.destroy(err);
          body.destroy(err);
        };
        if (signal.aborted) onDeadline();
        signal.addEventListener('abort', onDeadline, { once: true });
        bytes = await readCapped(stream, maxBytes, url, timeoutMs).finally(() => {
          signal.removeEventListener('abort', onDeadline);
          body.destroy();
        });
      }
      if (opts.raw) return { ...common, notModified: false, text: '', raw: { bytes, contentTypeHeader }, contentType };
      const text = decode(bytes, contentTypeHeader, contentType);
      return { ...common, notModified: false, text, contentType };
    }
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
    if (!opts.agent) agent.close().catch(() => undefined);
  }
}

function requestHeaders(opts: SafeFetchOptions, firstHop: boolean): Record<string, string> {
  const h: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: opts.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-encoding': 'identity',
  };
  // Validators belong to the URL they came from; a redirect target gets a plain GET.
  if (firstHop && opts.etag) h['if-none-match'] = opts.etag;
  if (firstHop && opts.lastModified) h['if-modified-since'] = opts.lastModified;
  return h;
}

async function readCapped(body: AsyncIterable<Uint8Array> & { destroy(): unknown }, maxBytes: number, url: URL, timeoutMs: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        // Stop reading at once: the rest is never downloaded.
        body.destroy();
        throw tooLarge(url, maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw explain(e, url, timeoutMs);
  }
  // A buffer of its own (Buffer.concat may carve a small one out of Node's shared pool, which
  // must never be transferred to another thread).
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function tooLarge(url: URL, maxBytes: number): UserError {
  return new UserError(`${url.href} is larger than ${formatBytes(maxBytes)}: not fetched.`, 'too_large');
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MB` : `${Math.round(n / 1024)} KB`;
}

/** Turn a network error into one line; our own refusals pass through. */
function explain(e: unknown, url: URL, timeoutMs: number): UserError {
  if (e instanceof UserError) return e;
  const err = e as { name?: string; code?: string; cause?: unknown; message?: string };
  if (err.cause instanceof UserError) return err.cause;
  const code = err.code ?? (err.cause as { code?: string } | undefined)?.code ?? '';
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || /TIMEOUT/i.test(code)) {
    return new UserError(`${url.href} took longer than ${timeoutMs >= 1000 ? Math.round(timeoutMs / 1000) : timeoutMs / 1000} s: gave up.`, 'timeout');
  }
  if (code === 'ECONNREFUSED') return new UserError(`${url.href} refused the connection.`, 'fetch_failed');
  if (code === 'ENOTFOUND') return new UserError(`${url.href} could not be found (no such host).`, 'fetch_failed');
  if (/CERT|SSL|TLS/i.test(code)) return new UserError(`${url.href} has an invalid TLS certificate.`, 'fetch_failed');
  return new UserError(`${url.href} could not be fetched (${code || err.message || 'network error'}).`, 'fetch_failed');
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const v = headers[name];
  if (Array.isArray(v)) return v[0] ?? null;
  return v ?? null;
}

function isTextual(type: string): boolean {
  return type.startsWith('text/') || type.endsWith('/xml') || type.endsWith('+xml') || type === 'application/json' || type.endsWith('+json');
}

function truncate(s: string, n = 120): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
