/**
 * A small layer over a `pg` Pool for the PostgreSQL repositories: timestamps come back as ISO
 * strings (the store interface speaks ISO strings, as the SQLite store does), counts as numbers,
 * and `tx` runs a function in one transaction on one connection, retrying serialization failures.
 */
import pg from 'pg';

/** What a repository needs: a query on the pool, or on the connection of a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

const TIMESTAMPTZ = 1184;
const INT8 = 20;

/** Type parsers for this pool only (never the process-wide defaults other code may rely on). */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ) return (s: string) => new Date(s).toISOString();
    // COUNT(*) and the like: counts in a store never exceed 2^53.
    if (oid === INT8) return (s: string) => Number(s);
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

/** SQLSTATEs worth a retry: serialization failure, deadlock, unique violation in a race. */
const RETRYABLE = new Set(['40001', '40P01']);

export class PgDb implements Queryable {
  readonly pool: pg.Pool;

  constructor(url: string, max = 10) {
    this.pool = new pg.Pool({ connectionString: url, max, types, application_name: 'newsbrief' });
    // An idle connection dropped by the server must not crash the process: the pool replaces it.
    this.pool.on('error', () => undefined);
  }

  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
    return this.pool.query<R>(text, values);
  }

  /** Run `fn` in a transaction (READ COMMITTED unless `isolation` says otherwise). */
  async tx<T>(fn: (q: Queryable) => Promise<T>, isolation?: 'SERIALIZABLE' | 'REPEATABLE READ'): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query(isolation ? `BEGIN ISOLATION LEVEL ${isolation}` : 'BEGIN');
        const out = await fn(client);
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (attempt < 5 && RETRYABLE.has((e as { code?: string }).code ?? '')) continue;
        throw e;
      } finally {
        client.release();
      }
    }
  }

  async end(): Promise<void> {
    await this.pool.end();
  }
}

/** True for a unique-key violation (a concurrent insert of the same key won). */
export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string }).code === '23505';
}
