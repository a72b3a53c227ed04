/**
 * The SQLite write thread's side (see sqlite-writer.ts): one connection per main connection it
 * serves, opened on that connection's first call. The calls that arrive together for one
 * connection share a transaction (group commit), each in its own savepoint so that one that
 * fails is rolled back alone and answered with its error; the others are answered once the
 * transaction has committed.
 */
import { readFileSync } from 'node:fs';
import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { Article } from '../core/types.ts';
import { putArticleRows } from './sqlite-articles.ts';
import { configureConnection } from './sqlite-connection.ts';
import { claimDueRows, markSeenRows, updateFeedRow } from './sqlite-feeds.ts';
import type { FeedPatch, SeenItem } from './types.ts';
import type { ArticleRow } from './article-row.ts';
import type { WriterOp, WriterReply } from './sqlite-writer.ts';

interface Call {
  seq: number;
  conn: number;
  file: string;
  op: WriterOp;
  args: unknown[];
}

/**
 * Rows a shared transaction takes at most: calls beyond it start the next one, so the write
 * lock is never held for long (main-thread writes wait for it).
 */
const GROUP_ROWS = 500;

/**
 * WAL checkpoints: SQLite's automatic one copies the WAL back every 1,000 pages, in the middle
 * of a poll's burst of writes, re-copying the index pages every batch touches. Here the WAL may
 * grow to the database's own size (between 1,000 and 10,000 pages, 4-40 MB) during a burst,
 * and is checkpointed once the thread has had no call for IDLE_CHECKPOINT_MS.
 */
const MIN_WAL_PAGES = 1_000;
const MAX_WAL_PAGES = 10_000;
const IDLE_CHECKPOINT_MS = 200;

/** This thread's CPU time in ms (utime + stime in 10 ms ticks; NaN where /proc is missing). */
function threadCpuMs(): number {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

const dbs = new Map<number, Database.Database>();

function open(call: Call): Database.Database {
  let db = dbs.get(call.conn);
  if (!db) {
    db = new Database(call.file);
    // The main connection made the file WAL; the rest is per connection.
    configureConnection(db);
    dbs.set(call.conn, db);
  }
  return db;
}

function run(db: Database.Database, call: Call): unknown {
  const a = call.args;
  switch (call.op) {
    case 'putMany':
      return putArticleRows(db, a[0] as (Article | null)[], a[1] as Date, a[2] as (ArticleRow | undefined)[] | undefined);
    case 'markSeenMany':
      markSeenRows(db, a[0] as (SeenItem & { feedId: string })[], a[1] as Date);
      return undefined;
    case 'updateFeed':
      updateFeedRow(db, a[0] as string, a[1] as FeedPatch);
      return undefined;
    case 'claimDueFeeds':
      return claimDueRows(db, a[0] as string, a[1] as Date, a[2] as number, a[3] as number);
    case 'close':
    case 'cpu':
      return undefined;
  }
}

const rows = (c: Call): number => (c.op === 'putMany' || c.op === 'markSeenMany' ? (c.args[0] as unknown[]).length : 1);
/** A failed call's reply: the message, and the SQLite code when there is one (SQLITE_BUSY, SQLITE_CONSTRAINT_…). */
const failure = (seq: number, e: unknown): WriterReply => {
  const code = (e as { code?: unknown }).code;
  return { seq, ok: false, message: e instanceof Error ? e.message : String(e), ...(typeof code === 'string' ? { code } : {}) };
};

/** Run calls of one connection in one transaction; the replies, sent once it has committed. */
function runGroup(group: Call[]): WriterReply[] {
  const db = open(group[0]);
  const replies: WriterReply[] = [];
  try {
    db.transaction(() => {
      for (const call of group) {
        try {
          // A nested transaction is a savepoint: a call that throws is rolled back alone.
          replies.push({ seq: call.seq, ok: true, value: db.transaction(() => run(db, call))() });
        } catch (e) {
          replies.push(failure(call.seq, e));
        }
      }
    }).immediate();
  } catch (e) {
    // Not committed (the database stayed locked past busy_timeout, a full disk): every call fails.
    return group.map((c) => failure(c.seq, e));
  }
  walLimit(db);
  return replies;
}

/** Let the WAL grow to the database's size (page_count reads the header: cheap) within the bounds above. */
function walLimit(db: Database.Database): void {
  const pages = Math.min(MAX_WAL_PAGES, Math.max(MIN_WAL_PAGES, Number(db.pragma('page_count', { simple: true }))));
  if (pages !== walPages.get(db)) {
    db.pragma(`wal_autocheckpoint = ${pages}`);
    walPages.set(db, pages);
  }
}
const walPages = new Map<Database.Database, number>();

let idle: NodeJS.Timeout | null = null;
/** Checkpoint every open connection's WAL once no call has come for IDLE_CHECKPOINT_MS (a burst is over). */
function checkpointWhenIdle(): void {
  if (idle) clearTimeout(idle);
  idle = setTimeout(() => {
    idle = null;
    for (const db of dbs.values()) {
      try {
        // PASSIVE: never waits for the main connection's readers or writer; what it cannot copy now waits for the next.
        db.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // A busy or closed database: the next burst's automatic checkpoint or idle moment does it.
      }
    }
  }, IDLE_CHECKPOINT_MS);
  idle.unref();
}

function handle(calls: Call[]): void {
  let group: Call[] = [];
  let size = 0;
  const flush = (): void => {
    // One message for the group's replies (a feed record each in a poll cycle: hundreds).
    if (group.length) parentPort!.postMessage(runGroup(group));
    group = [];
    size = 0;
  };
  for (const call of calls) {
    if (call.op === 'cpu') {
      parentPort!.postMessage([{ seq: call.seq, ok: true, value: threadCpuMs() } satisfies WriterReply]);
      continue;
    }
    if (call.op === 'close') {
      flush();
      const db = dbs.get(call.conn);
      if (db) walPages.delete(db);
      db?.close();
      dbs.delete(call.conn);
      parentPort!.postMessage([{ seq: call.seq, ok: true, value: undefined } satisfies WriterReply]);
      continue;
    }
    if (group.length && (group[0].conn !== call.conn || size + rows(call) > GROUP_ROWS)) flush();
    group.push(call);
    size += rows(call);
  }
  flush();
}

parentPort!.on('message', (first: Call[]) => {
  // Whatever else has arrived meanwhile is written with it.
  const calls = [...first];
  for (let m = receiveMessageOnPort(parentPort!); m; m = receiveMessageOnPort(parentPort!)) calls.push(...(m.message as Call[]));
  handle(calls);
  checkpointWhenIdle();
});
