/**
 * Encyclopaedia spans (docs/answers-spans-enc.md): answers in brackets and appositions, which the
 * frame feature measured in session 10 was for (not shipped: see the doc); pinned as they stand.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
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

describe('encyclopaedia spans in brackets and appositions', () => {
  it('answers with the words in brackets that name what the question asks about', () => {
    const a = answer('What are the runners of the turbine?', TURBINE);
    expect(a.answer).toBe('curved vanes');
  });

  it('answers with the appositive that names the person', () => {
    const a = answer('Who designed the Harbour Lighthouse?', LIGHTHOUSE);
    expect(a.answer).toMatch(/Mara Quill$/);
  });
});
