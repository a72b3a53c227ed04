/**
 * The only module that reads process.env. Loads .env with dotenv, validates with zod and
 * names every bad variable in one error.
 */
import { z } from 'zod';
import { readTimeZone } from './core/time-zone-names.ts';

const bool = (def: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      const s = v.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(s)) return true;
      if (['0', 'false', 'no', 'off'].includes(s)) return false;
      ctx.addIssue({ code: 'custom', message: `expected true or false, got "${v}"` });
      return z.NEVER;
    });

const optStr = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const url = (def: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const s = v === undefined || v.trim() === '' ? def : v.trim();
      try {
        const u = new URL(s);
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
      } catch {
        ctx.addIssue({ code: 'custom', message: `expected an http(s) URL, got "${s}"` });
        return z.NEVER;
      }
      return s;
    });

const int = (def: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const timeZone = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const s = v === undefined || v.trim() === '' ? 'UTC' : v.trim();
    // Abbreviations and offsets are refused as in /subscribe ("BST" is not Asia/Dhaka).
    const r = readTimeZone(s);
    if ('error' in r) {
      ctx.addIssue({ code: 'custom', message: r.error.replace(/\.$/, '') });
      return z.NEVER;
    }
    return r.zone;
  });

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const logFormat = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const s = v === undefined || v.trim() === '' ? 'json' : v.trim().toLowerCase();
    if (s !== 'json' && s !== 'pretty') {
      ctx.addIssue({ code: 'custom', message: `expected json or pretty, got "${v}"` });
      return z.NEVER;
    }
    return s as 'json' | 'pretty';
  });

const EnvSchema = z.object({
  DISCORD_TOKEN: optStr,
  DISCORD_APPLICATION_ID: optStr,
  DISCORD_GUILD_ID: optStr,
  DISCORD_API_URL: url('https://discord.com/api'),
  DISCORD_REGISTER_COMMANDS: bool(true),
  SLACK_BOT_TOKEN: optStr,
  SLACK_SIGNING_SECRET: optStr,
  SLACK_APP_TOKEN: optStr,
  SLACK_PORT: int(3000, 0, 65535),
  SLACK_API_URL: url('https://slack.com/api/'),
  NEWSBRIEF_DB: z.string().optional().transform((v) => (v && v.trim() ? v.trim() : 'data/newsbrief.db')),
  NEWSBRIEF_BRIEFINGS: z.string().optional().transform((v) => (v && v.trim() ? v.trim() : 'briefings')),
  NEWSBRIEF_TZ: timeZone,
  NEWSBRIEF_POLL_MINUTES: int(15, 1, 24 * 60),
  NEWSBRIEF_MAX_FEEDS: int(50, 1, 10_000),
  NEWSBRIEF_ALLOW_PRIVATE_URLS: bool(false),
  NEWSBRIEF_CATCHUP_HOURS: int(6, 0, 7 * 24),
  LOG_FORMAT: logFormat,
  LOG_LEVEL: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return undefined;
      const s = v.trim().toLowerCase();
      if (!(LEVELS as readonly string[]).includes(s)) {
        ctx.addIssue({ code: 'custom', message: `expected one of ${LEVELS.join(', ')}, got "${v}"` });
        return z.NEVER;
      }
      return s as (typeof LEVELS)[number];
    }),
});

export interface Config {
  discord: {
    token?: string;
    applicationId?: string;
    guildId?: string;
    apiUrl: string;
    registerCommands: boolean;
  };
  slack: {
    botToken?: string;
    signingSecret?: string;
    appToken?: string;
    port: number;
    apiUrl: string;
  };
  dbPath: string;
  briefingsDir: string;
  timeZone: string;
  pollMinutes: number;
  /** Feeds one server/workspace (or DM channel) may follow (NEWSBRIEF_MAX_FEEDS, default 50). */
  maxFeedsPerScope: number;
  allowPrivateUrls: boolean;
  catchUpHours: number;
  /** LOG_LEVEL when set; otherwise the entry point picks (info, or warn on the console). */
  logLevel: (typeof LEVELS)[number] | undefined;
  /** LOG_FORMAT: JSON lines (default) or readable lines for people. */
  logFormat: 'json' | 'pretty';
}

/** Raised when configuration is invalid; the message lists every bad variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Validate an environment (process.env by default) into a Config. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const r = EnvSchema.safeParse(env);
  if (!r.success) {
    const bad = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${bad.join('; ')}`);
  }
  const e = r.data;
  const problems: string[] = [];
  if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    problems.push('SLACK_SIGNING_SECRET: required for HTTP mode when SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN');
  }
  if (e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID) {
    problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  }
  if (problems.length) throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  return {
    discord: {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      guildId: e.DISCORD_GUILD_ID,
      apiUrl: e.DISCORD_API_URL,
      registerCommands: e.DISCORD_REGISTER_COMMANDS,
    },
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      port: e.SLACK_PORT,
      apiUrl: e.SLACK_API_URL,
    },
    dbPath: e.NEWSBRIEF_DB,
    briefingsDir: e.NEWSBRIEF_BRIEFINGS,
    timeZone: e.NEWSBRIEF_TZ,
    pollMinutes: e.NEWSBRIEF_POLL_MINUTES,
    maxFeedsPerScope: e.NEWSBRIEF_MAX_FEEDS,
    allowPrivateUrls: e.NEWSBRIEF_ALLOW_PRIVATE_URLS,
    catchUpHours: e.NEWSBRIEF_CATCHUP_HOURS,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
  };
}

/** Load .env (if present, never overriding real variables) and validate process.env. */
export async function loadConfig(): Promise<Config> {
  const dotenv = await import('dotenv');
  dotenv.config({ quiet: true });
  return parseConfig(process.env);
}
