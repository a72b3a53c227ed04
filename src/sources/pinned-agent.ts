/**
 * The address rule and the connections that obey it. A `PinnedAgent` is an undici Agent whose
 * connector resolves the host, validates every address, then connects to the validated IP
 * itself (keeping the host name for TLS SNI and certificate checks). The name is never resolved
 * a second time by someone else, so a rebinding answer cannot slip in between check and connect.
 *
 * One agent may serve many fetches (the feed poller keeps one per round): a kept-alive
 * connection is reused only for the origin it was opened to, and it was pinned and checked when
 * it was opened, so reuse keeps the rule.
 */
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, buildConnector } from 'undici';
import { UserError } from '../core/errors.ts';

/** Resolves a host name to IP addresses (all of them). */
export type Resolver = (hostname: string) => Promise<string[]>;

/** Which addresses may be reached. */
export interface AddressPolicy {
  /** NEWSBRIEF_ALLOW_PRIVATE_URLS: lift the address rule (intranets, tests). */
  allowPrivate?: boolean;
  /**
   * Exact addresses allowed although private. For tests only: lets a test server on 127.0.0.1
   * be the first hop while every other private address (a redirect target) is still refused.
   */
  allowAddresses?: readonly string[];
  /** DNS resolution; tests pass a fake one (the test network guard forbids real lookups). */
  resolve?: Resolver;
}

export interface PinnedAgentOptions {
  connectTimeoutMs: number;
  /** Most connections open to one origin at a time (undefined: no limit). */
  connectionsPerOrigin?: number;
  /** How long an idle kept-alive connection stays open. */
  keepAliveMs?: number;
}

