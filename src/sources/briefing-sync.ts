/**
 * The briefings folder (NEWSBRIEF_BRIEFINGS) is the truth for file articles: at start-up (of
 * the bot and of the CLI alike) new and changed files are read and stored, and the articles of
 * files that are gone, or of another folder used before, are removed. Only files whose size or
 * modification time changed are read, and all changes go in one transaction, so start-up time
 * does not grow with the library.
 */
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { ConfigError } from '../config.ts';
import { parseArticle } from '../core/article/parse.ts';
import type { Article } from '../core/types.ts';
import { StoreLibrary } from './store-library.ts';
import type { BriefingFile, Store } from '../store/types.ts';
import { decodeArticleFile } from './file-text.ts';
import {
  articleIdFromFile,
  FOLDER_NOT_FILE,
  isArticleFileName,
  loadArticleDir,
  MAX_ARTICLE_BYTES,
  notAnArticleFile,
  readFailure,
  tooLargeToRead,
  unreadableEntry,
} from './library.ts';

/** Files stat()ed at once. */
const STAT_BATCH = 64;

export interface SyncResult {
  /** Article files in the folder. */
  files: number;
  /** Files read this time (new or changed). */
  read: number;
  added: number;
  updated: number;
  removed: number;
}

/** Refuse a briefings folder that does not exist, in one line like any other bad setting. */
export async function checkBriefingsDir(dir: string): Promise<string> {
  const abs = path.resolve(dir);
  let st;
  try {
    st = await fs.stat(abs);
  } catch {
    throw new ConfigError(`invalid configuration: NEWSBRIEF_BRIEFINGS: the folder "${dir}" does not exist (create it, or set NEWSBRIEF_BRIEFINGS to your articles folder)`);
  }
  if (!st.isDirectory()) throw new ConfigError(`invalid configuration: NEWSBRIEF_BRIEFINGS: "${dir}" is a file, not a folder`);
  // A folder this user may not list ended start-up with "unexpected error: EACCES: permission denied, scandir …".
  try {
    await fs.access(abs, fsConstants.R_OK | fsConstants.X_OK);
  } catch {
    throw new ConfigError(`invalid configuration: NEWSBRIEF_BRIEFINGS: the folder "${dir}" cannot be read by this user (permission denied)`);
  }
  return abs;
}

async function readArticleFile(dir: string, name: string, mtime: Date, log: Logger): Promise<Article | null> {
  try {
    const raw = decodeArticleFile(await fs.readFile(path.join(dir, name)));
    const a = parseArticle(raw, { id: articleIdFromFile(name), fileName: name });
    if (!a.publishedAt) a.publishedAt = mtime.toISOString();
    return a;
  } catch (e) {
    log.warn({ file: path.join(dir, name), err: readFailure(e) }, 'article skipped');
    return null;
  }
}

/** Bring the store's file articles in line with the folder. Throws ConfigError when it does not exist. */
export async function syncBriefings(store: Store, dir: string, log: Logger, now: () => Date): Promise<SyncResult> {
  const abs = await checkBriefingsDir(dir);
  const files = store.files;
  if (!files) {
    // A store without a file index: read every file, remove nothing (the old behaviour).
    const articles = await loadArticleDir(abs, log);
    let added = 0;
    for (const a of articles) if ((await store.articles.put(a, now())).added) added++;
    return { files: articles.length, read: articles.length, added, updated: 0, removed: 0 };
  }
  const scanned = new Map<string, { name: string; size: number; mtimeMs: number; mtime: Date }>();
  const all = (await fs.readdir(abs)).sort();
  for (const name of all) {
    const notArticle = notAnArticleFile(name);
    if (notArticle) log.warn({ file: path.join(abs, name), err: notArticle }, 'article skipped');
  }
  const names = all.filter(isArticleFileName);
  // stat() in parallel batches: an unchanged folder costs one stat per file and nothing else.
  for (let i = 0; i < names.length; i += STAT_BATCH) {
    const batch = names.slice(i, i + STAT_BATCH);
    const stats = await Promise.all(batch.map((n) => fs.stat(path.join(abs, n)).catch((e: unknown) => unreadableEntry(path.join(abs, n), e))));
    batch.forEach((name, k) => {
      const st = stats[k];
      const file = path.join(abs, name);
      // A broken link or a folder named like an article is named once per start, as other skipped files are.
      if (typeof st === 'string') log.warn({ file, err: st }, 'article skipped');
      else if (st.isDirectory()) log.warn({ file, err: FOLDER_NOT_FILE }, 'article skipped');
      else if (st.isFile() && st.size <= MAX_ARTICLE_BYTES) scanned.set(name, { name, size: st.size, mtimeMs: st.mtimeMs, mtime: st.mtime });
      else if (st.isFile()) log.warn({ file, err: tooLargeToRead(st.size) }, 'article skipped');
    });
  }
  const known = new Map<string, BriefingFile>();
  const removed: BriefingFile[] = [];
  for (const f of await files.listFiles()) {
    if (f.dir === abs && scanned.has(f.name)) known.set(f.name, f);
    else removed.push(f);
  }
  const changed: { file: Omit<BriefingFile, 'articleId'>; article: Article | null }[] = [];
  for (const s of scanned.values()) {
    const k = known.get(s.name);
    if (k && k.size === s.size && k.mtimeMs === s.mtimeMs) continue;
    changed.push({ file: { dir: abs, name: s.name, size: s.size, mtimeMs: s.mtimeMs }, article: await readArticleFile(abs, s.name, s.mtime, log) });
  }
  const r = changed.length || removed.length ? await files.applyFileChanges({ changed, removed }, now()) : { added: 0, updated: 0, removed: 0 };
  const result = { files: scanned.size, read: changed.length, ...r };
  if (result.read || result.removed) log.info({ dir: abs, ...result }, 'briefings folder synced');
  return result;
}

/** The library the bot and the CLI share: the store, synced with the briefings folder first. */
export async function openLibrary(store: Store, dir: string, log: Logger, now: () => Date): Promise<StoreLibrary> {
  await syncBriefings(store, dir, log, now);
  return new StoreLibrary(store.articles, now);
}
