/**
 * /sources add on the console: the per-server feed cap is NEWSBRIEF_MAX_FEEDS (default 50), and
 * an empty feed is followed with "it has no stories yet", not refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { ConsoleAdapter } from '../../src/adapters/console/index.ts';
import { parseConfig } from '../../src/config.ts';
import { startSite, type HttpSite } from '../fakes/http-site.ts';

let tmp: string;
let site: HttpSite;
let app: App | null = null;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-feeds-cap-'));
  fs.mkdirSync(path.join(tmp, 'lib'));
  site = await startSite();
  for (let i = 0; i < 3; i++) site.serve(`/f${i}.xml`, `<rss version="2.0"><channel><title>Feed ${i}</title><item><guid>g${i}</guid><title>Story ${i}</title><description>The ferry runs.</description></item></channel></rss>`, 'application/rss+xml');
  site.serve('/empty.xml', '<rss version="2.0"><channel><title>Quiet Desk</title></channel></rss>', 'application/rss+xml');
});
afterAll(async () => {
  await site.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});
afterEach(async () => {
  await app?.stop();
  app = null;
});

async function consoleWith(env: Record<string, string>): Promise<ConsoleAdapter> {
  const config = parseConfig({ NEWSBRIEF_ALLOW_PRIVATE_URLS: 'true', NEWSBRIEF_BRIEFINGS: path.join(tmp, 'lib'), NEWSBRIEF_DB: path.join(tmp, `db-${Math.random()}.db`), ...env });
  app = await createApp({ config, log: pino({ level: 'silent' }), input: new PassThrough(), output: new PassThrough() });
  await app.start();
  const c = app.adapters.find((a): a is ConsoleAdapter => a instanceof ConsoleAdapter);
  if (!c) throw new Error('no console adapter');
  return c;
}

describe('/sources add limits and empty feeds', () => {
  it('stops at NEWSBRIEF_MAX_FEEDS feeds, saying how many', async () => {
    const c = await consoleWith({ NEWSBRIEF_MAX_FEEDS: '2' });
    for (const i of [0, 1]) expect((await c.handleLine(`/sources add ${site.origin}/f${i}.xml`))[0].kind).toBe('info');
    const [refused] = await c.handleLine(`/sources add ${site.origin}/f2.xml`);
    expect(refused).toMatchObject({ kind: 'error', text: 'This bot already follows 2 feeds: remove one with /sources remove first.' });
  });

  it('refuses a bad NEWSBRIEF_MAX_FEEDS by name', () => {
    expect(() => parseConfig({ NEWSBRIEF_MAX_FEEDS: 'lots' })).toThrow(/NEWSBRIEF_MAX_FEEDS/);
  });

  it('follows an empty feed, saying it has no stories yet', async () => {
    const c = await consoleWith({});
    const [added] = await c.handleLine(`/sources add ${site.origin}/empty.xml`);
    expect(added.kind).toBe('info');
    expect(added.text).toMatch(/^Now following "Quiet Desk" \(it has no stories yet\)\. /);
  });
});
