/**
 * Message -> Discord message payloads (plain JSON, exactly as sent to the API). Every payload
 * carries `allowed_mentions: {parse: []}` and fits Discord's limits: content 2000, embed
 * title 256, description 4096, field name 256 / value 1024, 25 fields, footer 2048, 10 embeds
 * and 6000 characters of embed text per message. Long text is split at boundaries.
 */
import type { Message } from '../core/message/message.ts';
import { isLinkable, splitText, trimText } from './split.ts';

export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embeds: 10,
  embedTotal: 6000,
  customId: 100,
  buttonLabel: 80,
} as const;

export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

export interface DiscordButtonRow {
  type: 1;
  components: { type: 2; style: 1 | 2; label: string; custom_id: string }[];
}

export interface DiscordPayload {
  content?: string;
  embeds?: DiscordEmbed[];
  components?: DiscordButtonRow[];
  allowed_mentions: { parse: [] };
  /** 64 = ephemeral (interaction replies only). */
  flags?: number;
}

const COLORS: Record<Message['kind'], number> = {
  briefing: 0x2b6cb0, answer: 0x2f855a, digest: 0x6b46c1, help: 0x718096, error: 0xc53030, info: 0x718096,
};

/**
 * Neutralise article text for Discord: Markdown control characters are escaped so article
 * text cannot restyle the message, and mass mentions are broken with a zero-width space
 * (allowed_mentions already stops the ping; this also stops the highlight).
 */
export function escapeDiscord(text: string): string {
  return breakMentions(text)
    .replace(/([\\*_~`|>#[\]()-])/g, (c, _x, i: number, s: string) => (c === '-' || c === '#' || c === '>' ? (atLineStart(s, i) ? `\\${c}` : c) : `\\${c}`));
}

/** Break mass and direct mentions in text that is not Markdown (titles, field names, footers). */
export function breakMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
}

/**
 * A URL as it may stand inside `[label](url)`: normalised (no spaces or raw `<>"`) and with its
 * parentheses percent-encoded, so a feed's URL cannot close the link early and add Markdown of
 * its own, and Discord does not refuse the embed for a malformed URL.
 */
export function linkTarget(url: string): string {
  return new URL(url).href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function atLineStart(s: string, i: number): boolean {
  return i === 0 || s[i - 1] === '\n';
}

function sumEmbed(e: DiscordEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Render a message as one or more Discord payloads. */
export function renderDiscord(m: Message): DiscordPayload[] {
  const flags = m.ephemeral ? 64 : undefined;
  // Errors and short notices go as plain content.
  if ((m.kind === 'error' || m.kind === 'info') && !m.title && !m.fields?.length && !m.bullets?.length && !m.sections?.length) {
    return splitText(escapeDiscord(m.text ?? ''), DISCORD_LIMITS.content).map((content) => ({
      content,
      allowed_mentions: { parse: [] },
      ...(flags ? { flags } : {}),
    }));
  }
  const color = COLORS[m.kind];
  const blocks: string[] = [];
  if (m.text) blocks.push(escapeDiscord(m.text));
  if (m.bullets?.length) blocks.push(m.bullets.map((b) => `• ${escapeDiscord(b)}`).join('\n'));
  for (const s of m.sections ?? []) {
    const heading = trimText(escapeDiscord(s.heading), 300);
    const head = isLinkable(s.url) ? `**[${heading}](${linkTarget(s.url)})**` : `**${heading}**`;
    blocks.push([head, s.text ? escapeDiscord(s.text) : '', s.note ? `*${escapeDiscord(s.note)}*` : ''].filter(Boolean).join('\n'));
  }
  if (m.links?.length) blocks.push(m.links.filter((l) => isLinkable(l.url)).map((l) => `[${escapeDiscord(l.label)}](${linkTarget(l.url)})`).join('\n'));
  const pieces = splitText(blocks.join('\n\n'), DISCORD_LIMITS.description);

  const embeds: DiscordEmbed[] = [];
  const first: DiscordEmbed = { color };
  if (m.title) first.title = trimText(breakMentions(m.title), DISCORD_LIMITS.title);
  if (isLinkable(m.url) && first.title) first.url = linkTarget(m.url);
  if (pieces[0]) first.description = pieces[0];
  embeds.push(first);
  for (const p of pieces.slice(1)) embeds.push({ color, description: p });

  for (const f of m.fields ?? []) {
    const values = splitText(escapeDiscord(f.value), DISCORD_LIMITS.fieldValue);
    values.forEach((value, i) => {
      const field = { name: trimText(breakMentions(i ? `${f.name} (cont.)` : f.name), DISCORD_LIMITS.fieldName), value, inline: f.inline };
      let last = embeds[embeds.length - 1];
      if ((last.fields?.length ?? 0) >= DISCORD_LIMITS.fields || sumEmbed(last) + field.name.length + field.value.length > DISCORD_LIMITS.embedTotal) {
        last = { color };
        embeds.push(last);
      }
      (last.fields ??= []).push(field);
    });
  }
  if (m.footer) {
    const text = trimText(breakMentions(m.footer), DISCORD_LIMITS.footer);
    let last = embeds[embeds.length - 1];
    if (sumEmbed(last) + text.length > DISCORD_LIMITS.embedTotal) {
      last = { color };
      embeds.push(last);
    }
    last.footer = { text };
  }

  // Pack embeds into messages: at most 10 embeds and 6000 characters of embed text each.
  const payloads: DiscordPayload[] = [];
  let current: DiscordEmbed[] = [];
  let total = 0;
  for (const e of embeds) {
    const n = sumEmbed(e);
    if (current.length && (current.length >= DISCORD_LIMITS.embeds || total + n > DISCORD_LIMITS.embedTotal)) {
      payloads.push({ embeds: current, allowed_mentions: { parse: [] }, ...(flags ? { flags } : {}) });
      current = [];
      total = 0;
    }
    current.push(e);
    total += n;
  }
  if (current.length) payloads.push({ embeds: current, allowed_mentions: { parse: [] }, ...(flags ? { flags } : {}) });

  const buttons = (m.actions ?? []).slice(0, 5).map((a) => ({
    type: 2 as const,
    style: 1 as const,
    label: trimText(breakMentions(a.label), DISCORD_LIMITS.buttonLabel),
    custom_id: a.id.slice(0, DISCORD_LIMITS.customId),
  }));
  if (buttons.length) payloads[payloads.length - 1].components = [{ type: 1, components: buttons }];
  return payloads;
}
