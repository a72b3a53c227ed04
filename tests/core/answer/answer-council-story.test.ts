/**
 * A council story of our own, asked what a reader asks first: who people are (by the role the
 * reporter writes before their name, in lower case too), how many there are in all against how
 * many a deed touches, a vote's tally, and what a speaker said in a quotation that runs on after
 * the credit.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const COUNCIL = parseArticle(
  [
    'City council votes to close two libraries',
    '',
    'BRISTOL, Nov. 28 (PA) -- Bristol City Council voted 41 to 19 on Thursday to close two of its 27 libraries next spring, despite a petition signed by more than 12,000 residents.',
    '',
    'Council leader Tony Dyer said the closures would save 1.2 million pounds a year and that the money would go to adult social care.',
    '',
    '"Nobody came into politics to close libraries," Dyer told reporters after the meeting. "But we have a legal duty to balance the budget."',
    '',
    'Campaigner Sarah Mills, who organised the petition, said residents would challenge the decision in court.',
    '',
    'Opposition leader Mark Weston called the vote "a sad day for the city".',
  ].join('\n'),
  { id: 'council', fileName: 'council.txt' },
);

describe('a council story, asked as a reader would', () => {
  it('says who someone is by the role written before the name, in lower case too', () => {
    // Before: 'the vote "a sad day' (hedged) and "Tony Dyer" (the name asked about, 65%).
    expect(answer('Who is Mark Weston?', COUNCIL).answer).toBe('Opposition leader');
    expect(answer('Who is Tony Dyer?', COUNCIL).answer).toBe('Council leader');
    expect(answer('Who is Dyer?', COUNCIL).answer).toBe('Council leader');
    expect(answer('Who is Sarah Mills?', COUNCIL).answer).toBe('Campaigner');
  });

  it('counts the whole when asked how many there are, the part when asked what the deed touches', () => {
    // Before: "two" (80%) for both.
    expect(answer('How many libraries does Bristol have?', COUNCIL).answer).toBe('27');
    expect(answer('How many libraries will close?', COUNCIL).answer).toBe('two');
  });

  it('gives a vote\'s tally, and answers whether it was unanimous from it', () => {
    // Before: "a sad day for the city" (50%) and refused.
    for (const q of ['What was the vote?', 'How did the council vote?', 'What was the result of the vote?']) expect(answer(q, COUNCIL).answer, q).toBe('41 to 19');
    const u = answer('Was the vote unanimous?', COUNCIL);
    expect(u.answer).toBe('No, 41 to 19');
    expect(u.evidence[0].sentence).toMatch(/^Bristol City Council voted 41 to 19/);
    const yes = parseArticle(['Park plan approved', '', 'The board unanimously approved the park plan on Monday.'].join('\n'), { id: 'park2', fileName: 'park2.txt' });
    expect(answer('Was the decision unanimous?', yes).answer).toBe('Yes');
    // A story with no vote in it: no tally read from another number.
    const none = parseArticle(['Park opens', '', 'The park opened on Monday with 40 new trees and 19 benches.'].join('\n'), { id: 'park3', fileName: 'park3.txt' });
    expect(answer('What was the vote?', none).found).toBe(false);
    // Years joined by a dash are no tally.
    const years = parseArticle(['Budget approved', '', 'The council approved 2019-2020 spending on Monday after a long debate.'].join('\n'), { id: 'budget', fileName: 'budget.txt' });
    expect(answer('What was the vote?', years).found).toBe(false);
  });

  it('reads a quotation that runs on right after the credit as the same speaker\'s words', () => {
    // Before: refused ("The article does not say").
    const a = answer('What did Dyer say about the budget?', COUNCIL);
    expect(a.answer).toBe('But we have a legal duty to balance the budget');
    expect(a.evidence[0].sentence).toBe('"But we have a legal duty to balance the budget."');
    // ", said residents would challenge the decision in court" credits Mills, not "residents would ...".
    expect(answer('What did Mills say?', COUNCIL).answer).toBe('residents would challenge the decision in court');
    // Nobody else speaks of it, and someone the story does not name is refused.
    expect(answer('What did Weston say about the budget?', COUNCIL).found).toBe(false);
    expect(answer('What did the mayor say?', COUNCIL).found).toBe(false);
  });
});
