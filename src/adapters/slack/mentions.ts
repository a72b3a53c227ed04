/**
 * Slack's words and mention syntax for commands (`CommandContext.words`): a workspace, and a
 * ping names a user group, typed as its mention `<!subteam^S…|@desk>`, its id `S…`, or its
 * handle `@desk`. A handle is looked up with usergroups.list (scope `usergroups:read`; see
 * user-groups.ts). The same `groupMention` leads an alert that pings (poster.ts).
 */
import { UserError } from '../../core/errors.ts';
import { everyoneRefusal, type Mention, type PlatformWords } from '../../conversation/platform-words.ts';

/** A user group as Slack writes its mention. */
export function groupMention(groupId: string): string {
  return `<!subteam^${groupId}>`;
}

/** Find a user group by its handle (without the @); throws a one-line UserError when it cannot. */
export type GroupLookup = (handle: string) => Promise<Mention>;

/** A handle as Slack allows it: letters, digits, `.`, `_`, `-`. */
const HANDLE = /^@([a-z0-9][a-z0-9._-]{0,79})$/i;

/** `<!subteam^S…|@desk>`, `S…` or (with `lookup`) `@desk` as a user group Mention, or a one-line refusal. */
export async function readGroupMention(input: string, lookup?: GroupLookup): Promise<Mention> {
  const s = input.trim();
  if (/^<!(here|everyone|channel)(\|[^>]*)?>$/i.test(s)) throw everyoneRefusal(s, slackWords());
  const tagged = /^<!subteam\^([A-Z0-9]{5,20})(?:\|([^>]*))?>$/.exec(s);
  if (tagged) return { kind: 'group', id: tagged[1], ...(tagged[2] ? { label: tagged[2] } : {}) };
  const id = /^(S[A-Z0-9]{4,19})$/.exec(s);
  if (id) return { kind: 'group', id: id[1] };
  const handle = HANDLE.exec(s);
  if (handle && lookup) return lookup(handle[1].toLowerCase());
  throw new UserError(`ping:${s} is not a user group: give its handle, like ping:@desk, or its ID (S…).`, 'bad_ping');
}

/** Group handles remembered per adapter: a few hundred at most in any workspace. */
const MAX_LABELS = 1000;

/**
 * Slack's words; `lookup` finds a user group by handle (without it only mentions and ids are
 * read). A stored group is shown by its handle (`@desk`) when this process has read it, else as
 * "user group S…": never as its mention, which Slack has no way to show without notifying the
 * group (there is no allowed_mentions), and which the renderer therefore escapes into raw text.
 */
export function slackWords(lookup?: GroupLookup): PlatformWords {
  const labels = new Map<string, string>();
  return {
    scope: 'workspace',
    pingable: 'user group',
    readMention: async (input) => {
      const m = await readGroupMention(input, lookup);
      if (m.label && /^@[^\s<>&]+$/.test(m.label)) {
        if (labels.size >= MAX_LABELS) labels.clear();
        labels.set(m.id, m.label);
      }
      return m;
    },
    showMention: (id) => labels.get(id) ?? `user group ${id}`,
    announces: true,
  };
}
