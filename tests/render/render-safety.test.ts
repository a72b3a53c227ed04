import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/article/parse.ts';
import { briefingMessage, digestMessage } from '../../src/core/message/build.ts';
import type { Message } from '../../src/core/message/message.ts';
import { buildDigest } from '../../src/core/digest/group.ts';
import { summarize } from '../../src/core/brief/summarize.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { splitText } from '../../src/render/split.ts';
import { expectDiscordPayloadsSafe, expectSlackPayloadsSafe } from '../helpers/payload-checks.ts';

/** A hostile article: pings, Slack control sequences, Markdown, HTML, emoji, no spaces. */
function hostileText(chars: number): string {
  const bits = [
    '@everyone look at this.', '@here now!', '<!channel> alert.', '<!here> too.', '<@U123> and <@&456> and <#789>.',
    '**bold** __under__ ~~strike~~ `code` ||spoiler|| > quote.', '<script>alert(1)</script> &amp; <b>html</b>.',
    '[click](https://evil.test/x) <https://evil.test|label>.', 'Emoji 😀🎉👍🏽 and accents é ü ñ.',
    'A very long word: ' + 'x'.repeat(500) + '.', 'The minister said the plan would work.',
  ];
  let t = 'Headline with @everyone and <!channel> ' + '😀'.repeat(100) + '\n\n';
  let i = 0;
  while (t.length < chars) {
    t += bits[i % bits.length] + (i % 7 === 6 ? '\n\n' : ' ');
    i++;
  }
  return t;
}

describe('renderers hold every limit and ping no one', () => {
  const raw = hostileText(50_000);
  const article = parseArticle(raw, { id: 'hostile' });
  const b = summarize(article, { points: 5 });
  const huge: Message = {
    ...briefingMessage(b),
    text: raw.slice(0, 20_000),
    bullets: Array.from({ length: 40 }, (_, i) => `${i}: ${raw.slice(i * 900, i * 900 + 900)}`),
    fields: Array.from({ length: 40 }, (_, i) => ({ name: `@everyone field ${i} ${raw.slice(0, 400)}`, value: raw.slice(i * 1500, i * 1500 + 3000) })),
    footer: raw.slice(0, 5000),
    title: raw.slice(0, 1000),
  };

  it('briefing of a 50,000-character hostile article: Discord', () => {
    expectDiscordPayloadsSafe(renderDiscord(briefingMessage(b)));
  });
  it('briefing of a 50,000-character hostile article: Slack', () => {
    expectSlackPayloadsSafe(renderSlack(briefingMessage(b)));
  });
  it('an oversized message is split across payloads within limits (Discord)', () => {
    const payloads = renderDiscord(huge);
    expectDiscordPayloadsSafe(payloads);
    expect(payloads.length).toBeGreaterThan(1);
  });
  it('an oversized message is split across payloads within limits (Slack)', () => {
    expectSlackPayloadsSafe(renderSlack(huge));
  });
  it('an ephemeral error with hostile text stays plain and safe', () => {
    const err: Message = { kind: 'error', text: raw.slice(0, 6000), ephemeral: true };
    const d = renderDiscord(err);
    expectDiscordPayloadsSafe(d);
    expect(d.every((p) => p.flags === 64)).toBe(true);
    expectSlackPayloadsSafe(renderSlack(err));
  });
  it('a digest of many hostile stories stays within limits', () => {
    const briefings = Array.from({ length: 30 }, (_, i) => summarize(parseArticle(`Story ${i} ${raw.slice(i * 1000, i * 1000 + 200)}\n\n${raw.slice(i * 1000, i * 1000 + 4000)}`, { id: `s${i}` })));
    const m = digestMessage(buildDigest(briefings, 25));
    expectDiscordPayloadsSafe(renderDiscord(m));
    expectSlackPayloadsSafe(renderSlack(m));
  });
  it('keeps the words: splitting loses no text', () => {
    const t = raw.slice(0, 12_000);
    const parts = splitText(t, 1000);
    expect(parts.every((p) => p.length <= 1000)).toBe(true);
    expect(parts.join(' ').replace(/\s+/g, '')).toBe(t.replace(/\s+/g, ''));
  });
  it('markdown carries the briefing', () => {
    const md = renderMarkdown(briefingMessage(b));
    expect(md).toContain('TL;DR');
  });
});

describe('briefing payloads', () => {
  it('Discord: one embed with title, TL;DR, key points, entities and an Ask button', () => {
    const b = summarize(parseArticle('Big news today\n\nThe mayor of Springfield, John Quimby, opened a bridge on Monday. It cost $4 million. Residents cheered. Traffic is expected to ease.', { id: 'n1' }));
    const [p] = renderDiscord(briefingMessage(b));
    expect(p.embeds?.[0].title).toBe('Big news today');
    expect(p.embeds?.[0].description).toContain('The mayor of Springfield');
    expect(p.components?.[0].components[0]).toMatchObject({ label: 'Ask a question', custom_id: 'ask:n1' });
  });
  it('Slack: header, TL;DR section and escaped text', () => {
    const b = summarize(parseArticle('A & B <merge>\n\nCompany A & Company B agreed to <merge> on Monday. Shares rose. Analysts approved.', { id: 'n2' }));
    const [p] = renderSlack(briefingMessage(b));
    expect(p.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'A & B <merge>', emoji: false } });
    expect(JSON.stringify(p.blocks)).toContain('Company A &amp; Company B agreed to &lt;merge&gt;');
  });
});
