/**
 * Session 20: a fixed pattern's answer (an amount, a score) is checked against the question's
 * restricting words (grounding-restrictor.ts): a place, a side or a road the question names and the
 * pattern's sentence does not say means the article does not say; its near shape, which the
 * sentence does cover, keeps its answer. Stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { restrictorUncovered } from '../../../src/core/answer/grounding-restrictor.ts';

const QUAKE = parseArticle(
  'Strong quake kills dozens in southern Peru\n\n' +
    'LIMA, Aug. 16 (Reuters) -- A magnitude 7.9 earthquake struck southern Peru on Wednesday evening, killing at least 85 people and injuring hundreds, officials said.\n\n' +
    'It was the strongest quake to hit the country since 2007. The coastal town of Pisco was worst hit, with churches and homes reduced to rubble.\n\n' +
    "Buildings were also damaged in Arequipa, the country's second city, where power was cut for several hours.",
  { id: 'quake' },
);

const MATCH = parseArticle(
  'Rovers back to winning ways\n\n' +
    'LONDON, Feb. 2 -- Harbour Rovers had gone three games without a win after heavy defeats by Arsenal and Leeds. They returned to winning ways with a 2-0 win over Newcastle on Monday night.\n\n' +
    'Striker Kofi Adjei scored both goals in the second half. "We needed that one," manager Helen Murray said.',
  { id: 'match' },
);

const MARKETS = parseArticle(
  'Peso slides after central bank surprise\n\n' +
    'MEXICO CITY, March 3 (Reuters) -- The peso fell 1.2 percent against the euro on Tuesday after the central bank unexpectedly cut its main interest rate.\n\n' +
    'Shares in Mexico City rose 0.8 percent, led by banks and retailers. Traders said the dollar was steady against most currencies.',
  { id: 'markets' },
);

function ask(q: string, article: ReturnType<typeof parseArticle>): { found: boolean; answer: string } {
  const a = answer(q, article);
  return { found: a.found, answer: a.answer };
}

describe("a place the question restricts the count to, which the pattern's sentence does not say", () => {
  it('"How many people were killed in Arequipa?" over the national toll is refused', () => {
    const a = ask('How many people were killed in Arequipa?', QUAKE);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });

  it('"How many people were injured in Pisco?" (the town is named in another sentence) is refused', () => {
    expect(ask('How many people were injured in Pisco?', QUAKE).found).toBe(false);
  });

  it('the same count asked of the place the sentence names, or of no place, keeps its answer', () => {
    expect(ask('How many people were killed in Peru?', QUAKE)).toEqual({ found: true, answer: 'at least 85' });
    expect(ask('How many people were killed?', QUAKE)).toEqual({ found: true, answer: 'at least 85' });
  });
});

describe('a side the question restricts the score to', () => {
  it('"What was the score against Arsenal?" over the win over Newcastle is refused', () => {
    const a = ask('What was the score against Arsenal?', MATCH);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });

  it('"What was the score against Newcastle?" keeps its answer', () => {
    expect(ask('What was the score against Newcastle?', MATCH)).toEqual({ found: true, answer: '2-0' });
  });
});

const PAY = parseArticle(
  "Council chiefs' pay revealed\n\n" +
    "LONDON, May 4, 2026 (PA) -- Council chief executives in England were paid an average of £165,000 last year, a survey by the TaxPayers' Alliance said on Monday.\n\n" +
    "In Kent, campaigners have complained about the £220,000 salary of the council's chief executive, Jane Holt, the survey said. Leeds and Manchester paid less than the average.",
  { id: 'pay' },
);

describe("a place's own (\"Manchester's chief executive\") restricts like \"in Manchester\"; a person's does not", () => {
  it('"What is the salary of Manchester\'s chief executive?" over the Kent salary is refused', () => {
    const a = ask("What is the salary of Manchester's chief executive?", PAY);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
    expect(ask('What is the salary of the chief executive in Manchester?', PAY).found).toBe(false);
  });

  it("Kent's, or the holder's own, keeps the answer", () => {
    expect(ask("What is the salary of Kent's chief executive?", PAY)).toEqual({ found: true, answer: '£220,000' });
    expect(ask('What is the salary of Jane Holt?', PAY)).toEqual({ found: true, answer: '£220,000' });
  });
});

describe('the other side of a comparison', () => {
  it('"How far did the peso fall against the dollar?" over a fall against the euro is refused', () => {
    const a = ask('How far did the peso fall against the dollar?', MARKETS);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });

  it('"How far did the peso fall against the euro?" keeps its answer', () => {
    expect(ask('How far did the peso fall against the euro?', MARKETS)).toEqual({ found: true, answer: '1.2 percent' });
  });
});

describe('the confidence of a pattern answer is the share of such answers right (scripts/pattern-rate.ts)', () => {
  const PARAGRAPH = parseArticle(
    'The university was founded in 1891. It runs four public charter schools in the city and has two campuses, one on each bank of the river.',
    { id: 'enc' },
  );

  it('in news copy a count read by a pattern is given at 0.8', () => {
    const a = answer('How many people were killed?', QUAKE);
    expect(a.found).toBe(true);
    expect(a.confidence).toBe(0.8);
  });

  it('outside news copy (70 of 119 right on the dev sets) it is given at 0.6, still as an answer', () => {
    const a = answer('How many public charter schools does the university run?', PARAGRAPH);
    expect({ found: a.found, answer: a.answer, confidence: a.confidence }).toEqual({ found: true, answer: 'four', confidence: 0.6 });
  });
});

describe('a country the figure is not for', () => {
  const FLU = parseArticle(
    'Flu season worst in a decade\n\n' +
      'ATLANTA, Jan. 9, 2026 (AP) -- About 4,500 people have died of flu across America since October, health officials said on Friday.\n\n' +
      'In Canada, hospitals said they were running out of beds. Officials in Mexico said cases were rising.',
    { id: 'flu' },
  );

  it('"How many people have died of flu in Canada?" over the American toll is refused; the toll itself is answered', () => {
    expect(ask('How many people have died of flu in Canada?', FLU).found).toBe(false);
    expect(ask('How many people have died of flu?', FLU)).toEqual({ found: true, answer: 'About 4,500' });
  });

  it('a country asked by another of its names is covered ("the U.S." by "America", "the UK" by "British")', () => {
    const prep = prepareArticle(FLU);
    expect(restrictorUncovered('How many people have died of flu in the U.S.?', prep, 0)).toBeNull();
    expect(restrictorUncovered('How many people have died of flu in Canada?', prep, 0)).toMatch(/Canada/);
    const uk = prepareArticle(parseArticle('British cinemas sold 170 million tickets last year, the association said on Monday.', { id: 'uk' }));
    expect(restrictorUncovered('How many tickets were sold in the UK?', uk, 0)).toBeNull();
  });
});
