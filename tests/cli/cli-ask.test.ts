/**
 * `newsbrief ask`: one question about a file (text or JSON), and JSONL batches where a bad
 * line gives `{id, error}` and the run goes on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askCli } from '../../src/cli/ask.ts';
import { parseConfig } from '../../src/config.ts';

const SEED = 'briefings/000_96cf53ebe954ef7b.txt';
const config = parseConfig({});
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-ask-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  const code = await askCli(args, config, sink);
  return { code, out };
}

describe('ask <file> "<question>"', () => {
  it('prints the answer and its evidence as text', async () => {
    const r = await run([SEED, 'Which railway will China support?']);
    expect(r.code).toBe(0);
    const [first, second] = r.out.trim().split('\n');
    expect(first).toBe('the China-Kyrgyzstan-Uzbekistan railway');
    expect(second).toMatch(/^Evidence: “Xi noted that China is willing/);
  });

  it('prints the answer contract as JSON', async () => {
    const r = await run([SEED, 'Who did Xi meet?', '--format', 'json']);
    const a = JSON.parse(r.out);
    expect(Object.keys(a).sort()).toEqual(['answer', 'confidence', 'evidence', 'found', 'question']);
    expect(a).toMatchObject({ question: 'Who did Xi meet?', answer: 'Sadyr Zhaparov', found: true });
    expect(a.evidence[0]).toMatchObject({ index: expect.any(Number), sentence: expect.stringContaining('Sadyr Zhaparov') });
  });

  it('prints an honest not-found answer with the closest passage', async () => {
    const r = await run([SEED, 'How much will the railway cost?']);
    expect(r.out).toMatch(/^The article does not say how much the railway will cost\.\nClosest passage: “/);
  });

  it('refuses bad arguments with a one-line reason', async () => {
    await expect(run([])).rejects.toThrow(/needs a file or URL and a question/);
    await expect(run([SEED])).rejects.toThrow(/needs a question/);
    await expect(run([SEED, 'Who?', 'extra'])).rejects.toThrow(/unexpected argument "extra"/);
    await expect(run([SEED, 'Who?', '--format', 'xml'])).rejects.toThrow(/--format must be json or text/);
    await expect(run([path.join(dir, 'missing.txt'), 'Who?'])).rejects.toThrow(/no such file/);
  });
});

describe('ask --jsonl', () => {
  it('answers each line in order; a bad line gives {id, error} and the run goes on', async () => {
    const file = path.join(dir, 'qs.jsonl');
    const context = fs.readFileSync(SEED, 'utf8');
    fs.writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', context, question: 'Which railway?' }),
        'not json',
        JSON.stringify({ id: 'c', context: 'Tesla died on 7 January 1943 in New York.', question: 'What year did Tesla die?' }),
        JSON.stringify({ id: 'd', question: 'no context' }),
        '',
        JSON.stringify({ id: 'e', context: 'Tesla died in 1943.', question: 'Who won the figure skating?' }),
      ].join('\n'),
    );
    const r = await run(['--jsonl', file]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'line-2', 'c', 'd', 'e']);
    expect(lines[0]).toMatchObject({ answer: 'the China-Kyrgyzstan-Uzbekistan railway', found: true });
    expect(Object.keys(lines[0]).sort()).toEqual(['answer', 'confidence', 'evidence', 'found', 'id']);
    expect(lines[1].error).toBe('not valid JSON');
    expect(lines[2]).toMatchObject({ answer: '1943', found: true });
    expect(lines[3].error).toBe('"context" must be a string');
    expect(lines[4]).toMatchObject({ found: false });
  });

  it('refuses a missing JSONL file in one line', async () => {
    await expect(run(['--jsonl', path.join(dir, 'none.jsonl')])).rejects.toThrow(/no such file/);
  });
});
