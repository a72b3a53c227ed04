/**
 * Printing a Message (or a briefing) in the CLI's output formats.
 */
import { UserError } from '../core/errors.ts';
import type { Message } from '../core/message/message.ts';
import { renderDiscord } from '../render/discord.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { renderSlack } from '../render/slack.ts';

export const FORMATS = ['json', 'markdown', 'discord', 'slack'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(v: string | true | undefined, def: Format): Format {
  if (v === undefined) return def;
  if (typeof v === 'string' && (FORMATS as readonly string[]).includes(v)) return v as Format;
  throw new UserError(`--format must be one of ${FORMATS.join(', ')}`);
}

/** The text to print for a message in a platform format (json is the caller's own data). */
export function formatMessage(m: Message, format: Exclude<Format, 'json'>): string {
  if (format === 'markdown') return renderMarkdown(m);
  if (format === 'discord') return JSON.stringify(renderDiscord(m), null, 2);
  return JSON.stringify(renderSlack(m), null, 2);
}
