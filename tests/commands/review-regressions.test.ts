/**
 * Regressions found by the adversarial review: each case once gave a crash-free but wrong
 * result a user would notice (a misleading error, exit 0 on bad input, a flag silently
 * ignored, a link that ends early, an error message pages long).
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { parseTextArgs } from '../../src/adapters/dispatch.ts';
import { askCli } from '../../src/cli/ask.ts';
import { digestCli } from '../../src/cli/digest.ts';
import { parseConfig } from '../../src/config.ts';
import { parseArticle } from '../../src/core/article/parse.ts';
import { UserError, userFacingMessage } from '../../src/core/errors.ts';
import { renderDiscord } from '../../src/render/discord.ts';

const SEED = 'briefings/000_96cf53ebe954ef7b.txt';
const config = parseConfig({});

function sink(): { stream: Writable; text: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  return { stream, text: () => out };
}

describe('CLI bad input is an error with a non-zero exit', () => {
  it('ask with an empty question is refused, not answered with exit 0', async () => {
    const out = sink();
    await expect(askCli([SEED, '  '], config, out.stream)).rejects.toThrow(/question is empty/);
    expect(out.text()).toBe('');
  });
  it('ask with a question over 500 characters is refused', async () => {
    await expect(askCli([SEED, 'why '.repeat(200)], config, sink().stream)).rejects.toThrow(/799 characters long: ask it in under 500/);
  });
  it('digest refuses a stray argument instead of ignoring it', async () => {
    await expect(digestCli(['now'], config, sink().stream)).rejects.toThrow(/unexpected argument "now"/);
  });
  it('digest --top is honoured and checked (it used to be accepted and ignored)', async () => {
    const out = sink();
    expect(await digestCli(['--top', '1', '--format', 'json'], config, out.stream)).toBe(0);
    expect(JSON.parse(out.text()).items).toHaveLength(1);
    await expect(digestCli(['--top', '0'], config, sink().stream)).rejects.toThrow(/--top must be a whole number from 1 to 25/);
  });
});

describe('article parsing', () => {
  it('an empty front matter block is closed: the error says there is no body', () => {
    expect(() => parseArticle('---\n---\n', { id: 'x', fileName: 'x.md' })).toThrow('the article has no body text');
  });
  it('an empty front matter block before a body is read as front matter', () => {
    const a = parseArticle('---\n---\nThe mayor opened the bridge on Monday.', { id: 'x', fileName: 'x.md' });
    expect(a.text).toBe('The mayor opened the bridge on Monday.');
  });
  it('a dateline with nothing after it is not the story', () => {
    expect(() => parseArticle('Headline\n\nBEIJING, Feb. 6 (Xinhua) --', { id: 'x' })).toThrow('the article has no body text');
    const a = parseArticle('Headline\n\nBEIJING, Feb. 6 (Xinhua) --\n\nThe mayor opened the bridge on Sunday, Feb. 6, 2022.', { id: 'x' });
    expect(a.dateline).toEqual({ place: 'BEIJING', date: '2022-02-06', agency: 'Xinhua' });
    expect(a.text).toBe('The mayor opened the bridge on Sunday, Feb. 6, 2022.');
  });
  it('a title of only punctuation or invisible characters is replaced by the first sentence', () => {
    for (const raw of ['. The mayor said it.', '\u200b\n\nThe mayor said it.', '"\n\nThe mayor said it.']) {
      expect(parseArticle(raw, { id: 'x' }).title).toBe('The mayor said it');
    }
    expect(parseArticle('---\ntitle: "?!"\n---\nThe mayor said it.', { id: 'x', fileName: 'x.md' }).title).toBe('The mayor said it');
  });
  it('control characters are dropped and lone surrogates replaced', () => {
    const a = parseArticle('{"title":"T\\u001b[2J \\ud800","text":"The mayor\\u0007 said it \\udc00 on Monday."}', { id: 'x', fileName: 'x.json' });
    expect(a.title).toBe('T[2J \uFFFD');
    expect(a.text).toBe('The mayor said it \uFFFD on Monday.');
  });
});

describe('Discord links', () => {
  it('a URL with parentheses or spaces cannot end the Markdown link early', () => {
    const [p] = renderDiscord({
      kind: 'digest',
      title: 'News digest',
      sections: [{ heading: 'Story', url: 'https://news.test/a_(b) c)[click](https://evil.test', text: 'Text.' }],
    });
    const description = p.embeds?.[0].description ?? '';
    expect(description).toContain('**[Story](https://news.test/a_%28b%29%20c%29[click]%28https://evil.test)**');
  });
  it('the embed URL is the normalised one Discord accepts', () => {
    const [p] = renderDiscord({ kind: 'briefing', title: 'T', url: 'https://news.test/a b', text: 'x' });
    expect(p.embeds?.[0].url).toBe('https://news.test/a%20b');
  });
});

describe('refusals quote at most a line of what was typed', () => {
  it('a multi-line, 5,000-character extra argument is quoted on one short line', () => {
    const help = commands.find((c) => c.name === 'help')!;
    let err: unknown;
    try {
      parseTextArgs(help, `"a\nb" ${'x'.repeat(5000)}`);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const shown = userFacingMessage(err);
    expect(shown).toMatch(/^\/help got more than it takes: "a b x+…"\.$/);
    expect(shown.length).toBeLessThan(140);
  });
});
