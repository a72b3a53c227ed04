/**
 * The small findings of the hostile-input probe: an over-long cron expression, a database path
 * whose parent is a file, LOG_LEVEL=debug reaching Bolt, and a "Discord" that answers malformed
 * JSON. Each gives one clear line, never a stack trace or a library's internal message.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { App, LogLevel } from '@slack/bolt';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boltLogger } from '../../src/adapters/slack/bolt-logger.ts';
import { UserError } from '../../src/core/errors.ts';
import { MAX_SCHEDULE_LENGTH, parseSchedule } from '../../src/core/schedule/schedule.ts';
import { runTs } from '../helpers/run.ts';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-small-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('an over-long schedule', () => {
  it('is refused in one short line that does not echo it', () => {
    const long = `${Array.from({ length: 3000 }, (_, i) => i % 60).join(',')} 8 * * *`;
    let e: unknown;
    try {
      parseSchedule(long);
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(UserError);
    const msg = (e as UserError).message;
    expect(msg).toBe(`That schedule is ${long.length.toLocaleString('en-US')} characters long (at most ${MAX_SCHEDULE_LENGTH}): give a daily time like 08:00 or a cron expression like "0 8 * * 1-5".`);
    // A long but sensible cron expression still works.
    expect(parseSchedule('0,15,30,45 6-9,12-14,17-22 1-7,15-21 1-6,9-12 MON-FRI').expression).toBe('0,15,30,45 6-9,12-14,17-22 1-7,15-21 1-6,9-12 MON-FRI');
  });
});

describe.concurrent('a database that cannot be opened', () => {
  it('names the path and NEWSBRIEF_DB, and says why, in one line', async () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const db = path.join(file, 'sub', 'newsbrief.db');
    const r = await runTs('src/main.ts', [], { input: '', env: { NEWSBRIEF_DB: db } });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toBe(`newsbrief: cannot open the database ${db} (NEWSBRIEF_DB): a part of its folder path is a file, not a folder.`);
  }, 60_000);

  // Node 20's recursive mkdirSync never returns under /proc: `npm start` hung without a word.
  it.skipIf(!fs.existsSync('/proc/self'))('under /proc, says the folder cannot be created and exits, instead of hanging', async () => {
    const r = await runTs('src/main.ts', [], { input: '', env: { NEWSBRIEF_DB: '/proc/x/y.db' }, timeoutMs: 45_000 });
    expect(r.stderr.trim()).toBe('newsbrief: cannot open the database /proc/x/y.db (NEWSBRIEF_DB): the folder /proc/x cannot be created there.');
    // null: killed at the time limit (it hung).
    expect(r.code).toBe(1);
  }, 60_000);
});

describe('LOG_LEVEL=debug', () => {
  it('reaches Bolt: its debug lines are logged, not reset to info', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = pino({ level: 'debug' }, sink);
    const app = new App({ token: 'xoxb-test', signingSecret: 'secret', logger: boltLogger(log), deferInitialization: true });
    expect(app.logger.getLevel()).toBe(LogLevel.DEBUG);
    app.logger.debug('probe from bolt');
    expect(lines.join('')).toContain('probe from bolt');
  });
});

describe('a Discord API that answers malformed JSON', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"this is": not json');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const [name, body, why] of [['malformed JSON', '{"this is": not json', 'not JSON'], ['JSON of the wrong shape', '{"hello": "world"}', 'JSON of another shape']]) {
    it(`stops npm start with one clear line naming DISCORD_API_URL (${name})`, async () => {
      server.removeAllListeners('request');
      server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
      });
      const r = await runTs('src/main.ts', [], {
        env: { DISCORD_TOKEN: 'x.y.z', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_API_URL: url, DISCORD_REGISTER_COMMANDS: 'false', NEWSBRIEF_DB: path.join(tmp, `d-${Math.random()}.db`), LOG_LEVEL: 'fatal' },
      });
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim()).toMatch(new RegExp(`^newsbrief: Discord's API at ${url.replace(/[.]/g, '\\.')} answered something that is not what Discord sends \\(${why}\\): check DISCORD_API_URL\\.$`));
      expect(r.stderr).not.toContain('reset_after');
    }, 90_000);
  }
});
