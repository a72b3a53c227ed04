/**
 * A .env file a new user gets wrong: made a folder, or saved as UTF-16 by a Windows editor. Both
 * were ignored without a word and the bot started without its settings; now a UTF-16 or
 * UTF-8-with-BOM file is read, and a folder or a UTF-16 file without its byte-order mark is named.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { readEnvFile } from '../src/config-env-file.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-envfile-'));
const home = process.cwd();
const KEY = 'NEWSBRIEF_RETENTION_DAYS';
const before = process.env[KEY];
afterEach(() => {
  process.chdir(home);
  if (before === undefined) delete process.env[KEY];
  else process.env[KEY] = before;
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A folder holding a .env with these bytes (or a .env folder when bytes is null). */
function project(name: string, bytes: Buffer | null): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  if (bytes) fs.writeFileSync(path.join(dir, '.env'), bytes);
  else fs.mkdirSync(path.join(dir, '.env'));
  return dir;
}

const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

describe('the .env file', () => {
  it('a .env that is a folder is named in one warning at start-up', async () => {
    delete process.env[KEY];
    const dir = project('folder', null);
    process.chdir(dir);
    const err: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    try {
      await loadConfig();
    } finally {
      spy.mockRestore();
    }
    expect(err).toContain(`newsbrief: ${path.join(fs.realpathSync(dir), '.env')} is a folder, not a file of settings: it is not read\n`);
  });

  it.each([
    ['UTF-16 LE with its byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`# settings\r\n${KEY}=17\r\n`, 'utf16le')])],
    ['UTF-16 BE with its byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(`${KEY}=17\n`)])],
    ['UTF-8 with a byte-order mark (the first name kept whole)', Buffer.from(`\uFEFF${KEY}=17\n`, 'utf8')],
  ])('a .env saved as %s is read', async (name, bytes) => {
    delete process.env[KEY];
    process.chdir(project(name.split(' ').slice(0, 2).join('-'), bytes));
    expect((await loadConfig()).retentionDays).toBe(17);
  });

  it('a UTF-16 .env without its byte-order mark is named with its encoding, not read as garbage', () => {
    const file = path.join(project('no-bom', Buffer.from(`${KEY}=17\n`, 'utf16le')), '.env');
    expect(readEnvFile(file)).toEqual({ parsed: {}, warning: `${file} is not read: it holds NUL bytes (UTF-16 without a byte-order mark?); save it as UTF-8` });
    expect(readEnvFile(path.join(tmp, 'nowhere', '.env'))).toEqual({ parsed: {} });
  });
});
