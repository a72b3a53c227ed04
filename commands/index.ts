/**
 * Every chat command, in the order /help lists them. Discord registration and the Slack
 * manifest are generated from this list.
 */
import { ask } from './ask.ts';
import { brief } from './brief.ts';
import { digest } from './digest.ts';
import { follow } from './follow.ts';
import { follows } from './follows.ts';
import { helpFor } from './help.ts';
import { sources } from './sources.ts';
import { subscribe } from './subscribe.ts';
import { subscriptions } from './subscriptions.ts';
import { unfollow } from './unfollow.ts';
import { unsubscribe } from './unsubscribe.ts';
import type { Command } from './types.ts';

/** /help over this list. */
export const help: Command = helpFor(() => commands);

export const commands: Command[] = [brief, ask, digest, sources, subscribe, unsubscribe, subscriptions, follow, unfollow, follows, help];

/** Find a command by name (without the slash). */
export function findCommand(name: string): Command | undefined {
  const n = name.replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.name === n);
}
