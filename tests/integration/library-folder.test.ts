/**
 * Issue #17 items 3, 4 and 8, issue #19 start-up: the briefings folder is the truth for file
 * articles, the bot and the CLI read the same library, a missing folder is refused in one
 * line, only new or changed files are read at start-up, the console prints the newest few
 * briefings and a count, and a question with no context searches the library.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleAdapter } from '../../src/adapters/console/index.ts';
import { createApp, type App } from '../../src/app.ts';
import { runCli } from '../../src/cli/run.ts';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { syncBriefings } from '../../src/sources/briefing-sync.ts';
import { createSqliteStore } from '../../src/store/sqlite.ts';
import { runTs } from '../helpers/run.ts';
import { makeArticle } from '../helpers/article.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/first-day');
const silent = pino({ level: 'silent' });
let tmp: string;
let dir: string;
let db: string;
let apps: App[] = [];

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-lib-'));
  dir = path.join(tmp, 'briefings');
  fs.mkdirSync(dir);
  db = path.join(tmp, 'nb.db');
});
afterEach(async () => {
  for (const a of apps) await a.stop();
  apps = [];
  fs.rmSync(tmp, { recursive: true, force: true });
});

function copy(names: string[], to = dir): void {
  for (const n of names) fs.copyFileSync(path.join(FIXTURES, n), path.join(to, n));
}

async function consoleApp(env: Record<string, string> = {}): Promise<{ app: App; console: ConsoleAdapter; out: () => string }> {
  let text = '';
  const output = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  const config = parseConfig({ NEWSBRIEF_BRIEFINGS: dir, NEWSBRIEF_DB: db, ...env });
  const app = await createApp({ config, log: silent, input: new PassThrough(), output });
  apps.push(app);
  await app.start();
  const c = app.adapters.find((a): a is ConsoleAdapter => a instanceof ConsoleAdapter)!;
  return { app, console: c, out: () => text };
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f(String(c)), cb()) });
  const config = parseConfig({ NEWSBRIEF_BRIEFINGS: dir, NEWSBRIEF_DB: db, ...env });
  const code = await runCli(args, { out: sink((s) => (stdout += s)), err: sink((s) => (stderr += s)), config });
  return { code, stdout, stderr };
}

async function stopAll(): Promise<void> {
  for (const a of apps) await a.stop();
  apps = [];
}

describe('the briefings folder is the truth for file articles', () => {
  it('a file removed from the folder is no longer briefed, by the bot or the CLI', async () => {
    copy(['marathon.md', 'earthquake.md']);
    const first = await consoleApp();
    expect((await first.app.services.library.list()).map((a) => a.id)).toEqual(['marathon', 'earthquake']);
    await stopAll();
    fs.rmSync(path.join(dir, 'marathon.md'));
    const again = await consoleApp();
    expect((await again.app.services.library.list()).map((a) => a.id)).toEqual(['earthquake']);
    const [b] = await again.console.handleLine('/brief marathon');
    expect(b).toMatchObject({ kind: 'error', text: expect.stringContaining('No article matches "marathon"') });
    await stopAll();
    const d = await cli(['digest', '--format', 'json']);
    expect(d.code).toBe(0);
    const titles = (JSON.parse(d.stdout) as { items: { lead: { title: string } }[] }).items.map((i) => i.lead.title);
    expect(titles).toEqual(['Strong earthquake shakes northern coastal towns']);
  });

  it('running once with another NEWSBRIEF_BRIEFINGS does not leak its articles into the next run', async () => {
    const other = path.join(tmp, 'other');
    fs.mkdirSync(other);
    copy(['ferries.md'], other);
    copy(['budget.md']);
    const first = await consoleApp({ NEWSBRIEF_BRIEFINGS: other });
    expect((await first.app.services.library.list()).map((a) => a.id)).toEqual(['ferries']);
    await stopAll();
    const second = await consoleApp();
    expect((await second.app.services.library.list()).map((a) => a.id)).toEqual(['budget']);
  });

  it('the CLI and the bot read the same library: a feed article stored by the bot is in cli digest and cli brief', async () => {
    copy(['budget.md']);
    const { app } = await consoleApp();
    await app.services.library.add(makeArticle({
      id: 'feed-item-1', title: 'Tram line to the airport opens', text: 'The new tram line to the airport opened on Monday. It has nine stops. Trams run every ten minutes.',
      url: 'https://transit.example/tram', publishedAt: '2026-04-20T08:00:00Z', source: 'Transit Today', basis: 'feed excerpt',
    }));
    await stopAll();
    const d = await cli(['digest', '--format', 'markdown']);
    expect(d.stdout).toContain('Tram line to the airport opens');
    expect(d.stdout).toContain('Council approves budget for school repairs');
    const b = await cli(['brief', 'tram line', '--format', 'json']);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout).id).toBe('feed-item-1');
  });

  it('articles can be listed and a feed article removed; a file article points to its file', async () => {
    copy(['budget.md', 'library.md']);
    const { app } = await consoleApp();
    await app.services.library.add(makeArticle({
      id: 'feed-item-2', title: 'Night buses return next month', text: 'Night buses will return next month on four routes. The service was cut in 2020. Fares stay the same.',
      url: 'https://transit.example/night', publishedAt: '2026-04-21T08:00:00Z', source: 'Transit Today', basis: 'feed excerpt',
    }));
    await stopAll();
    const list = await cli(['articles']);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n').slice(0, 3)).toEqual([
      'feed-item-2  2026-04-21  Transit Today  Night buses return next month',
      `library  2026-04-08  file ${path.join(dir, 'library.md')}  New public library opens in the old railway station`,
      `budget  2026-04-02  file ${path.join(dir, 'budget.md')}  Council approves budget for school repairs`,
    ]);
    expect(list.stdout).toContain('3 articles');
    const file = await cli(['articles', 'remove', 'budget']);
    expect(file.code).toBe(1);
    expect(file.stderr).toBe(`newsbrief: budget is the file ${path.join(dir, 'budget.md')}: delete the file to remove it\n`);
    const gone = await cli(['articles', 'remove', 'feed-item-2']);
    expect(gone).toMatchObject({ code: 0, stdout: 'Removed feed-item-2 ("Night buses return next month").\n' });
    const json = await cli(['articles', 'list', '--format', 'json']);
    expect(JSON.parse(json.stdout).map((r: { id: string }) => r.id)).toEqual(['library', 'budget']);
  });

  it('a briefings folder that does not exist is refused in one line, by the bot and the CLI', async () => {
    const missing = path.join(tmp, 'no-such-folder');
    await expect(consoleApp({ NEWSBRIEF_BRIEFINGS: missing })).rejects.toThrow(ConfigError);
    await expect(consoleApp({ NEWSBRIEF_BRIEFINGS: missing })).rejects.toThrow(`invalid configuration: NEWSBRIEF_BRIEFINGS: the folder "${missing}" does not exist`);
    expect(fs.existsSync(db)).toBe(false);
    const d = await cli(['digest'], { NEWSBRIEF_BRIEFINGS: missing });
    expect(d.code).not.toBe(0);
    expect(d.stderr.trim().split('\n')).toHaveLength(1);
    expect(d.stderr).toContain('NEWSBRIEF_BRIEFINGS');
    // npm start: one line on stderr, no stack trace, exit 2.
    const r = await runTs('src/main.ts', [], { env: { NEWSBRIEF_BRIEFINGS: missing, NEWSBRIEF_DB: db } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`newsbrief: invalid configuration: NEWSBRIEF_BRIEFINGS: the folder "${missing}" does not exist (create it, or set NEWSBRIEF_BRIEFINGS to your articles folder)\n`);
  });

  it('start-up reads only new or changed files, in one transaction', async () => {
    copy(['marathon.md', 'earthquake.md', 'library.md']);
    const store = createSqliteStore(db);
    try {
      const now = () => new Date('2026-05-01T00:00:00Z');
      expect(await syncBriefings(store, dir, silent, now)).toMatchObject({ files: 3, read: 3, added: 3, removed: 0 });
      expect(await syncBriefings(store, dir, silent, now)).toMatchObject({ files: 3, read: 0, added: 0, removed: 0 });
      // An edited file is read again and its article updated in place.
      const f = path.join(dir, 'library.md');
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('120,000 books', '125,000 books'));
      fs.utimesSync(f, new Date('2026-05-02'), new Date('2026-05-02'));
      expect(await syncBriefings(store, dir, silent, now)).toMatchObject({ files: 3, read: 1, added: 0, updated: 1, removed: 0 });
      expect((await store.articles.get('library'))?.text).toContain('125,000 books');
      // A file that is no longer an article removes the one it gave.
      fs.writeFileSync(f, '');
      expect(await syncBriefings(store, dir, silent, now)).toMatchObject({ read: 1, removed: 1 });
      expect(await store.articles.get('library')).toBeNull();
    } finally {
      await store.close();
    }
  });
});

describe('the console at start', () => {
  it('prints the newest three briefings and a count, not the whole library', async () => {
    copy(['marathon.md', 'earthquake.md', 'library.md', 'ferries.md', 'budget.md']);
    const { out } = await consoleApp();
    const text = out();
    expect(text.match(/^## /gm)).toHaveLength(3);
    expect(text).toContain('## Harbour city marathon draws record field of runners');
    expect(text).not.toContain('## Storm halts island ferry services');
    expect(text).toContain('5 articles in the library; the newest 3 are above.');
  });

  it('a question with no context searches the library (not the newest article)', async () => {
    copy(['marathon.md', 'earthquake.md', 'library.md']);
    const { console: c } = await consoleApp();
    const [m] = await c.handleLine('/ask What was the magnitude of the earthquake?');
    expect(m.kind).toBe('answer');
    expect(`${m.title ?? ''} ${m.text ?? ''} ${JSON.stringify(m.fields ?? [])} ${m.footer ?? ''}`).toContain('6.4');
    expect(JSON.stringify(m)).toContain('Strong earthquake shakes northern coastal towns');
  });

  it('stops quietly, as at the end of input, when its reader goes away (`npm start | head`)', async () => {
    copy(['marathon.md']);
    const output = new Writable({
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    let ended = 0;
    const config = parseConfig({ NEWSBRIEF_BRIEFINGS: dir, NEWSBRIEF_DB: db });
    const app = await createApp({ config, log: silent, input: new PassThrough(), output, onConsoleEnd: () => ended++ });
    apps.push(app);
    await app.start();
    await new Promise((r) => setTimeout(r, 50));
    expect(ended).toBe(1);
  });
});
