import { describe, expect, it } from 'vitest';
import { answerType, classify } from '../../scripts/qa-span-misses.ts';
import type { QaRow } from '../../scripts/qa-data.ts';

// A paragraph of our own, in the encyclopaedic style of the dev sets.
const CONTEXT =
  'The Harbour Lighthouse was built in 1862 by the engineer Mara Quill. ' +
  'Its lamp, a fourth-order lens, was replaced in 1931. ' +
  'The keepers lived in a stone cottage beside the tower until 1975.';

function row(question: string, answers: string[]): QaRow {
  return { id: 'q', title: 'Harbour Lighthouse', context: CONTEXT, question, answers };
}

describe('qa-span-misses: the miss table of issue #11', () => {
  it('types answers as a reader would: date, number, name or phrase', () => {
    expect(answerType('1862')).toBe('date');
    expect(answerType('in March')).toBe('date');
    expect(answerType('212 nests')).toBe('number');
    expect(answerType('Mara Quill')).toBe('name');
    expect(answerType('Bank of England')).toBe('name');
    expect(answerType('a stone cottage')).toBe('phrase');
  });

  it('splits wrong spans from the right sentence by boundary and by type', () => {
    const ev = 'The Harbour Lighthouse was built in 1862 by the engineer Mara Quill.';
    const who = row('Who built the Harbour Lighthouse?', ['Mara Quill']);
    expect(classify(who, 'Mara Quill', ev)).toBe('right');
    expect(classify(who, 'the engineer Mara Quill', ev)).toBe('span: too wide');
    expect(classify(who, 'Quill', ev)).toBe('span: too narrow');
    expect(classify(row('Who built it?', ['engineer Mara']), 'Mara Quill', ev)).toBe('span: shifted');
    expect(classify(who, 'Harbour Lighthouse', ev)).toBe('span: same type');
    expect(classify(who, '1862', ev)).toBe('span: other type');
  });

  it('splits wrong sentences: the neighbour, fewer question words (paraphrase), or the model\'s choice', () => {
    const lamp = row('When was the lamp replaced?', ['1931']);
    expect(classify(lamp, '1862', 'The Harbour Lighthouse was built in 1862 by the engineer Mara Quill.')).toBe('sentence: neighbour');
    const keepers = row('Where did the keepers of the lighthouse live?', ['a stone cottage']);
    expect(classify(keepers, 'Mara Quill', 'The Harbour Lighthouse was built in 1862 by the engineer Mara Quill.')).toBe('sentence: choice');
    const cottage = row('Where did the Harbour Lighthouse staff reside?', ['stone cottage']);
    // The gold sentence says it in other words ("keepers lived"): it shares no question word, the quoted one two.
    expect(classify(cottage, 'Mara Quill', 'The Harbour Lighthouse was built in 1862 by the engineer Mara Quill.')).toBe('sentence: paraphrase');
  });
});
