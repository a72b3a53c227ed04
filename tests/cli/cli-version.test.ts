/** `newsbrief --version` (and -v, version) prints the package's version; it was refused as an unknown command. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';

const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (c: Buffer) => (o += c.toString()));
  err.on('data', (c: Buffer) => (e += c.toString()));
  const code = await runCli(argv, { out, err });
  return { code, out: o, err: e };
}

describe('newsbrief --version', () => {
  it('prints the version of the package and exits 0, in each spelling', async () => {
    for (const argv of [['--version'], ['-v'], ['version']]) {
      const r = await run(argv);
      expect(r.err).toBe('');
      expect(r.out).toBe(`newsbrief ${pkg.version}\n`);
      expect(r.code).toBe(0);
    }
  });

  it('is listed in the usage', async () => {
    expect((await run(['--help'])).out).toMatch(/^ {2}--version +print the version$/m);
  });
});
