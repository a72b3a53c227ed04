/**
 * Issue #17 items 7 and 8: wording and layout a new user meets in the first hour, and logs
 * a person can read.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { everyMinutes } from '../../commands/sources.ts';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { commandRig } from '../helpers/command-rig.ts';

describe('wording', () => {
  it('a feed checked every minute is not "checked every 1 minutes"', () => {
    expect(everyMinutes(1)).toBe('every minute');
    expect(everyMinutes(15)).toBe('every 15 minutes');
  });

  it('/subscribe confirms under its own heading, not "News digest"', async () => {
    const m = await commandRig().line('/subscribe 07:30 Europe/London');
    expect(m.kind).toBe('info');
    expect(m.title).toBe('Digest subscription');
    expect(m.text).toMatch(/^Subscribed: this channel gets a news digest daily at 07:30 \(Europe\/London\)\./);
  });

  it('/digest on an empty library says the library is empty, not "Nothing new since the last digest"', async () => {
    const m = await commandRig().line('/digest');
    expect(m).toMatchObject({
      kind: 'error',
      text: 'The library is empty: put article files in the briefings folder, or follow a feed with /sources add <url>.',
    });
  });
});

describe('LOG_FORMAT', () => {
  const capture = () => {
    let text = '';
    const stream = new Writable({
      write(c, _e, cb) {
        text += String(c);
        cb();
      },
    });
    return { stream, text: () => text };
  };

  it('json (the default) writes one JSON object per line', () => {
    expect(parseConfig({}).logFormat).toBe('json');
    const c = capture();
    createLogger('info', c.stream, parseConfig({}).logFormat).info({ feed: 'f1' }, 'feed polled');
    expect(JSON.parse(c.text())).toMatchObject({ msg: 'feed polled', feed: 'f1', level: 30 });
  });

  it('pretty writes a readable line with the level, the message and the fields, secrets still redacted', () => {
    const c = capture();
    const log = createLogger('info', c.stream, parseConfig({ LOG_FORMAT: 'pretty' }).logFormat);
    log.warn({ feed: 'f1', token: 'xoxb-secret' }, 'feed poll failed');
    const out = c.text();
    expect(out).toMatch(/WARN.*feed poll failed/);
    expect(out).toMatch(/feed: "f1"/);
    expect(out).not.toContain('xoxb-secret');
    expect(() => JSON.parse(out)).toThrow();
  });

  it('anything else is a configuration error', () => {
    expect(() => parseConfig({ LOG_FORMAT: 'xml' })).toThrow(ConfigError);
    expect(() => parseConfig({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT: expected json or pretty, got "xml"');
  });
});
