/**
 * Test-wide guard: any connection to a non-loopback address fails the test run.
 * Nothing in the test suite may reach the internet; fake servers live on 127.0.0.1.
 */
import net from 'node:net';
import dns from 'node:dns';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;

export const blockedConnections: string[] = [];

function check(host: string | undefined, what: string): void {
  const h = (host ?? 'localhost').replace(/^\[|\]$/g, '');
  if (!LOOPBACK.test(h)) {
    blockedConnections.push(`${what} ${h}`);
    throw new Error(`network guard: ${what} to non-loopback host ${h} refused in tests`);
  }
}

const origConnect = net.Socket.prototype.connect;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: any[]) {
  const first = args[0];
  if (first && typeof first === 'object' && !Array.isArray(first)) {
    if (!('path' in first && first.path)) check(first.host, 'connect');
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    check(typeof args[1] === 'string' ? args[1] : undefined, 'connect');
  }
  return (origConnect as any).apply(this, args);
} as typeof net.Socket.prototype.connect;

const origLookup = dns.lookup;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
(dns as any).lookup = function guardedLookup(hostname: string, ...rest: any[]) {
  check(hostname, 'dns lookup');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (origLookup as any).call(dns, hostname, ...rest);
};
