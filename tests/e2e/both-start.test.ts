/**
 * `npm start` with Discord and Slack both configured runs both in one process: a /brief on
 * each platform is answered, and SIGTERM stops both cleanly (exit 0).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord-server.ts';
import { FakeSlack } from '../fakes/slack-server.ts';
import { signalAndWaitForExit } from '../helpers/exit.ts';

const TOKEN = 'dual-test-token'; // not "bot…": discord.js strips a leading "Bot" from tokens
const SEED_TITLE = fs.readFileSync('briefings/000_96cf53ebe954ef7b.txt', 'utf8').split('\n')[0].trim();
let discord: FakeDiscord;
let slack: FakeSlack;
let tmp: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  discord = await startFakeDiscord({ token: TOKEN });
  slack = await FakeSlack.start();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbrief-both-'));
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await discord?.close();
  await slack?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm start with Discord and Slack tokens', () => {
  it('serves both platforms from one process and stops both on SIGTERM', async () => {
    // tsx directly: npm and npx do not pass SIGTERM on to the bot.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: slack.signingSecret,
        SLACK_PORT: '0',
        SLACK_API_URL: slack.apiUrl,
        NEWSBRIEF_DB: path.join(tmp, 'newsbrief.db'),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Record<string, unknown>[] = [];
    const started = new Set<string>();
    let slackPort = 0;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not both started; saw ${JSON.stringify(lines.slice(-5))}`)), 60_000);
      readline.createInterface({ input: child!.stderr! }).on('line', (line) => {
        let l: Record<string, unknown>;
        try {
          l = JSON.parse(line) as Record<string, unknown>;
        } catch {
          l = { raw: line };
        }
        lines.push(l);
        if (l.msg === 'slack listening') slackPort = Number(l.port);
        if (l.msg === 'adapter started') started.add(String(l.platform));
        if (started.has('discord') && started.has('slack')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child!.once('exit', (code) => reject(new Error(`exited with ${code}; saw ${JSON.stringify(lines.slice(-5))}`)));
    });

    const reply = await discord.slashCommand('brief').waitForReply();
    expect(reply.embeds[0].title).toBe(SEED_TITLE);

    const cmd = slack.slashCommand('/brief', '', { channel_id: 'C0BOTH' });
    expect((await slack.deliverHttp(`http://127.0.0.1:${slackPort}/slack/events`, cmd)).status).toBe(200);
    const posted = await slack.waitForMessage((m) => m.channel === 'C0BOTH');
    expect(posted.blocks[0]?.text?.text).toBe(SEED_TITLE);

    // Shutdown happens, cleanly (exit 0, not the 8 s forced exit 1); how fast is not asserted.
    expect(await signalAndWaitForExit(child!)).toEqual({ code: 0, signal: null });
    expect(discord.gatewayCloses).toContainEqual(expect.objectContaining({ code: 1000, byClient: true }));
    expect(lines.some((l) => l.msg === 'slack stopped')).toBe(true);
    // The tokens and the signing secret never reach the logs.
    const logged = JSON.stringify(lines);
    for (const secret of [TOKEN, slack.botToken, slack.signingSecret]) expect(logged).not.toContain(secret);
  }, 120_000);
});
