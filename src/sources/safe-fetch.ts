/**
 * Fetching a URL safely: http(s) only; private, loopback, link-local and cloud-metadata
 * addresses refused after DNS resolution and again on every redirect (followed by hand, at
 * most 5); at most 5 MB and 10 s; the charset honoured; a descriptive User-Agent; conditional
 * GET. Every refusal is a one-line UserError that a chat user can read.
 *
 * Why the check cannot be fooled by DNS: each request runs on its own undici Agent whose
 * connector resolves the host, validates every address, then connects to the validated IP
 * itself (keeping the host name for TLS SNI and certificate checks). The name is never resolved
 * a second time by someone else, so a rebinding answer cannot slip in between check and connect.
 */
import dns from 'node:dns';
import net from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { Agent, buildConnector, request } from 'undici';
import { UserError } from '../core/errors.ts';

export const USER_AGENT = 'newsbrief/0.1 (+self-hosted news-briefing bot)';
export const MAX_BYTES = 5 * 1024 * 1024;
export const TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;

/** Resolves a host name to IP addresses (all of them). */
export type Resolver = (hostname: string) => Promise<string[]>;

export interface SafeFetchOptions {
  /** NEWSBRIEF_ALLOW_PRIVATE_URLS: lift the address rule (intranets, tests). */
  allowPrivate?: boolean;
  /**
   * Exact addresses allowed although private. For tests only: lets a test server on 127.0.0.1
   * be the first hop while every other private address (a redirect target) is still refused.
   */
  allowAddresses?: readonly string[];
  /** Conditional GET: the validators from the last successful fetch. */
  etag?: string | null;
  lastModified?: string | null;
  /** The Accept header (feeds and pages prefer different types). */
  accept?: string;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** DNS resolution; tests pass a fake one (the test network guard forbids real lookups). */
  resolve?: Resolver;
}

export interface FetchResult {
  /** The URL finally answered (after redirects). */
  url: string;
  status: number;
  /** True on 304: nothing changed since the validators given; `text` is empty. */
  notModified: boolean;
  text: string;
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

/** True when an address may be fetched: public unicast only (IPv4-mapped IPv6 unwrapped). */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return false;
  // process() turns ::ffff:10.0.0.1 into 10.0.0.1 so the IPv4 ranges apply to it.
  // Every range but plain unicast is refused: private, loopback, link-local (169.254.169.254,
  // the cloud metadata address), carrier-grade NAT (100.100.100.200), unique-local IPv6
  // (fd00:ec2::254), multicast, reserved, 6to4/Teredo/NAT64 wrappers of such addresses.
  return ipaddr.process(bare).range() === 'unicast';
}

const systemResolver: Resolver = async (hostname) => {
  const found = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => a.address);
};

class AddressRefused extends UserError {
  constructor(message: string) {
    super(message, 'private_address');
  }
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
  const resolve = opts.resolve ?? systemResolver;
  const allowed = new Set((opts.allowAddresses ?? []).map(normalizeAddress));
  const signal = AbortSignal.timeout(timeoutMs);

  const check = (address: string): boolean =>
    opts.allowPrivate === true || allowed.has(normalizeAddress(address)) || isPublicAddress(address);

  // Resolve and validate a host; returns the address to connect to. `shown` is the URL as
  // the user should read it, `from` the page that redirected there (if any).
  const pin = async (hostname: string, shown: string, from: string | null = null): Promise<string> => {
    const host = hostname.replace(/^\[|\]$/g, '');
    const addresses = net.isIP(host) ? [host] : await resolveOrExplain(resolve, host, shown);
    const bad = addresses.find((a) => !check(a));
    if (bad !== undefined) {
      const what = net.isIP(host) ? 'is a private address' : `resolves to a private address (${bad})`;
      throw new AddressRefused(from ? `${from} redirects to ${shown}, which ${what}: not allowed.` : `${shown} ${what}: not allowed.`);
    }
    return addresses[0];
  };

  const base = buildConnector({ timeout: timeoutMs });
  const agent = new Agent({
    connect(options, callback) {
      pin(options.hostname, `${options.protocol}//${options.host ?? options.hostname}/`).then(
        (address) => {
          const host = options.hostname.replace(/^\[|\]$/g, '');
          // Connect to the validated IP; keep the name for TLS (SNI, certificate check).
          base({ ...options, hostname: address, servername: net.isIP(host) ? undefined : host }, callback);
        },
        (err: Error) => callback(err, null),
      );
    },
  });

