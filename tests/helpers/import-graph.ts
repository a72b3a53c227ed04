/**
 * The project's import graph, read from the sources (every `import … from`, `export … from` and
 * `import('…')` with a relative path, type-only imports included: a type cycle still ties the
 * files together), and the cycles in it. Used by tests/architecture/import-cycles.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';

const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every .ts file under the given folders (relative to `root`), mapped to the project files it imports. */
export function importGraph(root: string, folders: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) graph.set(path.relative(root, p), []);
    }
  };
  for (const f of folders) walk(path.join(root, f));
  for (const [file, deps] of graph) {
    const text = fs.readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = m[1] ?? m[2];
      if (!spec.startsWith('.')) continue;
      const target = path.relative(root, path.resolve(root, path.dirname(file), spec));
      if (graph.has(target) && !deps.includes(target)) deps.push(target);
    }
  }
  return graph;
}

/**
 * The graph between folders: `src/store` imports `src/sources` when any file of one imports a
 * file of the other. `depth` is how many path segments name a folder (2: src/store); files
 * above that depth (src/app.ts, src/services.ts, commands/*) are left out: the file graph
 * already checks them, and the service interfaces are shared by every folder on purpose.
 */
export function folderGraph(graph: Map<string, string[]>, depth = 2): Map<string, string[]> {
  const folder = (file: string) => {
    const parts = file.split(path.sep);
    return parts.length > depth ? parts.slice(0, depth).join('/') : null;
  };
  const out = new Map<string, string[]>();
  for (const [file, deps] of graph) {
    const from = folder(file);
    if (!from) continue;
    const list = out.get(from) ?? [];
    out.set(from, list);
    for (const d of deps) {
      const to = folder(d);
      if (to && to !== from && !list.includes(to)) list.push(to);
    }
  }
  return out;
}

/** The import cycles, each as the files around it (`a -> b -> a`), one per strongly connected group. */
export function importCycles(graph: Map<string, string[]>): string[] {
  // Tarjan's strongly connected components; a component of two or more files (or a file that
  // imports itself) is a cycle.
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(describe(group, graph));
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return cycles;
}

/** One path around a group: from its first file, follow imports inside the group back to it. */
function describe(group: string[], graph: Map<string, string[]>): string {
  const inGroup = new Set(group);
  const start = [...group].sort()[0];
  const seen = new Set<string>([start]);
  const pathOf = (v: string): string[] | null => {
    for (const w of graph.get(v) ?? []) {
      if (w === start) return [v, w];
      if (inGroup.has(w) && !seen.has(w)) {
        seen.add(w);
        const rest = pathOf(w);
        if (rest) return [v, ...rest];
      }
    }
    return null;
  };
  return (pathOf(start) ?? group).join(' -> ');
}
