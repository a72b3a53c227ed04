/**
 * Issue #17 item 6: the CLI takes article ids and title words like chat, refuses --points
 * outside 3-5, answers `brief --help`, lists every option in its usage, and `newsbrief` works
 * from outside the repository.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { parseConfig } from '../../src/config.ts';
import { ROOT } from '../helpers/run.ts';
import { startSite } from '../fakes/http-site.ts';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-cli1-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f(String(c)), cb()) });
  const config = parseConfig({ NEWSBRIEF_BRIEFINGS: path.join(ROOT, 'briefings'), NEWSBRIEF_DB: path.join(tmp, 'nb.db') });
  const code = await runCli(args, { out: sink((s) => (stdout += s)), err: sink((s) => (stderr += s)), config });
  return { code, stdout, stderr };
}

/** Run the installed `newsbrief` command (bin/newsbrief.js: the compiled CLI when dist/ is current) in `cwd`. */
function runBin(args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DISCORD_|SLACK_|NEWSBRIEF_|LOG_)/.test(k)) env[k] = v;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/newsbrief.js'), ...args], { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('newsbrief CLI, first day', () => {
  it('briefs a library article by id prefix or title words, as chat does', async () => {
    for (const ref of ['000_96cf', 'Kyrgyzstan', 'all-round cooperation']) {
      const r = await cli(['brief', ref, '--format', 'json']);
      expect(r, ref).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(r.stdout).id).toBe('000_96cf53ebe954ef7b');
    }
    const ask = await cli(['ask', '000_96cf', 'Who did Xi meet?', '--format', 'json']);
    expect(ask.code).toBe(0);
    expect(JSON.parse(ask.stdout).answer).toContain('Sadyr Zhaparov');
    const none = await cli(['brief', 'Atlantis']);
    expect(none).toMatchObject({ code: 1, stderr: 'newsbrief: Atlantis: no such file, and no article in the library matches it (newsbrief articles lists them)\n' });
    const missingFile = await cli(['brief', 'notes/missing.txt']);
    expect(missingFile.stderr).toBe('newsbrief: notes/missing.txt: no such file\n');
  });

  it('refuses --points outside 3-5 instead of giving fewer or more', async () => {
    for (const n of ['1', '2', '6', '9']) {
      const r = await cli(['brief', '000_96cf', '--points', n]);
      expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'newsbrief: --points must be a whole number from 3 to 5\n' });
    }
    const jsonl = await cli(['brief', '--jsonl', '-', '--points', '9']);
    expect(jsonl.stderr).toBe('newsbrief: --points must be a whole number from 3 to 5\n');
    for (const n of [3, 5]) {
      const r = await cli(['brief', '000_96cf', '--points', String(n), '--format', 'json']);
      expect(JSON.parse(r.stdout).keyPoints).toHaveLength(n);
    }
  });

  it('`brief --help` prints the usage, which lists every option', async () => {
    for (const args of [['brief', '--help'], ['ask', '-h'], ['digest', '--help'], ['help']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/^usage: newsbrief <command>/);
    }
    const { stdout } = await cli(['--help']);
    for (const opt of ['--top', '--points 3-5', '--jsonl', '--format', 'slack-manifest [--url https://host] [--name', '--format json|yaml', 'articles remove <id>', 'discord-register']) {
      expect(stdout).toContain(opt);
    }
  });

  it('`newsbrief` runs from outside the repository without a stack trace', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-outside-'));
    try {
      const run = (args: string[]) => runBin(args, outside);
      const ok = await run(['brief', path.join(ROOT, 'briefings/000_96cf53ebe954ef7b.txt'), '--format', 'json']);
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout).title).toBe('Xi says China to deepen all-round cooperation with Kyrgyzstan');
      // No briefings folder here: a library lookup says so in one line, and no database is created.
      const lib = await run(['digest']);
      expect(lib.code).not.toBe(0);
      expect(lib.stderr).not.toMatch(/\n\s+at /);
      expect(lib.stderr.trim().split('\n')).toHaveLength(1);
      expect(lib.stderr).toContain('NEWSBRIEF_BRIEFINGS: the folder "briefings" does not exist');
      expect(fs.existsSync(path.join(outside, 'data'))).toBe(false);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  }, 60_000);

  // After `npm install` the command runs the CLI compiled to dist/, whose parse workers once
  // failed to start (their entry file was not in dist/): a URL crashed with a stack trace.
  it('`newsbrief brief <url>` and `ask <url>` read a web page through the parse workers', async () => {
    const site = await startSite();
    try {
      site.serve('/bridge.html', BRIDGE_PAGE, 'text/html; charset=utf-8');
      const env = { NEWSBRIEF_ALLOW_PRIVATE_URLS: 'true', NEWSBRIEF_DB: path.join(tmp, 'url.db'), NEWSBRIEF_BRIEFINGS: path.join(ROOT, 'briefings') };
      const brief = await runBin(['brief', `${site.origin}/bridge.html`, '--format', 'json'], tmp, env);
      expect(brief.stderr).toBe('');
      expect(brief.code).toBe(0);
      expect(JSON.parse(brief.stdout).title).toBe('Ferry crossing suspended after pier damage');
      const ask = await runBin(['ask', `${site.origin}/bridge.html`, 'How many sailings were cancelled?', '--format', 'json'], tmp, env);
      expect(ask.stderr).toBe('');
      expect(JSON.parse(ask.stdout).answer).toContain('14');
    } finally {
      await site.close();
    }
  }, 60_000);
});

const BRIDGE_PAGE = `<!doctype html><html><head><title>Ferry crossing suspended after pier damage</title></head><body>
<article><h1>Ferry crossing suspended after pier damage</h1>
<p>PORT ELLIN, March 3 -- The ferry operator Westsound Lines suspended its crossing to the island on Tuesday after a storm damaged the main pier, cancelling 14 sailings.</p>
<p>Harbour master Colin Brae said divers would inspect the pier on Wednesday and repairs could take up to two weeks.</p>
<p>Islanders were offered places on a smaller boat leaving from the north slipway twice a day.</p>
</article></body></html>`;

