/**
 * /help: what the bot can do, generated from the command list.
 */
import type { Command } from './types.ts';

export const help = {
  name: 'help',
  description: 'What newsbrief can do',
  options: [],
  async run() {
    const { commands } = await import('./index.ts');
    const usage = commands.map((c) => {
      const opts = c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(' ');
      return `/${c.name}${opts ? ` ${opts}` : ''}: ${c.description}`;
    });
    return {
      kind: 'help',
      title: 'newsbrief',
      text: 'Briefs news articles and answers questions about them from their own sentences.',
      bullets: usage,
      ephemeral: true,
    };
  },
} satisfies Command;
