/**
 * A body that arrives before anyone has looked at the headers (src/sources/http-exchange.ts):
 * the exchange buffers 64 KB of it, then holds the socket until the caller reads, dumps,
 * streams or drops it. A server on 127.0.0.1 sends the headers and the whole body in one
 * write; the caller either reads at once (safeFetch) or only after the body has piled up
 * (the exchange itself, read 150 ms late), so the hold and its release are both exercised.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, type ExchangeResponse } from '../../src/sources/http-exchange.ts';
import { MAX_BYTES, PinnedAgent, safeFetch } from '../../src/sources/safe-fetch.ts';
import { refusal } from '../helpers/refusal.ts';

/** What the exchange buffers before the caller chooses (safe-fetch.ts's BUFFER_BEFORE_READ). */
const HOLD = 64 * 1024;

/** A body of `n` bytes, all printable, none alike in a row (so a lost or repeated chunk shows). */
function bodyOf(n: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = 97 + ((i * 7 + (i >> 10)) % 26);
  return b;
}

interface Reply {
  body: Buffer;
  /** Say the length (keep-alive), or not (the body ends when the connection closes). */
  declare: boolean;
}

let server: net.Server;
let origin: string;
const replies = new Map<string, Reply>();
/** Every connection the server has seen: the paths it served, and whether it is closed. */
const conns: { paths: string[]; closed: boolean }[] = [];
/** The connections that served `path`. */
const servedBy = (path: string) => conns.filter((c) => c.paths.includes(path));

beforeAll(async () => {
  server = net.createServer((socket) => {
    const conn = { paths: [] as string[], closed: false };
    conns.push(conn);
    socket.on('close', () => (conn.closed = true));
    socket.on('error', () => undefined); // the client aborting mid-body is part of the test
    let seen = '';
    socket.on('data', (d) => {
      seen += d.toString('latin1');
      for (let end = seen.indexOf('\r\n\r\n'); end >= 0; end = seen.indexOf('\r\n\r\n')) {
        const path = /^GET (\S+)/.exec(seen)?.[1] ?? '/';
        seen = seen.slice(end + 4);
        conn.paths.push(path);
        const reply = replies.get(path);
        if (!reply) {
          socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n');
          return;
        }
        const head =
          'HTTP/1.1 200 OK\r\ncontent-type: text/plain; charset=utf-8\r\n' +
          (reply.declare ? `content-length: ${reply.body.length}\r\n\r\n` : 'connection: close\r\n\r\n');
        // Headers and body in one write.
        socket.write(Buffer.concat([Buffer.from(head, 'latin1'), reply.body]));
        if (!reply.declare) socket.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Open an exchange and wait until its body has piled up past the hold before returning it. */
async function lateResponse(agent: PinnedAgent, path: string, signal = new AbortController().signal): Promise<ExchangeResponse> {
  const res = await exchange(agent.dispatcher, new URL(origin + path), {
    headers: { accept: '*/*' },
    signal,
    headersTimeout: 5_000,
    bodyTimeout: 5_000,
    bufferLimit: HOLD,
  });
  await new Promise((r) => setTimeout(r, 150));
  return res;
}

const tooLarge = (): Error => new Error('larger than the cap');

describe('a body sent with its headers in one write', () => {
  it('safeFetch reads a 1 MB body byte for byte, and a 6 MB one with no length is refused at 5 MB', async () => {
    const body = bodyOf(1024 * 1024);
    replies.set('/one-write', { body, declare: true });
    const got = await safeFetch(`${origin}/one-write`, { allowPrivate: true, raw: true });
    expect(Buffer.from(got.raw!.bytes).equals(body)).toBe(true);

    replies.set('/one-write-huge', { body: bodyOf(MAX_BYTES + 1024 * 1024), declare: false });
    expect(await refusal(safeFetch(`${origin}/one-write-huge`, { allowPrivate: true }))).toBe(`${origin}/one-write-huge is larger than 5 MB: not fetched.`);
  });

  it('a caller that reads late gets the whole body (the held socket is let go), and the connection is reused', async () => {
    const body = bodyOf(HOLD * 6 + 123);
    replies.set('/late', { body, declare: true });
    const agent = new PinnedAgent({ allowPrivate: true }, { connectTimeoutMs: 5_000, connectionsPerOrigin: 1 });
    try {
      const first = await lateResponse(agent, '/late');
      expect(Buffer.from(await first.read(MAX_BYTES, tooLarge)).equals(body)).toBe(true);
      // A late dump lets go of the socket too, and the next exchange gets the same connection.
      await (await lateResponse(agent, '/late')).dump();
      const third = await lateResponse(agent, '/late');
      expect((await third.read(MAX_BYTES, tooLarge)).byteLength).toBe(body.length);
      // The read left the connection reusable (the dump came on it); the dump, past 128 KB, closed it.
      expect(servedBy('/late').map((c) => c.paths.length)).toEqual([2, 1]);
    } finally {
      await agent.close();
    }
  });

  it('a late caller streams the held body whole', async () => {
    const body = bodyOf(HOLD * 3);
    replies.set('/late-stream', { body, declare: true });
    const agent = new PinnedAgent({ allowPrivate: true }, { connectTimeoutMs: 5_000 });
    try {
      const res = await lateResponse(agent, '/late-stream');
      const parts: Buffer[] = [];
      for await (const c of res.stream()) parts.push(c as Buffer);
      expect(Buffer.concat(parts).equals(body)).toBe(true);
    } finally {
      await agent.close();
    }
  });

  it('a late read of a body over the cap (6 MB, no length) throws the caller\'s error and closes the connection', async () => {
    replies.set('/late-huge', { body: bodyOf(MAX_BYTES + 1024 * 1024), declare: false });
    const agent = new PinnedAgent({ allowPrivate: true }, { connectTimeoutMs: 5_000 });
    try {
      const res = await lateResponse(agent, '/late-huge');
      await expect(res.read(MAX_BYTES, tooLarge)).rejects.toThrow('larger than the cap');
      await expect.poll(() => servedBy('/late-huge').map((c) => c.closed), { timeout: 2_000 }).toEqual([true]);
    } finally {
      await agent.close();
    }
  });

  it('a held body the caller drops (destroy) frees the connection at once', async () => {
    replies.set('/late-drop', { body: bodyOf(HOLD * 8), declare: true });
    const agent = new PinnedAgent({ allowPrivate: true }, { connectTimeoutMs: 5_000 });
    try {
      (await lateResponse(agent, '/late-drop')).destroy();
      await expect.poll(() => servedBy('/late-drop').map((c) => c.closed), { timeout: 2_000 }).toEqual([true]);
    } finally {
      await agent.close();
    }
  });

  it("the caller's signal ends an exchange whose body is held", async () => {
    replies.set('/late-abort', { body: bodyOf(HOLD * 8), declare: true });
    const agent = new PinnedAgent({ allowPrivate: true }, { connectTimeoutMs: 5_000 });
    try {
      const ac = new AbortController();
      const res = await lateResponse(agent, '/late-abort', ac.signal);
      ac.abort(new Error('deadline'));
      await expect(res.read(MAX_BYTES, tooLarge)).rejects.toThrow('deadline');
    } finally {
      await agent.close();
    }
  });
});
