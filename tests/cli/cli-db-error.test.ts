/**
 * A database path that cannot be used is a setting to fix: the CLI says so in one line naming
 * NEWSBRIEF_DB, exit 2, without the "unexpected error" it showed (which reads as a bug).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { parseConfig } from '../../src/config.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-cli-db-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('newsbrief with a NEWSBRIEF_DB that cannot be opened', () => {
  it('names the database and the cause in one line, as a setting, exit 2', async () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const db = path.join(file, 'sub', 'newsbrief.db');
    fs.mkdirSync(path.join(tmp, 'briefings'));
    let out = '';
    let err = '';
    const sink = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f(String(c)), cb()) });
    const config = parseConfig({ NEWSBRIEF_DB: db, NEWSBRIEF_BRIEFINGS: path.join(tmp, 'briefings') });
    const code = await runCli(['digest'], { out: sink((s) => (out += s)), err: sink((s) => (err += s)), config });
    expect(out).toBe('');
    expect(err).toBe(`newsbrief: cannot open the database ${db} (NEWSBRIEF_DB): a part of its folder path is a file, not a folder.\n`);
    expect(code).toBe(2);
  });

  it('a damaged SQLite file is named as damaged, with what to do (it said only "database disk image is malformed")', async () => {
    const briefings = path.join(tmp, 'briefings-2');
    fs.mkdirSync(briefings);
    const db = path.join(tmp, 'damaged.db');
    const run = async () => {
      let err = '';
      const sink = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f(String(c)), cb()) });
      const config = parseConfig({ NEWSBRIEF_DB: db, NEWSBRIEF_BRIEFINGS: briefings });
      const code = await runCli(['articles'], { out: sink(() => undefined), err: sink((s) => (err += s)), config });
      return { code, err };
    };
    expect((await run()).code).toBe(0);
    // A copy cut short (a full disk, a backup taken mid-write): the first pages only.
    fs.writeFileSync(db, fs.readFileSync(db).subarray(0, 8192));
    const r = await run();
    expect(r.err).toBe(`newsbrief: cannot open the database ${db} (NEWSBRIEF_DB): the file is damaged (SQLite: database disk image is malformed): restore it from a backup, or move it aside to start with an empty database.\n`);
    expect(r.code).toBe(2);
  });
});
