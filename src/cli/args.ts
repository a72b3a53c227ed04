/**
 * A small, strict flag parser for the CLI: `--name value`, `--name=value`, positionals.
 */
import { UserError } from '../core/errors.ts';

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | true>;
}

/** Parse argv; `valued` names the flags that take a value. Unknown flags are refused. */
export function parseArgs(argv: string[], valued: string[], booleans: string[] = []): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-' || !a.startsWith('--')) {
      out.positionals.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (valued.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UserError(`--${name} needs a value`);
      out.flags[name] = v;
    } else if (booleans.includes(name)) {
      out.flags[name] = true;
    } else {
      throw new UserError(`unknown option --${name}`);
    }
  }
  return out;
}

/** A positive whole number flag (e.g. --points). */
export function intFlag(v: string | true | undefined, name: string, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v === true || !Number.isInteger(n) || n < min || n > max) throw new UserError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}
