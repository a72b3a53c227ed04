/**
 * Keeps a claim's lease alive while its post is in flight. A post can take longer than the
 * lease (a platform answering 429 with a long Retry-After inside the SDK), and another process
 * takes over only an expired lease, so the owner renews it every third of the lease.
 */

/** Call `renew` every `everyMs` until `stop()`; a failed renewal is reported, not thrown. */
export function keepLease(renew: () => Promise<boolean>, everyMs: number, onLost: (err?: unknown) => void): { stop(): void } {
  let stopped = false;
  const timer = setInterval(() => {
    renew().then(
      (held) => {
        if (!held && !stopped) onLost();
      },
      (e: unknown) => {
        if (!stopped) onLost(e);
      },
    );
  }, Math.max(1, everyMs));
  // A renewal timer never keeps the process alive on its own.
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
