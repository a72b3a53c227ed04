/**
 * The only module that reads process.env. Loads .env with dotenv, validates with zod and
 * names every bad variable in one error.
 */
import path from 'node:path';
import { z } from 'zod';
import { unknownSettings } from './config-unknown.ts';
import { readTimeZone } from './core/schedule/time-zone-names.ts';

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

/**
 * An optional text setting: unset or blank is undefined, else the trimmed value, which `check`
 * may refuse (its messages quote `raw`, the value as it was written) or turn into another.
 */
const optText = <T = string>(check: (s: string, raw: string, ctx: z.RefinementCtx) => T = (s) => s as T) =>
  z
    .string()
    .optional()
    .transform((v, ctx): T | undefined => (v === undefined || v.trim() === '' ? undefined : check(v.trim(), v, ctx)));

const optStr = optText();

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

/** DISCORD_SHARDS: `auto` (Discord's recommended count) or a whole number of shards. */
const shardCount = z
  .string()
  .optional()
  .transform((v, ctx): number | 'auto' | undefined => {
    if (v === undefined || v.trim() === '') return undefined;
    const s = v.trim().toLowerCase();
    if (s === 'auto') return 'auto';
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1 || n > 10_000) {
      ctx.addIssue({ code: 'custom', message: `expected auto or a whole number of shards from 1 to 10000, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });

/** DISCORD_SHARD_IDS: this process's shards, e.g. `0,1` or `2-3`. */
const shardIds = z
  .string()
  .optional()
  .transform((v, ctx): number[] | undefined => {
    if (v === undefined || v.trim() === '') return undefined;
    const ids = new Set<number>();
    for (const part of v.split(',').map((p) => p.trim())) {
      const m = /^(\d+)(?:-(\d+))?$/.exec(part);
      if (!m || (m[2] !== undefined && Number(m[2]) < Number(m[1]))) {
        ctx.addIssue({ code: 'custom', message: `expected shard numbers such as 0,1 or 2-3, got "${v}"` });
        return z.NEVER;
      }
      for (let i = Number(m[1]); i <= Number(m[2] ?? m[1]); i++) ids.add(i);
    }
    return [...ids].sort((a, b) => a - b);
  });

/**
 * A Discord id (a snowflake: digits only). A name or a pasted URL would only fail later, at
 * command registration, with Discord's answer instead of the variable's name.
 */
const snowflake = optText((s, v, ctx) => {
  if (!/^\d{1,20}$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: `expected a numeric id such as 123456789012345678 (Developer Mode: right-click → Copy ID), got "${v}"` });
    return z.NEVER;
  }
  return s;
});

/**
 * A Slack token of one kind: the bot token (xoxb-…) and the app-level token (xapp-…) are easily
 * swapped, and Slack would only say "invalid_auth" (or "not_allowed_token_type") at start-up.
 */
const slackToken = (kind: 'bot' | 'app') =>
  optText((s, _raw, ctx) => {
    const ok = kind === 'bot' ? s.startsWith('xox') : s.startsWith('xapp');
    if (!ok) {
      const swapped = kind === 'bot' ? s.startsWith('xapp') : s.startsWith('xox');
      ctx.addIssue({
        code: 'custom',
        message:
          kind === 'bot'
            ? swapped
              ? 'this is an app-level token (xapp-…), which goes in SLACK_APP_TOKEN; the bot token starts with xoxb- (OAuth & Permissions → Bot User OAuth Token)'
              : 'expected the bot token, which starts with xoxb- (OAuth & Permissions → Bot User OAuth Token)'
            : swapped
              ? 'this is a bot or user token (xox…), which goes in SLACK_BOT_TOKEN; the app-level token starts with xapp- (Basic Information → App-Level Tokens)'
              : 'expected the app-level token, which starts with xapp- (Basic Information → App-Level Tokens)',
      });
      return z.NEVER;
    }
    return s;
  });

const EnvSchema = z.object({
  DISCORD_TOKEN: optStr,
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_URL: url('https://discord.com/api'),
  DISCORD_REGISTER_COMMANDS: bool(true),
  DISCORD_SHARDS: shardCount,
  DISCORD_SHARD_IDS: shardIds,
  SLACK_BOT_TOKEN: slackToken('bot'),
  SLACK_SIGNING_SECRET: optStr,
  SLACK_APP_TOKEN: slackToken('app'),
  SLACK_PORT: int(3000, 0, 65535),
  SLACK_API_URL: url('https://slack.com/api/'),
  NEWSBRIEF_DB: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const s = v && v.trim() ? v.trim() : 'data/newsbrief.db';
      // Any other URL (mysql://, a misspelt postgress://) was taken as a file path: the bot
      // quietly made a folder named "mysql:" and ran on a new, empty SQLite file.
      const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(s)?.[1];
      if (scheme && !/^postgres(ql)?$/i.test(scheme)) {
        ctx.addIssue({ code: 'custom', message: `"${scheme}://" is not a database newsbrief can use: give a SQLite file path (data/newsbrief.db) or a postgres:// URL` });
        return z.NEVER;
      }
      return s;
    }),
  NEWSBRIEF_BRIEFINGS: z.string().optional().transform((v) => (v && v.trim() ? v.trim() : 'briefings')),
  NEWSBRIEF_TZ: timeZone,
  NEWSBRIEF_POLL_MINUTES: int(15, 1, 24 * 60),
  NEWSBRIEF_MIN_DIGEST_MINUTES: int(60, 1, 24 * 60),
  NEWSBRIEF_ALERTS_PER_HOUR: int(10, 1, 1000),
  NEWSBRIEF_MAX_FEEDS: int(50, 1, 10_000),
  NEWSBRIEF_ALLOW_PRIVATE_URLS: bool(false),
  NEWSBRIEF_CATCHUP_HOURS: int(6, 0, 7 * 24),
  LOG_FORMAT: logFormat,
  NEWSBRIEF_RETENTION_DAYS: int(30, 0, 36_500),
  NEWSBRIEF_LEASE_SECONDS: int(600, 10, 86_400),
  NEWSBRIEF_SQLITE_WRITER: bool(true),
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

/** Every environment variable the bot reads (.env.example and the README's table list each one). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

export interface Config {
  discord: {
    token?: string;
    applicationId?: string;
    guildId?: string;
    apiUrl: string;
    registerCommands: boolean;
    /** DISCORD_SHARDS: total shards (`auto`: as Discord recommends); unset: one shard. */
    shards?: number | 'auto';
    /** DISCORD_SHARD_IDS: the shards this process runs (unset: all of them). */
    shardIds?: number[];
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
  /** Shortest time between two digests a new /subscribe may ask for (NEWSBRIEF_MIN_DIGEST_MINUTES, default 60). */
  minDigestMinutes: number;
  /** Live alerts per channel per clock hour before one roll-up (NEWSBRIEF_ALERTS_PER_HOUR, default 10). */
  alertsPerHour: number;
  /** Feeds one server/workspace (or DM channel) may follow (NEWSBRIEF_MAX_FEEDS, default 50). */
  maxFeedsPerScope: number;
  allowPrivateUrls: boolean;
  catchUpHours: number;
  /** Days feed articles are kept (NEWSBRIEF_RETENTION_DAYS, default 30; 0 keeps them forever). */
  retentionDays: number;
  /**
   * How long a digest claim is held without renewal before another process may take it over
   * (NEWSBRIEF_LEASE_SECONDS, default 600): how soon a dead process's digests are resumed.
   */
  leaseSeconds: number;
  /**
   * SQLite only: store feed polls on the write thread (NEWSBRIEF_SQLITE_WRITER, default true);
   * false writes them on the main connection (for debugging: slower, blocks commands longer).
   */
  sqliteWriteThread: boolean;
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
  if (e.DISCORD_SHARD_IDS) {
    if (typeof e.DISCORD_SHARDS !== 'number') {
      problems.push('DISCORD_SHARD_IDS: needs DISCORD_SHARDS set to the total number of shards (not auto) so processes agree on the split');
    } else if (e.DISCORD_SHARD_IDS.some((id) => id >= (e.DISCORD_SHARDS as number))) {
      problems.push(`DISCORD_SHARD_IDS: shard numbers run from 0 to ${e.DISCORD_SHARDS - 1} with DISCORD_SHARDS=${e.DISCORD_SHARDS}`);
    }
  }
  if (problems.length) throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  return {
    discord: {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      guildId: e.DISCORD_GUILD_ID,
      apiUrl: e.DISCORD_API_URL,
      registerCommands: e.DISCORD_REGISTER_COMMANDS,
      shards: e.DISCORD_SHARDS,
      shardIds: e.DISCORD_SHARD_IDS,
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
    minDigestMinutes: e.NEWSBRIEF_MIN_DIGEST_MINUTES,
    alertsPerHour: e.NEWSBRIEF_ALERTS_PER_HOUR,
    maxFeedsPerScope: e.NEWSBRIEF_MAX_FEEDS,
    allowPrivateUrls: e.NEWSBRIEF_ALLOW_PRIVATE_URLS,
    catchUpHours: e.NEWSBRIEF_CATCHUP_HOURS,
    retentionDays: e.NEWSBRIEF_RETENTION_DAYS,
    leaseSeconds: e.NEWSBRIEF_LEASE_SECONDS,
    sqliteWriteThread: e.NEWSBRIEF_SQLITE_WRITER,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
  };
}

let warned = false;

/** Load .env (if present, never overriding real variables) and validate process.env. */
export async function loadConfig(): Promise<Config> {
  const dotenv = await import('dotenv');
  const { readEnvFile } = await import('./config-env-file.ts');
  // Read here, not by dotenv.config(): a .env saved as UTF-16 or made a folder was ignored silently.
  const file = readEnvFile(path.resolve('.env'));
  dotenv.populate(process.env as Record<string, string>, file.parsed);
  const config = parseConfig(process.env);
  // Once per process (the CLI may load it twice): a misspelt variable is named, not ignored silently.
  if (!warned && file.warning) process.stderr.write(`newsbrief: ${file.warning}\n`);
  if (!warned) for (const w of unknownSettings(CONFIG_VARIABLES, Object.keys(process.env), Object.keys(file.parsed))) process.stderr.write(`newsbrief: ${w}\n`);
  warned = true;
  return config;
}
