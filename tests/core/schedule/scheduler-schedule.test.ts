/**
 * Schedules: daily times and 5-field cron in IANA zones; refusals that name the problem; slot
 * arithmetic through daylight-saving gaps and overlaps.
 */
import { describe, expect, it } from 'vitest';
import { describeSchedule, latestSlot, nextSlot, parseSchedule, parseTimeZone, slotsBetween } from '../../../src/core/schedule/schedule.ts';
import { formatLocal, zonedTimeToUtc } from '../../../src/core/schedule/zoned-time.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const between = (expr: string, tz: string, from: string, to: string) =>
  slotsBetween(parseSchedule(expr), tz, new Date(from), new Date(to)).map((d) => d.toISOString());

describe('parseSchedule', () => {
  it('reads daily times in several spellings and cron expressions with names, ranges, lists and steps', () => {
    expect(parseSchedule('08:00').expression).toBe('0 8 * * *');
    expect(parseSchedule('8:05').expression).toBe('5 8 * * *');
    expect(parseSchedule('7:30pm').expression).toBe('30 19 * * *');
    expect(parseSchedule('12 am').expression).toBe('0 0 * * *');
    expect(parseSchedule('0 8 * * MON-FRI').weekdays).toEqual([false, true, true, true, true, true, false]);
    expect(parseSchedule('*/15 9-17 * * 1-5').minutes).toEqual([0, 15, 30, 45]);
    expect(parseSchedule('0 8 1,15 * 7').weekdays[0]).toBe(true);
    expect(describeSchedule(parseSchedule('6:30'))).toBe('daily at 06:30');
    expect(describeSchedule(parseSchedule('0 8 * * 1-5'))).toBe('on cron "0 8 * * 1-5"');
  });

  it('refuses bad input with one sentence naming the problem', () => {
    const refusal = (s: string) => {
      try {
        parseSchedule(s);
        return 'accepted';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(refusal('61 * * * *')).toBe('"61 * * * *" is not a valid schedule: 61 is not a valid minute (0-59).');
    expect(refusal('0 24 * * *')).toMatch(/24 is not a valid hour \(0-23\)/);
    expect(refusal('25:00')).toBe('"25:00" is not a valid time of day: use HH:MM from 00:00 to 23:59.');
    expect(refusal('0 8 * *')).toMatch(/5-field cron expression .* not 4 fields/);
    expect(refusal('0 0 8 * * *')).toMatch(/not 6 fields/); // seconds are not offered: every minute is the finest
    expect(refusal('0 0 31 2 *')).toMatch(/never occurs/);
    expect(refusal('0 8 * * FUNDAY')).toMatch(/"FUNDAY" is not a valid day of week/);
    for (const bad of ['61 * * * *', '25:00', '0 8 * *', 'soon']) expect(refusal(bad).split('. ').length).toBe(1);
  });

  it('accepts IANA zones, canonicalised, and refuses others', () => {
    expect(parseTimeZone('europe/london')).toBe('Europe/London');
    expect(parseTimeZone('UTC')).toBe('UTC');
    expect(() => parseTimeZone('Mars/Olympus')).toThrow('"Mars/Olympus" is not a valid IANA time zone (for example Europe/London or America/New_York).');
    expect(() => parseTimeZone('+01:00')).toThrow(/not a valid IANA time zone/);
  });
});

describe('slots in a time zone', () => {
  it('keeps 08:00 local across DST: London moves from 08:00Z to 07:00Z, New York from 13:00Z to 12:00Z', () => {
    expect(between('08:00', 'Europe/London', '2026-03-28T00:00Z', '2026-03-30T00:00Z')).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
    ]);
    expect(between('08:00', 'America/New_York', '2026-10-31T00:00Z', '2026-11-03T00:00Z')).toEqual([
      '2026-10-31T12:00:00.000Z',
      '2026-11-01T13:00:00.000Z',
      '2026-11-02T13:00:00.000Z',
    ]);
  });

  it('runs a time skipped by spring-forward once, an hour later, and a time repeated by fall-back once', () => {
    // 01:30 does not exist in London on 29 March 2026: it runs at 02:30 BST.
    expect(between('1:30', 'Europe/London', '2026-03-28T12:00Z', '2026-03-30T12:00Z')).toEqual([
      '2026-03-29T01:30:00.000Z',
      '2026-03-30T00:30:00.000Z',
    ]);
    expect(formatLocal(new Date('2026-03-29T01:30:00Z'), 'Europe/London')).toBe('Sun 29 Mar 2026, 02:30 BST');
    // 01:30 happens twice on 25 October 2026: only the first (BST) one.
    expect(between('1:30', 'Europe/London', '2026-10-24T12:00Z', '2026-10-26T12:00Z')).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
    expect(zonedTimeToUtc({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }, 'Europe/London').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('agrees with Intl for every minute of DST days in zones with odd rules', () => {
    for (const [tz, day] of [
      ['America/New_York', '2026-03-08'],
      ['Australia/Lord_Howe', '2026-04-05'],
      ['America/Santiago', '2026-09-06'],
    ] as const) {
      const [y, m, d] = day.split('-').map(Number);
      const got = new Set(between('* * * * *', tz, new Date(Date.UTC(y, m - 1, d) - 86_400_000).toISOString(), new Date(Date.UTC(y, m - 1, d + 2)).toISOString()));
      for (let h = 0; h < 24; h++) {
        for (let mi = 0; mi < 60; mi++) {
          const want = zonedTimeToUtc({ year: y, month: m, day: d, hour: h, minute: mi }, tz).toISOString();
          if (!got.has(want)) throw new Error(`${tz} ${day} ${h}:${mi} -> ${want} missing`);
        }
      }
    }
  });

  it('finds the latest slot in a window and the next one, weekdays only when asked', () => {
    const weekdays = parseSchedule('0 8 * * 1-5');
    // Friday 27 March 2026 09:00 London: the latest was Friday 08:00, the next is Monday 08:00 BST.
    expect(iso(latestSlot(weekdays, 'Europe/London', new Date('2026-03-26T09:00Z'), new Date('2026-03-27T09:00Z')))).toBe('2026-03-27T08:00:00.000Z');
    expect(iso(nextSlot(weekdays, 'Europe/London', new Date('2026-03-27T09:00Z')))).toBe('2026-03-30T07:00:00.000Z');
    expect(latestSlot(weekdays, 'Europe/London', new Date('2026-03-27T08:00Z'), new Date('2026-03-27T09:00Z'))).toBeNull();
    expect(iso(nextSlot(parseSchedule('0 0 29 2 *'), 'UTC', new Date('2026-03-01T00:00Z')))).toBe('2028-02-29T00:00:00.000Z');
  });
});
