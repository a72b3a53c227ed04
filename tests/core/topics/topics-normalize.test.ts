/** What a user types after /follow: cleaned, or refused in one sentence that names the problem. */
import { describe, expect, it } from 'vitest';
import { normalizeTopic, topicKey } from '../../../src/core/topics/match.ts';

describe('normalizeTopic', () => {
  it('cleans spaces, quotes and invisible characters, and keeps the words as typed', () => {
    expect(normalizeTopic('  "Bank   of England" ')).toEqual({ topic: 'Bank of England' });
    expect(normalizeTopic('rate\u200b cut')).toEqual({ topic: 'rate cut' });
    expect(normalizeTopic('U.S.')).toEqual({ topic: 'U.S.' });
    expect(normalizeTopic("Côte d'Ivoire")).toEqual({ topic: "Côte d'Ivoire" });
  });

  it('reads a lowercase acronym as the country or body ("us" is nobody\'s pronoun to follow)', () => {
    expect(normalizeTopic('us')).toEqual({ topic: 'US' });
    expect(normalizeTopic('nato')).toEqual({ topic: 'NATO' });
  });

  it.each([
    ['', /Say what to follow/],
    ['   ', /Say what to follow/],
    ['?!…', /no letters or digits/],
    ['""', /Say what to follow/],
    ['2024', /only a number/],
    ['x'.repeat(61), /at most 60 characters; this one has 61/],
    ['one two three four five six seven', /at most 6 words; this one has 7/],
    ['<@&123456789>', /not a mention/],
    ['https://example.com/feed.xml', /not a link/],
    // These matched the lead of nearly every story: every story became an alert.
    ['the', /"the" is a common word, in nearly every story/],
    ['of the', /is a common word/],
  ])('refuses %j in one line', (raw, why) => {
    const r = normalizeTopic(raw);
    expect(r.topic).toBeUndefined();
    expect(r.error).toMatch(why);
    expect(r.error).not.toContain('\n');
  });

  it('keeps a common word written as a name, or among other words', () => {
    expect(normalizeTopic('May')).toEqual({ topic: 'May' });
    expect(normalizeTopic('WHO')).toEqual({ topic: 'WHO' });
    expect(normalizeTopic('the economy')).toEqual({ topic: 'the economy' });
  });

  it('never throws on odd input', () => {
    for (const raw of [null, undefined, 42, '\u0000', '𝕮𝖍𝖎𝖓𝖆', '#China'] as unknown[]) expect(() => normalizeTopic(raw as string)).not.toThrow();
    expect(normalizeTopic('𝕮𝖍𝖎𝖓𝖆')).toEqual({ topic: 'China' });
  });
});

describe('topicKey', () => {
  it('gives two spellings of one topic the same key, and different topics different keys', () => {
    expect(topicKey('China')).toBe(topicKey(' china '));
    expect(topicKey("China's")).toBe(topicKey('China'));
    expect(topicKey('Zürich')).toBe(topicKey('Zurich'));
    expect(topicKey('China')).not.toBe(topicKey('Chinatown'));
  });
});
