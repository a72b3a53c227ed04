/**
 * `npm start` as a user runs it, with Slack configured through the environment: the process
 * answers a signed /brief sent to its SLACK_PORT and stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/slack-server.ts';
import { signalAndWaitForExit } from '../helpers/exit.ts';

let fake: FakeSlack;
let child: ChildProcess | undefined;
let tmp: string;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  fake = await FakeSlack.start();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbrief-slack-start-'));
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await fake?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Resolve with the first JSON log line matching, as the child writes it on stderr. */
function waitForLog(proc: ChildProcess, match: (l: Record<string, unknown>) => boolean, timeoutMs = 60_000) {
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching log line; saw: ${JSON.stringify(logLines.slice(-5))}`)), timeoutMs);
    const rl = readline.createInterface({ input: proc.stderr! });
    rl.on('line', (line) => {
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(line) as Record<string, unknown>;
      } catch {
        parsed = { raw: line };
      }
      logLines.push(parsed);
      if (match(parsed)) {
        clearTimeout(timer);
        resolve(parsed);
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`newsbrief exited with ${code} before logging; saw: ${JSON.stringify(logLines.slice(-5))}`));
    });
  });
}

describe('npm start with Slack configured', () => {
  it('answers a signed /brief, then stops cleanly on SIGTERM', async () => {
    // What `npm start` runs (`tsx src/main.ts`), without npm/npx in between: npx does not pass
    // SIGTERM on to its child, so the signal would not reach newsbrief.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        SLACK_BOT_TOKEN: fake.botToken,
        SLACK_SIGNING_SECRET: fake.signingSecret,
        SLACK_PORT: '0',
        SLACK_API_URL: fake.apiUrl,
        NEWSBRIEF_DB: path.join(tmp, 'newsbrief.db'),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const listening = await waitForLog(child, (l) => l.msg === 'slack listening');
    const port = Number(listening.port);
    expect(port).toBeGreaterThan(0);
    expect(fake.callsOf('auth.test')).toHaveLength(1);

    const cmd = fake.slashCommand('/brief', '', { channel_id: 'C0START' });
    const res = await fake.deliverHttp(`http://127.0.0.1:${port}/slack/events`, cmd);
    expect(res.status).toBe(200);
    const posted = await fake.waitForMessage((m) => m.channel === 'C0START');
    expect(posted.blocks[0]?.text?.text).toBe('Xi says China to deepen all-round cooperation with Kyrgyzstan');

    // Shutdown happens, cleanly (exit 0, not the 8 s forced exit 1); how fast is not asserted.
    expect(await signalAndWaitForExit(child!)).toEqual({ code: 0, signal: null });
    expect(logLines.some((l) => l.msg === 'slack stopped')).toBe(true);
    // The port is free again: nothing is left listening.
    await expect(fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST' })).rejects.toThrow();
  }, 120_000);
});
