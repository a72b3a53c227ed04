/**
 * `digest [--format json|markdown|discord|slack]`: a digest of the library now.
 */
import { buildDigest } from '../core/digest.ts';
import { digestMessage } from '../core/messages.ts';
import { summarize } from '../core/summarize.ts';
import type { Config } from '../config.ts';
import { loadArticleDir } from '../sources/library.ts';
import { parseArgs } from './args.ts';
import { formatMessage, parseFormat } from './format.ts';

export async function digestCli(argv: string[], config: Config, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { flags } = parseArgs(argv, ['format', 'top']);
  const format = parseFormat(flags.format, 'markdown');
  const articles = await loadArticleDir(config.briefingsDir);
  const d = buildDigest(articles.map((a) => summarize(a, { points: 3 })));
  if (format === 'json') out.write(`${JSON.stringify(d, null, 2)}\n`);
  else out.write(`${formatMessage(digestMessage(d), format)}\n`);
  return 0;
}
