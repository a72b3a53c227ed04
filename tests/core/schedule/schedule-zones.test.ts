/**
 * An independent check of the schedule's slots: the expected instants below were worked out by
 * hand from each zone's published rules (offset before and after, the night the clocks change),
 * not produced by the code under test. Each comment gives the local time the instant stands for.
 */
import { describe, expect, it } from 'vitest';
import { latestSlot, nextSlot, parseSchedule, slotsBetween } from '../../../src/core/schedule/schedule.ts';

const between = (expr: string, tz: string, from: string, to: string) =>
  slotsBetween(parseSchedule(expr), tz, new Date(from), new Date(to)).map((d) => d.toISOString().replace(':00.000Z', 'Z'));
const next = (expr: string, tz: string, after: string) => nextSlot(parseSchedule(expr), tz, new Date(after))?.toISOString().replace(':00.000Z', 'Z');
const latest = (expr: string, tz: string, from: string, to: string) =>
  latestSlot(parseSchedule(expr), tz, new Date(from), new Date(to))?.toISOString().replace(':00.000Z', 'Z') ?? null;

describe('schedule slots written out by hand', () => {
  it('New York, 8 March 2026 (02:00 EST -> 03:00 EDT): 02:30 does not exist and runs at 03:30 EDT', () => {
    expect(between('30 2 * * *', 'America/New_York', '2026-03-07T00:00Z', '2026-03-10T00:00Z')).toEqual([
      '2026-03-07T07:30Z', // Sat 02:30 EST (UTC-5)
      '2026-03-08T07:30Z', // Sun 03:30 EDT (UTC-4): the skipped 02:30, an hour later
      '2026-03-09T06:30Z', // Mon 02:30 EDT
    ]);
  });

  it('New York, 1 November 2026 (02:00 EDT -> 01:00 EST): 01:30 happens twice and runs once, the first time', () => {
    expect(between('30 1 * * *', 'America/New_York', '2026-10-31T12:00Z', '2026-11-02T12:00Z')).toEqual([
      '2026-11-01T05:30Z', // Sun 01:30 EDT (UTC-4), not 06:30Z (01:30 EST)
      '2026-11-02T06:30Z', // Mon 01:30 EST (UTC-5)
    ]);
  });

  it('Sydney, southern hemisphere: clocks go back on 5 April and forward on 4 October 2026', () => {
    expect(between('30 2 * * *', 'Australia/Sydney', '2026-04-04T00:00Z', '2026-04-06T00:00Z')).toEqual([
      '2026-04-04T15:30Z', // Sun 5 Apr 02:30 AEDT (UTC+11), the first of two 02:30s
      '2026-04-05T16:30Z', // Mon 6 Apr 02:30 AEST (UTC+10)
    ]);
    expect(next('30 2 * * *', 'Australia/Sydney', '2026-10-03T00:00Z')).toBe('2026-10-03T16:30Z'); // Sun 4 Oct 03:30 AEDT
  });

  it('Lord Howe Island moves its clocks by half an hour', () => {
    expect(between('45 1 * * *', 'Australia/Lord_Howe', '2026-04-04T00:00Z', '2026-04-06T00:00Z')).toEqual([
      '2026-04-04T14:45Z', // Sun 5 Apr 01:45 at UTC+11, the first of two
      '2026-04-05T15:15Z', // Mon 6 Apr 01:45 at UTC+10:30
    ]);
    // 4 Oct: 02:00 -> 02:30, so 02:15 does not exist and runs half an hour later, 02:45 at UTC+11.
    expect(next('15 2 * * *', 'Australia/Lord_Howe', '2026-10-03T12:00Z')).toBe('2026-10-03T15:45Z');
  });

  it('Santiago changes at midnight: 5 Sept 2026 24:00 -04 is 6 Sept 01:00 -03, so a midnight slot runs at 01:00', () => {
    expect(between('0 0 * * *', 'America/Santiago', '2026-09-04T12:00Z', '2026-09-07T12:00Z')).toEqual([
      '2026-09-05T04:00Z', // Sat 00:00 -04
      '2026-09-06T04:00Z', // Sun 01:00 -03 (00:00 skipped)
      '2026-09-07T03:00Z', // Mon 00:00 -03
    ]);
    // 4 April 2026, 24:00 -03 goes back to 23:00 -04: Saturday's 23:30 runs once, at -03.
    expect(between('30 23 * * *', 'America/Santiago', '2026-04-04T12:00Z', '2026-04-05T12:00Z')).toEqual(['2026-04-05T02:30Z']);
  });

  it('weekday schedules in a zone with no DST and across a European clock change', () => {
    // Kolkata is UTC+5:30 all year: Friday 27 March 09:00 IST, then Monday 30 March.
    expect(latest('0 9 * * 1-5', 'Asia/Kolkata', '2026-03-26T12:00Z', '2026-03-28T12:00Z')).toBe('2026-03-27T03:30Z');
    expect(next('0 9 * * 1-5', 'Asia/Kolkata', '2026-03-27T03:30Z')).toBe('2026-03-30T03:30Z');
    // Berlin: Friday 08:00 CET (UTC+1), Monday after the 29 March change 08:00 CEST (UTC+2).
    expect(between('0 8 * * MON-FRI', 'Europe/Berlin', '2026-03-27T00:00Z', '2026-03-31T00:00Z')).toEqual(['2026-03-27T07:00Z', '2026-03-30T06:00Z']);
  });

  it('an every-30-minutes schedule on the London spring-forward night runs each real half hour once', () => {
    // 01:00 GMT becomes 02:00 BST at 01:00Z: 00:30 GMT, then 02:00 BST, 02:30 BST, 03:00 BST.
    expect(between('*/30 * * * *', 'Europe/London', '2026-03-29T00:00Z', '2026-03-29T02:00Z')).toEqual([
      '2026-03-29T00:30Z',
      '2026-03-29T01:00Z',
      '2026-03-29T01:30Z',
      '2026-03-29T02:00Z',
    ]);
  });
});
