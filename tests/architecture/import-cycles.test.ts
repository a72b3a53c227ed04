/**
 * No import cycles in the product (src/, commands/): each file's imports point one way,
 * so a reader can follow a layer without meeting it again from below.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderGraph, importCycles, importGraph } from '../helpers/import-graph.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('import graph', () => {
  it('has no cycles, type-only imports included', () => {
    expect(importCycles(importGraph(ROOT, ['src', 'commands']))).toEqual([]);
  });

  it('has no cycles between the folders of src/ either (src/store and src/sources)', () => {
    expect(importCycles(folderGraph(importGraph(ROOT, ['src', 'commands'])))).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(graph)).toEqual(['a.ts -> b.ts -> c.ts -> a.ts']);
  });

  it('reads the imports of a real file, type-only and dynamic ones included', () => {
    const graph = importGraph(ROOT, ['src', 'commands']);
    expect(graph.get('src/cli/run.ts')).toEqual(expect.arrayContaining(['src/config.ts', 'src/core/errors.ts', 'src/cli/brief.ts']));
  });

  it('keeps configuration free of the sources: config.ts and the .env reader import nothing from src/sources, directly or through other files', () => {
    const graph = importGraph(ROOT, ['src', 'commands']);
    const reached = new Set<string>();
    const walk = (f: string): void => {
      for (const g of graph.get(f) ?? []) {
        if (reached.has(g)) continue;
        reached.add(g);
        walk(g);
      }
    };
    for (const f of ['src/config-env-file.ts', 'src/config.ts']) walk(f);
    expect([...reached].filter((f) => f.startsWith('src/sources/'))).toEqual([]);
  });
});
