import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { extractEntities } from '../../../src/core/entities/entities.ts';
import { summarize } from '../../../src/core/brief/summarize.ts';
import { sentences } from '../../../src/core/text/text.ts';

const SEED = fs.readFileSync('briefings/000_96cf53ebe954ef7b.txt', 'utf8');
const article = parseArticle(SEED, { id: '000_96cf53ebe954ef7b', fileName: '000_96cf53ebe954ef7b.txt' });
const b = summarize(article);

describe('the seed briefing', () => {
  it('has a TL;DR of one sentence naming Xi and Kyrgyzstan, at most 280 characters', () => {
    expect(b.tldr).toMatch(/Xi/);
    expect(b.tldr).toMatch(/Kyrgyzstan/);
    expect(b.tldr.length).toBeLessThanOrEqual(280);
  });

  it('has 3-5 key points copied from the body, in article order, no caption text', () => {
    const body = sentences(article.text);
    expect(b.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(b.keyPoints.length).toBeLessThanOrEqual(5);
    const idx = b.keyPoints.map((p) => body.indexOf(p));
    expect(idx.every((i) => i >= 0)).toBe(true);
    expect([...idx].sort((x, y) => x - y)).toEqual(idx);
    expect(new Set(b.keyPoints).size).toBe(b.keyPoints.length);
    for (const p of b.keyPoints) expect(p).not.toMatch(/Ding Lin|Xinhua\//);
  });

  it('honours a point count', () => {
    expect(summarize(article, { points: 3 }).keyPoints).toHaveLength(3);
    expect(summarize(article, { points: 5 }).keyPoints).toHaveLength(5);
  });

  it('names the people with their roles, and no photographer or month', () => {
    expect(b.entities.people).toEqual(
      expect.arrayContaining([
        { name: 'Xi Jinping', role: 'Chinese President' },
        { name: 'Sadyr Zhaparov', role: 'Kyrgyz President' },
      ]),
    );
    const names = b.entities.people.map((p) => p.name).join(' | ');
    expect(names).not.toMatch(/Ding Lin|Feb|Sunday/);
  });

  it('lists the places and organisations', () => {
    expect(b.entities.places).toEqual(expect.arrayContaining(['China', 'Kyrgyzstan', 'Uzbekistan', 'Beijing', 'Xinjiang', 'Taiwan', 'Hong Kong']));
    expect(b.entities.organizations).toContain('Xinhua');
  });

  it('counts words and reading time', () => {
    expect(b.wordCount).toBeGreaterThan(250);
    expect(b.wordCount).toBeLessThan(350);
    expect(b.readingMinutes).toBe(1);
  });
});

describe('entities elsewhere', () => {
  it('reads appositive roles and speakers', () => {
    const e = extractEntities({
      title: 'Talks in Paris',
      dateline: { place: null, date: null, agency: null },
      text: 'Jane Doe, the chief executive of Acme Corporation, met officials in Paris. "It went well," said John Smith. Smith added that Germany agreed.',
    });
    expect(e.people).toEqual(expect.arrayContaining([{ name: 'Jane Doe', role: 'chief executive of Acme Corporation' }, { name: 'John Smith', role: null }]));
    expect(e.places).toEqual(expect.arrayContaining(['Paris', 'Germany']));
    expect(e.organizations).toContain('Acme Corporation');
  });
});

describe('entities: noise that capitalisation brings', () => {
  const e = (text: string) => extractEntities({ title: 'T', dateline: { place: null, date: null, agency: null }, text });
  it('drops sentence-initial words and possessives from names', () => {
    const x = e('But Bruce Smith said the plan failed. District Attorney Robert Zapf\'s office declined to comment.');
    expect(x.people).toEqual([{ name: 'Bruce Smith', role: null }, { name: 'Robert Zapf', role: 'District Attorney' }]);
  });
  it('ends an organisation at its head word and splits "and" lists', () => {
    const x = e('When the Air Self Defense Force flew, Limerick Police Chief William Albany watched the Cup and Champions League.');
    expect(x.organizations).toEqual(expect.arrayContaining(['Air Self Defense Force', 'Limerick Police', 'Champions League']));
    expect(x.organizations.join('|')).not.toMatch(/When|the Air|William Albany/);
    expect(x.people).toContainEqual({ name: 'William Albany', role: 'Limerick Police Chief' });
  });
  it('keeps "of" tails: Bank of England', () => {
    expect(e('The Bank of England raised rates on Thursday.').organizations).toContain('Bank of England');
  });
});
