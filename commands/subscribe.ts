/**
 * /subscribe [time] [timezone]: this channel gets a news digest every day at a local time
 * (`08:00`, `7:30pm`) or on a 5-field cron schedule (`0 8 * * 1-5`), in an IANA time zone
 * (default NEWSBRIEF_TZ). Subscribing again changes the schedule. Only people who may manage
 * the channel (`ctx.canManageChannel`, filled by each adapter) can change its schedule.
 * `include:` / `exclude:` (words or phrases, comma-separated; src/alerts/filter.ts) choose the
 * stories the digest carries; subscribing again without them drops the filter.
 * When the adapter is running, a public notice is posted in the channel: if the bot cannot
 * post there, the subscription is undone and the user is told why.
 */
import { describeFilter, parseFilterList, type StoryFilter } from '../src/alerts/filter.ts';
import { PostError, UserError } from '../src/core/errors.ts';
import type { Message } from '../src/core/message/message.ts';
import { infoMessage } from '../src/core/message/build.ts';
import { wordsOf } from '../src/conversation/platform-words.ts';
import {
  checkDigestInterval,
  DEFAULT_DAILY_TIME,
  describeSchedule,
  looksLikeTimeZone,
  nextSlot,
  parseSchedule,
  parseTimeZone,
  type Schedule,
} from '../src/core/schedule/schedule.ts';
import { formatLocal } from '../src/core/schedule/zoned-time.ts';
import type { Subscription } from '../src/store/types.ts';
import type { Command, CommandArgs, CommandContext } from './types.ts';

/** Refuse schedule changes to people the platform does not let manage this channel. */
export function requireScheduleRights(ctx: CommandContext): void {
  if (!ctx.canManageChannel) {
    throw new UserError('Only people who may manage this channel can change its digest schedule.', 'forbidden');
  }
}

/** `daily at 08:00 (Europe/London)`, and its filter: `…, only stories mentioning "rate cut"`. */
export function describeSubscription(sub: Pick<Subscription, 'schedule' | 'timeZone' | 'filter'>): string {
  const filter = sub.filter ? describeFilter(sub.filter) : '';
  return `${describeSchedule(parseSchedule(sub.schedule))} (${sub.timeZone})${filter ? `, ${filter}` : ''}`;
}

/**
 * Split a text line into a time (daily time or cron) and a time zone: the zone, when given,
 * is the last word (`0 8 * * 1-5 Europe/London`, `08:00 UTC`, `Asia/Tokyo`). Named forms
 * `time:...` and `timezone:...` work too.
 */
