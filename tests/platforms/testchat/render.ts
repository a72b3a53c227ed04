/**
 * The test-only platform's renderer: a neutral Message as the plain text lines a very simple
 * chat would show, and its actions as buttons `[label](action id)`.
 */
import type { Message } from '../../../src/core/message/message.ts';

/** One posted message as text. */
export function renderTestChat(m: Message): string {
  const lines: string[] = [];
  if (m.title) lines.push(`# ${m.title}`);
  if (m.text) lines.push(m.text);
  for (const b of m.bullets ?? []) lines.push(`- ${b}`);
  for (const s of m.sections ?? []) lines.push(`## ${s.heading}`, ...(s.text ? [s.text] : []), ...(s.note ? [s.note] : []));
  for (const f of m.fields ?? []) lines.push(`${f.name}: ${f.value}`);
  if (m.footer) lines.push(`_${m.footer}_`);
  for (const a of m.actions ?? []) lines.push(`[${a.label}](${a.id})`);
  return lines.join('\n');
}
