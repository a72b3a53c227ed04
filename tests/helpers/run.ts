/**
 * Running the real CLI and `npm start` entry points as child processes in tests.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '../..');
// tsx's loader, given to Node as `npm start` runs the bot (`node --import tsx`): the `tsx` command
// would start a second Node process to run the entry point in, a second cold start per run.
const TSX_LOADER = pathToFileURL(createRequire(path.join(ROOT, 'package.json')).resolve('tsx')).href;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a TypeScript entry point (src/cli.ts, src/main.ts) with args, stdin text and env. */
export function runTs(entry: string, args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && !/^(DISCORD_|SLACK_|NEWSBRIEF_|LOG_LEVEL)/.test(k)) env[k] = v;
    }
    const child = spawn(process.execPath, ['--import', TSX_LOADER, path.join(ROOT, entry), ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...env, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}

export const cli = (args: string[], opts?: Parameters<typeof runTs>[2]) => runTs('src/cli.ts', args, opts);
