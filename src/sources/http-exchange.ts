/**
 * One HTTP GET on undici's dispatcher API (safe-fetch.ts's transport). undici's `request()`
 * wraps every response in a Readable stream (an AsyncResource, stream state, events) that the
 * safe fetcher then read chunk by chunk through an async iterator; a poll cycle makes 500 of
 * them. Here the handler keeps the status, the headers and the body's chunks itself: a plain
 * body is collected into one buffer with no stream at all, a body to dump is counted and
 * dropped, and only a compressed body (rare: we ask for identity) becomes a Readable, read by
 * the same inflate-and-cap code as before. Connections, pinning and keep-alive are the
 * dispatcher's (a PinnedAgent's), unchanged.
 *
 * The caller's signal aborts the exchange as it aborted `request()`: at once when the request
 * is on a connection, else when it gets one (undici's own rule).
 */
import { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';

/** What undici's body.dump() reads of a body nobody wants before it closes the connection instead. */
const DUMP_LIMIT = 128 * 1024;

export interface ExchangeOptions {
  headers: Record<string, string>;
  signal: AbortSignal;
  headersTimeout: number;
  bodyTimeout: number;
  /** Bytes buffered before the caller says what to do with the body (past it the socket waits). */
  bufferLimit: number;
}

/** A response whose headers have arrived; the body is read, dumped or streamed once. */
export interface ExchangeResponse {
  statusCode: number;
  /** Header names in lower case, each with its first value (decoded as latin1, as undici does). */
  headers: Record<string, string>;
  /** Read the whole body; past `maxBytes` the exchange is aborted and `tooLarge()` thrown. Other failures throw undici's or the signal's error. */
  read(maxBytes: number, tooLarge: () => Error): Promise<Uint8Array>;
  /** Drop the body (up to 128 KB, then the connection is closed); never throws. */
  dump(): Promise<void>;
  /** Abort the exchange (the body is not wanted, and the connection not reused). */
  destroy(): void;
  /** The body as a stream (for decompression); destroying it aborts the exchange. */
  stream(): Readable;
}

type Mode = 'wait' | 'read' | 'dump' | 'stream';

class Exchange implements ExchangeResponse {
  statusCode = 0;
  headers: Record<string, string> = {};
  private abortFn: ((reason?: Error) => void) | null = null;
  private resumeFn: (() => void) | null = null;
  private mode: Mode = 'wait';
  private chunks: Buffer[] = [];
  private total = 0;
  private cap = Infinity;
  private complete = false;
  private failure: { error: unknown } | null = null;
  private paused = false;
  private readable: Readable | null = null;
  private settleBody: { resolve: (v: Uint8Array | undefined) => void; reject: (e: unknown) => void; tooLarge?: () => Error } | null = null;

  constructor(
    private readonly opts: ExchangeOptions,
    private readonly headed: { resolve: (r: ExchangeResponse) => void; reject: (e: unknown) => void },
  ) {}

  private readonly onAbort = (): void => {
    const reason = this.opts.signal.reason as Error;
    if (this.abortFn) this.abortFn(reason);
  };

  start(dispatcher: Dispatcher, url: URL): void {
    const { signal } = this.opts;
    if (!signal.aborted) signal.addEventListener('abort', this.onAbort, { once: true });
    dispatcher.dispatch(
      {
        origin: url.origin,
        path: url.search ? `${url.pathname}${url.search}` : url.pathname,
        method: 'GET',
        headers: this.opts.headers,
        headersTimeout: this.opts.headersTimeout,
        bodyTimeout: this.opts.bodyTimeout,
      },
      this as unknown as Dispatcher.DispatchHandler,
    );
  }

  // --- undici's handler (the legacy callbacks, which its client calls directly) ---

  onConnect(abort: (reason?: Error) => void): void {
    if (this.opts.signal.aborted) {
      abort(this.opts.signal.reason as Error);
      return;
    }
    this.abortFn = abort;
  }

  onHeaders(statusCode: number, rawHeaders: (Buffer | string)[] | null, resume: () => void): boolean {
    if (statusCode < 200) return true; // 1xx: informational, the response follows
    this.statusCode = statusCode;
    this.resumeFn = resume;
    // No prototype: a header named like an Object property is just a header.
    const h = Object.create(null) as Record<string, string>;
    if (rawHeaders) {
      for (let i = 0; i < rawHeaders.length; i += 2) {
        const key = rawHeaders[i].toString('latin1').toLowerCase();
        if (h[key] !== undefined) continue; // the first value, as header() read undici's arrays
        const v = rawHeaders[i + 1];
        h[key] = typeof v === 'string' ? v : v.toString('latin1');
      }
    }
    this.headers = h;
    this.headed.resolve(this);
    return true;
  }

  onData(chunk: Buffer): boolean {
    switch (this.mode) {
      case 'stream': {
        const more = this.readable!.push(chunk);
        if (!more) this.paused = true;
        return more;
      }
      case 'dump':
        this.total += chunk.length;
        if (this.total > DUMP_LIMIT) this.abortFn?.(new Error('dumped'));
        return true;
      default: {
        this.total += chunk.length;
        if (this.mode === 'read' && this.total > this.cap) {
          const err = this.settleBody?.tooLarge?.() ?? new Error('too large');
          this.fail(err);
          this.abortFn?.(err);
          return false;
        }
        this.chunks.push(chunk);
        // Before the caller has chosen, hold the socket once the buffer is full.
        if (this.mode === 'wait' && this.total >= this.opts.bufferLimit) {
          this.paused = true;
          return false;
        }
        return true;
      }
    }
  }

  onComplete(): void {
    this.complete = true;
    this.finish();
  }

  onError(err: Error): void {
    this.opts.signal.removeEventListener('abort', this.onAbort);
    if (this.statusCode === 0) {
      this.headed.reject(err);
      return;
    }
    if (this.mode === 'stream') {
      this.readable!.destroy(err);
      return;
    }
    this.fail(err);
  }

  onUpgrade(): void {
    // GET without Upgrade: never called
  }

  // --- the caller's side ---

  read(maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
    return new Promise<Uint8Array | undefined>((resolve, reject) => {
      this.settleBody = { resolve, reject, tooLarge };
      this.mode = 'read';
      this.cap = maxBytes;
      if (this.total > maxBytes) {
        const err = tooLarge();
        this.fail(err);
        if (!this.complete) this.abortFn?.(err);
        return;
      }
      this.wake();
    }) as Promise<Uint8Array>;
  }

  dump(): Promise<void> {
    return new Promise<Uint8Array | undefined>((resolve) => {
      // Errors while dumping are nobody's concern: settled either way.
      this.settleBody = { resolve, reject: () => resolve(undefined) };
      this.mode = 'dump';
      this.chunks = [];
      if (this.total > DUMP_LIMIT && !this.complete) this.abortFn?.(new Error('dumped'));
      this.wake();
    }).then(() => undefined);
  }

  destroy(): void {
    this.mode = 'dump';
    this.chunks = [];
    if (!this.complete && !this.failure) this.abortFn?.(new Error('not read'));
    this.opts.signal.removeEventListener('abort', this.onAbort);
  }

  stream(): Readable {
    const r = new Readable({
      read: () => {
        if (this.paused) {
          this.paused = false;
          this.resumeFn?.();
        }
      },
      destroy: (err, callback) => {
        if (!this.complete && !this.failure) this.abortFn?.(err ?? new Error('aborted'));
        this.opts.signal.removeEventListener('abort', this.onAbort);
        callback(err);
      },
    });
    this.readable = r;
    this.mode = 'stream';
    for (const c of this.chunks) r.push(c);
    this.chunks = [];
    if (this.failure) r.destroy(this.failure.error as Error);
    else if (this.complete) r.push(null);
    return r;
  }

  private wake(): void {
    if (this.failure) this.settleBody?.reject(this.failure.error);
    else if (this.complete) this.finish();
    else if (this.paused) {
      this.paused = false;
      this.resumeFn?.();
    }
  }

  private fail(err: unknown): void {
    if (this.failure) return;
    this.failure = { error: err };
    this.opts.signal.removeEventListener('abort', this.onAbort);
    const s = this.settleBody;
    this.settleBody = null;
    s?.reject(err);
  }

  private finish(): void {
    if (this.mode === 'stream') {
      this.readable!.push(null);
      return;
    }
    if (this.failure) return;
    this.opts.signal.removeEventListener('abort', this.onAbort);
    const s = this.settleBody;
    if (!s) return; // the caller has not chosen yet: wake() finishes
    this.settleBody = null;
    if (this.mode === 'dump') {
      s.resolve(undefined);
      return;
    }
    // A buffer of its own (never a slice of Node's shared pool: it may be transferred to a worker).
    const out = new Uint8Array(this.total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    this.chunks = [];
    s.resolve(out);
  }
}

/** Send a GET through `dispatcher`; resolves once the response's headers have arrived. */
export function exchange(dispatcher: Dispatcher, url: URL, opts: ExchangeOptions): Promise<ExchangeResponse> {
  // A request undici refuses (bad arguments) comes back through onError, as a rejection.
  return new Promise<ExchangeResponse>((resolve, reject) => new Exchange(opts, { resolve, reject }).start(dispatcher, url));
}
