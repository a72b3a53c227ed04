/**
 * The README says to copy `.env.example`, "which lists every variable with a comment": a variable
 * src/config.ts reads but the example leaves out is one a new user never finds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, parseConfig } from '../../src/config.ts';

const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('.env.example', () => {
  it('lists every variable the configuration reads, each with a comment above it', () => {
    const lines = example.split('\n');
    const listed = lines.flatMap((l, i) => (/^[A-Z_]+=/.test(l) ? [{ name: l.slice(0, l.indexOf('=')), comment: lines[i - 1] ?? '' }] : []));
    expect(listed.map((v) => v.name).sort()).toEqual([...CONFIG_VARIABLES].sort());
    for (const v of listed) expect(v.comment, v.name).toMatch(/^# /);
  });

  it('is a valid configuration as it stands (copied to .env unchanged, the bot starts)', () => {
    const env = Object.fromEntries(example.split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    expect(() => parseConfig(env)).not.toThrow();
  });

  it("is the README's configuration table, variable for variable", () => {
    const table = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(table.sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
