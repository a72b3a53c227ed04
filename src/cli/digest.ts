/**
 * `digest [--format json|markdown|discord|slack] [--top N]`: a digest of the library now, the N
 * newest stories (default 5), planned by the same digest planner as `/digest` and the
 * scheduler (src/core/digest/planner.ts): an article that cannot be briefed is skipped and
 * reported on stderr, the others shown.
 */
import { DigestPlanner } from '../core/digest/planner.ts';
import { digestMessage } from '../core/message/build.ts';
import type { Config } from '../config.ts';
import { withLibrary } from './library.ts';
import { UserError } from '../core/errors.ts';
import { intFlag, parseArgs } from './args.ts';
import { formatMessage, parseFormat } from './format.ts';

export async function digestCli(
  argv: string[],
  config: Config,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['format', 'top']);
  if (positionals.length) throw new UserError(`unexpected argument "${positionals[0]}"`);
  const format = parseFormat(flags.format, 'markdown');
  const top = intFlag(flags.top, 'top', 1, 25) ?? 5;
  const log = {
    warn: (o: { article?: string; err?: string }, msg: string) => err.write(`warning: ${msg} (article ${o.article ?? '?'}: ${o.err ?? 'unknown error'})\n`),
  };
  // The same library as the bot: NEWSBRIEF_DB synced with the briefings folder (feed articles too).
  const { digest: d } = await withLibrary(config, (_library, store) => new DigestPlanner(store.articles, { log, signatures: store.signatures }).plan({ top }));
  if (!d.items.length && !d.more) throw new UserError('the library is empty: put article files in the briefings folder (NEWSBRIEF_BRIEFINGS) or follow a feed');
  if (format === 'json') out.write(`${JSON.stringify(d, null, 2)}\n`);
  else out.write(`${formatMessage(digestMessage(d), format)}\n`);
  return 0;
}
