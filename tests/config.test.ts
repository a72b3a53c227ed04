import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.ts';

describe('config', () => {
  it('has working defaults with an empty environment', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({
      dbPath: 'data/newsbrief.db', briefingsDir: 'briefings', timeZone: 'UTC', pollMinutes: 15, allowPrivateUrls: false,
      discord: { apiUrl: 'https://discord.com/api', registerCommands: true },
      slack: { apiUrl: 'https://slack.com/api/', port: 3000 },
    });
  });

  it('names every bad variable in one error', () => {
    let err: unknown;
    try {
      parseConfig({ NEWSBRIEF_TZ: 'Mars/Olympus', SLACK_PORT: '99999', NEWSBRIEF_ALLOW_PRIVATE_URLS: 'maybe', DISCORD_API_URL: 'ftp://x' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    for (const k of ['NEWSBRIEF_TZ', 'SLACK_PORT', 'NEWSBRIEF_ALLOW_PRIVATE_URLS', 'DISCORD_API_URL']) expect(msg).toContain(k);
    expect(msg).toContain('"Mars/Olympus" is not a valid IANA time zone');
    expect(msg.split('\n')).toHaveLength(1);
  });

  it('reads NEWSBRIEF_SQLITE_WRITER as true or false, and names a bad value in one line', () => {
    expect(parseConfig({}).sqliteWriteThread).toBe(true);
    for (const off of ['0', 'false', 'off', ' No ']) expect(parseConfig({ NEWSBRIEF_SQLITE_WRITER: off }).sqliteWriteThread).toBe(false);
    expect(parseConfig({ NEWSBRIEF_SQLITE_WRITER: '1' }).sqliteWriteThread).toBe(true);
    expect(() => parseConfig({ NEWSBRIEF_SQLITE_WRITER: 'inline' })).toThrow(
      new ConfigError('invalid configuration: NEWSBRIEF_SQLITE_WRITER: expected true or false, got "inline"'),
    );
  });

  it('needs the companions of a platform token', () => {
    expect(() => parseConfig({ DISCORD_TOKEN: 't' })).toThrow(/DISCORD_APPLICATION_ID/);
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'xapp' }).slack.appToken).toBe('xapp');
  });
});
