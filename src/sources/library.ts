/**
 * The article library: the files in briefings/ (or NEWSBRIEF_BRIEFINGS) plus articles added
 * at run time (feed items, fetched URLs). Each file's id is its name without the extension.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { parseArticle } from '../core/article/parse.ts';
import type { Article } from '../core/types.ts';
import type { Library } from '../services.ts';
import { queryWords, titleMatches } from '../store/title-words.ts';
import { decodeArticleFile } from './file-text.ts';
import { fileErrorReason } from '../core/errors.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.json'];
/** Why a folder named like an article file (`notes.txt/`) is skipped. */
export const FOLDER_NOT_FILE = 'a folder, not an article file';
/** Files larger than this are not articles (and would slow every digest). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * Is this folder entry an article file? One of the article extensions, and not hidden: editors'
 * lock and backup files (`.#story.txt`) and macOS's `._story.txt` companions start with a dot.
 */
export function isArticleFileName(name: string): boolean {
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/**
 * Documents people save into the folder expecting them to be briefed (a web page saved from a
 * browser, a word-processor file). Not read, they vanished without a word; each is named once
 * per start, as other skipped files are. Other files (images, notes without an extension) are
 * left alone quietly.
 */
const DOCUMENT_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.pdf', '.doc', '.docx', '.odt', '.rtf', '.epub']);

/** Why a document in the folder is not read, or null for an article file or a file that is no document. */
export function notAnArticleFile(name: string): string | null {
  const ext = path.extname(name).toLowerCase();
  if (name.startsWith('.') || !DOCUMENT_EXTENSIONS.has(ext)) return null;
  const how = ext.includes('htm') ? 'brief the page by its URL, or save its text as a .txt file' : 'save its text as a .txt file';
  return `a ${ext} file is not read (article files are .txt, .md, .markdown or .json): ${how}`;
}

/** Why a file of this size is skipped, for the warning that names it. */
export function tooLargeToRead(bytes: number): string {
  return `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB: article files over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB are skipped`;
}

/**
 * Why an article-named folder entry that cannot be stat()ed is skipped, for the warning that
 * names it. A link whose target was moved or deleted was skipped without a word, so the user
 * saw a story missing from the library and no reason.
 */
export async function unreadableEntry(file: string, err: unknown): Promise<string> {
  const link = await fs.readlink(file).catch(() => null);
  if (link !== null && (err as NodeJS.ErrnoException).code === 'ENOENT') return `a broken symbolic link: its target ${link} does not exist`;
  return readFailure(err);
}

/**
 * Why a file in the briefings folder was skipped, in the CLI's words for a file this user may
 * not read ("cannot be read: permission denied"), not Node's "EACCES: permission denied, open
 * '…'". Any other error (a parse refusal) keeps its message.
 */
export function readFailure(err: unknown): string {
  const reason = fileErrorReason(err);
  return reason === 'permission denied' ? `cannot be read: ${reason}` : reason;
}

/** The id of an article file: its base name without the extension. */
export function articleIdFromFile(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

/** Read and parse every article file in a folder; unreadable files are logged and skipped. */
export async function loadArticleDir(dir: string, log?: Logger): Promise<Article[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (e) {
    log?.warn({ dir, err: (e as Error).message }, 'briefings folder not readable');
    return [];
  }
  const out: Article[] = [];
  for (const name of names.sort()) {
    const notArticle = notAnArticleFile(name);
    if (notArticle) log?.warn({ file: path.join(dir, name), err: notArticle }, 'article skipped');
    if (!isArticleFileName(name)) continue;
    const file = path.join(dir, name);
    try {
      const st = await fs.stat(file).catch(async (e: unknown) => {
        throw new Error(await unreadableEntry(file, e));
      });
      if (st.isDirectory()) throw new Error(FOLDER_NOT_FILE);
      if (!st.isFile()) continue;
      if (st.size > MAX_ARTICLE_BYTES) throw new Error(tooLargeToRead(st.size));
      const raw = decodeArticleFile(await fs.readFile(file));
      const a = parseArticle(raw, { id: articleIdFromFile(name), fileName: name });
      if (!a.publishedAt) a.publishedAt = st.mtime.toISOString();
      out.push(a);
    } catch (e) {
      log?.warn({ file, err: readFailure(e) }, 'article skipped');
    }
  }
  return out;
}

function time(a: Article): number {
  const t = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

/** An in-memory library (the store-backed one persists the same way). */
export class MemoryLibrary implements Library {
  private readonly byId = new Map<string, Article>();
  constructor(articles: Article[] = []) {
    for (const a of articles) this.byId.set(a.id, a);
  }
  async list(): Promise<Article[]> {
    return [...this.byId.values()].sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id));
  }
  async newest(limit: number): Promise<Article[]> {
    return (await this.list()).slice(0, limit);
  }
  async search(query: string, limit: number): Promise<Article[]> {
    const q = query.trim().toLowerCase();
    const words = queryWords(query);
    if (!q) return [];
    return (await this.list()).filter((a) => a.id.toLowerCase().startsWith(q) || titleMatches(a.title, words)).slice(0, limit);
  }
  async find(ref: string): Promise<Article | undefined> {
    return findArticle(await this.list(), ref);
  }
  async add(article: Article): Promise<void> {
    this.byId.set(article.id, article);
  }
}

/** Find by exact id, unique id prefix, or title words (newest first wins among title matches). */
export function findArticle(articles: Article[], ref: string): Article | undefined {
  const r = ref.trim().toLowerCase();
  if (!r) return undefined;
  const exact = articles.find((a) => a.id.toLowerCase() === r);
  if (exact) return exact;
  const prefixed = articles.filter((a) => a.id.toLowerCase().startsWith(r));
  if (prefixed.length === 1) return prefixed[0];
  const byTitle = articles.filter((a) => a.title.toLowerCase().includes(r));
  if (byTitle.length) return byTitle[0];
  const words = r.split(/\s+/).filter((w) => w.length > 2);
  if (!words.length) return undefined;
  return articles.find((a) => words.every((w) => a.title.toLowerCase().includes(w)));
}
