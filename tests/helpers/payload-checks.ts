/**
 * What every Discord and Slack payload must hold, whatever the article said: the platform's
 * limits, no pings or mentions that can form, no character cut in half, no link that ends
 * early. Shared by the renderer safety tests and the fuzz tests.
 */
import { expect } from 'vitest';
import { DISCORD_LIMITS, type DiscordPayload } from '../../src/render/discord.ts';
import { SLACK_LIMITS, type SlackPayload } from '../../src/render/slack.ts';

export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Discord: limits, allowed_mentions on every payload, no mention can form, whole characters. */
export function expectDiscordPayloadsSafe(payloads: DiscordPayload[]): void {
  expect(payloads.length).toBeGreaterThan(0);
  for (const p of payloads) {
    expect(p.allowed_mentions).toEqual({ parse: [] });
    if (p.content !== undefined) expect(p.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    const embeds = p.embeds ?? [];
    expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
    expect(p.content !== undefined || embeds.length > 0).toBe(true);
    let total = 0;
    for (const e of embeds) {
      expect((e.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
      expect((e.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect((e.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
        expect(f.value.trim().length).toBeGreaterThan(0);
      }
      expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
      total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
      // A link target never holds white space or a parenthesis that would end the link early.
      for (const [, target] of (e.description ?? '').matchAll(/\]\((https?:[^)]*)\)/g)) expect(target).not.toMatch(/[\s()]/);
    }
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    // Mass mentions cannot even highlight, and raw user/role/channel mentions are broken.
    const all = JSON.stringify([p.content, p.embeds]);
    expect(all).not.toMatch(/@(everyone|here)/);
    expect(all).not.toMatch(/<@[!&]?\d+>|<#\d+>/);
    // No lone surrogate anywhere (nothing cut mid-character).
    expect(all).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i);
    expect(LONE_SURROGATE.test([p.content ?? '', ...embeds.map((e) => JSON.stringify(e))].join(''))).toBe(false);
  }
}

/** Slack: limits, and no control sequence (`<!channel>`, `<@U…>`, links) can form from article text. */
export function expectSlackPayloadsSafe(payloads: SlackPayload[]): void {
  expect(payloads.length).toBeGreaterThan(0);
  for (const p of payloads) {
    expect(p.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    const texts: string[] = [p.text];
    for (const b of p.blocks) {
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.header);
      if (b.type === 'section') {
        expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.section);
        texts.push(b.text.text);
      }
      if (b.type === 'context') for (const e of b.elements) texts.push(e.text);
    }
    for (const t of texts) {
      // No raw < or > at all except our own links to http(s) URLs.
      expect(t.replace(/<https?:\/\/[^<>|\s]+\|[^<>]*>/g, '')).not.toMatch(/[<>]/);
      expect(t).not.toMatch(/<!(channel|here|everyone)/);
      expect(t).not.toMatch(/<@U/);
      expect(LONE_SURROGATE.test(t)).toBe(false);
    }
    expect(JSON.stringify(p)).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i);
  }
}
