import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/network-guard.ts'],
    // A hang detector, not a speed check: a test that starts child processes (three cold
    // `node --import tsx` starts in tests/integration/scheduler-restart.test.ts) ran past 30 s
    // at a load average of 14 on the 2-core machine and failed although nothing was wrong.
    testTimeout: 90_000,
    hookTimeout: 90_000,
    pool: 'forks',
    // Vitest's default (cores - 1) runs one file at a time on a 2-core machine, so the
    // multi-process PostgreSQL test's two minutes of waiting for the clock held up everything
    // else: at least two files at once (whole suite 470 s -> 267 s on the 2-core CI machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