  let url = start;
  let from: string | null = null;
  let movedTo: string | null = null;
  let allPermanent = true;
  try {
    for (let hop = 0; ; hop++) {
      // Refuse before any socket exists, with the URL the user will recognize in the message.
      await pin(url.hostname, url.href, from);
      const res = await request(url, {
        method: 'GET',
        dispatcher: agent,
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        headers: requestHeaders(opts, hop === 0),
      }).catch((e: unknown) => {
        throw explain(e, url, timeoutMs);
      });
      const status = res.statusCode;
      if ([301, 302, 303, 307, 308].includes(status)) {
        await res.body.dump().catch(() => undefined);
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
        await res.body.dump().catch(() => undefined);
        return { ...common, notModified: true, text: '', contentType };
      }
      if (status < 200 || status > 299) {
        await res.body.dump().catch(() => undefined);
        throw new UserError(`${url.href} answered with HTTP ${status}.`, 'fetch_failed');
      }
      if (contentType && !isTextual(contentType)) {
        await res.body.dump().catch(() => undefined);
        throw new UserError(`${url.href} is ${contentType}, not a web page or feed.`, 'unsupported_type');
      }
      const declared = Number(header(res.headers, 'content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.body.destroy();
        throw tooLarge(url, maxBytes);
      }
      // We ask for identity, but some servers compress anyway: inflate, and cap what comes out
      // (a small compressed body can expand enormously).
      const encoding = (header(res.headers, 'content-encoding') ?? 'identity').trim().toLowerCase();
      const inflate = encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip() : encoding === 'deflate' ? zlib.createInflate() : encoding === 'br' ? zlib.createBrotliDecompress() : null;
      if (!inflate && encoding !== 'identity' && encoding !== '') {
        res.body.destroy();
        throw new UserError(`${url.href} is sent with an unsupported encoding (${encoding}).`, 'fetch_failed');
      }
      const stream = inflate ? (res.body as unknown as Readable).pipe(inflate) : res.body;
      if (inflate) inflate.on('error', () => res.body.destroy());
      const bytes = await readCapped(stream, maxBytes, url, timeoutMs).finally(() => {
        if (inflate) res.body.destroy();
      });
      const text = decode(bytes, contentTypeHeader, contentType);
      return { ...common, notModified: false, text, contentType };
    }
  } finally {
    agent.close().catch(() => undefined);
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
  return Buffer.concat(chunks, total);
}

function tooLarge(url: URL, maxBytes: number): UserError {
  return new UserError(`${url.href} is larger than ${formatBytes(maxBytes)}: not fetched.`, 'too_large');
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MB` : `${Math.round(n / 1024)} KB`;
}

async function resolveOrExplain(resolve: Resolver, host: string, shown: string): Promise<string[]> {
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    throw new UserError(`${shown} could not be found (no such host).`, 'fetch_failed');
  }
  if (!addresses.length) throw new UserError(`${shown} could not be found (no such host).`, 'fetch_failed');
  return addresses;
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

function normalizeAddress(a: string): string {
  const bare = a.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? ipaddr.process(bare).toString() : bare.toLowerCase();
}

function truncate(s: string, n = 120): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/**
 * Decode a body with its charset: a byte-order mark first, then the Content-Type charset,
 * then what the document itself declares (`<?xml encoding>`, `<meta charset>`,
 * `<meta http-equiv content="...; charset=...">`), else UTF-8.
 */
export function decode(bytes: Uint8Array, contentTypeHeader: string | null, contentType: string | null = null): string {
  const label = sniffBom(bytes) ?? charsetParam(contentTypeHeader) ?? declaredCharset(bytes, contentType) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown label: UTF-8 is the web's default
  }
  const text = decoder.decode(bytes);
  // Node's TextDecoder decodes windows-1252 (also what "iso-8859-1" means on the web) as plain
  // latin1, leaving 0x80-0x9F as control characters instead of “smart quotes”, dashes and €.
  return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] || c) : text;
}

/** windows-1252 characters for bytes 0x80-0x9F ('' where the byte is unassigned). */
const WINDOWS_1252 = [
  '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
  '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
];

function sniffBom(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

function charsetParam(contentType: string | null): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType) : null;
  return m ? m[1].toLowerCase() : null;
}

function declaredCharset(bytes: Uint8Array, contentType: string | null): string | null {
  // Declarations are ASCII and sit near the top: read the head as latin1 to find them.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  if (contentType && !contentType.includes('html') && !contentType.startsWith('text/plain')) return null;
  const meta = /<meta[^>]+charset\s*=\s*["']?([a-z0-9_:.-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : null;
}
