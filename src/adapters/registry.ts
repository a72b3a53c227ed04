/**
 * The platforms the app can start: each is `{ id, configured(config), create(deps) }`. The
 * composition root (src/app.ts) starts every configured one and routes posts to it; a
 * `fallback` platform (the console) starts only when no other is configured. A new platform is
 * a folder under src/adapters/, a renderer under src/render/ and one line in PLATFORMS below;
 * `registerPlatform` adds one from outside (the test-only platform in tests/platforms/ does).
 */
import type { Logger } from 'pino';
import type { Command } from '../../commands/types.ts';
import type { Config } from '../config.ts';
import type { Services } from '../services.ts';
import type { Adapter } from './types.ts';

/** What a platform's adapter is built from. */
export interface PlatformDeps {
  services: Services;
  log: Logger;
  /** The chat commands to offer (commands/index.ts). */
  commands: readonly Command[];
  /** Console I/O (tests pass streams); only the console uses it. */
  console?: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream; onEnd?: () => void };
}

/** A platform the app can start. */
export interface PlatformDefinition {
  /** The platform id stored with subscriptions, feeds and conversations (`discord`, `slack`, ...). */
  id: string;
  /** True when the configuration has what this platform needs (its tokens). */
  configured(config: Config): boolean;
  /** Build its adapter (load its SDK here, so an unconfigured platform never loads it). */
  create(deps: PlatformDeps): Adapter | Promise<Adapter>;
  /** Start only when no other platform is configured (the console). */
  fallback?: boolean;
}

const PLATFORMS: PlatformDefinition[] = [
  {
    id: 'slack',
    configured: (config) => Boolean(config.slack.botToken),
    async create({ services, commands, log }) {
      const { createSlackAdapter } = await import('./slack/index.ts');
      return createSlackAdapter({ services, commands, logger: log });
    },
  },
  {
    id: 'discord',
    configured: (config) => Boolean(config.discord.token),
    async create({ services, log }) {
      const { DiscordAdapter } = await import('./discord/index.ts');
      return new DiscordAdapter({ services, log });
    },
  },
  {
    id: 'console',
    configured: () => true,
    fallback: true,
    async create({ services, log, console: io }) {
      const { ConsoleAdapter } = await import('./console/index.ts');
      return new ConsoleAdapter({ services, log, input: io?.input, output: io?.output, onEnd: io?.onEnd });
    },
  },
];

/** Add a platform (or replace one with the same id). Returns a function that removes it again. */
export function registerPlatform(def: PlatformDefinition): () => void {
  const at = PLATFORMS.findIndex((p) => p.id === def.id);
  const before = at >= 0 ? PLATFORMS[at] : undefined;
  if (at >= 0) PLATFORMS[at] = def;
  else PLATFORMS.splice(PLATFORMS.findIndex((p) => p.fallback), 0, def);
  return () => {
    const i = PLATFORMS.indexOf(def);
    if (i < 0) return;
    if (before) PLATFORMS[i] = before;
    else PLATFORMS.splice(i, 1);
  };
}

/** The platforms to start for a configuration: every configured one, else the fallback. */
export function platformsToStart(config: Config): PlatformDefinition[] {
  const chosen = PLATFORMS.filter((p) => !p.fallback && p.configured(config));
  return chosen.length ? chosen : PLATFORMS.filter((p) => p.fallback && p.configured(config));
}
