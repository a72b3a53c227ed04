/**
 * /help: what the bot can do, generated from the command list.
 */
import type { Command } from './types.ts';

/**
 * The /help command for a command list (commands/index.ts passes its own list, which includes
 * this command: a function, so neither file imports the other).
 */
export function helpFor(list: () => readonly Command[]): Command {
  return {
    name: 'help',
    description: 'What newsbrief can do',
    options: [],
    async run() {
      const usage = list().map((c) => {
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
  };
}
