/**
 * Hostile servers against the safe fetcher: a gzip body that drips in slowly, a plain body that
 * drips, IPv6 spellings that carry a private IPv4 address, and a shared agent that reuses
 * connections without losing the address check.
 */
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, PinnedAgent, safeFetch } from '../../src/sources/safe-fetch.ts';
import { startSite, type HttpSite } from '../fakes/http-site.ts';
import { refusal } from '../helpers/refusal.ts';

let site: HttpSite;

beforeAll(async () => {
  site = await startSite();
  // A valid gzip stream sent a few bytes every 100 ms: it never ends within the deadline.
  site.drip('/gzip-drip', zlib.gzipSync(Buffer.from('<p>slow</p>'.repeat(20_000))), { encoding: 'gzip' });
  site.drip('/plain-drip', Buffer.from('<p>slow</p>'.repeat(5_000)), { encoding: 'identity' });
  site.serve('/hello', '<p>hello</p>', 'text/html; charset=utf-8');
});
afterAll(() => site.close());


describe('a body that drips in slowly', () => {
  it('gives up on a gzip body at the deadline, with one line', async () => {
    const t0 = Date.now();
    const msg = await refusal(safeFetch(`${site.origin}/gzip-drip`, { allowPrivate: true, timeoutMs: 800 }));
    expect(msg).toBe(`${site.origin}/gzip-drip took longer than 0.8 s: gave up.`);
    // Generous bound (the machine may be loaded); before the fix this never returned at all.
    expect(Date.now() - t0).toBeLessThan(8_000);
  });

  it('gives up on a plain body at the deadline, too', async () => {
    expect(await refusal(safeFetch(`${site.origin}/plain-drip`, { allowPrivate: true, timeoutMs: 800 }))).toBe(`${site.origin}/plain-drip took longer than 0.8 s: gave up.`);
  });
});

describe('IPv6 addresses that carry an IPv4 address', () => {
  it('judges each by the IPv4 address it carries', () => {
    const refused = [
      '::7f00:1', // [::127.0.0.1], IPv4-compatible loopback
      '::a00:1', // ::10.0.0.1
      '::a9fe:a9fe', // ::169.254.169.254, the metadata address
      '::ffff:0:a00:1', // IPv4-translated 10.0.0.1
      '64:ff9b::7f00:1', // NAT64 of 127.0.0.1
      '64:ff9b::c0a8:101', // NAT64 of 192.168.1.1
      '64:ff9b:1::808:808', // local-use NAT64 prefix: a private translator
      '2002:7f00:1::', // 6to4 of 127.0.0.1
      '2002:a00:1::1', // 6to4 of 10.0.0.1
      '2001:0:7f00:1::', // Teredo with a loopback server
      '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo whose client is 192.0.2.45 (documentation range)
      '::ffff:127.0.0.1',
      '::',
      '::1',
    ];
    for (const a of refused) expect(isPublicAddress(a), a).toBe(false);
    const allowed = ['64:ff9b::808:808', '2002:808:808::1', '::ffff:8.8.8.8', '2606:4700:4700::1111', '2001:0:4136:e378:8000:63bf:f7f7:f7f7'];
    for (const a of allowed) expect(isPublicAddress(a), a).toBe(true);
  });

  it('refuses URLs spelled with them, before any request is sent', async () => {
    const before = site.requests.length;
    for (const host of ['[::127.0.0.1]', '[::7f00:1]', '[::a00:1]', '[64:ff9b::127.0.0.1]', '[2002:7f00:1::]', '[::ffff:0:127.0.0.1]']) {
      const msg = await refusal(safeFetch(`http://${host}:${site.port}/hello`));
      expect(msg).toMatch(/^http:\/\/\[[0-9a-f:]+\]:\d+\/hello is a private address: not allowed\.$/);
    }
    expect(site.requests.length).toBe(before);
  });
});

describe('a shared agent', () => {
  it('reuses one connection for several fetches from the same site', async () => {
    const ports = new Set<number>();
    site.route('/who', (req, res) => {
      ports.add(req.socket.remotePort ?? 0);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
    const agent = new PinnedAgent({ allowPrivate: true }, { connectTimeoutMs: 5_000, connectionsPerOrigin: 1 });
    try {
      for (let i = 0; i < 5; i++) expect((await safeFetch(`${site.origin}/who`, { agent })).text).toBe('ok');
    } finally {
      await agent.close();
    }
    expect(ports.size).toBe(1);
  });

  it('still refuses private addresses when its policy does', async () => {
    const agent = new PinnedAgent({ allowAddresses: ['127.0.0.1'] }, { connectTimeoutMs: 5_000 });
    try {
      expect((await safeFetch(`${site.origin}/hello`, { agent })).text).toBe('<p>hello</p>');
      expect(await refusal(safeFetch(`http://[::1]:${site.port}/hello`, { agent }))).toBe(`http://[::1]:${site.port}/hello is a private address: not allowed.`);
    } finally {
      await agent.close();
    }
  });

  it('resolves a host it has just checked once for the early check, but pins every new connection afresh', async () => {
    const other = await startSite();
    other.serve('/hello', '<p>other</p>', 'text/html; charset=utf-8');
    let answer = '127.0.0.1';
    let lookups = 0;
    const resolve = async (): Promise<string[]> => {
      lookups++;
      return [answer];
    };
    const agent = new PinnedAgent({ allowAddresses: ['127.0.0.1'], resolve }, { connectTimeoutMs: 5_000, connectionsPerOrigin: 1 });
    try {
      expect((await safeFetch(`http://news.example:${site.port}/hello`, { agent })).text).toBe('<p>hello</p>');
      expect(lookups).toBe(2); // the early check, then the connection
      expect((await safeFetch(`http://news.example:${site.port}/hello`, { agent })).text).toBe('<p>hello</p>');
      expect(lookups).toBe(2); // the same host again: checked already, and its connection kept
      // The name now points to a private address (rebinding). The open connection still goes to
      // the address validated when it was opened; a new connection (another port) is refused.
      answer = '10.9.9.9';
      expect((await safeFetch(`http://news.example:${site.port}/hello`, { agent })).text).toBe('<p>hello</p>');
      expect(await refusal(safeFetch(`http://news.example:${other.port}/hello`, { agent }))).toContain('resolves to a private address (10.9.9.9)');
      expect(other.hits('/hello')).toHaveLength(0);
    } finally {
      await agent.close();
      await other.close();
    }
  });
});