/**
 * True when an address may be fetched: public unicast only. An IPv6 address that carries an
 * IPv4 address (mapped `::ffff:a.b.c.d`, compatible `::a.b.c.d` such as `[::127.0.0.1]` =
 * `::7f00:1`, IPv4-translated, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`, Teredo) is judged by
 * the IPv4 address(es) it carries: NAT64 and 6to4 of a public address are fine, of a private one
 * refused, exactly as the IPv4 address itself would be.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return false;
  const ip = ipaddr.parse(bare);
  if (ip.kind() === 'ipv6') {
    const carried = embeddedIPv4(ip as ipaddr.IPv6);
    if (carried === 'refuse') return false;
    if (carried) return carried.every((v4) => v4.range() === 'unicast');
  }
  // Every range but plain unicast is refused: private, loopback, link-local (169.254.169.254,
  // the cloud metadata address), carrier-grade NAT (100.100.100.200), unique-local IPv6
  // (fd00:ec2::254), multicast, reserved, discard-only.
  return ip.range() === 'unicast';
}

/** The IPv4 addresses an IPv6 address carries, null when none, 'refuse' for local-use NAT64. */
function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4[] | null | 'refuse' {
  const p = ip.parts;
  const v4 = (hi: number, lo: number): ipaddr.IPv4 => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  const zero = (from: number, to: number): boolean => p.slice(from, to).every((x) => x === 0);
  if (zero(0, 5) && p[5] === 0xffff) return [v4(p[6], p[7])]; // IPv4-mapped ::ffff:a.b.c.d
  if (zero(0, 4) && p[4] === 0xffff && p[5] === 0) return [v4(p[6], p[7])]; // IPv4-translated ::ffff:0:a.b.c.d
  if (zero(0, 6) && (p[6] !== 0 || p[7] > 1)) return [v4(p[6], p[7])]; // IPv4-compatible ::a.b.c.d (not :: or ::1)
  if (p[0] === 0x64 && p[1] === 0xff9b) {
    // NAT64: the well-known prefix 64:ff9b::/96 carries the address in its last 32 bits; the
    // local-use prefix 64:ff9b:1::/48 is a private network's own translator: refused.
    return zero(2, 6) ? [v4(p[6], p[7])] : 'refuse';
  }
  if (p[0] === 0x2002) return [v4(p[1], p[2])]; // 6to4: 2002:AABB:CCDD::/48
  if (p[0] === 0x2001 && p[1] === 0) return [v4(p[2], p[3]), v4(~p[6] & 0xffff, ~p[7] & 0xffff)]; // Teredo: server and (inverted) client
  return null;
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
 * How long a host this agent has checked stays checked for `checkedRecently` (safeFetch's early
 * refusal). Connections are pinned afresh whatever it says.
 */
export const RECHECK_MS = 30_000;

/** An undici dispatcher that only ever connects to addresses the policy allows. */
export class PinnedAgent {
  readonly dispatcher: Agent;
  private readonly allowed: Set<string>;
  private readonly resolve: Resolver;
  /** The policy's verdict per address (the policy never changes for one agent). */
  private readonly verdicts = new Map<string, boolean>();
  /** Hosts `pin` has validated, and until when (see checkedRecently). */
  private readonly checked = new Map<string, number>();

  constructor(
    private readonly policy: AddressPolicy,
    options: PinnedAgentOptions,
  ) {
    this.allowed = new Set((policy.allowAddresses ?? []).map(normalizeAddress));
    this.resolve = policy.resolve ?? systemResolver;
    const base = buildConnector({ timeout: options.connectTimeoutMs });
    this.dispatcher = new Agent({
      ...(options.connectionsPerOrigin ? { connections: options.connectionsPerOrigin } : {}),
      ...(options.keepAliveMs ? { keepAliveTimeout: options.keepAliveMs } : {}),
      connect: (opts, callback) => {
        this.pin(opts.hostname, `${opts.protocol}//${opts.host ?? opts.hostname}/`).then(
          (address) => {
            const host = opts.hostname.replace(/^\[|\]$/g, '');
            // Connect to the validated IP; keep the name for TLS (SNI, certificate check).
            base({ ...opts, hostname: address, servername: net.isIP(host) ? undefined : host }, callback);
          },
          (err: Error) => callback(err, null),
        );
      },
    });
  }

  /** True when the policy allows an address. */
  allows(address: string): boolean {
    let ok = this.verdicts.get(address);
    if (ok === undefined) {
      ok = this.policy.allowPrivate === true || this.allowed.has(normalizeAddress(address)) || isPublicAddress(address);
      if (this.verdicts.size < 4096) this.verdicts.set(address, ok);
    }
    return ok;
  }

  /**
   * True when `pin` validated this host (every address it resolved to) in the last RECHECK_MS:
   * a poll round's fetches to one host then resolve it once for their early check, not once
   * each. Only for that early refusal: a new connection is always resolved and pinned afresh,
   * and a kept-alive one goes to the address validated when it was opened.
   */
  checkedRecently(hostname: string): boolean {
    const until = this.checked.get(hostname);
    return until !== undefined && until > Date.now();
  }

  /**
   * Resolve and validate a host; returns the address to connect to. `shown` is the URL as the
   * user should read it, `from` the page that redirected there (if any).
   */
  async pin(hostname: string, shown: string, from: string | null = null): Promise<string> {
    const host = hostname.replace(/^\[|\]$/g, '');
    const addresses = net.isIP(host) ? [host] : await resolveOrExplain(this.resolve, host, shown);
    const bad = addresses.find((a) => !this.allows(a));
    if (bad !== undefined) {
      const what = net.isIP(host) ? 'is a private address' : `resolves to a private address (${bad})`;
      throw new AddressRefused(from ? `${from} redirects to ${shown}, which ${what}: not allowed.` : `${shown} ${what}: not allowed.`);
    }
    if (this.checked.size < 4096 || this.checked.delete(hostname)) this.checked.set(hostname, Date.now() + RECHECK_MS);
    return addresses[0];
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }
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

function normalizeAddress(a: string): string {
  const bare = a.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? ipaddr.process(bare).toString() : bare.toLowerCase();
}

