/**
 * Issue #17 item 1: abbreviations and offsets are refused everywhere a zone is read, with the
 * likely IANA names, instead of being mapped to a place nobody meant (BST -> Asia/Dhaka).
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../src/config.ts';
import { parseTimeZone } from '../../../src/core/schedule/schedule.ts';
import { readTimeZone } from '../../../src/core/schedule/time-zone-names.ts';
import { commandRig } from '../../helpers/command-rig.ts';

const SUMMER = new Date('2026-07-01T10:00:00Z');

describe('time zones a person types', () => {
  it('refuses abbreviations with the IANA names they usually mean', () => {
    expect(() => parseTimeZone('BST', SUMMER)).toThrow('"BST" is an ambiguous abbreviation, not a valid IANA time zone: did you mean Europe/London?');
    expect(() => parseTimeZone('EST', SUMMER)).toThrow(/did you mean America\/New_York/);
    expect(() => parseTimeZone('IST', SUMMER)).toThrow(/Asia\/Kolkata, Europe\/Dublin or Asia\/Jerusalem/);
    expect(() => parseTimeZone('pst', SUMMER)).toThrow(/America\/Los_Angeles/);
  });

  it('refuses fixed offsets, suggesting zones at that offset now', () => {
    expect(() => parseTimeZone('+01:00', SUMMER)).toThrow(/fixed offset.*daylight saving.*Europe\/London/);
    expect(() => parseTimeZone('UTC-4', SUMMER)).toThrow(/America\/New_York/);
    // Etc/GMT+5 is five hours behind UTC (POSIX sign): Chicago in summer.
    expect(() => parseTimeZone('Etc/GMT+5', SUMMER)).toThrow(/America\/Chicago/);
  });

  it('still takes IANA names in any case, and UTC', () => {
    expect(parseTimeZone('europe/london')).toBe('Europe/London');
    expect(parseTimeZone('UTC')).toBe('UTC');
    expect(parseTimeZone('Etc/UTC')).toBe('UTC');
    expect(readTimeZone('America/New_York')).toEqual({ zone: 'America/New_York' });
    expect(readTimeZone('Japan')).toEqual({ error: '"Japan" is not a valid IANA time zone name: did you mean Asia/Tokyo?' });
  });

  it('/subscribe 08:00 BST is refused in one sentence and nothing is subscribed', async () => {
    const rig = commandRig({ now: SUMMER });
    const m = await rig.line('/subscribe 08:00 BST');
    expect(m.kind).toBe('error');
    expect(m.text).toBe('"BST" is an ambiguous abbreviation, not a valid IANA time zone: did you mean Europe/London?');
    expect(await rig.services.store.subscriptions.get('console', 'C1')).toBeNull();
    const off = await rig.line('/subscribe 7:30pm +01:00');
    expect(off.kind).toBe('error');
    expect(off.text).toMatch(/^"\+01:00" is a fixed offset/);
    const ok = await rig.line('/subscribe 08:00 Europe/London');
    expect(ok.text).toMatch(/daily at 08:00 \(Europe\/London\)/);
  });

  it('NEWSBRIEF_TZ=BST is a configuration error naming the variable and the likely zone', () => {
    expect(() => parseConfig({ NEWSBRIEF_TZ: 'BST' })).toThrow(ConfigError);
    expect(() => parseConfig({ NEWSBRIEF_TZ: 'BST' })).toThrow(/NEWSBRIEF_TZ: "BST" is an ambiguous abbreviation.*did you mean Europe\/London\?/);
    expect(() => parseConfig({ NEWSBRIEF_TZ: '+05:30' })).toThrow(/NEWSBRIEF_TZ: "\+05:30" is a fixed offset/);
    expect(parseConfig({ NEWSBRIEF_TZ: 'asia/tokyo' }).timeZone).toBe('Asia/Tokyo');
  });
});
