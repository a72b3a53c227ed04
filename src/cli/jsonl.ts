/**
 * One JSONL record in, one JSON object out, for the CLI's batch modes: a bad line becomes
 * `{id, error}` with a one-line reason and the run goes on.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { UserError } from '../core/errors.ts';
import { readTextFile } from './input.ts';

/** Longest line accepted (one article, or one context and question). */
export const MAX_LINE = 4 * 1024 * 1024;

/**
 * Parse line `n` as a JSON object and hand it to `handle` with its id (`line-N` when it has
 * none); any failure is returned as `{id, error}`.
 */
export function processJsonlLine(line: string, n: number, handle: (rec: Record<string, unknown>, id: string) => object): object {
  let id = `line-${n}`;
  try {
    if (line.length > MAX_LINE) throw new UserError('line is longer than 4 MB');
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      throw new UserError('not valid JSON');
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) throw new UserError('expected a JSON object');
    const rec = o as Record<string, unknown>;
    if (typeof rec.id === 'string' || typeof rec.id === 'number') id = String(rec.id);
    return handle(rec, id);
  } catch (e) {
    return { id, error: e instanceof UserError ? e.message : `internal error: ${(e as Error).message}` };
  }
}

/**
 * Read JSONL from a file or `-` (stdin) and write one JSON line out per non-blank line in,
 * as `handle` gives it. A missing path or a folder is a one-line error before anything runs.
 */
export async function runJsonl(src: string, out: NodeJS.WritableStream, handle: (line: string, n: number) => object): Promise<number> {
  let input: NodeJS.ReadableStream;
  if (src === '-') input = process.stdin;
  else {
    await readTextFile(src, Number.MAX_SAFE_INTEGER);
    input = fs.createReadStream(src, 'utf8');
  }
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    out.write(`${JSON.stringify(handle(line, n))}\n`);
  }
  return 0;
}
