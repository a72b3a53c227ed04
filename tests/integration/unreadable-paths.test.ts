/**
 * Paths this user may not read are named in one line: a briefings folder (a setting to fix; it
 * ended start-up with "unexpected error: EACCES: permission denied, scandir '…'"), an article
 * file given to the CLI ("unexpected error: EACCES: permission denied, open '…'") and a file
 * inside the briefings folder (its start-up warning carried the same raw EACCES message). Root
 * may read anything, so under root (as CI runs) the checks run in one child process that is still
 * root but without the capabilities that override file permissions (util-linux `setpriv`): a
 * child as "nobody" could not load the checkout from a clone in a private folder (mktemp -d).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/cli/input.ts';
import type { Logger } from '../../src/logger.ts';
import { checkBriefingsDir, syncBriefings } from '../../src/sources/briefing-sync.ts';
import { createSqliteStore } from '../../src/store/sqlite.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-unreadable-'));
fs.chmodSync(tmp, 0o755);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const asRoot = process.getuid?.() === 0;
/** util-linux's setpriv, which drops root's permission-override capabilities for one child. */
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv', '/usr/sbin/setpriv'].find((f) => fs.existsSync(f));

const outcome = (p: Promise<unknown>) => p.then(() => 'accepted', (e: Error) => e.message);

/** The warnings a start-up sync of the briefings folder logs, one "file: reason" each (written the same in the child below). */
async function syncWarnings(dir: string): Promise<string> {
  const warnings: string[] = [];
  const log = { warn: (o: { file: string; err: string }) => warnings.push(`${o.file}: ${o.err}`), info: () => {}, debug: () => {}, error: () => {} };
  const store = createSqliteStore(':memory:');
  await syncBriefings(store, dir, log as unknown as Logger, () => new Date());
  await store.close();
  return warnings.join(' | ');
}

/**
 * What checkBriefingsDir says of each folder, readTextFile of each file and a start-up sync of
 * each briefings folder, as a user who owns none of them.
 */
async function asAnotherUser(dirs: string[], files: string[], synced: string[]): Promise<string[]> {
  if (!asRoot) {
    return Promise.all([...dirs.map((d) => outcome(checkBriefingsDir(d))), ...files.map((f) => outcome(readTextFile(f))), ...synced.map((d) => syncWarnings(d).catch((e: Error) => e.message))]);
  }
  const url = (p: string) => JSON.stringify(pathToFileURL(path.join(root, p)).href);
  const script = `const o = (p) => p.then(() => 'accepted', (e) => e.message);
    const sync = async (s, q, d) => {
      const w = [];
      const log = { warn: (x) => w.push(x.file + ': ' + x.err), info() {}, debug() {}, error() {} };
      const store = q.createSqliteStore(':memory:');
      await s.syncBriefings(store, d, log, () => new Date());
      await store.close();
      return w.join(' | ');
    };
    Promise.all([import(${url('src/sources/briefing-sync.ts')}), import(${url('src/cli/input.ts')}), import(${url('src/store/sqlite.ts')})]).then(([s, i, q]) =>
      Promise.all([...${JSON.stringify(dirs)}.map((d) => o(s.checkBriefingsDir(d))), ...${JSON.stringify(files)}.map((f) => o(i.readTextFile(f))), ...${JSON.stringify(synced)}.map((d) => sync(s, q, d).catch((e) => e.message))]),
    ).then((r) => { console.log(JSON.stringify(r)); process.exit(0); });`;
  const r = spawnSync(SETPRIV as string, ['--bounding-set=-dac_override,-dac_read_search', process.execPath, '--import', 'tsx', '-e', script], { encoding: 'utf8', cwd: root, env: { ...process.env, HOME: tmp } });
  return JSON.parse(r.stdout || JSON.stringify([r.stderr])) as string[];
}

describe('paths this user may not read', () => {
  it.skipIf(asRoot && !SETPRIV)('are refused in one line naming them; what everyone may read is accepted (under root: needs util-linux setpriv)', { timeout: 30_000 }, async () => {
    const closed = path.join(tmp, 'private');
    const open = path.join(tmp, 'open');
    fs.mkdirSync(closed);
    fs.mkdirSync(open);
    fs.chmodSync(closed, 0o000);
    fs.chmodSync(open, 0o755);
    const secret = path.join(open, 'secret.txt');
    const story = path.join(open, 'story.txt');
    for (const f of [secret, story]) fs.writeFileSync(f, 'Ferry resumes\n\nThe island ferry resumed on Monday, the operator said.\n');
    fs.chmodSync(secret, 0o000);
    fs.chmodSync(story, 0o644);
    expect(await asAnotherUser([closed, open], [secret, story], [open])).toEqual([
      `invalid configuration: NEWSBRIEF_BRIEFINGS: the folder "${closed}" cannot be read by this user (permission denied)`,
      'accepted',
      `${secret} cannot be read: permission denied`,
      'accepted',
      // A start-up sync of the folder warns of the unreadable file in the CLI's words (and of nothing else).
      `${secret}: cannot be read: permission denied`,
    ]);
  });
});
