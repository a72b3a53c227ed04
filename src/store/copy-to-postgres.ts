/**
 * Moving up from SQLite to PostgreSQL without losing anything: `newsbrief db copy` copies every
 * table of a newsbrief SQLite file (the library, subscriptions, the digest run log, what each
 * channel was sent, feeds and the items seen from them, conversations, the briefings folder's
 * files, and any table a later release adds to both stores) into a PostgreSQL database.
 *
 * - Both schemas are brought up to date first (the same migrations `npm start` applies), so the
 *   tables line up column for column; values are converted by the PostgreSQL column's type.
 * - The copy is one PostgreSQL transaction: it lands whole or not at all, so a failed copy can
 *   simply be run again.
 * - A target that already holds data is refused unless `replace` is set, which empties it
 *   first (in the same transaction): running the copy twice with `replace` gives the same result.
 * - The SQLite file is locked like the bot locks it: a bot still running on it is refused, as
 *   what it writes during the copy would be lost.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { UserError } from '../core/errors.ts';
import { isPostgresUrl } from './open.ts';
import type { Queryable } from './pg-db.ts';
import { createPostgresStore, redact } from './postgres.ts';
import { createSqliteStore } from './sqlite.ts';
import { lockSqliteFile, StoreLockedError } from './sqlite-lock.ts';
import { titleWords } from './title-words.ts';

/** Rows per INSERT (PostgreSQL takes at most 65,535 parameters in one statement). */
const MAX_PARAMS = 30_000;

export interface CopyResult {
  /** Each copied table and its rows, in copy order. */
  tables: { table: string; rows: number }[];
  /** SQLite tables with rows that PostgreSQL has no table for (not copied). */
  notCopied: { table: string; rows: number }[];
}

interface PgColumn {
  name: string;
  type: string;
  nullable: boolean;
  hasDefault: boolean;
  serial: boolean;
}

/** Columns PostgreSQL has that SQLite derives on the fly: how to fill them from a SQLite row. */
const DERIVED: Record<string, Record<string, (row: Record<string, unknown>) => unknown>> = {
  articles: {
    title: (row) => storedTitle(row),
    // PostgreSQL keeps the title index's words in the article's row (its migration 11); SQLite's
    // index of them (article_titles, FTS5) is not copied, as an index is not.
    title_words: (row) => titleWords(storedTitle(row)),
  },
};

function storedTitle(row: Record<string, unknown>): string {
  return (JSON.parse(String(row.json)) as { title?: string }).title ?? '';
}

/** A SQLite value as the PostgreSQL column of `type` takes it. */
function convert(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'boolean') return Boolean(value);
  // SQLite filled some time columns with '' before they were set (migration 5's default).
  if (type.startsWith('timestamp') && value === '') return null;
  return value;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tables ordered so that a table comes after the tables its foreign keys point to. */
function byForeignKeys(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, path: Set<string>) => {
    if (seen.has(t) || path.has(t)) return;
    path.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t && tables.includes(e.parent)) visit(e.parent, path);
    seen.add(t);
    out.push(t);
  };
  for (const t of [...tables].sort()) visit(t, new Set());
  return out;
}

