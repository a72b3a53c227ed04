/**
 * Running many jobs with two limits at once: at most `overall` at a time, and at most `perKey`
 * for any one key (a host name). A job whose key is busy waits without holding an overall
 * slot, so one slow host never stalls the others.
 */

export interface QueueLimits {
  overall: number;
  perKey: number;
}

/** The host of a URL, lower case (the key for per-host limits); the URL itself when unparsable. */
export function hostKey(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}

/**
 * Run `run` on every item under the limits, items arriving in batches from `next` (leased
 * feeds): the next batch is asked for as soon as fewer than `lowWater` items wait to start,
 * not once a batch has drained, so the slots never sit idle at the end of each batch nor while
 * the next one is fetched (a lease is a write, queued on the SQLite write thread behind the
 * poll's stored items: hundreds of ms under load). An empty batch ends the stream. Resolves once every job
 * has ended; when `next` fails, no batch more is asked for, the jobs started end, and the
 * error is thrown then.
 */
export function runBoundedStream<T>(
  next: () => Promise<readonly T[]>,
  keyOf: (item: T) => string,
  limits: QueueLimits & { lowWater: number },
  run: (item: T) => Promise<unknown>,
  stop: () => boolean = () => false,
): Promise<void> {
  // Each item with its key, computed once (pump scans the waiting items every time a job ends).
  const pending: { item: T; key: string }[] = [];
  const active = new Map<string, number>();
  let running = 0;
  let asking = false;
  let ended = false;
  let failure: { error: unknown } | null = null;
  return new Promise((resolve, reject) => {
    const ask = (): void => {
      if (asking || ended || stop() || pending.length >= limits.lowWater) return;
      asking = true;
      next().then(
        (batch) => {
          if (!batch.length) ended = true;
          for (const item of batch) pending.push({ item, key: keyOf(item) });
        },
        (e: unknown) => {
          ended = true;
          failure = { error: e };
        },
      ).finally(() => {
        asking = false;
        pump();
      });
    };
    const pump = (): void => {
      if (stop()) {
        pending.length = 0;
        ended = true;
      }
      for (let i = 0; i < pending.length && running < limits.overall; ) {
        const { item, key } = pending[i];
        const busy = active.get(key) ?? 0;
        if (busy >= limits.perKey) {
          i++;
          continue;
        }
        pending.splice(i, 1);
        running++;
        active.set(key, busy + 1);
        run(item)
          .catch(() => undefined)
          .finally(() => {
            running--;
            const left = (active.get(key) ?? 1) - 1;
            if (left) active.set(key, left);
            else active.delete(key);
            pump();
          });
      }
      ask();
      if (running === 0 && !asking && (ended || stop())) {
        if (failure) reject(failure.error);
        else resolve();
      }
    };
    pump();
  });
}
