/**
 * `ask <file|url> "<question>" [--format json|text]` and `ask --jsonl <file|->` (lines
 * `{id, context, question}` in, `{id, answer, found, confidence, evidence}` out; a bad line
 * gives `{id, error}` and the run goes on).
 */
import { answer, MAX_QUESTION_CHARS } from '../core/answer/answer.ts';
import { parseArticle } from '../core/article/parse.ts';
import { UserError } from '../core/errors.ts';
import type { Answer } from '../core/types.ts';
import { loadConfig, type Config } from '../config.ts';
import { parseArgs } from './args.ts';
import { loadArticleArg } from './input.ts';
import { processJsonlLine, runJsonl } from './jsonl.ts';

/** Run the `ask` subcommand; returns the exit code (errors are thrown as UserError). */
export async function askCli(argv: string[], config?: Config, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['format', 'jsonl']);
  if (flags.jsonl !== undefined) {
    if (positionals.length) throw new UserError(`unexpected argument "${positionals[0]}" with --jsonl`);
    return askJsonl(String(flags.jsonl), out);
  }
  const format = flags.format ?? 'text';
  if (format !== 'json' && format !== 'text') throw new UserError('--format must be json or text');
  const [ref, question, extra] = positionals;
  if (!ref) throw new UserError('ask needs a file or URL and a question: ask <file|url> "<question>"');
  if (question === undefined) throw new UserError('ask needs a question after the article: ask <file|url> "<question>"');
  if (extra !== undefined) throw new UserError(`unexpected argument "${extra}" (quote the question)`);
  // Bad input is a one-line error and a non-zero exit, as for every other argument.
  const q = question.trim();
  if (!q) throw new UserError('the question is empty: ask <file|url> "<question>"');
  if (q.length > MAX_QUESTION_CHARS) throw new UserError(`the question is ${q.length} characters long: ask it in under ${MAX_QUESTION_CHARS}`);
  const article = await loadArticleArg(ref, config ?? (await loadConfig()));
  const a = answer(question, article);
  out.write(`${format === 'json' ? JSON.stringify(a, null, 2) : answerText(a)}\n`);
  return 0;
}

/** The answer as a person reads it in a terminal: the answer, then the quoted evidence. */
export function answerText(a: Answer): string {
  const ev = a.evidence[0];
  if (!ev) return a.answer;
  return `${a.answer}\n${a.found ? 'Evidence' : 'Closest passage'}: “${ev.sentence}”`;
}

function askJsonl(src: string, out: NodeJS.WritableStream): Promise<number> {
  return runJsonl(src, out, (line, n) => askLine(line, n));
}

/** Answer one JSONL line: `{id, context, question}`; a bad line gives `{id, error}`. */
export function askLine(line: string, n: number): object {
  return processJsonlLine(line, n, (rec, id) => {
    if (typeof rec.context !== 'string') throw new UserError('"context" must be a string');
    if (typeof rec.question !== 'string') throw new UserError('"question" must be a string');
    const article = parseArticle(rec.context, { id, fileName: 'line.txt', title: typeof rec.title === 'string' ? rec.title : undefined });
    const a = answer(rec.question, article);
    return { id, answer: a.answer, found: a.found, confidence: a.confidence, evidence: a.evidence };
  });
}
