import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { lines, stream };
}

describe('logger', () => {
  it('redacts tokens and secrets wherever they sit in a logged object', () => {
    const { lines, stream } = capture();
    const log = createLogger('info', stream);
    const config = parseConfig({ DISCORD_TOKEN: 'discord-secret-1', DISCORD_APPLICATION_ID: '1', SLACK_BOT_TOKEN: 'xoxb-secret-2', SLACK_SIGNING_SECRET: 'signing-secret-3', SLACK_APP_TOKEN: 'xapp-secret-4' });
    log.info({ config }, 'configuration');
    log.child({ platform: 'slack' }).info({ req: { headers: { authorization: 'Bearer xoxb-secret-2' } }, token: 'discord-secret-1' }, 'request');
    const out = lines.join('');
    for (const secret of ['discord-secret-1', 'xoxb-secret-2', 'signing-secret-3', 'xapp-secret-4']) expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
    expect(JSON.parse(lines[0]).msg).toBe('configuration');
  });
});
