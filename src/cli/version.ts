/**
 * `newsbrief --version`: the version of the installed package. The first thing many people type
 * to check an install; it was refused as an unknown command.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The version in newsbrief's package.json, found by walking up from this file (src/cli/ when run
 * from the sources, dist/src/cli/ when compiled), so it works from any folder.
 */
export function packageVersion(from = path.dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'newsbrief' && pkg.version) return pkg.version;
      } catch {
        // Not a package file we can read: keep looking above it.
      }
    }
    if (path.dirname(dir) === dir) return null;
  }
}
