/**
 * The `newsbrief` command line (`npm run -s cli -- ...`). Errors are one line on stderr
 * with a non-zero exit; never a stack trace.
 */
import { ConfigError, loadConfig } from './config.ts';
import { UserError } from './core/errors.ts';

const USAGE = `usage: newsbrief <command> [options]
  brief <file|url|-> [--format json|markdown|discord|slack] [--points N]
  brief --jsonl <file|-> [--points N]
  ask <file|url> "<question>" [--format json|text]
  ask --jsonl <file|->
  digest [--format json|markdown|discord|slack]
  discord-register        register the slash commands with Discord now
  slack-manifest          print the Slack app manifest`;

async function run(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === 'help' || cmd === '--help' || cmd === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return cmd ? 0 : 2;
  }
  // Needs no configuration: the manifest comes from commands/ alone.
  if (cmd === 'slack-manifest') return (await import('./adapters/slack/manifest.ts')).slackManifestCli(rest);
  const config = await loadConfig();
  switch (cmd) {
    case 'brief':
      return (await import('./cli/brief.ts')).briefCli(rest, config);
    case 'ask':
      return (await import('./cli/ask.ts')).askCli(rest, config);
    case 'digest':
      return (await import('./cli/digest.ts')).digestCli(rest, config);
    case 'discord-register':
      return (await import('./adapters/discord/register.ts')).discordRegisterCli(config);
    default:
      throw new UserError(`unknown command "${cmd}" (try: newsbrief help)`);
  }
}

run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    const msg = e instanceof UserError || e instanceof ConfigError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`newsbrief: ${msg.split('\n')[0]}\n`);
    process.exitCode = e instanceof UserError ? 1 : 2;
  });
