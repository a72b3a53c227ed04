/**
 * Session 14's fixes for answerable news questions missed in the right sentence
 * (docs/answers-news.md, "Session 14: answerable misses"), on stories of our own, each with a near
 * shape that must not change: the object of the question's verb ("Who did Flower punch?", "What did
 * she die from?"), a measure with its unit and "a quarter of a million", and three vetoes that
 * refused right spans (a currency sign before the chosen number, a change in per cent, a passive
 * count "can be used 15 times").
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { objectOfAskedVerb } from '../../../src/core/answer/span-object.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { tokenize } from '../../../src/core/answer/spans.ts';
import { askedVerb } from '../../../src/core/answer/asked-verb.ts';
import { makeArticle } from '../../helpers/article.ts';

const dated = { place: 'LEEDS', date: '2026-03-14', agency: null };

const RUGBY = makeArticle({
  dateline: dated,
  text:
    'Wigan beat Warrington 30-20 on Thursday night, coach Shaun Wane said. ' +
    'Ben Flower made his first appearance since he punched Lance Hohaia of St Helens in the opening minutes of last season\'s grand final. ' +
    'Wane said he expected Flower to start again on Sunday.',
});

const OBIT = makeArticle({
  dateline: dated,
  text:
    'Fans of the singer Lois Lindqvist gathered in Toronto on Thursday, her family said. ' +
    'Her son told reporters that Lindqvist died in Toronto on Wednesday night from a rare form of cancer. ' +
    'She recorded eleven albums in a career of forty years, the family said.',
});

/** The repair alone, on one sentence: the span given is the model's, the result the phrase or null. */
function repair(question: string, sentence: string, span: string): string | null {
  const toks = tokenize(sentence);
  const words = span.split(' ');
  const i = toks.findIndex((t, k) => words.every((w, n) => toks[k + n]?.text === w));
  const r = objectOfAskedVerb(question, analyzeQuestion(question), toks, i, i + words.length - 1);
  return r ? sentence.slice(toks[r[0]].start, toks[r[1]].end) : null;
}

describe('the object of the asked verb (span-object.ts)', () => {
  // (The span model alone already gives this one: a guard that the repair keeps it.)
  it('"Who did Flower punch?" gives whom he punched, not a word of the question or the time', () => {
    const a = answer('Who did Flower punch in the grand final?', RUGBY);
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Lance Hohaia');
  });

  it('"What did she die from?" gives what follows "from" after the verb', () => {
    expect(answer('What did Lindqvist die from?', OBIT).answer).toBe('a rare form of cancer');
    expect(repair('What did Lindqvist die from?', 'His mother died in Toronto on Wednesday night from a rare form of cancer.', 'Toronto')).toBe('a rare form of cancer');
  });

  it('a name that ends the phrase stays, a score after it is cut, a verb of thinking is no object', () => {
    // The model's "Hohaia" is the head of "St Helens forward Lance Hohaia": kept.
    expect(repair('Who did Flower punch?', 'He punched St Helens forward Lance Hohaia in the final.', 'Hohaia')).toBeNull();
    expect(repair('Who did Wigan beat on Thursday?', 'Wigan beat Warrington 30-20 on Thursday.', 'Thursday')).toBe('Warrington');
    // Near shape: "Who does he think will win?" asks for a person inside a clause, not "the win will go".
    expect(repair('Who does Calzaghe think will win?', 'But I think the win will go to Mayweather.', 'Mayweather')).toBeNull();
    // Near shape: "What is X?" is a copula, not a verb with an object.
    expect(repair('What is the punch?', 'He punched St Helens forward Lance Hohaia in the final.', 'final')).toBeNull();
  });
});

describe('a measure with its unit', () => {
  const SEABED = makeArticle({
    dateline: dated,
    text: 'Residents woke to a new view after 1,000 ft of seabed was forced to the surface overnight, officials said. The village lies 40 miles north of the capital.',
  });
  it('"How much seabed ...?" keeps the unit after the number', () => {
    expect(answer('How much seabed was forced to the surface?', SEABED).answer).toBe('1,000 ft');
    // Near shape: the distance pattern gave its unit before, and still does.
    expect(answer('How far is the village from the capital?', SEABED).answer).toBe('40 miles');
  });
  it('"How many ...?" stays a bare count (the question names what is counted)', () => {
    const FARM = makeArticle({ dateline: dated, text: 'The farm lost 300 acres to the flood, the owner said on Monday. He said 40 sheep drowned.' });
    expect(answer('How many sheep drowned?', FARM).answer).toBe('40');
  });
  it('"about a quarter of a million" is the number, not "million"', () => {
    const STORM = makeArticle({ dateline: dated, text: 'About a quarter of a million homes have no power after the storm, the utility said on Sunday. Crews worked through the night.' });
    expect(answer('How many homes have no power?', STORM).answer).toMatch(/^(about )?a quarter of a million$/i);
  });
});

describe('vetoes that refused right spans (grounding.ts, patterns-typed.ts)', () => {
  const PHONE = makeArticle({
    dateline: dated,
    text: 'The company asked owners of the £750 handset to turn their phones off, a spokesman said on Monday. By close of trading, its share price was down by nearly 30%. The company has 20,000 staff.',
  });
  it('a currency sign just before the chosen number is a sum', () => {
    const a = answer('How much does the handset cost?', PHONE);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('£750');
  });
  it('a change in per cent answers "by how much did the price fall"; a bare number is still no sum', () => {
    expect(answer("By how much did the company's share price fall?", PHONE).answer).toBe('nearly 30%');
    // Near shape: a salary asked, a count of staff is no sum.
    expect(answer('How much does the company pay its staff?', PHONE).found).toBe(false);
  });
  it('"How many times can push-to-pass be used?" counts the participle', () => {
    expect(askedVerb('How many times can push-to-pass be used?')).toBe('used');
    // Near shape: a subject and its verb as before.
    expect(askedVerb('How many birds have died?')).toBe('died');
  });
});
