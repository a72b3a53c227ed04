/**
 * The SQLite write thread: the bulk writes of a feed poll (articles, seen marks, feed records
 * and leases) run on a worker thread with its own better-sqlite3 connection to the same WAL
 * database, so storing a poll's thousands of rows (and the WAL checkpoints they cause) uses the
 * second core instead of the main thread, which keeps answering commands.
 *
 * SQLite has one writer at a time. Writes of the main thread (commands, the scheduler's run
 * log, alerts) wait for the write thread's transaction in progress (busy_timeout), at most one
 * batch of a poll (~400 articles, tens of ms); the write thread waits for the main thread's
 * the same way, without blocking anything. Each call is its own transaction (or several calls
 * that arrived together, each in its own savepoint: one failing call never fails another), and
 * is answered only once committed, so what a caller was told is stored survives a crash.
 *
 * Off for in-memory databases (a second connection would see another database), and for a
 * connection given to writeInline() (NEWSBRIEF_SQLITE_WRITER=false: every write on the calling
 * thread, as before). If the thread dies,
 * its pending calls fail (callers fall back to writing on the main connection) and the next
 * call starts a new one.
 */
import { isMainThread, Worker } from 'node:worker_threads';
import type { EventLoopUtilization } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { WORKER_YOUNG_MB } from '../worker-limits.ts';

/** The operations the write thread runs (see sqlite-writer-worker.ts). */
export type WriterOp = 'putMany' | 'markSeenMany' | 'updateFeed' | 'claimDueFeeds' | 'close' | 'cpu';

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/** The reply to one call: its result, or the error's message and SQLite code (an Error's class does not cross threads). */
export type WriterReply = { seq: number; ok: true; value: unknown } | { seq: number; ok: false; message: string; code?: string };

let thread: Worker | null = null;
const pending = new Map<number, Pending>();
let seq = 0;
let nextConn = 1;
/** The main connections whose writes go to the thread, and the thread's connection number for each. */
const served = new Map<Database.Database, number>();

/** Connections whose writes stay on their own thread (config.sqliteWriteThread false). */
const inlineOnly = new WeakSet<Database.Database>();

/** Keep `db`'s bulk writes on the calling thread instead of the write thread. */
export function writeInline(db: Database.Database): void {
  inlineOnly.add(db);
}

/** True when `db`'s bulk writes go to the write thread. */
export function usesWriter(db: Database.Database): boolean {
  return isMainThread && !db.memory && !inlineOnly.has(db);
}

function start(): Worker {
  // The parse workers' young generation (WORKER_YOUNG_MB): a poll's rows (several MB of JSON a
  // batch) die young instead of being scavenged and promoted repeatedly.
  const w = new Worker(new URL('./sqlite-writer-boot.mjs', import.meta.url), { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  w.unref(); // an idle write thread never keeps the process alive; pending calls do (see send)
  // Replies come a group (one transaction) at a time.
  w.on('message', (replies: WriterReply[]) => {
    for (const r of replies) {
      const p = pending.get(r.seq);
      if (!p) continue;
      pending.delete(r.seq);
      if (r.ok) p.resolve(r.value);
      else p.reject(Object.assign(new Error(r.message), r.code ? { code: r.code } : {}));
    }
    if (!pending.size) w.unref();
  });
  w.on('error', (e) => stopped(w, e));
  w.on('exit', (code) => stopped(w, new Error(`the SQLite write thread exited (code ${code})`)));
  return w;
}

/** The thread `w` is gone: its calls in flight fail, and the next write starts a new thread. */
function stopped(w: Worker, e: unknown): void {
  if (thread !== w) return;
  thread = null;
  const err = e instanceof Error ? e : new Error(`the SQLite write thread stopped (${String(e)})`);
  for (const p of pending.values()) p.reject(err);
  pending.clear();
  outbox = [];
  // A new thread opens its connections again; until then the main connections checkpoint for themselves.
  for (const db of served.keys()) if (db.open) db.pragma('wal_autocheckpoint = 1000');
  served.clear();
}

/** Calls made since the last message to the thread: sent together, one wake-up of the thread for all. */
let outbox: { seq: number; conn: number; file: string; op: WriterOp; args: unknown[] }[] = [];

function send<T>(conn: number, file: string, op: WriterOp, args: unknown[]): Promise<T> {
  thread ??= start();
  const w = thread;
  const id = ++seq;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    w.ref(); // a write in flight keeps the process alive until it is committed
    outbox.push({ seq: id, conn, file, op, args });
    // A poll cycle makes hundreds of small calls (a feed's record each): a message each woke
    // the thread hundreds of times, each wake-up a context switch on a busy machine.
    if (outbox.length === 1) {
      setImmediate(() => {
        const calls = outbox;
        outbox = [];
        if (thread === w) w.postMessage(calls);
        else for (const c of calls) pending.get(c.seq)?.reject(new Error('the SQLite write thread stopped'));
      });
    }
  });
}

/**
 * Run `op` for `db` on the write thread; resolves once committed. The first call for a
 * connection makes the write thread open its own connection to the same file; from then on the
 * main connection leaves WAL checkpoints to it (a checkpoint copies every page written since
 * the last one: the write thread's work, not the event loop's).
 */
export function writerCall<T>(db: Database.Database, op: Exclude<WriterOp, 'close' | 'cpu'>, args: unknown[]): Promise<T> {
  let conn = served.get(db);
  if (conn === undefined) {
    served.set(db, (conn = nextConn++));
    db.pragma('wal_autocheckpoint = 0');
  }
  return send<T>(conn, db.name, op, args);
}

/**
 * Close the write thread's connection to `db`'s file (before the main connection closes, so the
 * last one to close checkpoints the WAL as usual). A no-op when it never opened one.
 */
export async function closeWriterConnection(db: Database.Database): Promise<void> {
  const conn = served.get(db);
  if (conn === undefined) return;
  served.delete(db);
  if (thread) await send(conn, db.name, 'close', []).catch(() => undefined);
  if (db.open) db.pragma('wal_autocheckpoint = 1000');
}

/** A write through the thread for `db` when it uses one, else `inline` on the calling thread. */
export async function viaWriter<T>(db: Database.Database, op: Exclude<WriterOp, 'close' | 'cpu'>, args: unknown[], inline: () => T): Promise<T> {
  if (!usesWriter(db)) return inline();
  return writerCall<T>(db, op, args);
}

/**
 * CPU time the write thread has used, in ms (Linux; NaN elsewhere, or when no thread runs):
 * for benchmarks, which give each thread's share of a poll cycle.
 */
export async function writeThreadCpuMs(): Promise<number> {
  if (!thread) return NaN;
  return send<number>(0, '', 'cpu', []).catch(() => NaN);
}

/**
 * The write thread's event-loop utilization since `since` (null when no thread runs): for
 * benchmarks, how much of a poll cycle the thread was busy.
 */
export function writeThreadElu(since?: EventLoopUtilization): EventLoopUtilization | null {
  return thread ? thread.performance.eventLoopUtilization(since) : null;
}

/** Stop the write thread (for benchmarks and tests; with no write in flight). The next write starts another. */
export async function stopWriteThread(): Promise<void> {
  const w = thread;
  if (!w) return;
  await w.terminate();
  stopped(w, new Error('the SQLite write thread was stopped'));
}
