/**
 * Property tests over adversarial input, deterministic (a seeded PRNG): random and hostile text
 * through the parser, the summarizer, entities, answers, digests, the three renderers and the
 * text-command parser of every command. What is asserted is what a user would notice: nothing
 * throws but a UserError with one short line; a TL;DR of at most 280 characters; key points
 * and evidence that are the article's own words; payloads within platform limits that ping no
 * one and hold no broken characters.
 */
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { textArgs } from '../../src/adapters/dispatch.ts';
import { answer, answerFromLibrary } from '../../src/core/answer/answer.ts';
import { parseArticle } from '../../src/core/article/parse.ts';
import { buildDigest } from '../../src/core/digest/group.ts';
import { extractEntities } from '../../src/core/entities/entities.ts';
import { UserError, userFacingMessage } from '../../src/core/errors.ts';
import type { Message } from '../../src/core/message/message.ts';
import { answerMessage, briefingMessage, digestMessage } from '../../src/core/message/build.ts';
import { summarize, summarizeForChat, TLDR_MAX } from '../../src/core/brief/summarize.ts';
import type { Article, Briefing } from '../../src/core/types.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { prng } from '../../scripts/prng.ts';
import { expectDiscordPayloadsSafe, expectSlackPayloadsSafe, LONE_SURROGATE } from '../helpers/payload-checks.ts';


/** Pieces that have broken text tools before: punctuation, mentions, markup, scripts, datelines, abbreviations. */
const PIECES = [
  '', ' ', '\n', '\n\n', '\t', '.', '...', '?!', '--', '—', '"', '“', '’', "'", '(', ')', '[', ']', '{', '}', ':', ';', ',',
  '@everyone', '@here', '<!channel>', '<!here>', '<@U123>', '<@&456>', '<#789>', '**', '__', '`', '```', '||', '> ', '# ', '- ',
  '😀', '👍🏽', '🇺🇳', '👨‍👩‍👧', 'e\u0301', 'a\u0300\u0301\u0302\u0303', '\u200b', '\u200d', '\u202e', '\u2066', '\u061c', 'مرحبا', 'שלום', '你好', 'Ünïcödé',
  '<script>alert(1)</script>', '&amp;', '<b>', '</p>', '<https://evil.test|x>', '[x](https://evil.test/a)b)',
  'BEIJING, Feb. 6 (Xinhua) --', '(Xinhua/Ding Lin)', 'WASHINGTON (AP) —', '(CNN) --', 'By . Jane Doe .', 'Updated Jul 7, 2012 6:40 PM ET',
  'Chinese President Xi Jinping', 'said', 'on Sunday', 'in Paris', 'U.S.', 'Mr.', 'Dr.', 'p.m.', 'Jan.', 'e.g.', 'No.', '3.5', '$4 million', '1,000',
  'Photo taken', 'Scroll down for video', '(pictured)', '---', 'title:', '{"text":', '"}', 'null', '\ufeff', '\r\n', '\r', '\uFFFD', '\u0007', '\u001b[31m',
];
const WORDS = ['The', 'mayor', 'said', 'Smith', 'Paris', 'Monday', 'bridge', 'cost', 'people', 'opened', 'minister', 'railway', 'Jane', 'Doe'];

/** Random text: words, hostile pieces, BMP noise (no NUL, no surrogates), sentence ends and paragraph breaks. */
function noise(r: () => number, n: number): string {
  let t = '';
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.45) t += PIECES[Math.floor(r() * PIECES.length)];
    else if (x < 0.8) t += WORDS[Math.floor(r() * WORDS.length)];
    else if (x < 0.9) t += String.fromCharCode(32 + Math.floor(r() * 0x2fff));
    else t += '.';
    t += r() < 0.8 ? ' ' : r() < 0.5 ? '\n' : '\n\n';
  }
  return t;
}

/** Random article in one of the accepted shapes (wire text, headline + body, front matter, JSON). */
function randomArticle(r: () => number, i: number): { raw: string; fileName: string } {
  const body = noise(r, Math.floor(r() ** 2 * 400));
  switch (i % 5) {
    case 1:
      return { raw: `---\ntitle: ${JSON.stringify(noise(r, 3))}\npublished: 2022-02-06\n---\n${body}`, fileName: 'a.md' };
    case 2:
      return { raw: JSON.stringify({ title: noise(r, 4), text: body, url: r() < 0.5 ? 'https://news.test/a (b)' : 5 }), fileName: 'a.json' };
    case 3:
      return { raw: `Headline ${noise(r, 3)}\n\n${body}`, fileName: 'a.txt' };
    default:
      return { raw: body, fileName: 'a.txt' };
  }
}

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Are `part`'s words, in order, a subsequence of `whole`'s? (Cleaning may drop "(pictured)" from inside a sentence, never add.) */
function wordsInOrder(part: string, whole: string): boolean {
  const w = tokens(whole);
  let k = 0;
  for (const t of tokens(part)) {
    while (k < w.length && w[k] !== t) k++;
    if (k === w.length) return false;
    k++;
  }
  return true;
}

