#!/usr/bin/env node
// The package's `newsbrief` command: runs the TypeScript CLI through tsx. tsx is resolved from
// this package (not from the current folder), so the command works from any directory.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tsx = import.meta.resolve('tsx');
const r = spawnSync(process.execPath, ['--import', tsx, path.join(root, 'src/cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
if (r.error) {
  process.stderr.write(`newsbrief: could not start node: ${r.error.message}\n`);
  process.exit(2);
}
process.exit(r.status ?? 1);
