import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The core's tests (tests/core: pure functions of their inputs - no child processes, no fake
// timers, no environment changes, no module mocks but one; a few open a store or a local web site
// and close it) share a process per worker between files instead of a fresh one per file
// (`isolate: false`: vitest 4 then resets neither modules nor mocks between files): each file
// would otherwise import the answerer and its language data (compromise, brill, name lists) again. The calibration test mocks two scripts
// (tests/helpers/fold-cache.ts, example-cache.ts), so it keeps its own process, as does every
// other folder (real SQLite files, fake Discord and Slack servers, child processes, module state
// such as the parse pool and the SQLite write thread).
const SHARED = 'core';
const OWN_PROCESS = ['tests/core/answer/answer-honest.test.ts'];
const otherFolders = readdirSync(new URL('./tests', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== SHARED)
  .map((e) => `tests/${e.name}/**/*.test.ts`);

// Vitest orders files by how long each took in the last run (longest first, so a slow file does
// not start last and run alone): the record is kept in Vite's cache folder, node_modules/.vite,
// which a fresh clone does not have; CI keeps it with its other test caches (NEWSBRIEF_TEST_CACHE).
const testCache = process.env.NEWSBRIEF_TEST_CACHE?.trim();

// scripts/train-answerable.ts runs the answer tests with a candidate's weights file in place of the
// shipped one (scripts/answerable-pinned.ts: the pinned answers guard the rule's choice).
const candidateWeights = process.env.NEWSBRIEF_ANSWERABLE_WEIGHTS?.trim();

export default defineConfig({
  cacheDir: testCache && testCache !== 'off' ? `${testCache}/vite` : undefined,
  resolve: { alias: candidateWeights ? [{ find: /^.*\/answerable-weights\.ts$/, replacement: candidateWeights }] : [] },
  test: {
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
    projects: [
      { extends: true, test: { name: 'isolated', include: ['tests/*.test.ts', ...otherFolders, ...OWN_PROCESS] } },
      { extends: true, test: { name: 'shared', include: [`tests/${SHARED}/**/*.test.ts`], exclude: OWN_PROCESS, isolate: false } },
    ],
  },
});
