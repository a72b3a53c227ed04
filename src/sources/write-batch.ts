/**
 * Group commit for the feed poller: the new items of the feeds that finish within a few
 * milliseconds of each other are written together, one transaction for all their articles and
 * one for their seen marks, instead of one per feed (or per item). Most of a poll cycle's cost
 * on SQLite was commits; a commit's cost grows far less than the rows it carries.
 */

/** Collects jobs and hands them to `flush` together; each `add` resolves (or rejects) with its batch. */
export class WriteBatch<T> {
  private pending: { items: T[]; done: () => void; failed: (e: unknown) => void }[] = [];
  private size = 0;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  /**
   * `windowMs`: how long the first job waits for others; `maxItems`: a batch this large is
   * written at once (a batch is one synchronous SQLite transaction: kept small enough that it
   * never holds the event loop for long).
   */
  constructor(
    private readonly flush: (items: T[]) => Promise<void>,
    private readonly windowMs = 15,
    private readonly maxItems = 100,
  ) {}

  /** Queue `items`; resolves once they are written, rejects when their batch failed. */
  add(items: T[]): Promise<void> {
    return new Promise<void>((done, failed) => {
      this.pending.push({ items, done, failed });
      this.size += items.length;
      if (this.size >= this.maxItems) this.start();
      else this.timer ??= setTimeout(() => this.start(), this.windowMs);
    });
  }

  private start(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    this.size = 0;
    // One batch at a time, in order.
    this.flushing = this.flushing.then(async () => {
      try {
        await this.flush(batch.flatMap((b) => b.items));
        for (const b of batch) b.done();
      } catch (e) {
        for (const b of batch) b.failed(e);
      }
    });
  }
}