/** The article said it: verbatim (up to white space), or its words in order within one paragraph. */
function saidBy(text: string, article: Article): boolean {
  const sources = [article.text, article.caption ?? ''];
  const n = norm(text);
  if (sources.some((s) => norm(s).includes(n))) return true;
  return sources.some((s) => s.split(/\n\s*\n/).some((p) => wordsInOrder(text, p)));
}

/** Throws only a UserError, and its chat text is one short line. */
function expectUserErrorOnly(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    expect(e, String((e as Error)?.stack)).toBeInstanceOf(UserError);
    const shown = userFacingMessage(e);
    expect(shown).not.toMatch(/\n/);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(400);
  }
}

function checkPayloads(m: Message): void {
  const md = renderMarkdown(m);
  expect(typeof md).toBe('string');
  expectDiscordPayloadsSafe(renderDiscord(m));
  expectSlackPayloadsSafe(renderSlack(m));
}

const QUESTIONS = [
  '', '   ', '?', 'who?', 'Who said it?', 'When did the mayor open the bridge?', 'How much did it cost?', 'why', 'Where?', 'how many people',
  '😀?', 'What is the meaning of life, the universe and everything?', 'Is the moon made of cheese?', '\u202ewho\u202c came?', '<@U123> who?',
  'a'.repeat(600), 'who '.repeat(100), '"""', 'Who? What? When? Where? Why?', 'SELECT * FROM articles;--',
];

describe('random articles through every core step', () => {
  const r = prng(20260128);
  const briefings: Briefing[] = [];
  const articles: Article[] = [];

  it('parse, brief, extract, answer and render 300 random articles without a crash', () => {
    let refused = 0;
    for (let i = 0; i < 300; i++) {
      const { raw, fileName } = randomArticle(r, i);
      let article: Article;
      try {
        article = parseArticle(raw, { id: `fuzz-${i}`, fileName });
      } catch (e) {
        expectUserErrorOnly(() => {
          throw e;
        });
        refused++;
        continue;
      }
      articles.push(article);
      // A title names the story: never empty, never only punctuation or invisible characters.
      expect(article.title).toMatch(/[\p{L}\p{N}]/u);
      expect(LONE_SURROGATE.test(article.title + article.text)).toBe(false);
      // No control character survives parsing (a terminal would act on ESC sequences).
      expect(article.title + article.text).not.toMatch(CONTROL);
      for (const b of [summarize(article), summarizeForChat(article), summarize(article, { points: 10 })]) {
        expect(b.tldr.length).toBeLessThanOrEqual(TLDR_MAX);
        expect(b.tldr.trim().length).toBeGreaterThan(0);
        const tldr = b.tldr.replace(/…$/, '');
        expect(saidBy(tldr, article) || norm(article.title).includes(norm(tldr))).toBe(true);
        for (const p of b.keyPoints) expect(saidBy(p, article), `key point not in the article: ${p}`).toBe(true);
        expect(new Set(b.keyPoints).size).toBe(b.keyPoints.length);
        expect(LONE_SURROGATE.test(JSON.stringify(b).replace(/\\u[0-9a-f]{4}/gi, ''))).toBe(false);
        checkPayloads(briefingMessage(b));
      }
      briefings.push(summarize(article, { points: 3 }));
      const entities = extractEntities(article);
      const all = `${article.title}\n${article.text}`;
      for (const p of entities.people) for (const w of tokens(p.name)) expect(tokens(all)).toContain(w);
      for (let q = 0; q < 4; q++) {
        const question = QUESTIONS[(i + q * 7) % QUESTIONS.length];
        const a = answer(question, article);
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
        expect(a.answer.trim().length).toBeGreaterThan(0);
        for (const ev of a.evidence) expect(saidBy(ev.sentence, article), `evidence not in the article: ${ev.sentence}`).toBe(true);
        if (a.found) expect(a.evidence.length).toBeGreaterThan(0);
        checkPayloads(answerMessage(a, article, { named: q % 2 === 0 }));
      }
    }
    // The generator makes both kinds: articles to brief and input that is refused.
    expect(articles.length).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(0);
  });

  it('digests of the random briefings stay within limits, newest first, nothing lost', () => {
    for (const top of [1, 5, 25]) {
      const d = buildDigest(briefings, top);
      expect(d.items.length).toBeLessThanOrEqual(top);
      expect(new Set(d.articleIds)).toEqual(new Set(briefings.map((b) => b.id)));
      checkPayloads(digestMessage(d));
      checkPayloads(digestMessage(d, { late: true, title: '@everyone <!channel> digest' }));
    }
    checkPayloads(digestMessage(buildDigest([])));
  });

  it('answers from the library name an article of the library, for absurd questions too', () => {
    expect(answerFromLibrary('who?', [])).toBeUndefined();
    for (const q of QUESTIONS) {
      const best = answerFromLibrary(q, articles.slice(0, 40));
      expect(best).toBeDefined();
      expect(articles).toContain(best!.article);
      for (const ev of best!.answer.evidence) expect(saidBy(ev.sentence, best!.article)).toBe(true);
    }
  });
});

