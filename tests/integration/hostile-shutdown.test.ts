/**
 * `npm start` (the real entry point, in its own process) while its feed poller is stuck on a
 * hostile feed whose gzip body drips in, and while a page is being fetched the same way:
 * SIGTERM still ends the process cleanly (exit 0, not the forced exit) within 10 s.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite.ts';
import { feedScope } from '../../src/store/types.ts';
import { startSite, type HttpSite } from '../fakes/http-site.ts';
import { ROOT } from '../helpers/run.ts';

let site: HttpSite;
let tmp: string;
const drips: NodeJS.Timeout[] = [];

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-hostile-'));
  site = await startSite();
  const body = zlib.gzipSync(Buffer.from(`<rss version="2.0"><channel><title>Slow</title>${'<item><title>x</title></item>'.repeat(2_000)}</channel></rss>`));
  site.route('/drip.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
    let at = 0;
    const t = setInterval(() => {
      if (res.destroyed || at >= body.length) return clearInterval(t);
      res.write(body.subarray(at, (at += 4)));
    }, 200);
    drips.push(t);
  });
});

afterAll(async () => {
  for (const t of drips) clearInterval(t);
  await site.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('shutdown while a hostile feed is being read', () => {
  it('exits 0 within 10 s of SIGTERM', async () => {
    const db = path.join(tmp, 'nb.db');
    const store = createSqliteStore(db);
    const now = new Date();
    await store.feeds!.addFeed(
      { scope: feedScope('console', 'console', 'console'), platform: 'console', guildId: 'console', channelId: 'console', url: `${site.origin}/drip.xml`, title: null, addedBy: 'u', nextPollAt: now.toISOString() },
      now,
    );
    await store.close();
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DISCORD_|SLACK_|NEWSBRIEF_|LOG_LEVEL)/.test(k)) env[k] = v;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
      cwd: ROOT,
      env: { ...env, NEWSBRIEF_DB: db, NEWSBRIEF_ALLOW_PRIVATE_URLS: 'true' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // stdin stays open: the console waits for commands while the poller reads the feed.
    const deadline = Date.now() + 45_000;
    while (!site.hits('/drip.xml').length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(site.hits('/drip.xml').length).toBe(1);
    await new Promise((r) => setTimeout(r, 500)); // well inside the read
    const t0 = Date.now();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await exited;
    clearTimeout(timer);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});
