import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/network-guard.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Vitest's default (cores - 1) runs one file at a time on a 2-core machine, so the
    // multi-process PostgreSQL test's two minutes of waiting for the clock held up everything
    // else: at least two files at once (whole suite 470 s -> 267 s on the 2-core CI machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
