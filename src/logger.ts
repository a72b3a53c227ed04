/**
 * The one pino logger. Units of work take `logger.child({ platform, command })`.
 * Tokens and secrets are redacted wherever they appear in a logged object.
 * LOG_FORMAT=json (default) writes JSON lines for log collectors; LOG_FORMAT=pretty writes
 * one readable, coloured line per record (pino-pretty, in this process: no worker thread).
 */
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export const REDACT_PATHS = [
  'token', '*.token', '*.*.token', 'botToken', '*.botToken', 'appToken', '*.appToken', 'signingSecret',
  '*.signingSecret', 'authorization', '*.authorization', '*.headers.authorization', '*.*.headers.authorization',
  'config.discord.token', 'config.slack.botToken', 'config.slack.appToken', 'config.slack.signingSecret',
];

export type LogFormat = 'json' | 'pretty';

/** A logger writing to stderr (stdout belongs to the console adapter and the CLI). */
export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream, format: LogFormat = 'json'): Logger {
  const options = { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { app: 'newsbrief' } };
  if (format === 'pretty') {
    const dest = destination ?? process.stderr;
    const stream = pretty({
      destination: dest,
      sync: true,
      colorize: Boolean((dest as NodeJS.WriteStream).isTTY),
      ignore: 'pid,hostname,app',
      translateTime: 'SYS:HH:MM:ss',
    });
    return pino(options, stream);
  }
  return pino(options, destination ?? pino.destination(2));
}

export type { Logger };
