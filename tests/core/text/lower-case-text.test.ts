/**
 * One rule says whether copy is written in lower case, for the briefing's truecasing and for the
 * answerer alike (src/core/text/lower-case-text.ts; the answerer's isLowerCaseCopy reads it).
 */
import { describe, expect, it } from 'vitest';
import { isLowerCaseCopy } from '../../../src/core/answer/news-copy.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { isLowerCaseText } from '../../../src/core/text/lower-case-text.ts';
import { sentences } from '../../../src/core/text/text.ts';
import type { Article } from '../../../src/core/types.ts';
import { capitalOpenings, casedHarbour, lowerEnvoy, lowerHarbour, technicalParagraph } from '../../fixtures/lowercase-stories.ts';

const lower = (a: Article) => isLowerCaseText(sentences(a.text));

describe('lower-case copy', () => {
  it('is told from cased copy', () => {
    expect(lower(lowerHarbour)).toBe(true);
    expect(lower(lowerEnvoy)).toBe(true);
    expect(lower(casedHarbour)).toBe(false);
  });

  it('includes copy whose sentences open with a capital but whose names have none', () => {
    expect(lower(capitalOpenings)).toBe(true);
  });

  it('excludes a technical paragraph with few capitals, and text too short to judge', () => {
    expect(lower(technicalParagraph)).toBe(false);
    expect(isLowerCaseText(['short and lower.'])).toBe(false);
    expect(isLowerCaseText(['The Mayor of Duluth said the bridge would close on Monday for six weeks of repairs to its cables and deck.'])).toBe(false);
  });

  it('"I" keeps its capital in copy that lost every other one', () => {
    const s = sentences(lowerHarbour.text).map((x, k) => (k === 1 ? `${x} i think so, i said.` : x));
    expect(isLowerCaseText(s)).toBe(true);
  });

  it('a few names with capitals make copy cased', () => {
    const s = sentences(lowerHarbour.text.replace(/duluth/g, 'Duluth').replace(/okonkwo/g, 'Okonkwo').replace(/baker/g, 'Baker'));
    expect(isLowerCaseText(s)).toBe(false);
  });

  it('the answerer decides by the same rule, on the article as written', () => {
    for (const a of [lowerHarbour, lowerEnvoy, capitalOpenings, casedHarbour, technicalParagraph]) {
      expect(isLowerCaseCopy(prepareArticle(a)), a.id).toBe(lower(a));
    }
  });
});
