/**
 * `npm start` as a user runs it, with Discord configured through the environment: the
 * process logs in to a fake Discord, answers /brief, and on SIGTERM closes the gateway and
 * exits 0 on SIGTERM. Also `npm run cli -- discord-register`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { startFakeDiscord, type FakeDiscord, type JsonObject } from '../fakes/discord-server.ts';
import { signalAndWaitForExit } from '../helpers/exit.ts';

const TOKEN = 'start-test-token';
const SEED_TITLE = fs.readFileSync('briefings/000_96cf53ebe954ef7b.txt', 'utf8').split('\n')[0].trim();
// What `npm start` runs, without npm in between (npm does not pass SIGTERM on): Node with
// tsx's loader, one process (the tsx command would relay the signal to a child of its own).
const NODE_TSX = [process.execPath, ['--import', 'tsx']] as const;

let fake: FakeDiscord;
let tmp: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbrief-discord-start-'));
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await fake?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function run(script: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(NODE_TSX[0], [...NODE_TSX[1], script, ...args], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NEWSBRIEF_DB: path.join(tmp, 'newsbrief.db'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

/** Collects the child's JSON log lines (stderr) and resolves on the first that matches. */
function logWatcher(proc: ChildProcess) {
  const lines: Record<string, unknown>[] = [];
  const waiters: { match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  readline.createInterface({ input: proc.stderr! }).on('line', (line) => {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line) as Record<string, unknown>;
    } catch {
      parsed = { raw: line };
    }
    lines.push(parsed);
    for (const w of waiters.splice(0)) {
      if (w.match(parsed)) w.resolve(parsed);
      else waiters.push(w);
    }
  });
  return {
    lines,
    waitFor(match: (l: Record<string, unknown>) => boolean, timeoutMs = 60_000): Promise<Record<string, unknown>> {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching log line; saw: ${JSON.stringify(lines.slice(-5))}`)), timeoutMs);
        proc.once('exit', (code) => reject(new Error(`exited with ${code}; saw: ${JSON.stringify(lines.slice(-5))}`)));
        waiters.push({ match, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      });
    },
  };
}

describe('npm start with Discord configured', () => {
  it('logs in, answers /brief, and exits 0 on SIGTERM with the gateway closed', async () => {
    const child = run('src/main.ts', [], {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'info',
    });
    const log = logWatcher(child);
    await log.waitFor((l) => l.msg === 'adapter started' && l.platform === 'discord');
    expect(fake.gatewayFrames.find((f) => f.op === 2)?.d).toMatchObject({ token: TOKEN, intents: 1 });
    // No guild configured: registered globally at start-up.
    expect(fake.commands.global?.map((c) => c.name)).toEqual(commands.map((c) => c.name));

    const reply = await fake.slashCommand('brief').waitForReply();
    expect(reply.embeds[0].title).toBe(SEED_TITLE);
    expect(reply.allowed_mentions).toEqual({ parse: [] });

    // Shutdown happens, cleanly (exit 0, not the 8 s forced exit 1); how fast is not asserted.
    expect(await signalAndWaitForExit(child)).toEqual({ code: 0, signal: null });
    // The bot closed its gateway connection itself, normally.
    expect(fake.gatewayCloses).toContainEqual(expect.objectContaining({ code: 1000, byClient: true }));
    expect(log.lines.some((l) => l.msg === 'Discord gateway closed')).toBe(true);
  }, 120_000);

  it('registers the commands with `npm run cli -- discord-register`', async () => {
    const before = fake.requests.length;
    const child = run('src/cli.ts', ['discord-register'], {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(out.trim()).toBe(`Registered ${commands.length} commands (${commands.map((c) => `/${c.name}`).join(', ')}) to guild ${fake.guildId}.`);
    const put = fake.requests.slice(before).find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect((put?.body as JsonObject[]).length).toBe(commands.length);
  });
});
