/**
 * The contrast features read what the question asks against what the evidence says, the way
 * unanswerable questions are written from answerable ones: a word swapped for its opposite, a
 * closed-class word added, a year swapped, "what isn't ...". Checked on a paragraph of our own;
 * each test also holds the unchanged question, which must not set the feature.
 */
import { describe, expect, it } from 'vitest';
import { contrastFeatures } from '../../../src/core/answer/answerable-contrast.ts';
import { prepareArticle, rankSentences } from '../../../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import type { Article } from '../../../src/core/types.ts';

const MILL: Article = {
  id: 'mill',
  title: 'Mill',
  text:
    'The Aldwick windmill was built in 1782 by the millwright Thomas Hale for the Pennington family. ' +
    'The number of visitors increased sharply in 1978, when the mill first opened to the public. ' +
    'Its cap was rebuilt in oak after a fire in 1994. ' +
    'The village school closed in 2001.',
  caption: null,
  dateline: { place: null, date: null, agency: null },
  url: null,
  publishedAt: null,
  source: null,
};

/** Features of a question against the sentence that ranks best for it, with the span given. */
function features(question: string, span: string): Record<string, number> {
  const prep = prepareArticle(MILL);
  const info = analyzeQuestion(question);
  const ranked = rankSentences(prep, info);
  const evidence = ranked[0];
  const tokens = prep.sentences[evidence.sentence].tokens;
  const at = tokens.findIndex((t) => t.text === span.split(' ')[0]);
  return contrastFeatures({ question, info, prep, ranked, evidence, span: tokens.slice(at, at + span.split(' ').length) });
}

describe('contrast features', () => {
  it('notices a question word swapped for its WordNet opposite', () => {
    expect(features('When did the number of visitors decrease sharply?', '1978').antoWN).toBe(1);
    expect(features('When did the number of visitors increase sharply?', '1978').antoWN).toBe(0);
  });

  it('notices opposites among closed-class words ("before" / "after", "last" / "first")', () => {
    expect(features('When was its cap rebuilt before a fire?', '1994').antoWN).toBe(1);
    expect(features('When was its cap rebuilt after a fire?', '1994').antoWN).toBe(0);
    const f = features('When did the mill last open to the public?', '1978');
    // "last" against the sentence's "first": an opposite and a closed-class word the sentence lacks.
    expect(f.antoWN).toBe(1);
    expect(f['ccq:order']).toBe(1);
  });

  it('notices a year swapped for another and a negated wh-phrase', () => {
    expect(features('Who built the Aldwick windmill in 1783?', 'Thomas Hale').yearSwap).toBe(1);
    expect(features('Who built the Aldwick windmill in 1782?', 'Thomas Hale').yearSwap).toBe(0);
    expect(features("Who didn't build the Aldwick windmill?", 'Thomas Hale').whNeg).toBe(1);
    expect(features('Who built the Aldwick windmill?', 'Thomas Hale').whNeg).toBe(0);
  });

  it('notices a person asked for and a span with no name, and "other than"', () => {
    expect(features('Who built the windmill for the Pennington family?', 'the millwright').whCapMiss).toBe(1);
    expect(features('Who built the windmill for the Pennington family?', 'Thomas Hale').whCapMiss).toBe(0);
    expect(features('Who other than Thomas Hale built the windmill?', 'Thomas Hale').exclusion).toBe(1);
  });
});
