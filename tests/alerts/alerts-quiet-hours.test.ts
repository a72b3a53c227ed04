/** Quiet hours (src/alerts/quiet-hours.ts): reading the window and finding its end on the channel's clock. */
import { describe, expect, it } from 'vitest';
import { parseQuietHours, quietUntil } from '../../src/alerts/quiet-hours.ts';

describe('quiet hours', () => {
  it('reads a window in the forms people type, and off', () => {
    expect(parseQuietHours('22:00-07:00')).toBe('22:00-07:00');
    expect(parseQuietHours('22-7')).toBe('22:00-07:00');
    expect(parseQuietHours(' 9:30 – 17:15 ')).toBe('09:30-17:15');
    expect(parseQuietHours('off')).toBeNull();
  });

  it('refuses what is not a window, in one sentence', () => {
    expect(() => parseQuietHours('night')).toThrow('"night" is not a quiet-hours window: write it like quiet:22:00-07:00 (or quiet:off).');
    expect(() => parseQuietHours('25:00-07:00')).toThrow(/not a quiet-hours window/);
    expect(() => parseQuietHours('07:00-07:00')).toThrow(/start and end at the same time/);
  });

  it('a window across midnight ends the next morning, on the zone’s clock', () => {
    // 23:30 in New York (UTC-5 in January) is 04:30 UTC; quiet ends at 07:00 local = 12:00 UTC.
    expect(quietUntil('22:00-07:00', new Date('2026-01-11T04:30:00Z'), 'America/New_York')?.toISOString()).toBe('2026-01-11T12:00:00.000Z');
    // 03:00 local, after midnight: the same morning.
    expect(quietUntil('22:00-07:00', new Date('2026-01-11T08:00:00Z'), 'America/New_York')?.toISOString()).toBe('2026-01-11T12:00:00.000Z');
    // 12:00 local: not quiet.
    expect(quietUntil('22:00-07:00', new Date('2026-01-11T17:00:00Z'), 'America/New_York')).toBeNull();
  });

  it('follows the clock change: the end is 07:00 local on the morning after spring-forward', () => {
    // London, 29 March 2026: clocks go from 01:00 GMT to 02:00 BST; 07:00 BST is 06:00 UTC.
    expect(quietUntil('22:00-07:00', new Date('2026-03-28T23:00:00Z'), 'Europe/London')?.toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });

  it('a daytime window', () => {
    expect(quietUntil('09:00-17:00', new Date('2026-06-01T10:00:00Z'), 'UTC')?.toISOString()).toBe('2026-06-01T17:00:00.000Z');
    expect(quietUntil('09:00-17:00', new Date('2026-06-01T17:00:00Z'), 'UTC')).toBeNull();
  });
});
