/**
 * Message -> Slack payloads `{text, blocks}` (Block Kit). Article text is escaped (`&`, `<`,
 * `>`) so `<!channel>`, `<!here>`, `<@U…>` and links cannot be formed; limits hold: header 150,
 * section text 3000, context element 3000 (10 per block), 50 blocks a message.
 */
import type { Message } from '../core/message/message.ts';
import { isLinkable, splitText, trimText } from './split.ts';

export const SLACK_LIMITS = { header: 150, section: 3000, context: 3000, blocks: 50, text: 3000, buttonText: 75, actionId: 255, value: 2000 } as const;

export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji?: boolean } }
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] }
  | { type: 'divider' }
  | { type: 'actions'; elements: { type: 'button'; text: { type: 'plain_text'; text: string }; action_id: string; value: string }[] };

export interface SlackPayload {
  text: string;
  blocks: SlackBlock[];
  /** Show only to the user who asked (for `respond`). */
  ephemeral?: boolean;
}

/** Escape text for Slack mrkdwn and the `text` field: only `&`, `<` and `>` are control characters. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function link(url: string | null | undefined, label: string): string {
  const l = escapeSlack(label).replace(/\|/g, '¦');
  if (!isLinkable(url) || /[<>|\s]/.test(url)) return l;
  return `<${url}|${l}>`;
}

function sections(mrkdwn: string): SlackBlock[] {
  return splitText(mrkdwn, SLACK_LIMITS.section).map((t) => ({ type: 'section', text: { type: 'mrkdwn', text: t } }) as SlackBlock);
}

/** Render a message as one or more Slack payloads. */
export function renderSlack(m: Message): SlackPayload[] {
  const blocks: SlackBlock[] = [];
  if (m.title) blocks.push({ type: 'header', text: { type: 'plain_text', text: trimText(m.title.replace(/\s+/g, ' '), SLACK_LIMITS.header), emoji: false } });
  if (m.title && isLinkable(m.url)) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: trimText(link(m.url, 'Read the article'), SLACK_LIMITS.context) }] });
  if (m.text) blocks.push(...sections(m.kind === 'briefing' ? `*TL;DR:* ${escapeSlack(m.text)}` : escapeSlack(m.text)));
  if (m.bullets?.length) blocks.push(...sections(m.bullets.map((b) => `• ${escapeSlack(b)}`).join('\n')));
  for (const s of m.sections ?? []) {
    blocks.push(...sections([`*${link(s.url, s.heading)}*`, s.text ? escapeSlack(s.text) : ''].filter(Boolean).join('\n')));
    if (s.note) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: trimText(escapeSlack(s.note), SLACK_LIMITS.context) }] });
  }
  if (m.fields?.length) {
    blocks.push(...sections(m.fields.map((f) => `*${escapeSlack(f.name)}:* ${escapeSlack(f.value)}`).join('\n')));
  }
  if (m.links?.length) blocks.push(...sections(m.links.map((l) => link(l.url, l.label)).join('\n')));
  if (m.footer) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: trimText(escapeSlack(m.footer), SLACK_LIMITS.context) }] });
  if (m.actions?.length) {
    blocks.push({
      type: 'actions',
      elements: m.actions.slice(0, 5).map((a) => ({
        type: 'button',
        text: { type: 'plain_text', text: trimText(a.label, SLACK_LIMITS.buttonText) },
        action_id: a.id.slice(0, SLACK_LIMITS.actionId),
        value: a.id.slice(0, SLACK_LIMITS.value),
      })),
    });
  }
  const fallback = trimText(escapeSlack([m.title, m.text].filter(Boolean).join(': ') || m.kind), SLACK_LIMITS.text);
  const out: SlackPayload[] = [];
  for (let i = 0; i < blocks.length || i === 0; i += SLACK_LIMITS.blocks) {
    out.push({ text: fallback, blocks: blocks.slice(i, i + SLACK_LIMITS.blocks), ...(m.ephemeral ? { ephemeral: true } : {}) });
  }
  return out;
}
