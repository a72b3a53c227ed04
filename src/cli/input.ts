/**
 * Reading the CLI's article input — a file, a URL or stdin (`-`) — with one-line errors for
 * everything that is not an article: missing path, a folder, a binary file, a huge file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { looksBinary } from '../core/article/binary.ts';
import { parseArticle } from '../core/article/parse.ts';
import { fileErrorReason, UserError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';
import { ConfigError, type Config } from '../config.ts';
import { decodeArticleFile } from '../sources/file-text.ts';
import { ARTICLE_EXTENSIONS, articleIdFromFile, unreadableEntry } from '../sources/library.ts';

/** The largest input the CLI reads (a 5 MB text is refused with a clear message). */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

/**
 * Read all of stdin as text, refusing more than the cap. Decoded as an article file is (UTF-8,
 * a byte-order mark's encoding, else windows-1252), so `brief - < story.txt` keeps a Latin-1
 * "Café" as `brief story.txt` does instead of turning it into "Caf\ufffd".
 */
export async function readStdin(max = MAX_INPUT_BYTES * 64, input: AsyncIterable<unknown> = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > max) throw new UserError(`standard input is larger than ${Math.round(max / 1024 / 1024)} MB`);
    chunks.push(b);
  }
  return decodeArticleFile(Buffer.concat(chunks));
}

/** Read a text file for the CLI with one-line errors. */
export async function readTextFile(file: string, max = MAX_INPUT_BYTES): Promise<string> {
  let st;
  try {
    st = await fs.stat(file);
  } catch (e) {
    // A link whose target moved is there in `ls`: "no such file" alone puzzled.
    const link = await fs.readlink(file).catch(() => null);
    if (link !== null) throw new UserError(`${file}: ${await unreadableEntry(file, e)}`);
    throw new UserError(`${file}: no such file`);
  }
  if (st.isDirectory()) throw new UserError(`${file} is a directory, not an article file`);
  if (!st.isFile()) throw new UserError(`${file} is not a regular file`);
  if (st.size > max) throw new UserError(`${file} is ${(st.size / 1024 / 1024).toFixed(1)} MB: articles larger than ${max / 1024 / 1024} MB are refused`);
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    // A file this user may not read ended in "unexpected error: EACCES: permission denied, open …".
    throw new UserError(`${file} cannot be read: ${fileErrorReason(e)}`);
  }
  const text = decodeArticleFile(buf);
  if (buf.includes(0) || looksBinary(text)) throw new UserError(`${file} is a binary file, not an article`);
  return text;
}

/** Load the article named on the command line: a file, a URL or `-` for stdin. */
export async function loadArticleArg(ref: string, config: Config, stdin: AsyncIterable<unknown> = process.stdin): Promise<Article> {
  if (ref === '-') {
    const raw = await readStdin(MAX_INPUT_BYTES, stdin);
    if (raw.includes('\u0000') || looksBinary(raw)) throw new UserError('standard input is binary, not an article');
    try {
      return parseArticle(raw, { id: 'stdin' });
    } catch (e) {
      // "the article is empty" alone did not say which article: a pipe that gave nothing.
      if (e instanceof UserError) throw new UserError(`standard input: ${e.message}`);
      throw e;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref) && !/^https?:\/\//i.test(ref)) {
    throw new UserError(`${ref}: only http and https URLs can be fetched`);
  }
  if (/^https?:\/\//i.test(ref)) {
    const { fetchArticle } = await import('../sources/url.ts');
    return fetchArticle(ref, config);
  }
  if (!(await exists(ref))) {
    // Not a file here: an id or title words, or a bare article file name ("story.txt", as the
    // briefings folder and `newsbrief articles` show it) of the library. A broken link is named below.
    if (!looksLikePath(ref) || (!/[/\\]/.test(ref) && !(await isLink(ref)))) return libraryArticle(ref, config);
  }
  const raw = await readTextFile(ref);
  try {
    return parseArticle(raw, { id: articleIdFromFile(ref), fileName: path.basename(ref) });
  } catch (e) {
    if (e instanceof UserError) throw new UserError(`${ref}: ${e.message}`);
    throw e;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

async function isLink(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    (st) => st.isSymbolicLink(),
    () => false,
  );
}

/** A reference meant as a file (`notes/a.txt`, `story.md`), not an id or title words. */
function looksLikePath(ref: string): boolean {
  return /[/\\]/.test(ref) || ARTICLE_EXTENSIONS.includes(path.extname(ref).toLowerCase());
}

/** An article of the library (the same one the bot reads) by id, id prefix or title words, as in chat. */
async function libraryArticle(ref: string, config: Config): Promise<Article> {
  const { withLibrary } = await import('./library.ts');
  let found: Article | undefined;
  try {
    found = await withLibrary(config, (library) => library.find(ref));
  } catch (e) {
    if (e instanceof ConfigError) throw new UserError(`${ref}: no such file, and the library cannot be read (${e.message.replace(/^invalid configuration: /, '')})`);
    throw e;
  }
  if (!found) throw new UserError(`${ref}: no such file, and no article in the library matches it (newsbrief articles lists them)`);
  return found;
}
