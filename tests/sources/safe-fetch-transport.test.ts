/**
 * safeFetch's transport (src/sources/http-exchange.ts: undici's dispatcher API, no response
 * stream): what a user would notice if it read a body, a header or a cancelled fetch wrongly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PinnedAgent, safeFetch } from '../../src/sources/safe-fetch.ts';
import { refusal } from '../helpers/refusal.ts';
import { startSite, type HttpSite } from '../fakes/http-site.ts';

let site: HttpSite;

beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site.close());

describe('safeFetch over the dispatcher', () => {
  it('reads a large body sent at once, byte for byte', async () => {
    // 3 MB in one write: far more than the exchange buffers before safeFetch reads it (64 KB).
    const body = Buffer.from(Array.from({ length: 3 * 1024 * 1024 }, (_, i) => 97 + ((i * 7) % 26)));
    site.serve('/big', body, 'text/plain; charset=utf-8');
    const got = await safeFetch(`${site.origin}/big`, { allowPrivate: true, raw: true });
    expect(got.raw?.bytes.byteLength).toBe(body.length);
    expect(Buffer.from(got.raw!.bytes).equals(body)).toBe(true);
    // Its own buffer, whole (it is transferred to a parse worker).
    expect(got.raw!.bytes.byteOffset).toBe(0);
    expect(got.raw!.bytes.buffer.byteLength).toBe(body.length);
  });

  it('reads a body that arrives in many small pieces', async () => {
    site.route('/pieces', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      let n = 0;
      const next = (): void => {
        if (n === 40) return void res.end();
        res.write(`piece ${n++};`);
        setImmediate(next);
      };
      next();
    });
    const got = await safeFetch(`${site.origin}/pieces`, { allowPrivate: true });
    expect(got.text).toBe(Array.from({ length: 40 }, (_, i) => `piece ${i};`).join(''));
  });

  it('takes the first of repeated headers, and headers in any case', async () => {
    site.route('/twice', (_req, res) => {
      res.writeHead(200, [
        ['Content-Type', 'application/rss+xml; charset=utf-8'],
        ['ETag', '"first"'],
        ['ETag', '"second"'],
        ['LAST-MODIFIED', 'Tue, 05 Mar 2024 10:00:00 GMT'],
      ]);
      res.end('<rss/>');
    });
    const got = await safeFetch(`${site.origin}/twice`, { allowPrivate: true });
    expect(got).toMatchObject({ etag: '"first"', lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT', contentType: 'application/rss+xml', text: '<rss/>' });
  });

  it("stops at the caller's signal in the middle of a body, with the one-line timeout", async () => {
    site.route('/drip', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('x'), 20);
      res.on('close', () => clearInterval(timer));
    });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const started = Date.now();
    expect(await refusal(safeFetch(`${site.origin}/drip`, { allowPrivate: true, signal: ac.signal, timeoutMs: 5_000 }))).toBe(`${site.origin}/drip took longer than 5 s: gave up.`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('keeps one connection through 304s, redirects and refused answers on a shared agent', async () => {
    const ports = new Set<number>();
    site.route('/kept', (req, res) => {
      ports.add(req.socket.remotePort ?? 0);
      if (req.headers['if-none-match'] === '"k"') return void res.writeHead(304, { etag: '"k"' }).end();
      res.writeHead(200, { 'content-type': 'text/plain', etag: '"k"' }).end('kept');
    });
    site.route('/kept-moved', (req, res) => {
      ports.add(req.socket.remotePort ?? 0);
      res.writeHead(302, { location: '/kept' }).end('moved');
    });
    site.route('/kept-missing', (req, res) => {
      ports.add(req.socket.remotePort ?? 0);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page '.repeat(100));
    });
    const agent = new PinnedAgent({ allowPrivate: true }, { connectTimeoutMs: 5_000, connectionsPerOrigin: 1 });
    try {
      expect((await safeFetch(`${site.origin}/kept`, { agent })).text).toBe('kept');
      expect((await safeFetch(`${site.origin}/kept`, { agent, etag: '"k"' })).notModified).toBe(true);
      const moved = await safeFetch(`${site.origin}/kept-moved`, { agent });
      expect(moved).toMatchObject({ text: 'kept', url: `${site.origin}/kept`, movedTo: null });
      expect(await refusal(safeFetch(`${site.origin}/kept-missing`, { agent }))).toBe(`${site.origin}/kept-missing answered with HTTP 404.`);
      expect((await safeFetch(`${site.origin}/kept`, { agent })).text).toBe('kept');
    } finally {
      await agent.close();
    }
    expect(ports.size).toBe(1);
  });
});