describe('adversarial articles', () => {
  const refused: [string, string, string?][] = [
    ['empty', ''],
    ['white space', ' \n\t \u00a0 \n'],
    ['a byte-order mark alone', '\ufeff'],
    ['zero-width characters only', '\u200b\u200b\u200d\u2060'],
    ['punctuation only', '.,;:!?...---\n\n!!!\n\n???'],
    ['emoji only', '😀👍🏽🇺🇳'.repeat(2000)],
    ['a dateline and nothing else', 'BEIJING, Feb. 6 (Xinhua) --\n'],
    ['a headline and a dateline', 'Headline\n\nBEIJING, Feb. 6 (Xinhua) --'],
    ['photo captions only', 'Photo taken on Feb. 6 shows a bridge. (Xinhua/Ding Lin)\n\nA man walks by. (AP Photo/Jane Doe)\n'],
    ['an empty front matter block', '---\n---\n', 'a.md'],
    ['front matter and no body', '---\ntitle: x\n---\n', 'a.md'],
    ['unclosed front matter', '---\ntitle: x\n', 'a.md'],
    ['front matter that is not YAML', '---\ntitle: [unclosed\n---\nBody.', 'a.md'],
    ['a YAML billion-laughs bomb', `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\nBody text here.`, 'a.md'],
    ['JSON that is an array', '[1,2]', 'a.json'],
    ['JSON null', 'null', 'a.json'],
    ['a JSON string', '"text"', 'a.json'],
    ['deeply nested JSON', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'a.json'],
    ['broken JSON', '{"text": "a', 'a.json'],
    ['JSON with blank text', '{"text":"   "}', 'a.json'],
    ['JSON with a text that is not a string', '{"text":{"a":1}}', 'a.json'],
    ['binary', 'abc\u0000def'],
  ];
  for (const [name, raw, fileName] of refused) {
    it(`refuses ${name} with a one-line UserError`, () => {
      expect(() => parseArticle(raw, { id: 'x', fileName: fileName ?? 'a.txt' })).toThrow(UserError);
      expectUserErrorOnly(() => parseArticle(raw, { id: 'x', fileName: fileName ?? 'a.txt' }));
    });
  }

  const briefed: [string, string, string?][] = [
    ['a 300,000-character word', 'x'.repeat(300_000)],
    ['a headline and a 200,000-character word', `Title\n\n${'ab'.repeat(100_000)}`],
    ['200 KB of one sentence repeated', 'The mayor opened a new bridge in Springfield on Monday. '.repeat(3600)],
    ['200 KB without punctuation', 'word '.repeat(40_000)],
    ['20,000 one-word paragraphs', Array.from({ length: 20_000 }, (_, i) => `P${i}.`).join('\n\n')],
    ['combining marks piled on one letter', `Headline\n\nThe word e${'\u0301'.repeat(5000)} was said by Jane Doe.`],
    ['right-to-left and bidi controls', '\u202eThe mayor said it.\u202c Then \u2067left\u2069. مرحبا بكم في باريس. שלום.'],
    ['HTML', '<html><body><p>The mayor <b>opened</b> the bridge on Monday.</p><script>alert(1)</script></body></html>'],
    ['terminal escape sequences', 'Head\u001b[2Jline\n\nThe mayor\u0007 said\u001b[31m it on Monday.\u009b And left.'],
    ['lone surrogates from JSON escapes', '{"title":"Bad \\ud800 title","text":"The mayor \\udc00 said it. He left \\ud83d."}', 'a.json'],
    ['a 5,000-character headline', `${'T'.repeat(5000)}\n\nBody text here, said the mayor.`],
    ['only datelines of several agencies', 'BEIJING, Feb. 6 (Xinhua) --\nLONDON (Reuters) -\n(CNN) --\nWASHINGTON (AP) —\n'],
    ['a dateline with an impossible date', 'Headline\n\nBEIJING, Feb. 30 (Xinhua) -- The mayor said it, on Feb. 30, 2022.'],
    ['front matter with odd types', '---\ntitle: 2024-01-01\npublished: 2024-13-45\nurl: [1, 2]\nsource: {a: 1}\n---\nBody is here.', 'a.md'],
    ['front matter that is a list', '---\n- a\n- b\n---\nBody text is here. More text.', 'a.md'],
    ['a JSON title of the wrong type', '{"text":"Hello there world.","title":{"a":1},"url":5,"publishedAt":"garbage"}', 'a.json'],
    ['a JSON "__proto__" key', '{"__proto__":{"text":"polluted"},"text":"Real text here.","title":"t"}', 'a.json'],
    ['mentions and Slack control sequences everywhere', '@everyone <!channel>\n\n<@U123> said @here that <!here> and <#789> met <@&456> on Monday.'],
  ];
  for (const [name, raw, fileName] of briefed) {
    it(`briefs ${name} safely`, () => {
      const article = parseArticle(raw, { id: 'x', fileName: fileName ?? 'a.txt' });
      expect(LONE_SURROGATE.test(article.title + article.text)).toBe(false);
      expect(article.title + article.text).not.toMatch(CONTROL);
      const b = summarizeForChat(article);
      expect(b.tldr.length).toBeLessThanOrEqual(TLDR_MAX);
      expect(LONE_SURROGATE.test(b.tldr + b.title + b.keyPoints.join(''))).toBe(false);
      for (const p of b.keyPoints) expect(saidBy(p, article)).toBe(true);
      checkPayloads(briefingMessage(b));
      for (const q of ['Who said it?', 'When?', 'x'.repeat(501), '']) {
        const a = answer(q, article);
        for (const ev of a.evidence) expect(saidBy(ev.sentence, article)).toBe(true);
        checkPayloads(answerMessage(a, article, { named: true }));
      }
    });
  }
});

