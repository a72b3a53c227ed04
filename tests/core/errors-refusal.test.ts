/**
 * A refusal that quotes something huge still says why: `/brief http://<5,000 letters>.com/x`
 * was shown as "Error: http://aaaa…", the reason cut off with the end of the line.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ERROR_CHARS, UserError, userFacingMessage } from '../../src/core/errors.ts';

describe('userFacingMessage: a long quoted word', () => {
  it('keeps the reason after a 5,000-character URL, shortening the URL instead', () => {
    const url = `http://${'a'.repeat(5000)}.com/feed`;
    const shown = userFacingMessage(new UserError(`${url} could not be found (no such host).`));
    expect(shown.length).toBeLessThanOrEqual(MAX_ERROR_CHARS);
    expect(shown).toMatch(/^http:\/\/a+… could not be found \(no such host\)\.$/);
  });

  it('does not split an emoji when it shortens a long run of them', () => {
    const shown = userFacingMessage(new UserError(`"${'😀'.repeat(400)}" is not a valid time zone.`));
    expect(shown).toMatch(/^"(😀)+…" is not a valid time zone\.$/u);
  });

  it('leaves a message that fits as it is, long words and all', () => {
    const word = 'x'.repeat(150);
    expect(userFacingMessage(new UserError(`${word} is not a valid schedule.`))).toBe(`${word} is not a valid schedule.`);
  });
});
