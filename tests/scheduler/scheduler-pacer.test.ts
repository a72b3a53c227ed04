/**
 * Posting pace per platform (src/scheduler/pacer.ts): Slack posts to one channel are spaced at
 * its one-message-per-second limit while other channels go ahead; a retry is not spaced again
 * (it has waited Retry-After already); each platform has its own posts in flight, so a slow
 * platform never holds up the other.
 */
import { describe, expect, it } from 'vitest';
import { Pacer } from '../../src/scheduler/pacer.ts';

function rig(paces: ConstructorParameters<typeof Pacer>[0] = {}) {
  let now = 0;
  const waits: number[] = [];
  const pacer = new Pacer(
    paces,
    () => now,
    async (ms) => {
      waits.push(ms);
      now += ms;
    },
  );
  return { pacer, waits, advance: (ms: number) => (now += ms) };
}

describe('Pacer', () => {
  it('spaces Slack posts to the same channel by its per-channel limit, not posts to other channels', async () => {
    const { pacer, waits } = rig();
    const order: string[] = [];
    const post = (ch: string) => pacer.run('slack', ch, async () => void order.push(ch));
    await Promise.all([post('C1'), post('C2'), post('C1'), post('C3')]);
    expect(waits).toEqual([pacer.pace('slack').perChannelMs]);
    expect(order.slice(0, 3).sort()).toEqual(['C1', 'C2', 'C3']);
    expect(order[3]).toBe('C1');
  });

  it('does not space a retry again, and does not space Discord (discord.js keeps its buckets)', async () => {
    const { pacer, waits } = rig();
    await pacer.run('slack', 'C1', async () => undefined);
    await pacer.run('slack', 'C1', async () => undefined, { spaced: false });
    await pacer.run('discord', 'D1', async () => undefined);
    await pacer.run('discord', 'D1', async () => undefined);
    expect(waits).toEqual([]);
  });

  it('spaces by platform and channel: the same channel id on another platform, or another channel, never waits', async () => {
    // One process runs one bot per platform (one token: one rate-limit bucket on that platform),
    // so the spacing key is the platform and the channel, not the workspace or the shard.
    const { pacer, waits } = rig({ teams: { perChannelMs: 1_000 } });
    await Promise.all([pacer.run('slack', 'C1', async () => undefined), pacer.run('teams', 'C1', async () => undefined), pacer.run('slack', 'C2', async () => undefined)]);
    expect(waits).toEqual([]);
    await pacer.run('slack', 'C1', async () => undefined);
    expect(waits).toEqual([pacer.pace('slack').perChannelMs]);
  });

  it('keeps a slow platform from holding up the other', async () => {
    const pacer = new Pacer({ slack: { concurrency: 1, perChannelMs: 0 } });
    let release!: () => void;
    const stuck = pacer.run('slack', 'C1', () => new Promise<void>((r) => (release = r)));
    const queued = pacer.run('slack', 'C2', async () => 'slack second');
    const discord = await pacer.run('discord', 'D1', async () => 'discord done');
    expect(discord).toBe('discord done');
    release();
    await stuck;
    expect(await queued).toBe('slack second');
  });
});
