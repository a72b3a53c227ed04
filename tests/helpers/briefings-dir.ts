/**
 * A fresh temporary folder per test with an empty `briefings/` in it (the shape every
 * briefings-folder test starts from), removed after the test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** Register the hooks; read `.tmp` and `.dir` inside a test (they change per test). */
export function useBriefingsDir(prefix: string): { tmp: string; dir: string } {
  const where = { tmp: '', dir: '' };
  beforeEach(() => {
    where.tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    where.dir = path.join(where.tmp, 'briefings');
    fs.mkdirSync(where.dir);
  });
  afterEach(() => fs.rmSync(where.tmp, { recursive: true, force: true }));
  return where;
}
