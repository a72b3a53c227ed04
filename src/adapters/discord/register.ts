/**
 * Registering the slash commands with Discord: one bulk overwrite, to one guild when
 * `DISCORD_GUILD_ID` is set (visible at once) or globally. Used at start-up and by
 * `npm run cli -- discord-register`.
 */
import { REST, Routes, DiscordAPIError } from 'discord.js';
import { commands as allCommands } from '../../../commands/index.ts';
import type { Command } from '../../../commands/types.ts';
import { loadConfig, type Config } from '../../config.ts';
import { commandsJson } from './command-json.ts';

export interface RegisterResult {
  scope: 'guild' | 'global';
  guildId: string | null;
  names: string[];
}

/**
 * Overwrite the application's commands with `commands`. Uses `rest` (a logged-in client's
 * REST, or one made from the config). Throws the REST error as is.
 */
export async function registerCommands(
  rest: REST,
  target: { applicationId: string; guildId?: string | null },
  commands: readonly Command[] = allCommands,
): Promise<RegisterResult> {
  const body = commandsJson(commands);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  await rest.put(route, { body });
  return { scope: target.guildId ? 'guild' : 'global', guildId: target.guildId ?? null, names: body.map((c) => c.name) };
}

/** A one-line description of a registration, for logs and the CLI. */
export function describeRegistration(r: RegisterResult): string {
  const where = r.scope === 'guild' ? `to guild ${r.guildId}` : 'globally (may take up to an hour to show everywhere)';
  return `Registered ${r.names.length} commands (${r.names.map((n) => `/${n}`).join(', ')}) ${where}.`;
}

/**
 * `newsbrief discord-register`: register the commands now, whatever DISCORD_REGISTER_COMMANDS
 * says. Prints one line; returns the exit code (0 done, 1 refused or failed, 2 not configured).
 */
export async function discordRegisterCli(
  config?: Config,
  io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream } = { out: process.stdout, err: process.stderr },
  commands: readonly Command[] = allCommands,
): Promise<number> {
  const cfg = config ?? (await loadConfig());
  const { token, applicationId, guildId, apiUrl } = cfg.discord;
  if (!token || !applicationId) {
    io.err.write('newsbrief: discord-register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID to be set.\n');
    return 2;
  }
  // Few retries and a short timeout: a person is waiting at a terminal.
  const rest = new REST({ api: apiUrl, retries: 1, timeout: 10_000 }).setToken(token);
  try {
    const r = await registerCommands(rest, { applicationId, guildId }, commands);
    io.out.write(`${describeRegistration(r)}\n`);
    return 0;
  } catch (e) {
    io.err.write(`newsbrief: could not register the commands: ${registrationError(e)}\n`);
    return 1;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** One line naming why Discord refused (a bad token, a wrong application or guild id). */
export function registrationError(e: unknown): string {
  if (e instanceof DiscordAPIError) {
    if (e.status === 401) return 'Discord says the token is invalid (401): check DISCORD_TOKEN.';
    if (e.status === 403) return 'Discord refused (403): is the bot in that guild with the applications.commands scope?';
    if (e.status === 404) return 'Discord does not know that application or guild (404): check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID.';
    return `Discord answered ${e.status}: ${e.message.split('\n')[0]}`;
  }
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}
