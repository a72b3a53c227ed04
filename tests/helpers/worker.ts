/**
 * A TypeScript worker (or entry point) run as a child process by the restart and
 * multi-process tests, which kill it with SIGKILL mid-run: its output is collected, it is
 * killed by `cleanup` if still alive when the test ends, and the last stdout line is read as
 * the worker's JSON report (null when it is not one, e.g. from `npm start`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface WorkerExit<R> {
  code: number | null;
  signal: string | null;
  report: R | null;
  stdout: string;
  stderr: string;
}

/** Start `node --import tsx <args>` in the repository with `env` added; `cleanup` gets its kill. */
export function spawnWorker<R = unknown>(args: string[], env: Record<string, string>, cleanup: (() => Promise<void> | void)[]): { child: ChildProcess; done: Promise<WorkerExit<R>> } {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  cleanup.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const done = new Promise<WorkerExit<R>>((resolve) =>
    child.on('close', (code, signal) => {
      const last = out.trim().split('\n').pop();
      let report: R | null;
      try {
        report = last ? (JSON.parse(last) as R) : null;
      } catch {
        report = null; // not a worker (npm start): no report line
      }
      resolve({ code, signal, report, stdout: out, stderr: err });
    }),
  );
  return { child, done };
}
