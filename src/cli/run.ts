/**
 * The `newsbrief` command line as a function: argv in, exit code out, output on the given
 * streams. src/cli.ts calls it for the real process; tests call it in-process. Errors are one
 * line on stderr with a non-zero exit; never a stack trace.
 */
// config.ts (and zod) load only for commands that need them: `newsbrief help` stays quick.
import type { Config } from '../config.ts';
import { UserError } from '../core/errors.ts';

export const USAGE = `usage: newsbrief <command> [options]
  brief <file|url|id|title words|-> [--format json|markdown|discord|slack] [--points 3-5]
  brief --jsonl <file|-> [--points 3-5]
  ask <file|url|id|title words> "<question>" [--format json|text]
  ask --jsonl <file|->
  digest [--format json|markdown|discord|slack] [--top 1-25]
  articles [list] [--format text|json]   the library: id, date, where it came from, title
  articles remove <id>                   remove a feed or URL article (file articles: delete the file)
  discord-register                       register the slash commands with Discord now
  db copy --from <sqlite file> --to <postgres://...> [--replace]
                                         copy a bot's SQLite database into PostgreSQL (docs/postgres.md)
  slack-manifest [--url https://host] [--name "App name"] [--format json|yaml]
                                         print the Slack app manifest (Socket Mode without --url)
  --version                              print the version
An article can be a file, an http(s) URL, - (standard input), or an article of the library
(NEWSBRIEF_BRIEFINGS and followed feeds, in NEWSBRIEF_DB) by id, id prefix or title words.`;

export interface CliIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** The configuration (default: loaded from the environment and .env). */
  config?: Config;
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === 'help' || cmd === '--help' || cmd === '-h') {
    io.out.write(`${USAGE}\n`);
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v' || cmd === 'version') {
    const { packageVersion } = await import('./version.ts');
    io.out.write(`newsbrief ${packageVersion() ?? '(version unknown)'}\n`);
    return 0;
  }
  // `brief --help` and the like: the usage, not "unknown option".
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out.write(`${USAGE}\n`);
    return 0;
  }
  // Needs no configuration: the manifest comes from commands/ alone.
  if (cmd === 'slack-manifest') {
    return (await import('../adapters/slack/manifest.ts')).slackManifestCli(rest, { out: (s) => io.out.write(s), err: (s) => io.err.write(s) });
  }
  // Needs no configuration either: both databases are named on the command line.
  if (cmd === 'db') return (await import('./db.ts')).dbCli(rest, io);
  const known = ['brief', 'ask', 'digest', 'articles', 'discord-register'];
  if (!known.includes(cmd)) throw new UserError(`unknown command "${cmd}" (try: newsbrief help)`);
  const config = io.config ?? (await (await import('../config.ts')).loadConfig());
  switch (cmd) {
    case 'brief':
      return (await import('./brief.ts')).briefCli(rest, config, io.out);
    case 'ask':
      return (await import('./ask.ts')).askCli(rest, config, io.out);
    case 'digest':
      return (await import('./digest.ts')).digestCli(rest, config, io.out);
    case 'articles':
      return (await import('./articles.ts')).articlesCli(rest, config, io.out);
    default:
      return (await import('../adapters/discord/register.ts')).discordRegisterCli(config, { out: io.out, err: io.err });
  }
}

/** Run the command line; returns the exit code (1 bad input, 2 bad configuration or internal error). */
export async function runCli(argv: string[], io: CliIo = { out: process.stdout, err: process.stderr }): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    const { ConfigError } = await import('../config.ts');
    const { StoreOpenError } = await import('../store/open-error.ts');
    // A database that cannot be opened is a setting to fix, said as such (not "unexpected error").
    const setting = e instanceof ConfigError || e instanceof StoreOpenError;
    const msg = e instanceof UserError || setting ? (e as Error).message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    io.err.write(`newsbrief: ${msg.split('\n')[0]}\n`);
    return e instanceof UserError ? 1 : 2;
  }
}
