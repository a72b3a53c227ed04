import { describe, expect, it } from 'vitest';
import { runBoundedStream } from '../../src/sources/poll-queue.ts';

/** A job that ends when told to. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('runBoundedStream', () => {
  it('keeps both limits and runs every item of every batch', async () => {
    const batches = [['a1', 'a2', 'a3', 'b1', 'b2'], ['a4', 'c1', 'c2', 'b3'], []];
    let running = 0;
    let most = 0;
    const perHost = new Map<string, number>();
    let mostPerHost = 0;
    const ran: string[] = [];
    await runBoundedStream(
      async () => batches.shift() ?? [],
      (s) => s[0],
      { overall: 3, perKey: 2, lowWater: 2 },
      async (s) => {
        running++;
        most = Math.max(most, running);
        perHost.set(s[0], (perHost.get(s[0]) ?? 0) + 1);
        mostPerHost = Math.max(mostPerHost, perHost.get(s[0])!);
        await tick();
        await tick();
        ran.push(s);
        running--;
        perHost.set(s[0], perHost.get(s[0])! - 1);
      },
    );
    expect(ran.sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'c1', 'c2']);
    expect(most).toBe(3);
    expect(mostPerHost).toBe(2);
  });

  it('starts the next batch while a slow item of the previous one still runs', async () => {
    const slow = gate();
    const batches = [['slow', 'x1'], ['y1', 'y2'], []];
    const started: string[] = [];
    const done = runBoundedStream(
      async () => batches.shift() ?? [],
      (s) => s,
      { overall: 2, perKey: 1, lowWater: 2 },
      async (s) => {
        started.push(s);
        if (s === 'slow') await slow.promise;
      },
    );
    for (let i = 0; i < 20 && started.length < 4; i++) await tick();
    // Every other item ran while 'slow' held its slot: no waiting for the batch to drain.
    expect(started).toEqual(['slow', 'x1', 'y1', 'y2']);
    slow.open();
    await done;
  });

  it('when asking for a batch fails, lets the started items end, asks no more, then rejects', async () => {
    const hold = gate();
    let asks = 0;
    let ended = 0;
    const done = runBoundedStream(
      async () => {
        asks++;
        if (asks === 1) return ['a', 'b'];
        throw new Error('lease failed');
      },
      (s) => s,
      { overall: 2, perKey: 1, lowWater: 1 },
      async () => {
        await hold.promise;
        ended++;
      },
    );
    let settled = false;
    done.catch(() => undefined).finally(() => (settled = true));
    for (let i = 0; i < 10; i++) await tick();
    expect(settled).toBe(false);
    hold.open();
    await expect(done).rejects.toThrow('lease failed');
    expect(ended).toBe(2);
    expect(asks).toBe(2);
  });

  it('once stopped, starts nothing more and asks for no more batches', async () => {
    let stop = false;
    let asks = 0;
    const started: string[] = [];
    await runBoundedStream(
      async () => {
        asks++;
        return ['a', 'b', 'c', 'd'];
      },
      (s) => s,
      { overall: 1, perKey: 1, lowWater: 1 },
      async (s) => {
        started.push(s);
        stop = true;
      },
      () => stop,
    );
    expect(started).toEqual(['a']);
    expect(asks).toBe(1);
  });
});
