/**
 * A small web site on 127.0.0.1 for the sources tests: routes set per test, every request
 * recorded (path and headers) so tests can check what the bot sent.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface HttpSite {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  origin: string;
  port: number;
  requests: SeenRequest[];
  /** Serve a route; replaces an earlier handler for the same path. */
  route(path: string, handler: Handler): void;
  /** Serve a fixed body with a content type (and optional extra headers). */
  serve(path: string, body: string | Buffer, type: string, headers?: Record<string, string>): void;
  /** Serve `body` `chunk` bytes every 100 ms (gzipped bodies say so), so it never ends within a short deadline. */
  drip(path: string, body: Buffer, opts: { encoding: 'gzip' | 'identity'; type?: string; chunk?: number }): void;
  hits(path: string): SeenRequest[];
  close(): Promise<void>;
}

export async function startSite(): Promise<HttpSite> {
  const routes = new Map<string, Handler>();
  const requests: SeenRequest[] = [];
  const drips: NodeJS.Timeout[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const h = routes.get(path);
    if (!h) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    h(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    route(path, handler) {
      routes.set(path, handler);
    },
    serve(path, body, type, headers = {}) {
      routes.set(path, (_req, res) => {
        res.writeHead(200, { 'content-type': type, ...headers });
        res.end(body);
      });
    },
    drip(path, body, { encoding, type = 'text/html', chunk = 16 }) {
      routes.set(path, (_req, res) => {
        res.writeHead(200, { 'content-type': type, 'content-encoding': encoding });
        let at = 0;
        const t = setInterval(() => {
          if (res.destroyed || at >= body.length) {
            clearInterval(t);
            res.end();
            return;
          }
          res.write(body.subarray(at, at + chunk));
          at += chunk;
        }, 100);
        drips.push(t);
      });
    },
    hits(path) {
      return requests.filter((r) => r.path === path);
    },
    close() {
      for (const t of drips) clearInterval(t);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A feed served with validators: answers 304 when the client sends them back. */
export function conditionalFeed(body: () => string, etag: () => string, type = 'application/rss+xml; charset=utf-8'): Handler {
  return (req, res) => {
    const tag = etag();
    if (req.headers['if-none-match'] === tag) {
      res.writeHead(304, { etag: tag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag: tag, 'last-modified': 'Tue, 05 Mar 2024 10:00:00 GMT' });
    res.end(body());
  };
}
