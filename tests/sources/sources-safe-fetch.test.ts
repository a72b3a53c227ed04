import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/core/text/charset-decode.ts';
import { isPublicAddress, safeFetch, USER_AGENT } from '../../src/sources/safe-fetch.ts';
import { blockedConnections } from '../setup/network-guard.ts';
import { refusal } from '../helpers/refusal.ts';
import { startSite, type HttpSite } from '../fakes/http-site.ts';

let site: HttpSite;

beforeAll(async () => {
  site = await startSite();
  site.serve('/hello', '<p>hello</p>', 'text/html; charset=utf-8');
  site.route('/to-metadata', (_req, res) => {
    res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
    res.end();
  });
  site.route('/to-ten', (_req, res) => {
    res.writeHead(301, { location: 'http://intranet.example:8080/secret' });
    res.end();
  });
  site.route('/to-file', (_req, res) => {
    res.writeHead(302, { location: 'file:///etc/passwd' });
    res.end();
  });
  site.route('/loop', (_req, res) => {
    res.writeHead(302, { location: '/loop' });
    res.end();
  });
});
afterAll(() => site.close());


describe('address rules', () => {
  it('classifies addresses: only public unicast may be fetched', () => {
    for (const a of ['10.0.0.1', '172.16.5.4', '192.168.1.1', '127.0.0.1', '169.254.169.254', '0.0.0.0', '100.100.100.200', '::1', 'fe80::1', 'fd00:ec2::254', '::ffff:10.0.0.1', '::ffff:127.0.0.1', '224.0.0.1', 'not-an-ip']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34']) {
      expect(isPublicAddress(a), a).toBe(true);
    }
  });

  it('refuses a loopback URL when private addresses are not allowed, without sending a request', async () => {
    const before = site.requests.length;
    const msg = await refusal(safeFetch(`${site.origin}/hello`));
    expect(msg).toBe(`${site.origin}/hello is a private address: not allowed.`);
    expect(site.requests.length).toBe(before);
  });

  it('sees through other spellings of private addresses', async () => {
    // 2130706433 and 0x7f.1 are 127.0.0.1; [::ffff:a00:1] is 10.0.0.1; [::1] is IPv6 loopback.
    for (const [url, shown] of [
      [`http://2130706433:${site.port}/hello`, `http://127.0.0.1:${site.port}/hello`],
      [`http://0x7f.1:${site.port}/hello`, `http://127.0.0.1:${site.port}/hello`],
      ['http://[::ffff:a00:1]/', 'http://[::ffff:a00:1]/'],
      [`http://[::1]:${site.port}/hello`, `http://[::1]:${site.port}/hello`],
    ]) {
      expect(await refusal(safeFetch(url))).toBe(`${shown} is a private address: not allowed.`);
    }
  });

  it('accepts a URL as Slack sends it, in angle brackets with a label', async () => {
    const r = await safeFetch(`<${site.origin}/hello|${site.origin}/hello>`, { allowPrivate: true });
    expect(r.text).toBe('<p>hello</p>');
  });

  it('fetches it when NEWSBRIEF_ALLOW_PRIVATE_URLS is on, with a descriptive User-Agent', async () => {
    const r = await safeFetch(`${site.origin}/hello`, { allowPrivate: true });
    expect(r.text).toBe('<p>hello</p>');
    expect(r.status).toBe(200);
    expect(site.hits('/hello').at(-1)?.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toBe('newsbrief/0.1 (+self-hosted news-briefing bot)');
  });

  it('refuses a redirect to the cloud metadata address without connecting to it', async () => {
    const guardBefore = blockedConnections.length;
    const msg = await refusal(safeFetch(`${site.origin}/to-metadata`, { allowAddresses: ['127.0.0.1'] }));
    expect(msg).toBe(`${site.origin}/to-metadata redirects to http://169.254.169.254/latest/meta-data/, which is a private address: not allowed.`);
    // The test network guard records any attempt to reach a non-loopback address: none was made.
    expect(blockedConnections.length).toBe(guardBefore);
  });

  it('refuses a redirect to a host name that resolves to a private address', async () => {
    const resolve = async (host: string): Promise<string[]> => (host === 'intranet.example' ? ['10.1.2.3'] : []);
    const msg = await refusal(safeFetch(`${site.origin}/to-ten`, { allowAddresses: ['127.0.0.1'], resolve }));
    expect(msg).toContain('redirects to http://intranet.example:8080/secret, which resolves to a private address (10.1.2.3): not allowed');
  });

  it('connects to the address it validated, not to a second DNS answer', async () => {
    // First answer passes the check, the next one (a rebinding attack) points elsewhere.
    let calls = 0;
    const rebinding = async (): Promise<string[]> => (calls++ === 0 ? ['127.0.0.1'] : ['10.9.9.9']);
    const msg = await refusal(safeFetch(`http://news.example:${site.port}/hello`, { allowAddresses: ['127.0.0.1'], resolve: rebinding }));
    expect(msg).toContain('resolves to a private address (10.9.9.9)');
    // A stable answer connects to the resolved IP (no system DNS lookup happens: the guard would throw).
    const r = await safeFetch(`http://news.example:${site.port}/hello`, { allowAddresses: ['127.0.0.1'], resolve: async () => ['127.0.0.1'] });
    expect(r.text).toBe('<p>hello</p>');
    expect(site.hits('/hello').at(-1)?.headers.host).toBe(`news.example:${site.port}`);
  });

  it('refuses other schemes, also as a redirect target', async () => {
    expect(await refusal(safeFetch('file:///etc/passwd'))).toContain('is not an http or https URL');
    expect(await refusal(safeFetch('ftp://example.com/x'))).toContain('is not an http or https URL');
    expect(await refusal(safeFetch(`${site.origin}/to-file`, { allowPrivate: true }))).toContain('redirects to file:///etc/passwd, which is not http or https');
  });

  it('follows at most 5 redirects', async () => {
    const before = site.hits('/loop').length;
    const msg = await refusal(safeFetch(`${site.origin}/loop`, { allowPrivate: true }));
    expect(msg).toBe(`${site.origin}/loop redirects more than 5 times.`);
    expect(site.hits('/loop').length - before).toBe(6);
  });
});

describe('size, time, status', () => {
  it('refuses a body over 5 MB announced by Content-Length', async () => {
    site.route('/big-declared', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
      res.write('x'.repeat(1024));
      // never finishes: the client must give up on the header alone
    });
    expect(await refusal(safeFetch(`${site.origin}/big-declared`, { allowPrivate: true }))).toBe(`${site.origin}/big-declared is larger than 5 MB: not fetched.`);
  });

  it('stops reading a streamed body once it passes 5 MB', async () => {
    let written = 0;
    let closed!: () => void;
    const serverSawClose = new Promise<void>((resolve) => (closed = resolve));
    site.route('/big-streamed', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(256 * 1024, 97);
      res.on('close', () => closed());
      const pump = (): void => {
        while (written < 40 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
    });
    expect(await refusal(safeFetch(`${site.origin}/big-streamed`, { allowPrivate: true }))).toContain('is larger than 5 MB');
    // The client hung up: the server stopped long before its 40 MB were sent.
    await serverSawClose;
    expect(written).toBeLessThan(40 * 1024 * 1024);
  });

  it('gives up on a server that never answers', async () => {
    site.route('/silent', () => {
      /* never answers */
    });
    expect(await refusal(safeFetch(`${site.origin}/silent`, { allowPrivate: true, timeoutMs: 300 }))).toBe(`${site.origin}/silent took longer than 0.3 s: gave up.`);
  });

  it('inflates a compressed body, and caps what it inflates to', async () => {
    site.serve('/gz', zlib.gzipSync('<p>squeezed</p>'), 'text/html', { 'content-encoding': 'gzip' });
    expect((await safeFetch(`${site.origin}/gz`, { allowPrivate: true })).text).toBe('<p>squeezed</p>');
    const bomb = zlib.gzipSync(Buffer.alloc(6 * 1024 * 1024, 32));
    expect(bomb.length).toBeLessThan(100 * 1024);
    site.serve('/bomb', bomb, 'text/html', { 'content-encoding': 'gzip' });
    expect(await refusal(safeFetch(`${site.origin}/bomb`, { allowPrivate: true }))).toBe(`${site.origin}/bomb is larger than 5 MB: not fetched.`);
  });

  it('names the HTTP status of a failed fetch', async () => {
    expect(await refusal(safeFetch(`${site.origin}/missing`, { allowPrivate: true }))).toBe(`${site.origin}/missing answered with HTTP 404.`);
  });

  it('refuses binary content', async () => {
    site.serve('/doc.pdf', Buffer.from('%PDF-1.4'), 'application/pdf');
    expect(await refusal(safeFetch(`${site.origin}/doc.pdf`, { allowPrivate: true }))).toContain('is application/pdf, not a web page or feed');
  });

  it('sends the validators and reports 304 as not modified', async () => {
    site.route('/cond', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/xml', etag: '"v1"', 'last-modified': 'Tue, 05 Mar 2024 10:00:00 GMT' });
      res.end('<rss/>');
    });
    const first = await safeFetch(`${site.origin}/cond`, { allowPrivate: true });
    expect(first).toMatchObject({ notModified: false, etag: '"v1"', lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT' });
    const second = await safeFetch(`${site.origin}/cond`, { allowPrivate: true, etag: first.etag, lastModified: first.lastModified });
    expect(second.notModified).toBe(true);
    const sent = site.hits('/cond').at(-1)?.headers;
    expect(sent?.['if-none-match']).toBe('"v1"');
    expect(sent?.['if-modified-since']).toBe('Tue, 05 Mar 2024 10:00:00 GMT');
  });
});

describe('charset', () => {
  const cafe1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]); // Café “ok” in windows-1252

  it('uses the Content-Type charset', async () => {
    site.serve('/latin1', cafe1252, 'text/html; charset=windows-1252');
    expect((await safeFetch(`${site.origin}/latin1`, { allowPrivate: true })).text).toBe('Café “ok”');
  });

  it('uses <meta charset> when the header has none', () => {
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body>'), cafe1252, Buffer.from('</body></html>')]);
    expect(decode(html, 'text/html', 'text/html')).toContain('Café “ok”');
    const httpEquiv = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>'), Buffer.from([0x63, 0x61, 0x66, 0xe9])]);
    expect(decode(httpEquiv, 'text/html', 'text/html')).toContain('café');
  });

  it('uses the XML declaration of a feed, and UTF-8 otherwise', () => {
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><t>'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('</t></rss>')]);
    expect(decode(xml, 'application/rss+xml', 'application/rss+xml')).toContain('café');
    expect(decode(Buffer.from('café', 'utf8'), null)).toBe('café');
  });
});
