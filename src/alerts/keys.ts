/**
 * How alerts are named: in the alert log (one entry per channel and story, one cap slot per
 * alert of a channel's hour, one roll-up per channel and release time) and on the platform (a
 * dedupe key short enough for a Discord nonce, at most 25 characters).
 */
import { createHash } from 'node:crypto';

/** The log key of a story in a channel: one alert (or update, or held entry) per channel and story. */
export function alertKey(platform: string, channelId: string, articleId: string): string {
  return `${platform}:${channelId}:${articleId}`;
}

/** The log key of a channel's roll-up released at `releaseAt`. */
export function rollupKey(platform: string, channelId: string, reason: 'storm' | 'quiet', releaseAt: string): string {
  return `${platform}:${channelId}:rollup-${reason}:${releaseAt}`;
}

/** The clock hour (UTC) storm control counts alerts in: `2026030108`. */
export function hourOf(now: Date): string {
  return now.toISOString().slice(0, 13).replace(/[-T]/g, '');
}

/** When the clock hour of `now` ends (its roll-up is due then). */
export function hourEnd(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 + 3_600_000);
}

/** The n-th (1-based) alert of a channel's clock hour: unique, so the cap holds across processes. */
export function capSlot(platform: string, channelId: string, hour: string, n: number): string {
  return `${platform}:${channelId}:${hour}:${n}`;
}

/** The platform dedupe key of a log entry: `al` + 23 hex characters of its hash (25 in all). */
export function postKey(key: string): string {
  return `al${createHash('sha256').update(key).digest('hex').slice(0, 23)}`;
}
