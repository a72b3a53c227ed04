#!/usr/bin/env node
// The package's `newsbrief` command. It runs the CLI compiled to dist/ by `npm install` (the
// `prepare` script) in this same Node process: no second process, no TypeScript at run time.
// When dist/ is missing, or older than a source file (someone edited src/ and did not run
// `npm run build`), it loads the TypeScript sources through tsx instead, still in-process,
// so the command never runs stale code. Paths are resolved from this package, not the
// current folder, so the command works from any directory.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const built = path.join(root, 'dist/src/cli.js');
const stamp = path.join(root, 'dist/.built');

/** The newest modification time of the .ts files under `dir` (0 when there is none). */
function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function builtIsCurrent() {
  if (!existsSync(built) || !existsSync(stamp)) return false;
  const at = statSync(stamp).mtimeMs;
  return newestSource(path.join(root, 'src')) <= at && newestSource(path.join(root, 'commands')) <= at;
}

try {
  if (builtIsCurrent()) {
    await import(pathToFileURL(built).href);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import(pathToFileURL(path.join(root, 'src/cli.ts')).href);
  }
} catch (err) {
  process.stderr.write(`newsbrief: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
