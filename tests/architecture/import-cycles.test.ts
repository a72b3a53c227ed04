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
});
