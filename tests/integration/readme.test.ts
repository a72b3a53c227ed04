/**
 * The README's examples run: every `npm run -s cli -- …` line of its sh blocks (except those
 * that need the network or a Discord token), every `$ command` block whose output it shows
 * (the shown lines must appear, in order; a line ending in … matches by its start), the
 * console one-liners, and the discord-register output line with the real command list.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { describeRegistration } from '../../src/adapters/discord/register.ts';
import { SLACK_BOT_SCOPES } from '../../src/adapters/slack/manifest.ts';
import { createApp } from '../../src/app.ts';
import { runCli } from '../../src/cli/run.ts';
import { parseConfig } from '../../src/config.ts';
import { ROOT } from '../helpers/run.ts';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-readme-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Block {
  lang: string;
  lines: string[];
}

function blocks(md: string): Block[] {
  const out: Block[] = [];
  const re = /^( *)```(\w*)\n([\s\S]*?)^\1```$/gm;
  for (const m of md.matchAll(re)) out.push({ lang: m[2], lines: m[3].split('\n').map((l) => l.slice(m[1].length)).filter((l, i, a) => i < a.length - 1 || l !== '') });
  return out;
}

/** Split a shell command line into words (single and double quotes; a trailing comment or redirect dropped). */
function words(line: string): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = null;
      else cur = (cur ?? '') + ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur = cur ?? '';
    } else if (/\s/.test(ch)) {
      if (cur !== null) out.push(cur);
      cur = null;
    } else if ((ch === '#' || ch === '>') && cur === null) {
      break;
    } else cur = (cur ?? '') + ch;
  }
  if (cur !== null) out.push(cur);
  return out;
}

const sink = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f(String(c)), cb()) });

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const config = parseConfig({ NEWSBRIEF_DB: path.join(tmp, 'cli.db') });
  const code = await runCli(args, { out: sink((s) => (stdout += s)), err: sink((s) => (stderr += s)), config });
  return { code, stdout, stderr };
}

/** `npm start` on the console with this standard input; returns what it printed. */
async function consoleRun(input: string): Promise<string> {
  let text = '';
  const stdin = new PassThrough();
  let ended!: () => void;
  const done = new Promise<void>((r) => (ended = r));
  const config = parseConfig({ NEWSBRIEF_DB: path.join(tmp, `console-${Math.random()}.db`) });
  const app = await createApp({ config, log: pino({ level: 'silent' }), input: stdin, output: sink((s) => (text += s)), onConsoleEnd: () => ended() });
  await app.start();
  stdin.end(input);
  await done;
  await app.stop();
  return text;
}

/** The shown lines appear in the output in order; `…` at the end of a line matches by prefix. */
function expectShown(output: string, shown: string[]): void {
  const got = output.split('\n').map((l) => l.trimEnd());
  let at = 0;
  for (const want of shown.map((l) => l.trimEnd())) {
    if (want === '' || /^(- )?…$/.test(want)) continue;
    const prefix = want.endsWith('…') ? want.slice(0, -1).trimEnd() : null;
    const i = got.findIndex((g, k) => k >= at && (prefix !== null ? g.startsWith(prefix) : g === want));
    expect(i, `README line not in the output: ${want}\n--- output:\n${output}`).toBeGreaterThanOrEqual(0);
    at = i + 1;
  }
}

