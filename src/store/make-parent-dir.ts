/**
 * Creating the folder of a database file. Node 20's `mkdirSync(dir, { recursive: true })` never
 * returns under /proc (it retries the parent forever), so `NEWSBRIEF_DB=/proc/x/y.db` hung the
 * bot without a word: the missing folders are found by walking up and made one level at a time.
 */
import fs from 'node:fs';
import path from 'node:path';

/** An error with a Node-style code, so storeErrorReason() words it. */
function coded(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Make the folder `file` lives in (and its missing parents); throws one-line errors naming the folder. */
export function makeParentDir(file: string): void {
  const missing: string[] = [];
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(dir);
    } catch (e) {
      if ((e as { code?: string }).code !== 'ENOENT') throw e;
    }
    if (st) {
      if (!st.isDirectory()) throw coded(`${dir} is a file, not a folder`, 'ENOTDIR');
      break;
    }
    missing.unshift(dir);
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const d of missing) {
    try {
      fs.mkdirSync(d);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EEXIST') continue;
      // ENOENT with the parent present: a file system where folders cannot be made (/proc, /sys).
      if (code === 'ENOENT') throw coded(`the folder ${d} cannot be created there`, 'ENOENT');
      throw e;
    }
  }
}
