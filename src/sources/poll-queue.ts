/**
 * Running many jobs with two limits at once: at most `overall` at a time, and at most `perKey`
 * for any one key (a host name). A job whose key is busy waits without holding an overall
 * slot, so one slow host never stalls the others.
 */

export interface QueueLimits {
  overall: number;
  perKey: number;
}

/**
 * Run `run` on every item under the limits; resolves with the results of those that ran (a
 * rejected job is left out). Once `stop()` returns true, jobs not yet started are dropped.
 */
export function runBounded<T, R>(items: readonly T[], keyOf: (item: T) => string, limits: QueueLimits, run: (item: T) => Promise<R>, stop: () => boolean = () => false): Promise<R[]> {
  const pending = [...items];
  const results: R[] = [];
  const active = new Map<string, number>();
  let running = 0;
  return new Promise((resolve) => {
    const pump = (): void => {
      if (stop()) pending.length = 0;
      for (let i = 0; i < pending.length && running < limits.overall; ) {
        const key = keyOf(pending[i]);
        const busy = active.get(key) ?? 0;
        if (busy >= limits.perKey) {
          i++;
          continue;
        }
        const [item] = pending.splice(i, 1);
        running++;
        active.set(key, busy + 1);
        run(item)
          .then(
            (r) => {
              results.push(r);
            },
            () => undefined,
          )
          .finally(() => {
            running--;
            const left = (active.get(key) ?? 1) - 1;
            if (left) active.set(key, left);
            else active.delete(key);
            pump();
          });
      }
      if (running === 0 && pending.length === 0) resolve(results);
    };
    pump();
  });
}

/** The host of a URL, lower case (the key for per-host limits); the URL itself when unparsable. */
export function hostKey(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}