describe('README examples', () => {
  it('every command-line example runs and exits 0', async () => {
    const lines = blocks(README)
      .filter((b) => b.lang === 'sh')
      .flatMap((b) => b.lines.map((l) => l.trim()).filter((l) => l.startsWith('npm run -s cli -- ')));
    let ran = 0;
    for (const line of lines) {
      const args = words(line).slice(5);
      // Needs the network (a real page), a Discord token or a PostgreSQL server (db copy):
      // covered by their own tests.
      if (args[0] === 'discord-register' || args[0] === 'db' || (['brief', 'ask'].includes(args[0]) && args.some((a) => /^https?:\/\//.test(a)))) continue;
      const r = await cli(args);
      expect(r.stderr, line).toBe('');
      expect(r.code, line).toBe(0);
      expect(r.stdout.length, line).toBeGreaterThan(0);
      ran++;
    }
    expect(ran).toBeGreaterThanOrEqual(10);
  });

  it('the shown output of `$ …` blocks is what the commands print', async () => {
    const shown = blocks(README).filter((b) => b.lang === '' && b.lines[0]?.startsWith('$ '));
    expect(shown.length).toBeGreaterThanOrEqual(3);
    for (const b of shown) {
      const cmd = b.lines[0].slice(2);
      let output: string;
      if (cmd.startsWith('npm run -s cli -- ')) {
        const r = await cli(words(cmd).slice(5));
        expect(r.code, cmd).toBe(0);
        output = r.stdout;
      } else if (cmd === 'npm start </dev/null') {
        output = await consoleRun('');
      } else throw new Error(`README shows the output of a command this test cannot run: ${cmd}`);
      expectShown(output, b.lines.slice(1));
    }
  });

  it('the console one-liners answer without an error', async () => {
    const lines = blocks(README)
      .filter((b) => b.lang === 'sh')
      .flatMap((b) => b.lines.map((l) => l.trim()).filter((l) => /^printf '.*' \| npm start$/.test(l)));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const start = await consoleRun('');
    for (const line of lines) {
      const input = /^printf '(.*)' \| npm start$/.exec(line)![1].replace(/\\n/g, '\n');
      const out = await consoleRun(input);
      const answers = out.slice(start.length);
      expect(answers.length, line).toBeGreaterThan(0);
      expect(answers, line).not.toMatch(/Error:/);
    }
    const who = await consoleRun('/ask Who did Xi meet?\n');
    expect(who.slice(start.length)).toContain('Sadyr Zhaparov');
  });

  it('discord-register prints what the README shows, with every command', () => {
    const line = describeRegistration({ scope: 'guild', guildId: '123456789012345678', names: commands.map((c) => c.name) });
    expect(README).toContain(line);
  });

  it('the chat-command table lists exactly the registered commands, each with its options', () => {
    const section = README.slice(README.indexOf('## Chat commands'), README.indexOf('## Command line'));
    const rows = new Map([...section.matchAll(/^\| `\/(\w+)([^`]*)` \|(.*)\|$/gm)].map((m) => [m[1], `${m[2]} ${m[3]}`]));
    expect([...rows.keys()].sort()).toEqual(commands.map((c) => c.name).sort());
    for (const c of commands) {
      const row = rows.get(c.name)!;
      for (const o of c.options ?? []) {
        const shown = o.choices ? o.choices.every((choice) => row.includes(choice)) : new RegExp(`\\b${o.name}\\b`).test(row);
        expect(shown, `/${c.name} option ${o.name} in the README's table`).toBe(true);
      }
    }
  });

  it("the Slack scope table is the manifest's scopes, and the Discord invite adds up its permission table", () => {
    const slack = README.slice(README.indexOf('## Slack'), README.indexOf('## Schedules'));
    const table = slack.slice(slack.indexOf('| scope | why |'));
    const scopes = [...table.slice(0, table.indexOf('\n\n')).matchAll(/^\|([^|]+)\|/gm)].flatMap((m) => [...m[1].matchAll(/`([^`]+)`/g)].map((x) => x[1]));
    expect(scopes.sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    const discord = README.slice(README.indexOf('### 2. Invite the bot'), README.indexOf('### 3. Configure'));
    const invite = /permissions=(\d+)/.exec(discord)![1];
    const perms = [...discord.matchAll(/^\| [^|]+ \| 1 << (\d+) \| (\d+) \|/gm)].map((m) => {
      expect(BigInt(m[2])).toBe(1n << BigInt(m[1]));
      return BigInt(m[2]);
    });
    expect(perms).toHaveLength(4);
    expect(perms.reduce((a, b) => a + b, 0n)).toBe(BigInt(invite));
  });
});
