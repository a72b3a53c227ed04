import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTs } from '../helpers/run.ts';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-console-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const start = (input: string, env: Record<string, string> = {}) =>
  runTs('src/main.ts', [], { input, env: { NEWSBRIEF_DB: path.join(tmp, `db-${Math.random()}.db`), ...env } });

describe('npm start with no platform token (console mode)', () => {
  it('prints the seed briefing and exits 0 at the end of input', async () => {
    const r = await start('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Xi says China to deepen all-round cooperation with Kyrgyzstan');
    expect(r.stdout).toContain('Xi Jinping (Chinese President)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers /help, /brief, /digest and refuses unknown commands in one line', async () => {
    const r = await start('/help\n/brief 000_96cf\n/digest\n/frobnicate\n/brief no-such-article\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\/brief \[article\]/);
    expect(r.stdout).toMatch(/\/digest/);
    expect(r.stdout.match(/## Xi says China/g)?.length).toBeGreaterThanOrEqual(2);
    expect(r.stdout).toContain('News digest');
    expect(r.stdout).toContain('Error: Unknown command /frobnicate: try /help.');
    expect(r.stdout).toMatch(/Error: No article matches "no-such-article"/);
  });

  it('briefs a library folder given by NEWSBRIEF_BRIEFINGS, newest first', async () => {
    const lib = path.join(tmp, 'lib');
    fs.mkdirSync(lib);
    fs.writeFileSync(path.join(lib, 'old.md'), '---\ntitle: Old story\npublished: 2020-01-01\n---\nThe old thing happened. It was long ago. Nobody cared.\n');
    fs.writeFileSync(path.join(lib, 'new.json'), JSON.stringify({ title: 'New story', text: 'The new thing happened. It was today. Everyone cared.', publishedAt: '2024-05-05' }));
    fs.writeFileSync(path.join(lib, 'broken.json'), '{oops');
    const r = await start('', { NEWSBRIEF_BRIEFINGS: lib });
    expect(r.code).toBe(0);
    const i = r.stdout.indexOf('## New story');
    const j = r.stdout.indexOf('## Old story');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(j).toBeGreaterThan(i);
  });

  it('refuses a bad configuration naming every bad variable in one line', async () => {
    const r = await start('', { NEWSBRIEF_TZ: 'Mars/Olympus', SLACK_PORT: 'abc' });
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(r.stderr).toContain('NEWSBRIEF_TZ');
    expect(r.stderr).toContain('Mars/Olympus');
    expect(r.stderr).toContain('SLACK_PORT');
  });
});