export function splitTimeAndZone(text: string): { time?: string; timezone?: string } {
  const out: { time?: string; timezone?: string } = {};
  const rest: string[] = [];
  for (const tok of text.trim().split(/\s+/).filter(Boolean)) {
    const named = /^(time|timezone|tz|zone):(.+)$/i.exec(tok);
    if (named) {
      if (named[1].toLowerCase() === 'time') out.time = named[2];
      else out.timezone = named[2];
    } else rest.push(tok.replace(/^["“']+|["”']+$/g, ''));
  }
  const last = rest[rest.length - 1];
  if (!out.timezone && last !== undefined && looksLikeZoneWord(last)) out.timezone = rest.pop();
  if (rest.length) out.time = [out.time, ...rest].filter(Boolean).join(' ');
  return out;
}

/** A zone, not a cron field or a time (`MON`, `1-5`, `8am` are not zones; `UTC`, `Europe/Paris`, `Mars/Olympus` are). */
function looksLikeZoneWord(tok: string): boolean {
  if (/^[\d*?/,\-:]+$/.test(tok) || /^\d/.test(tok)) return false;
  if (/^(am|pm)$/i.test(tok)) return false;
  if (/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat)([-,].*)?$/i.test(tok)) return false;
  return looksLikeTimeZone(tok);
}

/** The refusal when the bot may not post in the channel: the platform's own fix comes with the error. */
function cannotPost(e: PostError): string {
  return `I cannot post in this channel (${e.code}), so it was not subscribed: ${e.hint ?? 'make sure I may post here and try again'}.`;
}

function textArgs(text: string): CommandArgs {
  // include:/exclude: run to the next of them or the end of the line: the time and zone come
  // before them. Checked in run(), where a bad one is refused in one sentence.
  const marks = [...text.matchAll(/\b(include|exclude):/gi)];
  const out: CommandArgs = {};
  for (const [i, m] of marks.entries()) {
    const kind = m[1].toLowerCase();
    const value = text.slice(m.index + m[0].length, i + 1 < marks.length ? marks[i + 1].index : text.length).trim();
    out[kind] = [out[kind], value].filter(Boolean).join(', ');
  }
  const { time, timezone } = splitTimeAndZone(marks.length ? text.slice(0, marks[0].index) : text);
  return { time, timezone, ...out };
}

/** The filter given as options (each a comma-separated list), or null for every story. */
function filterArgs(args: CommandArgs): StoryFilter | null {
  const list = (v: unknown, what: 'include' | 'exclude') => (typeof v === 'string' ? parseFilterList(v, what) : []);
  const filter = { include: list(args.include, 'include'), exclude: list(args.exclude, 'exclude') };
  return filter.include.length || filter.exclude.length ? filter : null;
}

export const subscribe = {
  name: 'subscribe',
  description: 'Get a news digest in this channel daily (or on a cron schedule)',
  options: [
    { name: 'time', description: 'Daily time like 08:00, or a cron like "0 8 * * 1-5" (default 08:00)', type: 'string' },
    { name: 'timezone', description: 'IANA time zone like Europe/London (default: the bot’s)', type: 'string', autocomplete: true },
    { name: 'include', description: 'Only stories mentioning one of these words or phrases (comma-separated)', type: 'string' },
    { name: 'exclude', description: 'No stories mentioning these words or phrases (comma-separated)', type: 'string' },
  ],
  parseText: textArgs,
  async run(ctx, args): Promise<Message> {
    requireScheduleRights(ctx);
    let time = typeof args.time === 'string' && args.time.trim() ? args.time : undefined;
    let zone = typeof args.timezone === 'string' && args.timezone.trim() ? args.timezone : undefined;
    if (time && !zone) {
      // "0 8 * * 1-5 Europe/London" typed into the one field.
      const split = splitTimeAndZone(time);
      time = split.time;
      zone = split.timezone;
    }
    const schedule: Schedule = parseSchedule(time ?? DEFAULT_DAILY_TIME);
    checkDigestInterval(schedule, time ?? DEFAULT_DAILY_TIME, ctx.services.config.minDigestMinutes);
    const filter = filterArgs(args);
    const now = ctx.services.now();
    const timeZone = parseTimeZone(zone ?? ctx.services.config.timeZone, now);

    const { store, postToChannel } = ctx.services;
    const { subscription, previous } = await store.subscriptions.upsert(
      { platform: ctx.platform, channelId: ctx.channelId, guildId: ctx.guildId, schedule: schedule.expression, timeZone, createdBy: ctx.user.id, filter },
      now,
    );
    const what = describeSubscription(subscription);
    const next = nextSlot(schedule, timeZone, now);
    const nextText = next ? `The next one is due ${formatLocal(next, timeZone)}.` : '';
    const was = previous ? ` (was ${describeSubscription(previous)})` : '';

    let announced = false;
    // Announced in the channel too, where others see it (not on the console: only the user does).
    if (postToChannel && wordsOf(ctx).announces) {
      const notice = infoMessage(`This channel now gets a news digest ${what}, set by ${ctx.user.name ?? 'a member'}. ${nextText}`.trim(), {
        title: 'News digest subscribed',
      });
      try {
        await postToChannel(ctx.platform, ctx.channelId, notice);
        announced = true;
      } catch (e) {
        if (e instanceof PostError && !e.retryable) {
          // Put back exactly what was there: nothing stored is lost by a failed subscribe.
          if (previous) await store.subscriptions.restore(previous);
          else await store.subscriptions.remove(ctx.platform, ctx.channelId);
          throw new UserError(cannotPost(e), 'cannot_post');
        }
        ctx.log.warn({ err: e }, 'could not post the subscription notice; the subscription stands');
      }
    }
    // Not titled "News digest": this is a confirmation, not a digest.
    return infoMessage(`Subscribed: this channel gets a news digest ${what}${was}. ${nextText}`.trim(), {
      title: 'Digest subscription',
      ephemeral: announced,
    });
  },
  async complete(_ctx, option, partial) {
    if (option !== 'timezone') return [];
    const p = partial.trim().toLowerCase().replace(/\s+/g, '_');
    const zones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
    return zones
      .filter((z) => !p || z.toLowerCase().includes(p))
      .slice(0, 25)
      .map((z) => ({ name: z, value: z }));
  },
} satisfies Command;
