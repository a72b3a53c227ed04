/**
 * Finding a Slack user group by its handle, for `/follow … ping:@desk`: one usergroups.list
 * call (scope `usergroups:read`), kept for a few minutes; a handle not in it is asked again once
 * the list is a minute old, so a group made just now is found. What cannot be found is refused
 * in one sentence that says what to do: add the scope (reinstall from the manifest), check the
 * handle, or give the group's ID.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import { UserError } from '../../core/errors.ts';
import type { Mention } from '../../conversation/platform-words.ts';
import type { GroupLookup } from './mentions.ts';

/** How long a list is reused. */
const LIST_TTL_MS = 5 * 60_000;
/** A handle not in a list this old is asked for again. */
const MISS_RECHECK_MS = 60_000;

/** A user group lookup over `client` (usergroups.list), cached. */
export function userGroups(client: WebClient, log: Logger, now: () => number = Date.now): GroupLookup {
  let cached: { groups: Map<string, string>; at: number } | null = null;
  const list = async (): Promise<Map<string, string>> => {
    try {
      const res = await client.usergroups.list({ include_disabled: false });
      const groups = new Map<string, string>();
      for (const g of res.usergroups ?? []) if (g.handle && g.id) groups.set(g.handle.toLowerCase(), g.id);
      cached = { groups, at: now() };
      return groups;
    } catch (e) {
      const code = (e as { data?: { error?: string } }).data?.error;
      if (code === 'missing_scope') {
        throw new UserError(
          'I may not read this workspace’s user groups (the app lacks the usergroups:read scope): reinstall the app from the current manifest (newsbrief slack-manifest), or give the group’s ID (S…).',
          'missing_scope',
        );
      }
      log.warn({ err: code ?? (e instanceof Error ? e.message : String(e)) }, 'usergroups.list failed');
      throw new UserError(`Slack did not list the user groups (${code ?? 'no answer'}): try again, or give the group’s ID (S…).`, 'unavailable');
    }
  };
  return async (handle): Promise<Mention> => {
    const fresh = cached && now() - cached.at < LIST_TTL_MS ? cached : null;
    let id = fresh?.groups.get(handle);
    if (!id && (!fresh || now() - fresh.at >= MISS_RECHECK_MS)) id = (await list()).get(handle);
    if (!id) throw new UserError(`This workspace has no user group @${handle}: check its handle in Slack (People › User groups), or give its ID (S…).`, 'not_found');
    return { kind: 'group', id, label: `@${handle}` };
  };
}
