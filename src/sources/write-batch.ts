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
  private busy = false;

  /**
   * `windowMs`: how long the first job waits for others; `maxItems`: a batch this large is
   * written at once (a batch is one SQLite transaction: kept small enough that the write lock,
   * which chat commands' writes wait for, is never held for long). Jobs that arrive while a
   * batch is being written wait for it and go together after it: the slower the writes, the
   * fuller the batches (5,000 articles written 40 at a time cost 3x their CPU 400 at a time).
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
      if (this.busy) return; // taken when the batch being written is done
      if (this.size >= this.maxItems) this.start();
      else this.timer ??= setTimeout(() => this.start(), this.windowMs);
    });
  }

  private start(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.busy || !this.pending.length) return;
    // Whole jobs, up to maxItems (a job larger than that goes alone).
    let n = 0;
    let count = 0;
    while (n < this.pending.length && (n === 0 || count + this.pending[n].items.length <= this.maxItems)) count += this.pending[n++].items.length;
    const batch = this.pending.splice(0, n);
    this.size -= count;
    this.busy = true;
    // One batch at a time, in order.
    void (async () => {
      try {
        await this.flush(batch.flatMap((b) => b.items));
        for (const b of batch) b.done();
      } catch (e) {
        for (const b of batch) b.failed(e);
      } finally {
        this.busy = false;
        // Jobs that came meanwhile: a full batch goes now, fewer wait out the window for more.
        if (this.size >= this.maxItems) this.start();
        else if (this.pending.length) this.timer ??= setTimeout(() => this.start(), this.windowMs);
      }
    })();
  }
}
