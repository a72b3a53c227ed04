/**
 * `brief <file|url|-> [--format json|markdown|discord|slack] [--points N]` and
 * `brief --jsonl <file|-> [--points N]` (one article per line in, one briefing per line out).
 */
import { parseArticle } from '../core/article/parse.ts';
import { UserError } from '../core/errors.ts';
import { briefingMessage } from '../core/message/build.ts';
import { summarize, summarizeForChat } from '../core/brief/summarize.ts';
import type { Config } from '../config.ts';
import { intFlag, parseArgs } from './args.ts';
import { formatMessage, parseFormat } from './format.ts';
import { loadArticleArg } from './input.ts';
import { processJsonlLine, runJsonl } from './jsonl.ts';

/** The key points `--points` may ask for (DESIGN.md: 3-5). */
export const CLI_MIN_POINTS = 3;
export const CLI_MAX_POINTS = 5;

export async function briefCli(argv: string[], config: Config, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['format', 'points', 'jsonl']);
  // The contract's 3-5 key points: fewer is not a briefing, more stops being brief.
  const points = intFlag(flags.points, 'points', CLI_MIN_POINTS, CLI_MAX_POINTS);
  if (flags.jsonl !== undefined) return briefJsonl(String(flags.jsonl), points, out);
  const [ref, extra] = positionals;
  if (!ref) throw new UserError('brief needs a file, a URL, an article id or title words, or - (stdin)');
  if (extra) throw new UserError(`unexpected argument "${extra}"`);
  const format = parseFormat(flags.format, 'markdown');
  const article = await loadArticleArg(ref, config);
  // Markdown, Discord and Slack output is what chat shows: the points beside the TL;DR, as /brief gives them.
  const b = format === 'json' ? summarize(article, { points }) : summarizeForChat(article, { points });
  out.write(`${format === 'json' ? JSON.stringify(b, null, 2) : formatMessage(briefingMessage(b), format)}\n`);
  return 0;
}

function briefJsonl(src: string, points: number | undefined, out: NodeJS.WritableStream): Promise<number> {
  return runJsonl(src, out, (line, n) => briefLine(line, n, points));
}

/** Brief one JSONL line; a bad line gives `{id, error}`. */
export function briefLine(line: string, n: number, points: number | undefined): object {
  return processJsonlLine(line, n, (rec, id) => {
    if (typeof rec.text !== 'string') throw new UserError('"text" must be a string');
    const article = parseArticle(rec.text, {
      id,
      title: typeof rec.title === 'string' ? rec.title : undefined,
      url: typeof rec.url === 'string' ? rec.url : null,
      fileName: 'line.txt',
    });
    return summarize(article, { points });
  });
}