async function pgTables(db: Queryable): Promise<Map<string, PgColumn[]>> {
  const r = await db.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null; is_identity: string }>(
    `SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default, c.is_identity
       FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_migrations'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, PgColumn[]>();
  for (const c of r.rows) {
    const serial = c.is_identity === 'YES' || (c.column_default ?? '').startsWith('nextval(');
    const col = { name: c.column_name, type: c.data_type, nullable: c.is_nullable === 'YES', hasDefault: c.column_default !== null || serial, serial };
    tables.set(c.table_name, [...(tables.get(c.table_name) ?? []), col]);
  }
  return tables;
}

/** Check the file is a newsbrief SQLite database before anything writes to it. */
function checkSource(file: string): void {
  if (isPostgresUrl(file)) throw new UserError('--from must be a SQLite file (the NEWSBRIEF_DB path the bot used), not a URL');
  let st;
  try {
    st = fs.statSync(file);
  } catch {
    throw new UserError(`no SQLite database at ${file}`);
  }
  if (!st.isFile()) throw new UserError(`${file} is a folder, not a SQLite database file`);
  let db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (!has) throw new UserError(`${file} is not a newsbrief database (it has no schema_migrations table)`);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${file} cannot be read as a SQLite database: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    db?.close();
  }
}

/** Copy the newsbrief SQLite database `from` into the PostgreSQL database at `to`. */
export async function copySqliteToPostgres(from: string, to: string, opts: { replace?: boolean } = {}): Promise<CopyResult> {
  if (!isPostgresUrl(to)) throw new UserError('--to must be a PostgreSQL URL (postgres://user:password@host:5432/database)');
  checkSource(from);
  let lock;
  try {
    lock = lockSqliteFile(from);
  } catch (e) {
    if (e instanceof StoreLockedError) throw new UserError(`a newsbrief process is running on ${from}: stop it before copying (what it writes during the copy would be lost)`);
    throw e;
  }
  try {
    const sqlite = createSqliteStore(from);
    try {
      let pgStore;
      try {
        pgStore = await createPostgresStore(to.trim());
      } catch (e) {
        throw new UserError((e as Error).message.split('\n')[0]);
      }
      try {
        return await copyTables(sqlite.db, pgStore.db, redact(to.trim()), opts.replace === true);
      } finally {
        await pgStore.close();
      }
    } finally {
      await sqlite.close();
    }
  } finally {
    lock.release();
  }
}

async function copyTables(src: Database.Database, pg: { tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> }, target: string, replace: boolean): Promise<CopyResult> {
  // Plain tables only: a virtual table (the FTS5 title index) and its shadow tables are an index, rebuilt by PostgreSQL's own.
  const sqliteTables = (src.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'").all() as { name: string }[]).map(
    (r) => r.name,
  );
  const count = (t: string) => (src.prepare(`SELECT COUNT(*) AS n FROM ${q(t)}`).get() as { n: number }).n;
  return pg.tx(async (db) => {
    const tables = await pgTables(db);
    const notCopied = sqliteTables.filter((t) => !tables.has(t)).map((t) => ({ table: t, rows: count(t) })).filter((t) => t.rows > 0);
    const held: string[] = [];
    for (const t of tables.keys()) if ((await db.query(`SELECT 1 FROM ${q(t)} LIMIT 1`)).rows.length) held.push(t);
    if (held.length && !replace) {
      throw new UserError(`${target} already holds data (${held.join(', ')}): copy into an empty database, or add --replace to empty it first`);
    }
    if (held.length) await db.query(`TRUNCATE ${[...tables.keys()].map(q).join(', ')}`);
    const edges = (
      await db.query<{ child: string; parent: string }>(
        `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
          WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`,
      )
    ).rows.map((e) => ({ child: e.child.replace(/^"|"$/g, ''), parent: e.parent.replace(/^"|"$/g, '') }));
    const order = byForeignKeys(sqliteTables.filter((t) => tables.has(t)), edges);
    const copied: CopyResult['tables'] = [];
    for (const table of order) {
      const rows = await copyTable(src, db, table, tables.get(table)!);
      if (rows !== count(table)) throw new Error(`${table}: ${rows} rows copied of ${count(table)}`);
      copied.push({ table, rows });
    }
    return { tables: copied, notCopied };
  });
}

async function copyTable(src: Database.Database, db: Queryable, table: string, pgCols: PgColumn[]): Promise<number> {
  const have = new Set((src.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name));
  const derived = DERIVED[table] ?? {};
  const cols = pgCols.filter((c) => have.has(c.name) || derived[c.name]);
  for (const c of pgCols) {
    if (!cols.includes(c) && !c.nullable && !c.hasDefault) throw new Error(`${table}.${c.name} has no SQLite counterpart to copy from`);
  }
  const perInsert = Math.max(1, Math.floor(MAX_PARAMS / cols.length));
  let batch: unknown[][] = [];
  let n = 0;
  const flush = async () => {
    if (!batch.length) return;
    const values = batch.map((_, i) => `(${cols.map((__, j) => `$${i * cols.length + j + 1}`).join(', ')})`).join(', ');
    await db.query(`INSERT INTO ${q(table)} (${cols.map((c) => q(c.name)).join(', ')}) VALUES ${values}`, batch.flat());
    n += batch.length;
    batch = [];
  };
  const read = src.prepare(`SELECT * FROM ${q(table)}`);
  // .iterate() reads one row at a time: a large library is never held in memory at once.
  for (const row of read.iterate() as IterableIterator<Record<string, unknown>>) {
    batch.push(cols.map((c) => convert(have.has(c.name) ? row[c.name] : derived[c.name](row), c.type)));
    if (batch.length >= perInsert) await flush();
  }
  await flush();
  // Explicit ids leave an identity sequence behind: move it past the highest id copied.
  for (const c of pgCols.filter((x) => x.serial)) {
    await db.query(`SELECT setval(pg_get_serial_sequence($1, $2), GREATEST(COALESCE((SELECT MAX(${q(c.name)}) FROM ${q(table)}), 0), 1), (SELECT COUNT(*) FROM ${q(table)}) > 0)`, [
      q(table),
      c.name,
    ]);
  }
  return n;
}
