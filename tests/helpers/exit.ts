/**
 * Waiting for a child process to exit after a signal, with a generous limit: the tests assert
 * that shutdown happens (and cleanly), never how fast, because a loaded 2-core machine makes
 * wall-clock limits flaky.
 */
import type { ChildProcess } from 'node:child_process';

/** Send `signal` and resolve with how the process exited; reject if it has not within `limitMs`. */
export function signalAndWaitForExit(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  limitMs = 20_000,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the process did not exit within ${limitMs / 1000} s of ${signal}`)), limitMs);
    child.once('exit', (code, sig) => {
      clearTimeout(timer);
      resolve({ code, signal: sig });
    });
    child.kill(signal);
  });
}