describe('text arguments of every command', () => {
  const FIXED = [
    '', ' ', '""', '"', '“', '”', '“”', 'a:b', 'article:', 'article:"', 'url:', 'action:frob', 'action:ADD', 'time:25:99', '"a\nb"',
    'x'.repeat(5000), `"${'y '.repeat(3000)}"`, '\u202e', '😀', 'add "x\ny"', 'tz:', ':::', '"" "" ""', 'question:"who"', 'article:"a b" who',
    '0 8 * * * Not/AZone extra words', 'remove', 'frobnicate', 'add notaurl', 'list extra stuff',
  ];
  const r = prng(7);
  for (const command of commands) {
    it(`/${command.name}: only one-line UserErrors, and only its own options`, () => {
      for (let i = 0; i < FIXED.length + 150; i++) {
        const text = i < FIXED.length ? FIXED[i] : noise(r, Math.floor(r() * 12));
        expectUserErrorOnly(() => {
          const args = textArgs(command, text);
          for (const [k, v] of Object.entries(args)) {
            if (v === undefined) continue;
            const opt = command.options.find((o) => o.name === k);
            expect(opt, `/${command.name} got an unknown option "${k}"`).toBeDefined();
            if (opt?.choices) expect(opt.choices).toContain(v);
          }
        });
      }
    });
  }
});

describe('error text shown in chat', () => {
  it('is one line of at most 400 characters, never cut inside a character', () => {
    const shown = userFacingMessage(new UserError(`"${'😀'.repeat(300)}\n${'word '.repeat(200)}" is not valid`));
    expect(shown).not.toMatch(/\n/);
    expect(shown.length).toBeLessThanOrEqual(400);
    expect(shown.endsWith('…')).toBe(true);
    expect(LONE_SURROGATE.test(shown)).toBe(false);
  });
  it('is a short apology without details for anything that is not a UserError', () => {
    const shown = userFacingMessage(new TypeError('Cannot read properties of undefined (reading "x")\n    at secret.ts:1:1'));
    expect(shown).not.toMatch(/undefined|secret|\n/);
  });
});
