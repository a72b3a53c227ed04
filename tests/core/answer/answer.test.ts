/**
 * Follow-up answers on the seed wire story: the right span for who / when / where / why /
 * which / what questions, lists with all their items, honest "does not say" answers, and
 * odd input that must never crash.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer, answerFromLibrary } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';
import type { Article } from '../../../src/core/types.ts';
import { expectRefused } from '../../helpers/answers.ts';

const seed = parseArticle(fs.readFileSync('briefings/000_96cf53ebe954ef7b.txt', 'utf8'), { id: '000_96cf53ebe954ef7b', fileName: '000_96cf53ebe954ef7b.txt' });

function ask(q: string, article: Article = seed) {
  return answer(q, article);
}

describe('answers on the seed article', () => {
  it('parses the seed as the answerer expects (body, caption aside, dateline)', () => {
    expect(seed.dateline).toEqual({ place: 'BEIJING', date: '2022-02-06', agency: 'Xinhua' });
    expect(seed.caption).toContain('Great Hall of the People');
    expect(seed.text).not.toContain('Great Hall');
  });

  it.each([
    ['Who did Xi meet?', 'Sadyr Zhaparov'],
    ['Who did Xi Jinping meet with?', 'Sadyr Zhaparov'],
    ['Who is the Kyrgyz president?', 'Sadyr Zhaparov'],
    ['When did Xi meet Zhaparov?', 'Sunday, Feb. 6, 2022'],
    ['Where did Xi meet Zhaparov?', 'the Great Hall of the People'],
    ['Why did Zhaparov come to China?', 'for the opening ceremony of the Beijing 2022 Olympic Winter Games'],
    ['Which railway?', 'the China-Kyrgyzstan-Uzbekistan railway'],
    ['Which railway will China support?', 'the China-Kyrgyzstan-Uzbekistan railway'],
    ['What will China import?', 'high-quality green agricultural and sideline products'],
    ['What will China import from Kyrgyzstan?', 'high-quality green agricultural and sideline products'],
    ['In which areas will China expand cooperation with Kyrgyzstan?', 'healthcare, poverty alleviation, vocational education, women and youth affairs'],
    ['What did the two sides sign?', "multiple documents for cooperation in culture, green development, and translation of each other's classic works"],
  ])('%s -> %s', (q, want) => {
    const a = ask(q);
    expect(a.found).toBe(true);
    expect(a.answer).toBe(want);
    expect(a.question).toBe(q);
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it('quotes the sentence that says it as evidence, with its index in the body', () => {
    const a = ask('Which railway will China support?');
    expect(a.evidence).toHaveLength(1);
    expect(a.evidence[0].sentence).toContain('support the construction of the China-Kyrgyzstan-Uzbekistan railway');
    expect(a.evidence[0].index).toBe(4);
    expect(a.evidence[0].from).toBeUndefined();
  });

  it('uses the photo caption as evidence when only the caption says it, and marks it', () => {
    const a = ask('Where did Xi meet Zhaparov?');
    expect(a.evidence[0].from).toBe('caption');
    expect(a.evidence[0].sentence).toContain('at the Great Hall of the People in Beijing');
  });

  it('resolves "on Sunday" against the dateline, and answers "When was this?" from it', () => {
    const a = ask('When was this?');
    expect(a).toMatchObject({ found: true, answer: 'Sunday, Feb. 6, 2022' });
    expect(a.evidence[0].sentence).toContain('on Sunday');
  });

  it('says honestly when the article does not say', () => {
    const cost = ask('How much will the railway cost?');
    expect(cost.found).toBe(false);
    expect(cost.answer).toBe('The article does not say how much the railway will cost.');
    const skating = ask('Who won the figure skating?');
    expectRefused(skating);
  });

  it('handles empty, huge and non-English questions without crashing', () => {
    const empty = ask('   ');
    expect(empty.found).toBe(false);
    expect(empty.answer).toMatch(/Ask a question/);
    const huge = ask(`${'Which railway '.repeat(400)}?`);
    expect(huge.found).toBe(false);
    expect(huge.answer).toMatch(/too long/);
    for (const q of ['¿Con quién se reunió Xi?', '习近平会见了谁？', 'Кто победил?', '???', '\u0000\u0001']) {
      const a = ask(q);
      expectRefused(a);
    }
  });
});

describe('answers from a whole library', () => {
  const other: Article = {
    id: 'rail-2',
    title: 'Port opens new container terminal',
    text: 'The port of Rotterdam opened a new container terminal on Monday. The terminal cost 400 million euros and can handle two million containers a year.',
    caption: null,
    dateline: { place: null, date: null, agency: null },
    url: null,
    publishedAt: null,
    source: null,
  };

  it('picks the article that answers and says which it used', () => {
    const r = answerFromLibrary('How much did the container terminal cost?', [seed, other]);
    expect(r?.article.id).toBe('rail-2');
    expect(r?.answer.found).toBe(true);
    expect(r?.answer.answer).toBe('400 million euros');
    const r2 = answerFromLibrary('Which railway will China support?', [other, seed]);
    expect(r2?.article.id).toBe(seed.id);
    expect(r2?.answer.answer).toBe('the China-Kyrgyzstan-Uzbekistan railway');
  });

  it('returns undefined for an empty library', () => {
    expect(answerFromLibrary('Who?', [])).toBeUndefined();
  });
});
