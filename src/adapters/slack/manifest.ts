/**
 * The Slack app manifest, generated from commands/ so the slash commands Slack knows are
 * always the ones the bot handles. Paste it into https://api.slack.com/apps → Create New App →
 * From a manifest, and the app is configured in one step.
 *
 * `npm run cli -- slack-manifest [--url https://host] [--name NAME] [--format json|yaml]`:
 * without --url the app uses Socket Mode (no public address needed); with --url, Slack sends
 * commands and events to `<url>/slack/events` (HTTP mode).
 */
import type { Command, CommandOption } from '../../../commands/types.ts';

/** Bot scopes: slash commands, posting, mentions, DMs; history scopes let a retried scheduled
 * post find its earlier attempt (conversations.history/replies) instead of posting twice;
 * users:read tells a full member from a guest (who may manage a channel, channel-rights.ts);
 * usergroups:read finds a user group by its handle (`/follow … ping:@desk`, user-groups.ts). */
export const SLACK_BOT_SCOPES = [
  'commands',
  'chat:write',
  'app_mentions:read',
  'im:history',
  'channels:history',
  'groups:history',
  'users:read',
  'usergroups:read',
] as const;

export const SLACK_BOT_EVENTS = ['app_mention', 'message.im'] as const;

/** Bolt's default request path. */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface ManifestOptions {
  /** App and bot name (default "newsbrief"). */
  name?: string;
  /** Public base URL for HTTP mode; omit for Socket Mode. */
  url?: string;
}

interface SlashCommandManifest {
  command: string;
  description: string;
  usage_hint?: string;
  should_escape: boolean;
  url?: string;
}

/** The manifest as a plain object (JSON-serialisable). */
export function slackManifest(commands: readonly Command[], opts: ManifestOptions = {}): Record<string, unknown> {
  const name = (opts.name ?? 'newsbrief').slice(0, 35);
  const requestUrl = opts.url ? `${opts.url.replace(/\/+$/, '')}${SLACK_EVENTS_PATH}` : undefined;
  const slashCommands: SlashCommandManifest[] = commands.map((c) => {
    const hint = usageHint(c.options);
    return {
      command: `/${c.name}`,
      description: c.description.slice(0, 100),
      ...(hint ? { usage_hint: hint.slice(0, 1000) } : {}),
      should_escape: false,
      ...(requestUrl ? { url: requestUrl } : {}),
    };
  });
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: 'News briefings, follow-up answers and daily digests, computed on your own server.',
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name, always_online: true },
      slash_commands: slashCommands,
    },
    oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } },
    settings: {
      event_subscriptions: {
        ...(requestUrl ? { request_url: requestUrl } : {}),
        bot_events: [...SLACK_BOT_EVENTS],
      },
      // The "Ask a question" button under each briefing opens a modal.
      interactivity: { is_enabled: true, ...(requestUrl ? { request_url: requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !requestUrl,
      token_rotation_enabled: false,
    },
  };
}

/** `[article]`, `<question> [article]`: required options in angle brackets. */
function usageHint(options: readonly CommandOption[]): string {
  return options
    .map((o) => {
      const label = o.choices?.length ? o.choices.join('|') : o.name;
      return o.required ? `<${label}>` : `[${label}]`;
    })
    .join(' ');
}

const USAGE = 'usage: slack-manifest [--url https://your-host] [--name NAME] [--format json|yaml]';

/**
 * The `slack-manifest` CLI subcommand: prints the manifest on stdout. Returns the exit code
 * (2 with a one-line error on stderr for bad arguments).
 */
export async function slackManifestCli(
  args: string[],
  io: { out: (s: string) => void; err: (s: string) => void } = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  },
): Promise<number> {
  const opts: ManifestOptions = {};
  let format: 'json' | 'yaml' = 'json';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--help' || flag === '-h') {
      io.out(`${USAGE}\n`);
      return 0;
    } else if (flag === '--url') {
      const v = value();
      if (!v || !isHttpsUrl(v)) {
        io.err(`newsbrief: slack-manifest --url needs a public https:// URL, got "${v ?? ''}"\n`);
        return 1;
      }
      opts.url = v;
    } else if (flag === '--name') {
      const v = value();
      if (!v?.trim()) {
        io.err('newsbrief: slack-manifest --name needs a value\n');
        return 1;
      }
      opts.name = v.trim();
    } else if (flag === '--format') {
      const v = value();
      if (v !== 'json' && v !== 'yaml') {
        io.err(`newsbrief: slack-manifest --format must be json or yaml, got "${v ?? ''}"\n`);
        return 1;
      }
      format = v;
    } else if (flag === '--socket') {
      delete opts.url;
    } else {
      io.err(`newsbrief: slack-manifest unknown argument "${a}"; ${USAGE}\n`);
      return 1;
    }
  }
  const { commands } = await import('../../../commands/index.ts');
  const manifest = slackManifest(commands, opts);
  if (format === 'yaml') {
    const { stringify } = await import('yaml');
    io.out(stringify(manifest));
  } else {
    io.out(`${JSON.stringify(manifest, null, 2)}\n`);
  }
  return 0;
}

function isHttpsUrl(s: string): boolean {
  try {
    return new URL(s).protocol === 'https:';
  } catch {
    return false;
  }
}
