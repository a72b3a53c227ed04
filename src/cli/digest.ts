/**
 * `digest [--format json|markdown|discord|slack] [--top N]`: a digest of the library now, the N
 * newest stories (default 5).
 */
import { buildDigest } from '../core/digest.ts';
import { digestMessage } from '../core/messages.ts';
import { summarize } from '../core/summarize.ts';
import type { Config } from '../config.ts';
import { withLibrary } from './library.ts';
import { UserError } from '../core/errors.ts';
import { intFlag, parseArgs } from './args.ts';
import { formatMessage, parseFormat } from './format.ts';

export async function digestCli(argv: string[], config: Config, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['format', 'top']);
  if (positionals.length) throw new UserError(`unexpected argument "${positionals[0]}"`);
  const format = parseFormat(flags.format, 'markdown');
  const top = intFlag(flags.top, 'top', 1, 25) ?? 5;
  // The same library as the bot: NEWSBRIEF_DB synced with the briefings folder (feed articles too).
  const articles = await withLibrary(config, (library) => library.list());
  if (!articles.length) throw new UserError('the library is empty: put article files in the briefings folder (NEWSBRIEF_BRIEFINGS) or follow a feed');
  const d = buildDigest(articles.map((a) => summarize(a, { points: 3 })), top);
  if (format === 'json') out.write(`${JSON.stringify(d, null, 2)}\n`);
  else out.write(`${formatMessage(digestMessage(d), format)}\n`);
  return 0;
}
