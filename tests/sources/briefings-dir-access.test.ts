/**
 * A briefings folder this user may not list is a setting to fix, named in one line. It ended
 * start-up with "unexpected error: EACCES: permission denied, scandir '…'". Root may list any
 * folder, so under root (as CI runs) the check runs in a child process as the user "nobody".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBriefingsDir } from '../../src/sources/briefing-sync.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-briefings-access-'));
fs.chmodSync(tmp, 0o755);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** What checkBriefingsDir says of each folder ('accepted' or its error), as a user who is not their owner. */
async function asAnotherUser(dirs: string[]): Promise<string[]> {
  const check = (d: string) => checkBriefingsDir(d).then(() => 'accepted', (e: Error) => e.message);
  if (process.getuid?.() !== 0) return Promise.all(dirs.map(check));
  const module = pathToFileURL(path.resolve(import.meta.dirname, '../../src/sources/briefing-sync.ts')).href;
  const script = `import(${JSON.stringify(module)}).then((m) => Promise.all(${JSON.stringify(dirs)}.map((d) => m.checkBriefingsDir(d).then(() => 'accepted', (e) => e.message)))).then((r) => console.log(JSON.stringify(r)));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: path.resolve(import.meta.dirname, '../..'), env: { ...process.env, HOME: tmp } });
  return JSON.parse(r.stdout || JSON.stringify([r.stderr])) as string[];
}

describe('NEWSBRIEF_BRIEFINGS that cannot be read', () => {
  it('is refused in one line naming the variable and the folder; a folder everyone may read is accepted', { timeout: 30_000 }, async () => {
    const closed = path.join(tmp, 'private');
    const open = path.join(tmp, 'open');
    fs.mkdirSync(closed);
    fs.mkdirSync(open);
    fs.chmodSync(closed, process.getuid?.() === 0 ? 0o700 : 0o000);
    fs.chmodSync(open, 0o755);
    expect(await asAnotherUser([closed, open])).toEqual([`invalid configuration: NEWSBRIEF_BRIEFINGS: the folder "${closed}" cannot be read by this user (permission denied)`, 'accepted']);
  });
});
