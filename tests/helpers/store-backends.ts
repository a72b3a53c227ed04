/**
 * The store backends the contract tests run against: the in-memory store, a SQLite file, and a
 * real PostgreSQL server when NEWSBRIEF_TEST_PG_URL names one (`.ci/run` starts a throwaway one
 * with scripts/pg-test-server.sh). Without it, PostgreSQL tests are skipped visibly on a
 * developer machine but FAIL in CI (CI=true): they never skip silently there.
 *
 * Each `target()` is a fresh, empty database: a new SQLite file, or a new PostgreSQL database
 * on the test server (dropped after the test file).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { createMemoryStore } from '../../src/store/memory.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';

export interface Backend {
  name: 'memory' | 'sqlite' | 'postgres';
  /** True when the backend is unavailable here (only ever on a developer machine). */
  skip: boolean;
  /** A fresh database: what NEWSBRIEF_DB would say (memory has none). */
  target(): Promise<string>;
  /** A store on a fresh database. */
  make(): Promise<Store>;
}

const PG_URL = process.env.NEWSBRIEF_TEST_PG_URL?.trim() || '';
const IN_CI = /^(1|true)$/i.test(process.env.CI ?? '');

const tmpDirs: string[] = [];
const pgDatabases: string[] = [];

afterAll(async () => {
  for (const d of tmpDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  if (!pgDatabases.length) return;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    for (const db of pgDatabases.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
});

/** A new empty PostgreSQL database on the test server; its URL. */
export async function freshPgDatabase(): Promise<string> {
  if (!PG_URL) {
    throw new Error('NEWSBRIEF_TEST_PG_URL is not set: PostgreSQL tests must run in CI (.ci/run starts a server with scripts/pg-test-server.sh)');
  }
  const name = `nb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  pgDatabases.push(name);
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

function freshSqliteFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-store-'));
  tmpDirs.push(dir);
  return path.join(dir, 'newsbrief.db');
}

/** The backends to run a contract against (`memory: false` for tests that need a database shared by processes). */
export function storeBackends(opts: { memory?: boolean } = {}): [string, Backend][] {
  const list: Backend[] = [];
  if (opts.memory !== false) {
    list.push({ name: 'memory', skip: false, target: async () => ':memory-store:', make: async () => createMemoryStore() });
  }
  list.push({
    name: 'sqlite',
    skip: false,
    target: async () => freshSqliteFile(),
    make: async () => openStore(freshSqliteFile()),
  });
  list.push({
    name: 'postgres',
    // In CI a missing server is a failure (freshPgDatabase throws), never a skip.
    skip: !PG_URL && !IN_CI,
    target: () => freshPgDatabase(),
    make: async () => openStore(await freshPgDatabase()),
  });
  return list.map((b) => [b.name, b]);
}
