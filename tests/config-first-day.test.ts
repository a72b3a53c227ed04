/**
 * First-day configuration mistakes that used to pass validation and fail later with the
 * platform's answer (Slack's "invalid_auth", Discord's 404 at command registration) instead of
 * the variable's name: swapped Slack tokens, a Discord id that is not an id.
 */
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, parseConfig } from '../src/config.ts';
import { unknownSettings } from '../src/config-unknown.ts';

const problem = (env: Record<string, string>): string => {
  try {
    parseConfig(env);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

describe('configuration a new user gets wrong', () => {
  it('names a Slack token put in the other token variable, and where each comes from', () => {
    expect(problem({ SLACK_BOT_TOKEN: 'xapp-1-A1-abc', SLACK_SIGNING_SECRET: 's' })).toBe(
      'invalid configuration: SLACK_BOT_TOKEN: this is an app-level token (xapp-…), which goes in SLACK_APP_TOKEN; the bot token starts with xoxb- (OAuth & Permissions → Bot User OAuth Token)',
    );
    expect(problem({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-1' })).toMatch(/^invalid configuration: SLACK_APP_TOKEN: this is a bot or user token \(xox…\), which goes in SLACK_BOT_TOKEN; the app-level token starts with xapp-/);
    expect(problem({ SLACK_BOT_TOKEN: '8f2a9c', SLACK_SIGNING_SECRET: 's' })).toMatch(/^invalid configuration: SLACK_BOT_TOKEN: expected the bot token, which starts with xoxb-/);
    // Both wrong: one error naming both, as for every other variable.
    expect(problem({ SLACK_BOT_TOKEN: 'xapp-1', SLACK_APP_TOKEN: 'secret' })).toMatch(/SLACK_BOT_TOKEN: .*; SLACK_APP_TOKEN: expected the app-level token/);
  });

  it('refuses a database URL that is not PostgreSQL (it made a folder "mysql:" and an empty SQLite file)', () => {
    expect(problem({ NEWSBRIEF_DB: 'mysql://news:secret@db.example/news' })).toBe(
      'invalid configuration: NEWSBRIEF_DB: "mysql://" is not a database newsbrief can use: give a SQLite file path (data/newsbrief.db) or a postgres:// URL',
    );
    expect(problem({ NEWSBRIEF_DB: 'postgress://db.example/news' })).toMatch(/^invalid configuration: NEWSBRIEF_DB: "postgress:\/\/" is not/);
    // The password is not repeated in the error.
    expect(problem({ NEWSBRIEF_DB: 'mysql://news:secret@db.example/news' })).not.toContain('secret');
    expect(parseConfig({ NEWSBRIEF_DB: 'postgresql://db.example/news' }).dbPath).toBe('postgresql://db.example/news');
    expect(parseConfig({ NEWSBRIEF_DB: 'data/my:news.db' }).dbPath).toBe('data/my:news.db');
  });

  it('keeps right tokens as they are', () => {
    const c = parseConfig({ SLACK_BOT_TOKEN: ' xoxb-1-2-abc ', SLACK_APP_TOKEN: 'xapp-1-A1-abc' });
    expect(c.slack.botToken).toBe('xoxb-1-2-abc');
    expect(c.slack.appToken).toBe('xapp-1-A1-abc');
  });

  it('refuses a Discord application or server id that is not a number', () => {
    expect(problem({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'newsbrief' })).toBe(
      'invalid configuration: DISCORD_APPLICATION_ID: expected a numeric id such as 123456789012345678 (Developer Mode: right-click → Copy ID), got "newsbrief"',
    );
    expect(problem({ DISCORD_GUILD_ID: 'https://discord.com/channels/123/456' })).toMatch(/^invalid configuration: DISCORD_GUILD_ID: expected a numeric id/);
    expect(parseConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_GUILD_ID: ' 42 ' }).discord).toMatchObject({ applicationId: '123456789012345678', guildId: '42' });
  });
});

describe('a variable that is not a setting (session 9)', () => {
  it('names a misspelt setting with the one meant, instead of ignoring it silently', () => {
    expect(unknownSettings(CONFIG_VARIABLES, [], ['NEWSBRIEF_TIMEZONE', 'DISCORD_TOKN', 'NEWSBRIEF_POL_MINUTES'])).toEqual([
      'warning: NEWSBRIEF_TIMEZONE in .env is not a setting, so it is ignored: did you mean NEWSBRIEF_TZ?',
      'warning: DISCORD_TOKN in .env is not a setting, so it is ignored: did you mean DISCORD_TOKEN?',
      'warning: NEWSBRIEF_POL_MINUTES in .env is not a setting, so it is ignored: did you mean NEWSBRIEF_POLL_MINUTES?',
    ]);
    expect(unknownSettings(CONFIG_VARIABLES, ['NEWSBRIEF_COLOUR'], [])).toEqual(['warning: NEWSBRIEF_COLOUR is not a setting, so it is ignored (.env.example lists every setting)']);
  });

  it("leaves other programs' variables, the settings themselves and the test scripts' variables alone", () => {
    expect(unknownSettings(CONFIG_VARIABLES, ['PATH', 'HOME', 'DISCORD_TOKN', 'NEWSBRIEF_TZ', 'NEWSBRIEF_TEST_PG_URL', 'NEWSBRIEF_BENCH_PG_URL'], ['DATABASE_URL', 'SLACK_PORT'])).toEqual([]);
  });
});

describe('a .env name that is also a member of Object (session 24)', () => {
  it('is not "meant" as one of Object\'s functions', () => {
    expect(unknownSettings(CONFIG_VARIABLES, [], ['constructor', '__proto__', 'toString'])).toEqual([]);
  });
});
