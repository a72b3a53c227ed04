/**
 * `/follow … ping:@desk` on Slack: a user group given by its handle is found with
 * usergroups.list (the real WebClient against the fake Slack), once per few minutes; a handle
 * the workspace does not have, or an app without the usergroups:read scope, is refused in one
 * line that says what to do; a mention or an id needs no lookup at all.
 */
import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGroupMention, slackWords } from '../../../src/adapters/slack/mentions.ts';
import { slackManifest } from '../../../src/adapters/slack/manifest.ts';
import { userGroups } from '../../../src/adapters/slack/user-groups.ts';
import { readPing } from '../../../src/conversation/platform-words.ts';
import { commands } from '../../../commands/index.ts';
import { quietLogger } from '../../fakes/scheduler-rig.ts';
import { FakeSlack } from '../../fakes/slack-server.ts';

let fake: FakeSlack;
let client: WebClient;

beforeAll(async () => {
  fake = await FakeSlack.start();
  client = new WebClient(fake.botToken, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  fake.userGroups.push({ id: 'S0DESK', handle: 'desk', name: 'News desk' }, { id: 'S0ONCALL', handle: 'OnCall', name: 'On call' });
});
afterAll(async () => {
  await fake?.close();
});

describe('Slack user groups by handle', () => {
  it('finds @desk (any case) with one usergroups.list for several pings, and a group made later after a minute', async () => {
    let t = 0;
    const words = slackWords(userGroups(client, quietLogger(), () => t));
    const before = fake.callsOf('usergroups.list').length;
    expect(await readPing('@desk', words)).toEqual({ kind: 'group', id: 'S0DESK', label: '@desk' });
    expect(await readPing('@oncall', words)).toEqual({ kind: 'group', id: 'S0ONCALL', label: '@oncall' });
    expect(fake.callsOf('usergroups.list').length - before).toBe(1);

    await expect(readPing('@night-desk', words)).rejects.toThrow(
      'This workspace has no user group @night-desk: check its handle in Slack (People › User groups), or give its ID (S…).',
    );
    fake.userGroups.push({ id: 'S0NIGHT', handle: 'night-desk', name: 'Night desk' });
    t += 61_000;
    expect(await readPing('@night-desk', words)).toEqual({ kind: 'group', id: 'S0NIGHT', label: '@night-desk' });
  });

  it('a mention or an id is read without asking Slack', async () => {
    const before = fake.callsOf('usergroups.list').length;
    const words = slackWords(userGroups(client, quietLogger()));
    expect(await readPing('<!subteam^S0DESK|@desk>', words)).toEqual({ kind: 'group', id: 'S0DESK', label: '@desk' });
    expect(await readPing('S0DESK', words)).toEqual({ kind: 'group', id: 'S0DESK' });
    expect(fake.callsOf('usergroups.list').length).toBe(before);
    // Without a lookup (no client) a handle is refused with what to give instead.
    await expect(readGroupMention('@desk')).rejects.toThrow('ping:@desk is not a user group: give its handle, like ping:@desk, or its ID (S…).');
  });

  it('without the usergroups:read scope: one line naming the scope and the fix', async () => {
    fake.missingScopes.add('usergroups:read');
    try {
      const words = slackWords(userGroups(client, quietLogger()));
      await expect(readPing('@desk', words)).rejects.toThrow(
        'I may not read this workspace’s user groups (the app lacks the usergroups:read scope): reinstall the app from the current manifest (newsbrief slack-manifest), or give the group’s ID (S…).',
      );
    } finally {
      fake.missingScopes.delete('usergroups:read');
    }
  });

  it('the manifest asks for usergroups:read', () => {
    const scopes = (slackManifest(commands) as unknown as { oauth_config: { scopes: { bot: string[] } } }).oauth_config.scopes.bot;
    expect(scopes).toContain('usergroups:read');
  });
});
