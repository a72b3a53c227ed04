import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const IMPURE = /^(?:discord\.js|@discordjs\/|@slack\/|node-cron|better-sqlite3|pino|(?:node:)?(?:fs|net|http|https|dns|child_process)(?:\/|$)|undici|ws$|rss-parser)/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('core and render stay pure', () => {
  for (const dir of ['src/core', 'src/render']) {
    it(`${dir} imports no platform SDK, cron, database, fs or network`, () => {
      const offenders: string[] = [];
      for (const f of files(dir)) {
        const src = fs.readFileSync(f, 'utf8');
        for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
          const spec = m[1] ?? m[2];
          if (IMPURE.test(spec) || /\/(?:adapters|store|scheduler|sources|commands)\//.test(spec) || /\.\.\/app\.ts$/.test(spec)) {
            offenders.push(`${f}: ${spec}`);
          }
        }
      }
      expect(offenders).toEqual([]);
    });
  }
});
