/**
 * A console session as a user has it: the real app on a briefings folder and a SQLite file,
 * lines typed on its input, and everything it printed until the input ended.
 */
import { PassThrough, Writable } from 'node:stream';
import { pino } from 'pino';
import { createApp } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';

/** Type `typed` (already joined by newlines) into a console app on `briefings` and `db`; the printed text. */
export async function consoleTranscript(briefings: string, db: string, typed: string): Promise<string> {
  let text = '';
  const output = new Writable({ write: (c, _e, cb) => ((text += String(c)), cb()) });
  const input = new PassThrough();
  let onEnd!: () => void;
  const ended = new Promise<void>((resolve) => (onEnd = resolve));
  const app = await createApp({
    config: parseConfig({ NEWSBRIEF_BRIEFINGS: briefings, NEWSBRIEF_DB: db }),
    log: pino({ level: 'silent' }),
    input,
    output,
    onConsoleEnd: () => onEnd(),
  });
  await app.start();
  input.end(typed);
  await ended;
  await app.stop();
  return text;
}
