/**
 * "What did X say?" with no topic: the person's own statements (named, "He also said" right
 * after, or "The <role> noted" for the role the briefing gives them), never another speaker's;
 * refused when the article has them saying nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { speakerOf } from '../../../src/core/answer/patterns-statements.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { answerMessage } from '../../../src/core/message/build.ts';

const SEED_ID = '000_96cf53ebe954ef7b';
const seed = parseArticle(readFileSync(`briefings/${SEED_ID}.txt`, 'utf8'), { id: SEED_ID, fileName: `${SEED_ID}.txt` });

const STORY = parseArticle(
  [
    'Council approves new tram line',
    '',
    'LEEDS, March 3 (PA) -- The city council approved a new tram line on Tuesday after a four-hour debate.',
    '',
    'Council leader Judith Blake said the line would open in 2029 and carry 40,000 passengers a day.',
    '',
    'She added that the budget of 250 million pounds was fixed.',
    '',
    'Opposition councillor Tom Price warned that the route would close two bus lanes for a year.',
    '',
    'Local shop owners were not consulted, according to the minutes.',
  ].join('\n'),
  { id: 'tram', fileName: 'tram.txt' },
);

describe('"What did X say?"', () => {
  it("answers with the person's first statement and quotes their next ones, not anyone else's", () => {
    const a = answer('What did Judith Blake say?', STORY);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('the line would open in 2029 and carry 40,000 passengers a day');
    expect(a.evidence.map((e) => e.sentence)).toEqual([
      'Council leader Judith Blake said the line would open in 2029 and carry 40,000 passengers a day.',
      'She added that the budget of 250 million pounds was fixed.',
    ]);
    expect(answerMessage(a, STORY).fields?.[0].value.split('\n')).toHaveLength(2);
    // A verb that takes an object keeps it: "warned that ..." is a clause, "expressed support" is not.
    expect(answer('What did Tom Price say?', STORY).answer).toBe('the route would close two bus lanes for a year');
    expect(answer('What did Zhaparov say?', seed).answer).toMatch(/^expressed the Kyrgyz side's firm support for China/);
  });

  it('finds a speaker by the role the briefing gives them and by "He also said" after it', () => {
    const a = answer('What did Zhaparov say?', seed);
    expect(a.evidence.map((e) => e.sentence.slice(0, 30))).toEqual(['Zhaparov expressed the Kyrgyz ', 'The Kyrgyz president noted the', 'He also said that Kyrgyzstan e']);
    // Xi's statements only: Zhaparov's sentences are never quoted for him.
    const xi = answer('What did Xi say?', seed);
    expect(xi.answer).toMatch(/^China is willing to deepen mutually beneficial cooperation/);
    expect(xi.evidence.every((e) => !/Zhaparov expressed|Kyrgyz president noted/.test(e.sentence))).toBe(true);
  });

  it('reads a name given family name first as the person asked about ("Chinese President Xi Jinping said" is Xi speaking)', () => {
    const rail = parseArticle(
      ['Railway work begins', '', 'Engineers began laying track on Monday. Chinese President Xi Jinping said the line would carry goods to Europe in ten days.'].join('\n'),
      { id: 'rail', fileName: 'rail.txt' },
    );
    expect(answer('what did Xi say', rail).answer).toBe('the line would carry goods to Europe in ten days');
    expect(answer('What did Xi say about the line?', rail).answer).toBe('the line would carry goods to Europe in ten days');
    expect(answer('What did Jinping say?', rail).found).toBe(true);
  });

  it('"What did X say about Y?" reads X by the role the briefing gives them, and never gives another speaker\'s words', () => {
    const rail = answer('What did Zhaparov say about the railway?', seed);
    expect(rail.answer).toBe('the country is willing to work closely with China to make the China-Kyrgyzstan-Uzbekistan railway a flagship project in the Belt and Road cooperation');
    expect(rail.evidence[0].sentence).toMatch(/^The Kyrgyz president noted/);
    expect(answer('What did Xi say about the railway?', seed).evidence[0].sentence).toMatch(/^Xi noted that China/);
    // Only Zhaparov speaks of Taiwan.
    expect(answer('What did Xi say about Taiwan?', seed).found).toBe(false);
    expect(answer('What did Zhaparov say about Taiwan?', seed).answer).toMatch(/^the Kyrgyz side's firm support for China/);
  });

  it('refuses a deed asked of one person from a sentence that credits another ("What did Zhaparov support?" over "Xi noted that ... support the construction")', () => {
    // Before: "The article suggests the construction of the China-Kyrgyzstan-Uzbekistan railway" (26%), Xi's words.
    const a = answer('What did Zhaparov support?', seed);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/^The article does not say/);
    // The same question of the man whose sentence it is is answered from it.
    const xi = answer('What did Xi support?', seed);
    expect(xi.found).toBe(true);
    expect(xi.answer).toBe('the construction of the China-Kyrgyzstan-Uzbekistan railway');
    // "He" right after a sentence naming the person may be them: not refused for want of the name.
    const he = parseArticle(
      ['Mayor backs park plan', '', 'LYON, May 2 (AFP) -- Mayor Anne Roux met residents on Friday.', '', 'She said the city would support the new park with 2 million euros.'].join('\n'),
      { id: 'park', fileName: 'park.txt' },
    );
    expect(answer('What will Roux support?', he).found).toBe(true);
  });

  it('refuses for someone the article has saying nothing, or does not name', () => {
    for (const q of ['What did the shop owners say?', 'What did Putin say?']) {
      const a = answer(q, q.includes('shop') ? STORY : seed);
      expect(a.found, q).toBe(false);
    }
    expect(answer('What did the shop owners say?', STORY).answer).toBe('The article does not say what the shop owners said.');
  });

  it('leaves other shapes to the other rules', () => {
    for (const q of ['What did Xi say about Taiwan?', 'What did he say?', 'What did Mr Glen say was the only realistic solution?', 'What did Luther tell monks and nuns about their vows?'])
      expect(speakerOf(q), q).toBeNull();
    expect(speakerOf('What did Xi tell Zhaparov?')).toBe('Xi');
  });
});
