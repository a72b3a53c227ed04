// `npm run build` and the `prepare` script (run by `npm install` / `npm ci` in a clone):
// compiles src/ and commands/ to dist/ with tsc so bin/newsbrief.js runs plain Node, then
// writes dist/.built (dist/ is emptied first), the stamp bin/newsbrief.js compares source times against. Without
// TypeScript installed (an install that omits dev dependencies) it says so and leaves the
// command on its tsx fallback instead of failing the install.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  process.stderr.write('newsbrief build: typescript is not installed; bin/newsbrief.js will run the sources through tsx\n');
  process.exit(0);
}
const started = Date.now();
// A clean build: files left from moved or deleted sources would otherwise linger in dist/.
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
if (r.status !== 0) process.exit(r.status ?? 1);
mkdirSync(path.join(root, 'dist'), { recursive: true });
// Worker threads start from a plain-JavaScript entry (src/**/*-boot.mjs) that tsc does not
// copy: under tsx it registers the TypeScript loader and imports the worker's .ts. The compiled
// copy imports the compiled .js instead and needs no loader (tsx is a dev dependency), so the
// compiled CLI's parse workers and SQLite write thread start.
for (const file of readdirSync(path.join(root, 'src'), { recursive: true })) {
  if (!String(file).endsWith('-boot.mjs')) continue;
  const text = readFileSync(path.join(root, 'src', file), 'utf8')
    .split('\n')
    .filter((line) => !/^\/\/|from 'tsx\/esm\/api'|^register\(\);$/.test(line))
    .join('\n')
    .replace(/(import\(['"]\.\/[\w-]+)\.ts(['"]\))/g, '$1.js$2');
  writeFileSync(path.join(root, 'dist/src', file), `// Compiled from src/${file} by scripts/build-cli.mjs: loads the compiled worker, no loader needed.\n${text.trimStart()}`);
}
writeFileSync(path.join(root, 'dist/.built'), `${new Date(started).toISOString()}\n`);
// Stamped with the start time: a source saved during the build counts as newer than it.
utimesSync(path.join(root, 'dist/.built'), new Date(started), new Date(started));
