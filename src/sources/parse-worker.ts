/**
 * What a parse worker runs (see parse-pool.ts): feed parsing and article extraction, the two
 * jobs whose cost an untrusted document decides. Errors come back as data (a UserError's
 * message and code), because an Error's class does not survive the trip between threads.
 */
import { UserError } from '../core/errors.ts';
import { articleRow } from '../store/article-row.ts';
import type { Article } from '../core/types.ts';
import type { ParsedFeed } from './feed-types.ts';
import { decodeBody, type RawBody } from './body-decode.ts';
import { parseFeedText } from './feed-parse.ts';
import { extractPage } from './page.ts';
import { itemArticle } from './to-article.ts';

/** A job for a parse worker. */
export type ParseJob =
  /** A feed as text, or as the fetched bytes (`raw`, transferred, not copied), decoded here. */
  | { kind: 'feed'; text: string; raw?: RawBody; url: string; build?: { items: number; source: string | null } }
  | { kind: 'page'; html: string; url: string }
  /** For tests of the pool itself: spin for `ms` without yielding (a stand-in for a runaway parse). */
  | { kind: 'spin'; ms: number };

/** What a job gives back. */
export type ParseOutcome =
  | { ok: true; feed?: ParsedFeed; article?: Article }
  | { ok: false; message: string; code: string; user: boolean };

/**
 * A job as the pool sends it, with a shared 8-byte buffer where the worker writes when it
 * started (its time limit counts from then).
 */
export interface ParseTask {
  job: ParseJob;
  startedAt: SharedArrayBuffer;
}

/** The worker's entry: record that the job has started, run it. */
export function runTask(task: ParseTask): Promise<ParseOutcome> {
  Atomics.store(new BigInt64Array(task.startedAt), 0, BigInt(Date.now()));
  return runJob(task.job);
}

/**
 * Articles are built in the worker only until the job has run this long: building is our own
 * work, not the document's, and must not push a big feed that parsed within the job's limit
 * past it. Items left without an article are built by the poller as before.
 */
export const BUILD_WITHIN_MS = 2_000;

/** Give the first `count` items their library article (what the poller stores for a new item), until `until` (ms since epoch). */
function withArticles(feed: ParsedFeed, count: number, source: string | null, until: number): void {
  for (const item of feed.items.slice(0, count)) {
    if (Date.now() > until) return;
    try {
      item.article = itemArticle(item, source);
      item.prepared = articleRow(item.article);
      // Its text travels once, in the article: the poller reads an item's own text only to
      // build the article it now has (5,000 items of a cycle: ~5 MB less copied between threads).
      item.text = '';
    } catch (e) {
      item.article = null;
      item.unbuildable = e instanceof Error ? e.message : String(e);
    }
  }
}

/** Run one job; never throws. */
export async function runJob(job: ParseJob): Promise<ParseOutcome> {
  try {
    switch (job.kind) {
      case 'feed': {
        const started = Date.now();
        const feed = await parseFeedText(job.raw ? decodeBody(job.raw) : job.text, job.url);
        if (job.build) withArticles(feed, job.build.items, job.build.source ?? feed.title, started + BUILD_WITHIN_MS);
        return { ok: true, feed };
      }
      case 'page':
        return { ok: true, article: extractPage(job.html, job.url) };
      case 'spin': {
        const end = Date.now() + job.ms;
        while (Date.now() < end) {
          // busy on purpose
        }
        return { ok: true };
      }
    }
  } catch (e) {
    if (e instanceof UserError) return { ok: false, message: e.message, code: e.code, user: true };
    return { ok: false, message: e instanceof Error ? e.message : String(e), code: 'internal', user: false };
  }
}
