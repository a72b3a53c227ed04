/**
 * The console never prints a control character it was given: a refusal quotes what was typed,
 * and an escape sequence in it (a pasted arrow key, `ESC[2J`) reached the terminal and acted on it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consoleTranscript } from '../../helpers/console-session.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-console-ctl-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the console adapter and control characters in what is typed', () => {
  it('shows them as symbols in the refusal that quotes them, and prints no raw escape', async () => {
    const dir = path.join(tmp, 'briefings');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'ferry.txt'), 'Harbour ferry returns\n\nThe harbour ferry ran again on Tuesday after a month of repairs. Commuters queued from six in the morning.\n');
    const text = await consoleTranscript(dir, path.join(tmp, 'nb.db'), '/brief \u001b[2Jharbour\u0007 \u009b31m\n');
    expect(text).toContain('No article matches "\u241b[2Jharbour\u2407 \ufffd31m"');
    // eslint-disable-next-line no-control-regex -- the point of the check
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });
});
