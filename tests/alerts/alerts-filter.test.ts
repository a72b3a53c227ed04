/** Story filters (src/alerts/filter.ts): the syntax live feeds and digests share. */
import { describe, expect, it } from 'vitest';
import { describeFilter, parseFilterList, passesFilter, splitFilter } from '../../src/alerts/filter.ts';
import { UserError } from '../../src/core/errors.ts';

const story = (title: string, lead = '') => ({ title, lead });

describe('story filters', () => {
  it('reads words and phrases separated by commas, without quotes or duplicates', () => {
    expect(parseFilterList(' rate cut, "Bank of England" ,inflation, Rate  Cut,,', 'include')).toEqual(['rate cut', 'Bank of England', 'inflation']);
  });

  it('takes include: and exclude: out of a command line', () => {
    expect(splitFilter('https://example.com/feed.xml live include:rate cut, inflation exclude:opinion')).toEqual({
      filter: { include: ['rate cut', 'inflation'], exclude: ['opinion'] },
      rest: 'https://example.com/feed.xml live',
    });
    expect(splitFilter('08:00 Europe/London')).toEqual({ filter: { include: [], exclude: [] }, rest: '08:00 Europe/London' });
  });

  it('keeps a story naming an included phrase in its headline or lead, case-insensitively', () => {
    const f = { include: ['rate cut'], exclude: [] };
    expect(passesFilter(f, story('Central bank announces RATE CUT'))).toBe(true);
    expect(passesFilter(f, story('Markets rally', 'Traders cheered the rate-cut decision on Monday.'))).toBe(true);
    expect(passesFilter(f, story('Rates unchanged', 'The bank did not cut rates.'))).toBe(false);
  });

  it('drops a story naming an excluded word, on whole words only', () => {
    const f = { include: [], exclude: ['opinion', 'art'] };
    expect(passesFilter(f, story('Opinion: why the rate cut is late'))).toBe(false);
    expect(passesFilter(f, story('Artificial intelligence rules agreed', 'An article on it.'))).toBe(true);
    expect(passesFilter(f, story('A sale of modern art in Paris'))).toBe(false);
  });

  it('refuses an over-long list or a term with nothing to match, in one sentence', () => {
    expect(() => parseFilterList(Array.from({ length: 21 }, (_, i) => `w${i}`).join(','), 'exclude')).toThrow(/at most 20/);
    expect(() => parseFilterList('!!!', 'include')).toThrow(UserError);
    expect(() => parseFilterList('x'.repeat(61), 'include')).toThrow(/longer than 60/);
  });

  it('refuses include: or exclude: with nothing after it (the digest came unfiltered without a word)', () => {
    expect(() => splitFilter('https://example.com/feed.xml live include:')).toThrow('include: needs words or phrases after it, like include:rate cut, inflation');
    expect(() => splitFilter('08:00 exclude: , ')).toThrow('exclude: needs words or phrases after it, like exclude:opinion, sport');
  });

  it('says what a filter does in words', () => {
    expect(describeFilter({ include: ['rate cut', 'inflation'], exclude: ['opinion'] })).toBe('only stories mentioning "rate cut" or "inflation", none mentioning "opinion"');
    expect(describeFilter({ include: [], exclude: ['sport'] })).toBe('no stories mentioning "sport"');
    expect(describeFilter({ include: [], exclude: [] })).toBe('');
  });
});
