/**
 * Parsing untrusted documents off the main thread. Feed parsing and article extraction run in a
 * small pool of worker threads (piscina), so a page that takes seconds to parse never delays a
 * chat command or the scheduler. Each job has a time limit that counts from when the worker
 * starts it (the worker writes its start time into a small shared buffer, so neither waiting for
 * a free worker nor a worker's start-up eats into it): past it the worker is terminated
 * (piscina replaces it) and the caller gets a one-line UserError. A worker also has a heap cap,
 * so a document that would eat memory kills its worker, not the bot.
 */
import type { Piscina } from 'piscina';
import { UserError } from '../core/errors.ts';
import { WORKER_YOUNG_MB } from '../worker-limits.ts';
import type { ParseJob, ParseOutcome } from './parse-worker.ts';

/** Longest a parse job may run. A 30,000-element page takes ~1 s of Readability on a slow core. */
export const JOB_TIMEOUT_MS = 5_000;
/** Longest wait for a worker to start a job (start-up of a fresh worker loads the parsers). */
export const START_TIMEOUT_MS = 30_000;
/** Worker threads: two, so one slow document never holds up every other. */
export const POOL_THREADS = 2;
/** Heap cap per worker, in MB: a 5 MB document parsed into a DOM fits well inside. */
export const WORKER_HEAP_MB = 512;

let pool: Promise<Piscina> | null = null;
let running = 0;
const waiting: (() => void)[] = [];

/** The pool, made on first use (loaded lazily: a CLI run that parses nothing never loads it). */
function getPool(): Promise<Piscina> {
  pool ??= import('piscina').then(({ Piscina }) => new Piscina({
    filename: new URL('./parse-worker-boot.mjs', import.meta.url).href,
    // Both workers kept (idle ones do not keep the process alive), so a worker terminated for a
    // runaway job is replaced at once, not when the next document arrives.
    minThreads: POOL_THREADS,
    maxThreads: POOL_THREADS,
    idleTimeout: 30_000,
    // Not the parent's flags: a worker registers its own TypeScript loader (parse-worker-boot.mjs).
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  }));
  return pool;
}

async function slot(): Promise<void> {
  if (running < POOL_THREADS) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next(); // the slot passes straight to the next job
  else running--;
}

function label(job: ParseJob): string {
  return job.kind === 'spin' ? 'the job' : job.url;
}

/**
 * Run a parse job in the pool (`transfer`: ArrayBuffers of the job handed over to the worker). Resolves with what the job returned; throws the job's own
 * UserError (rebuilt), or a UserError saying the document took too long or could not be read.
 */
export async function runParseJob(job: ParseJob, timeoutMs = JOB_TIMEOUT_MS, transfer: ArrayBuffer[] = []): Promise<Extract<ParseOutcome, { ok: true }>> {
  await slot();
  const ac = new AbortController();
  // The worker stores Date.now() here when it starts the job. A shared buffer, not a message
  // port: transferring a new port with every job cost ~1 ms of the main thread per document.
  const startedAt = new BigInt64Array(new SharedArrayBuffer(8));
  const submitted = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const check = (): void => {
    const now = Date.now();
    const started = Number(Atomics.load(startedAt, 0));
    const left = started ? started + timeoutMs - now : submitted + START_TIMEOUT_MS - now;
    if (left <= 0) ac.abort();
    else timer = setTimeout(check, started ? left : Math.min(left, timeoutMs));
  };
  timer = setTimeout(check, timeoutMs);
  let outcome: ParseOutcome;
  try {
    // `transfer`: buffers moved to the worker, not copied (the caller no longer reads them).
    outcome = (await (await getPool()).run({ job, startedAt: startedAt.buffer }, { signal: ac.signal, ...(transfer.length ? { transferList: transfer } : {}) })) as ParseOutcome;
  } catch (e) {
    if (ac.signal.aborted) {
      throw new UserError(`${label(job)} took longer than ${timeoutMs / 1000} s to read: gave up.`, 'too_slow');
    }
    const code = (e as { code?: string }).code ?? '';
    const why = code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it needs too much memory' : (e as Error).message || 'parser crashed';
    throw new UserError(`${label(job)} could not be read (${why}).`, 'unreadable');
  } finally {
    clearTimeout(timer);
    release();
  }
  if (!outcome.ok) {
    if (outcome.user) throw new UserError(outcome.message, outcome.code);
    throw new UserError(`${label(job)} could not be read (${outcome.message.split('\n')[0].slice(0, 120)}).`, 'unreadable');
  }
  return outcome;
}

/** Stop the workers (at shutdown; the pool starts again on the next job). */
/**
 * Start the workers now rather than with the first document: the bot calls it once started, so
 * its first /sources add does not wait for a worker's start-up (loading the parsers: seconds
 * under tsx on a busy machine).
 */
export function warmParsePool(): void {
  void getPool().catch(() => undefined);
}

export async function closeParsePool(): Promise<void> {
  const p = pool;
  pool = null;
  await (await p)?.destroy().catch(() => undefined);
}
