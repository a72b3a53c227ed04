/**
 * Issue #17 item 8: an unreachable Slack API is logged with its address and the backoff of
 * each retry, and start-up then fails with one line saying Slack could not be reached (not
 * "http request failed fetch failed" over and over, nor "refused the bot token").
 */
import net from 'node:net';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { SlackAdapter } from '../../../src/adapters/slack/index.ts';
import { nextRetryWindowMs } from '../../../src/adapters/slack/retry-log.ts';
import { parseConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { MemoryLibrary } from '../../../src/sources/library.ts';
import { createMemoryStore } from '../../../src/store/memory.ts';

async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

describe('Slack API unreachable', () => {
  it('logs the URL, the attempt and the wait before the next one, then fails start-up in one line', async () => {
    const api = `http://127.0.0.1:${await closedPort()}/api/`;
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _e, cb) {
        for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
        cb();
      },
    });
    const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: api, SLACK_PORT: '0' });
    const adapter = new SlackAdapter({
      services: { config, library: new MemoryLibrary(), store: createMemoryStore(), now: () => new Date() },
      commands,
      logger: createLogger('info', sink),
      host: '127.0.0.1',
      retryConfig: { retries: 2, minTimeout: 20, factor: 2, randomize: false },
    });
    await expect(adapter.start()).rejects.toThrow(`Slack could not be reached (auth.test at ${api}): fetch failed`);
    const msgs = lines.map((l) => String(l.msg));
    expect(msgs).toEqual([
      `Slack API at ${api} unreachable (fetch failed): attempt 1 of 3, retrying in 20 ms`,
      `Slack API at ${api} unreachable (fetch failed): attempt 2 of 3, retrying in 40 ms`,
      `Slack API at ${api} failed 3 times (fetch failed); giving up`,
    ]);
    expect(lines[1]).toMatchObject({ api, attempt: 2, retryInMs: { min: 40, max: 40 } });
    expect(msgs.join('\n')).not.toContain('http request failed');
  });

  it('reports the default policy’s real waits (randomized: between 1x and 2x)', () => {
    expect(nextRetryWindowMs({ retries: 5, factor: 3.86, randomize: true }, 1)).toEqual({ min: 1000, max: 2000 });
    expect(nextRetryWindowMs({ retries: 5, factor: 3.86, randomize: true }, 3).min).toBeCloseTo(1000 * 3.86 ** 2, 6);
  });
});
