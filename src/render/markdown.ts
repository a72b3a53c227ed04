/**
 * Message -> plain Markdown, for the console and the CLI's `--format markdown`.
 */
import type { Message } from '../core/message/message.ts';

/** Render a message as Markdown text (ends without a trailing newline). */
export function renderMarkdown(m: Message): string {
  const out: string[] = [];
  if (m.title) out.push(`## ${oneLine(m.title)}`);
  if (m.url) out.push(`<${m.url}>`);
  if (m.text) out.push(m.kind === 'briefing' ? `**TL;DR:** ${m.text}` : m.kind === 'error' ? `Error: ${m.text}` : m.text);
  if (m.bullets?.length) out.push(`${m.kind === 'briefing' ? 'Key points:\n' : ''}${m.bullets.map((b) => `- ${oneLine(b)}`).join('\n')}`);
  if (m.sections?.length) {
    out.push(
      m.sections
        .map((s, i) => {
          const head = `${i + 1}. **${oneLine(s.heading)}**${s.url ? ` <${s.url}>` : ''}`;
          return [head, s.text ? `   ${oneLine(s.text)}` : '', s.note ? `   _${oneLine(s.note)}_` : ''].filter(Boolean).join('\n');
        })
        .join('\n'),
    );
  }
  if (m.fields?.length) out.push(m.fields.map((f) => `**${f.name}:** ${f.value}`).join('\n'));
  if (m.links?.length) out.push(m.links.map((l) => `- ${l.label}: <${l.url}>`).join('\n'));
  if (m.footer) out.push(`_${oneLine(m.footer)}_`);
  return out.join('\n\n');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
