/**
 * Text typed in Slack arrives in Slack's markup: `&amp; &lt; &gt;` escaped, mentions as
 * `<@U123>`, links as `<https://x|label>`. Questions asked by mention or DM are turned back
 * into plain text before they reach a command.
 */
import { escapeRegExp } from '../../core/text/escape-regexp.ts';

/** The question in an app_mention or DM: the bot's own mention removed, markup undone. */
export function questionFromSlackText(text: string, botUserId?: string): string {
  let s = text;
  if (botUserId) s = s.replace(new RegExp(`<@${escapeRegExp(botUserId)}(\\|[^>]*)?>`, 'g'), ' ');
  s = s
    .replace(/<([@#!][^>|]*)\|([^>]*)>/g, '$2')
    .replace(/<((?:https?|mailto):[^>|]*)\|([^>]*)>/g, '$2')
    .replace(/<([^>]*)>/g, '$1');
  return unescapeSlack(s).replace(/\s+/g, ' ').trim();
}

/** Undo Slack's three escapes (done last so `&amp;lt;` stays `&lt;`). */
export function unescapeSlack(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
