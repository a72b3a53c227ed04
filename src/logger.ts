/**
 * The one pino logger. Units of work take `logger.child({ platform, command })`.
 * Tokens and secrets are redacted wherever they appear in a logged object.
 */
import { pino, type Logger } from 'pino';

export const REDACT_PATHS = [
  'token', '*.token', '*.*.token', 'botToken', '*.botToken', 'appToken', '*.appToken', 'signingSecret',
  '*.signingSecret', 'authorization', '*.authorization', '*.headers.authorization', '*.*.headers.authorization',
  'config.discord.token', 'config.slack.botToken', 'config.slack.appToken', 'config.slack.signingSecret',
];

/** A logger writing JSON lines to stderr (stdout belongs to the console adapter and the CLI). */
export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { app: 'newsbrief' } },
    destination ?? pino.destination(2),
  );
}

export type { Logger };
