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
  /** A store on a fresh database (on PostgreSQL, copied from one already migrated). */
  make(): Promise<Store>;
}

const PG_URL = process.env.NEWSBRIEF_TEST_PG_URL?.trim() || '';
const IN_CI = /^(1|true)$/i.test(process.env.CI ?? '');

const tmpDirs: string[] = [];
const pgDatabases: string[] = [];
/** The migrated template of this test file's PostgreSQL stores (see migratedPgDatabase). */
let template: Promise<string> | null = null;

afterAll(async () => {
  template = null;
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

/**
 * Create a database on the test server (a copy of `template` if given), dropped after the file;
 * its URL. A template's last connection may still be closing ("being accessed by other users"):
 * that is retried.
 */
async function createPgDatabase(template?: string): Promise<string> {
  if (!PG_URL) {
    throw new Error('NEWSBRIEF_TEST_PG_URL is not set: PostgreSQL tests must run in CI (.ci/run starts a server with scripts/pg-test-server.sh)');
  }
  const name = `nb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
        break;
      } catch (e) {
        if (!template || attempt >= 20 || (e as { code?: string }).code !== '55006') throw e;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  } finally {
    await admin.end();
  }
  pgDatabases.push(name);
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A new empty PostgreSQL database on the test server; its URL. */
export function freshPgDatabase(): Promise<string> {
  return createPgDatabase();
}

/**
 * A database already migrated to the latest schema, created once per test file: a store on a
 * copy of it (CREATE DATABASE ... TEMPLATE, a file copy) opens without running every migration
 * again, which is most of what a fresh PostgreSQL store costs a test.
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const url = await freshPgDatabase();
    const store = await openStore(url);
    await store.close();
    return new URL(url).pathname.slice(1);
  })();
  return template;
}

/** A new PostgreSQL database at the latest schema (a copy of the migrated template); its URL. */
export async function migratedPgDatabase(): Promise<string> {
  return createPgDatabase(await migratedTemplate());
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
    make: async () => openStore(await migratedPgDatabase()),
  });
  return list.map((b) => [b.name, b]);
}
