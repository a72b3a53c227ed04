/**
 * Discord sharding from DISCORD_SHARDS and DISCORD_SHARD_IDS: discord.js's own `shards` and
 * `shardCount` client options. Discord sends each guild's events to one shard only (guild id
 * >> 22, modulo the shard count), so processes running different shards split the guilds and
 * each interaction reaches exactly one process.
 */
import type { ClientOptions } from 'discord.js';
import type { Config } from '../../config.ts';

/** The discord.js client options for this process's shards (none when sharding is off). */
export function shardOptions(discord: Config['discord']): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (discord.shards === undefined) return {};
  if (discord.shards === 'auto') return { shards: 'auto' };
  const all = Array.from({ length: discord.shards }, (_, i) => i);
  return { shards: discord.shardIds ?? all, shardCount: discord.shards };
}

/**
 * Whether this process registers the slash commands at start-up: with several sharded
 * processes, only the one running shard 0 does (one bulk overwrite, not one per process).
 */
export function registersCommands(discord: Config['discord']): boolean {
  return discord.registerCommands && (!discord.shardIds || discord.shardIds.includes(0));
}
