/**
 * Bolt, its WebClient and its Socket Mode client log through @slack/logger's interface; this
 * routes them into the project's pino logger so there is one log stream, with secrets redacted.
 */
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from 'pino';

const ORDER: Record<string, number> = { debug: 20, info: 30, warn: 40, error: 50 };

/** A @slack/logger Logger that writes to `log` (Bolt's own messages become `msg`). */
export function boltLogger(log: Logger): SlackLogger {
  const level: LogLevel = toSlackLevel(log.level);
  let child = log.child({ component: 'bolt' });
  const write = (wanted: 'debug' | 'info' | 'warn' | 'error', msg: unknown[]): void => {
    // The WebClient's "http request failed <reason>" names no address: the retry log
    // (retry-log.ts) says the same with the URL and the backoff, so this one is debug.
    const lvl = wanted === 'warn' && msg[0] === 'http request failed' ? 'debug' : wanted;
    if (ORDER[lvl] < ORDER[level]) return;
    const err = msg.find((m): m is Error => m instanceof Error);
    const text = msg
      .filter((m) => m !== err)
      .map((m) => (typeof m === 'string' ? m : safeJson(m)))
      .join(' ');
    if (err) child[lvl]({ err }, text || err.message);
    else child[lvl](text);
  };
  return {
    debug: (...m: unknown[]) => write('debug', m),
    info: (...m: unknown[]) => write('info', m),
    warn: (...m: unknown[]) => write('warn', m),
    error: (...m: unknown[]) => write('error', m),
    // LOG_LEVEL decides, not the library: Bolt calls setLevel(INFO) whenever it is given no
    // level of its own, which used to hide every debug line from Bolt with LOG_LEVEL=debug.
    setLevel: (_l: LogLevel) => undefined,
    getLevel: () => level,
    setName: (name: string) => {
      child = log.child({ component: name });
    },
  };
}

function toSlackLevel(pinoLevel: string): LogLevel {
  switch (pinoLevel) {
    case 'trace':
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
