/**
 * `newsbrief db copy --from <sqlite file> --to <postgres://...> [--replace]`: move a bot's whole
 * state from its SQLite file to PostgreSQL (see src/store/copy-to-postgres.ts and
 * docs/postgres.md). Needs no configuration: both databases are named on the command line.
 */
import { UserError } from '../core/errors.ts';
import { parseArgs } from './args.ts';

const USAGE_LINE = 'db copy --from <sqlite file> --to <postgres://...> [--replace]';

export async function dbCli(argv: string[], io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['from', 'to'], ['replace']);
  const [action, extra] = positionals;
  if (action !== 'copy') throw new UserError(action ? `"${action}" is not a db action: use ${USAGE_LINE}` : `db needs an action: ${USAGE_LINE}`);
  if (extra !== undefined) throw new UserError(`unexpected argument "${extra}"`);
  const from = typeof flags.from === 'string' ? flags.from.trim() : '';
  const to = typeof flags.to === 'string' ? flags.to.trim() : '';
  if (!from) throw new UserError(`db copy needs --from, the SQLite file to copy (${USAGE_LINE})`);
  if (!to) throw new UserError(`db copy needs --to, the PostgreSQL URL to copy into (${USAGE_LINE})`);
  // The pg driver loads only for this command.
  const { copySqliteToPostgres } = await import('../store/copy-to-postgres.ts');
  const { redact } = await import('../store/postgres.ts');
  const result = await copySqliteToPostgres(from, to, { replace: flags.replace === true });
  for (const t of result.notCopied) io.err.write(`newsbrief: warning: table ${t.table} (${t.rows} rows) has no PostgreSQL counterpart in this release: not copied\n`);
  const rows = result.tables.reduce((n, t) => n + t.rows, 0);
  io.out.write(`Copied ${from} to ${redact(to)}: ${rows} rows in ${result.tables.length} tables.\n`);
  for (const t of result.tables) io.out.write(`  ${t.table}  ${t.rows}\n`);
  return 0;
}
