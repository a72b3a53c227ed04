/**
 * Encyclopaedia spans (docs/answers-spans-enc.md): the frame of a span (what stands on both sides
 * of it) as a feature of the span model, and the answers it is for: an appositive or a bracket.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { alignQuestion } from '../../../src/core/answer/align.ts';
import { candidates } from '../../../src/core/answer/candidates.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { Cls, NCLS } from '../../../src/core/answer/spans.ts';
import { OFFSETS } from '../../../src/core/answer/templates.ts';
import { defaultWeights } from '../../../src/core/answer/model.ts';
import type { Article } from '../../../src/core/types.ts';

function article(text: string): Article {
  return { id: 'enc', title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

// Stories of our own, in the encyclopaedic style of the dev sets.
const TURBINE = article(
  'A water turbine converts the energy of falling water into rotation. ' +
    "The turbine's runners (curved vanes) are fixed to a vertical shaft, which drives the generator above. " +
    'The first turbines of this kind were installed at the Calder mills in 1881.',
);
const LIGHTHOUSE = article(
  'The Harbour Lighthouse stands on the north mole. ' +
    'Its designer, the engineer Mara Quill, also built the harbour wall. ' +
    'The lamp was replaced in 1931.',
);

describe('the frame of a span', () => {
  it('is a feature of every candidate: the classes on its left and right as one pair', () => {
    const prep = prepareArticle(TURBINE);
    const q = alignQuestion(analyzeQuestion('What are the runners of the turbine?'), prep);
    const set = candidates(prep, q);
    const s = set.top.findIndex((t) => prep.sentences[t.sentence].text.startsWith("The turbine's runners"));
    expect(s).toBeGreaterThanOrEqual(0);
    const toks = prep.sentences[set.top[s].sentence].tokens;
    const i = toks.findIndex((t) => t.text === 'curved');
    const c = set.candidates.find((x) => x.sentence === set.top[s].sentence && x.i === i && toks[x.j].text === 'vanes')!;
    const feats = Array.from(set.features.subarray(c.fstart, c.fend));
    expect(feats).toContain(OFFSETS.frame + Cls.Open * NCLS + Cls.Close);
    // The shipped model learned a weight for it (a table without it would load it as zero).
    expect(defaultWeights()[OFFSETS.frame + Cls.Open * NCLS + Cls.Close]).not.toBe(0);
  });

  it('answers with the words in brackets that name what the question asks about', () => {
    const a = answer('What are the runners of the turbine?', TURBINE);
    expect(a.answer).toBe('curved vanes');
  });

  it('answers with the appositive that names the person', () => {
    const a = answer('Who designed the Harbour Lighthouse?', LIGHTHOUSE);
    expect(a.answer).toMatch(/Mara Quill$/);
  });
});
