/**
 * The Slack app manifest is generated from commands/: every command is there, with the
 * scopes and events the adapter needs, in Socket Mode or pointing at /slack/events.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commands } from '../../../commands/index.ts';
import { slackManifest, slackManifestCli } from '../../../src/adapters/slack/manifest.ts';

interface Manifest {
  features: { slash_commands: { command: string; description: string; usage_hint?: string; url?: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await slackManifestCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('Slack app manifest', () => {
  it('lists every command in commands/ as a slash command, with a usage hint from its options', () => {
    const m = slackManifest(commands) as unknown as Manifest;
    expect(m.features.slash_commands.map((c) => c.command)).toEqual(commands.map((c) => `/${c.name}`));
    const brief = m.features.slash_commands.find((c) => c.command === '/brief');
    expect(brief?.usage_hint).toBe('[article]');
    for (const c of m.features.slash_commands) expect(c.description.length).toBeLessThanOrEqual(100);
  });

  it('asks for the scopes and events the adapter uses', () => {
    const m = slackManifest(commands) as unknown as Manifest;
    expect(m.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history']),
    );
    expect(m.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
    expect(m.settings.interactivity.is_enabled).toBe(true);
  });

  it('uses Socket Mode without a URL, and /slack/events everywhere with one', async () => {
    const socket = JSON.parse((await cli([])).out) as Manifest;
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(socket.settings.event_subscriptions.request_url).toBeUndefined();
    expect(socket.features.slash_commands.every((c) => c.url === undefined)).toBe(true);

    const r = await cli(['--url', 'https://bot.example.org/', '--format', 'yaml', '--name', 'Morning News']);
    expect(r.code).toBe(0);
    const http = parse(r.out) as Manifest & { display_information: { name: string } };
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.event_subscriptions.request_url).toBe('https://bot.example.org/slack/events');
    expect(http.settings.interactivity.request_url).toBe('https://bot.example.org/slack/events');
    expect(http.features.slash_commands.every((c) => c.url === 'https://bot.example.org/slack/events')).toBe(true);
    expect(http.display_information.name).toBe('Morning News');
  });

  it('refuses bad arguments with a one-line newsbrief: error and exit 1, as the other commands do', async () => {
    for (const args of [['--url', 'http://insecure.example'], ['--format', 'xml'], ['--bogus']]) {
      const r = await cli(args);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^newsbrief: slack-manifest /);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
