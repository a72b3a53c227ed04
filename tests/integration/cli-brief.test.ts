import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run.ts';
import { runCli } from '../../src/cli/run.ts';
import { parseConfig } from '../../src/config.ts';

/** Run the CLI in this process, capturing its output (configuration from an empty environment). */
async function cliInProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f(String(c)), cb()) });
  const code = await runCli(args, { out: sink((s) => (stdout += s)), err: sink((s) => (stderr += s)), config: parseConfig({ NEWSBRIEF_DB: path.join(dir, 'nb.db') }) });
  return { code, stdout, stderr };
}

const SEED = 'briefings/000_96cf53ebe954ef7b.txt';
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function oneLineError(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(lines[0]).toMatch(/^newsbrief: /);
}

describe('newsbrief brief', () => {
  it('prints the seed briefing as JSON in the contract shape', async () => {
    const r = await cli(['brief', SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.id).toBe('000_96cf53ebe954ef7b');
    expect(b.title).toBe('Xi says China to deepen all-round cooperation with Kyrgyzstan');
    expect(b.dateline).toEqual({ place: 'BEIJING', date: '2022-02-06', agency: 'Xinhua' });
    expect(b.url).toBeNull();
    expect(b.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(b.entities.people.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Xi Jinping', 'Sadyr Zhaparov']));
    expect(typeof b.wordCount).toBe('number');
    expect(typeof b.readingMinutes).toBe('number');
  });

  it('prints Discord payloads and Slack blocks exactly as sent', async () => {
    const d = await cli(['brief', SEED, '--format', 'discord', '--points', '4']);
    const payloads = JSON.parse(d.stdout);
    expect(payloads[0].allowed_mentions).toEqual({ parse: [] });
    expect(payloads[0].embeds[0].title).toContain('Kyrgyzstan');
    const s = await cli(['brief', SEED, '--format', 'slack']);
    const blocks = JSON.parse(s.stdout);
    expect(typeof blocks[0].text).toBe('string');
    expect(blocks[0].blocks[0].type).toBe('header');
  });

  it('reads stdin with -', async () => {
    const r = await cli(['brief', '-', '--format', 'markdown'], { input: fs.readFileSync(SEED, 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kyrgyzstan');
  });

  it('answers bad input with one line and a non-zero exit', async () => {
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'bin.dat'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]));
    fs.writeFileSync(path.join(dir, 'huge.txt'), 'The council met on Monday and decided nothing. '.repeat(110_000));
    const cases: [string[], RegExp][] = [
      [['brief', path.join(dir, 'missing.txt')], /no such file/],
      [['brief', dir], /is a directory/],
      [['brief', path.join(dir, 'empty.txt')], /empty/],
      [['brief', path.join(dir, 'bin.dat')], /binary/],
      [['brief', path.join(dir, 'huge.txt')], /MB/],
      [['brief', SEED, '--format', 'pdf'], /--format must be one of/],
      [['brief', SEED, '--points', 'many'], /--points must be a whole number/],
      [['frobnicate'], /unknown command/],
      [['brief', 'ftp://example.org/story'], /only http and https URLs/],
    ];
    // In-process: the same runCli the `newsbrief` process runs, without a process per case.
    for (const [args, re] of cases) {
      const r = await cliInProcess(args);
      expect(r.code, args.join(' ')).not.toBe(0);
      oneLineError(r.stderr);
      expect(r.stderr).toMatch(re);
    }
    // And once through the real process: one line on stderr, exit code 1.
    const r = await cli(['brief', path.join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    oneLineError(r.stderr);
  });
});

describe('newsbrief brief --jsonl', () => {
  it('gives one line out per line in, same ids, an error line for a bad one, --points honoured', async () => {
    const seed = fs.readFileSync(SEED, 'utf8');
    const input = [JSON.stringify({ id: 'one', text: seed }), '{not json', JSON.stringify({ id: 'three', title: 'T', text: seed }), JSON.stringify({ id: 'four', text: '' })].join('\n');
    const r = await cli(['brief', '--jsonl', '-', '--points', '3'], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['one', 'line-2', 'three', 'four']);
    expect(lines[0].keyPoints).toHaveLength(3);
    expect(lines[0].title).toBe('Xi says China to deepen all-round cooperation with Kyrgyzstan');
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2].title).toBe('T');
    expect(lines[3].error).toMatch(/empty/);
  });

  // The shared data sits beside the checkout (../shared/data); without it the skip shows.
  const devFile = path.resolve('../shared/data/summ-dev.jsonl');
  it.skipIf(!fs.existsSync(devFile))('handles every line of the development summaries', async () => {
    const file = devFile;
    const r = await cli(['brief', '--jsonl', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const want = fs.readFileSync(file, 'utf8').trim().split('\n').length;
    expect(lines).toHaveLength(want);
    expect(lines.filter((l) => l.error)).toEqual([]);
    expect(lines.every((l) => l.keyPoints.length >= 1 && l.tldr.length <= 280)).toBe(true);
  });
});
