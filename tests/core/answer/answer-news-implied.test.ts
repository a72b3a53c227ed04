/**
 * Session 12 (docs/answers-news.md): what a news sentence says without the question's own word
 * (grounding-implied.ts), and the names a role or deed pattern gives read whole (patterns-holders.ts).
 * Stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { answer, answerOutcome } from '../../../src/core/answer/answer.ts';
import { datedTitle, impliedWord, mainSubjectsThing, spanIsShare } from '../../../src/core/answer/grounding-implied.ts';
import { identifiedAs, listFrom, pluralKind, subjectList, subjectOfRole } from '../../../src/core/answer/patterns-holders.ts';
import { echoesQuestion } from '../../../src/core/answer/grounding-details.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { tokenize, type Token } from '../../../src/core/answer/spans.ts';
import type { Article } from '../../../src/core/types.ts';

function story(id: string, text: string, date: string | null = null): Article {
  return { id, title: '', text, caption: null, dateline: { place: null, date, agency: null }, url: null, publishedAt: null, source: null };
}

/** The tokens of `words` inside `sentence`'s tokens. */
function spanOf(sentence: readonly Token[], words: string): Token[] {
  const want = tokenize(words).map((t) => t.lower);
  const k = sentence.findIndex((_, i) => want.every((w, j) => sentence[i + j]?.lower === w));
  if (k < 0) throw new Error(`"${words}" not in the sentence`);
  return sentence.slice(k, k + want.length);
}

describe('a share written as a fraction or a percentage', () => {
  const s = tokenize('About a third of the island’s voters backed the plan, and the fourth round was cancelled.');
  it('reads "a third" as a share, not "the fourth"', () => {
    expect(spanIsShare(s, spanOf(s, 'third'))).toBe(true);
    expect(spanIsShare(s, spanOf(s, 'fourth'))).toBe(false);
  });
  it('reads "half" and "two-thirds" and "12 per cent" as shares', () => {
    const t = tokenize('Nearly half of members and two-thirds of staff agreed, up from 12 per cent.');
    expect(spanIsShare(t, spanOf(t, 'half'))).toBe(true);
    expect(spanIsShare(t, spanOf(t, 'two-thirds'))).toBe(true);
    expect(spanIsShare(t, spanOf(t, '12'))).toBe(true);
  });
  it('does not take "four in 10" of another group for a share', () => {
    const t = tokenize('Four in 10 nurses in the north agreed.');
    expect(spanIsShare(t, spanOf(t, 'four'))).toBe(false);
  });
  it('answers "What share ...?" from a fraction end to end', () => {
    const a = answer(
      'What share of the island’s voters backed the plan?',
      story(
        'share-island',
        'Voters on the island of Marrow went to the polls on Sunday. About a third of the island’s voters backed the plan to build a bridge, the council said. ' +
          'The council said it would now ask the government for funds. Opponents said the bridge would spoil the coast.',
        '2026-03-02',
      ),
    );
    expect(a.found).toBe(true);
    expect(a.answer).toContain('third');
  });
});

describe('where someone works, said by an affiliation', () => {
  it('reads "X, of Y" as the place X works', () => {
    const s = tokenize('Lead researcher Dr Maya Lund, of Tallis General Hospital, said the results were clear.');
    const work = tokenize('Which hospital does the lead researcher work at?').find((t) => t.lower === 'work')!;
    expect(impliedWord(work, s, spanOf(s, 'Tallis General Hospital'))).toBe(true);
    // Not an "of" phrase that is no affiliation ("the results of the trial").
    const t = tokenize('Dr Maya Lund spoke of Tallis General Hospital with pride.');
    expect(impliedWord(work, t, spanOf(t, 'Tallis General Hospital'))).toBe(false);
  });
});

describe("the main subject's thing by a pronoun", () => {
  const text =
    'Striker Tomas Aldana has told his club he wants to leave. Aldana, 29, has a year left on his contract. ' +
    'Since his announcement several clubs have called, and Radio Sur says that two clubs are bidding for his signature - Porto and Lyon. ' +
    'Aldana scored 20 goals last season. The club said Aldana would be sold only for the right price.';
  const prep = prepareArticle(story('pronoun-thing', text, '2026-05-01'));
  const bidding = prep.sentences.find((s) => s.text.includes('bidding'))!.tokens;
  it('reads "his signature" as the most-named person\'s signature', () => {
    expect(mainSubjectsThing("Which clubs are bidding for Tomas Aldana's signature?", prep, bidding, ['toma', 'aldana'])).toBe(true);
  });
  it('not for another thing of his, nor for a person named less than the story\'s subject', () => {
    expect(mainSubjectsThing("Which clubs are bidding for Aldana's house?", prep, bidding, ['aldana'])).toBe(false);
    expect(mainSubjectsThing("Which clubs are bidding for Porto's signature?", prep, bidding, ['porto'])).toBe(false);
  });
});

describe("a work's year after its quoted title", () => {
  const s = tokenize('The film is the first in the series since "Night Harbour II" in 2004, and its trailer came out on Monday.');
  it('dates the release of the quoted work', () => {
    expect(datedTitle('When was "Night Harbour II" released?', 'releas', s, spanOf(s, '2004'))).toBe(true);
  });
  it('not another deed, nor another title', () => {
    expect(datedTitle('When was "Night Harbour II" filmed?', 'film', s, spanOf(s, '2004'))).toBe(false);
    expect(datedTitle('When was "Night Harbour III" released?', 'releas', s, spanOf(s, '2004'))).toBe(false);
  });
});

describe('names read whole (patterns-holders.ts)', () => {
  it('tells plural kinds from singular ones', () => {
    expect(['charities', 'hostages', 'clubs'].every(pluralKind)).toBe(true);
    expect(['boss', 'series', 'bus', 'charity'].some(pluralKind)).toBe(false);
  });
  it('reads the list a plural kind asks for', () => {
    const t = 'The sale raised £4,000, with the money going to charities Shelter and Friends of the Earth.';
    expect(listFrom(t, 0, 'Shelter')).toBe('Shelter and Friends of the Earth');
    const u = 'Three climbers, Ana Ruiz of Spain, Tom Hale from Canada and Ken Ito, were rescued.';
    expect(listFrom(u, 0, 'Ana Ruiz')).toBe('Ana Ruiz of Spain, Tom Hale from Canada and Ken Ito');
    expect(listFrom('The charity Shelter said it was grateful.', 0, 'Shelter')).toBeNull();
  });
  it('reads every doer of a deed', () => {
    const t = 'Later, Northern Rail and Grand Central refused to run the trains.';
    expect(subjectList(t, t.indexOf('Grand Central'), 'Grand Central')).toBe('Northern Rail and Grand Central');
    const u = 'Later, the unions said Grand Central refused to run the trains.';
    expect(subjectList(u, u.indexOf('Grand Central'), 'Grand Central')).toBe('Grand Central');
  });
  it('reads the subject a role is said of when the words after the role repeat the question', () => {
    const t = 'Okafor is the only band member currently signed for the tour.';
    const at = t.indexOf('band');
    expect(subjectOfRole('Which band member is signed for the tour?', t, at, 'member currently signed')).toBe('Okafor');
    // Words after the role that are a name, not an echo, are kept.
    expect(subjectOfRole('Which band member is signed for the tour?', t, at, 'Lee Marsh')).toBeNull();
  });
  it('reads the name a holder is identified as', () => {
    const t = 'the dead man, identified Tuesday as Piet Mulder, was 40.';
    expect(identifiedAs(t, t.indexOf('identified'))).toBe('Piet Mulder');
  });
});

describe('role and deed patterns end to end', () => {
  it('gives both charities for "Which charities ...?"', () => {
    const a = answer(
      'Which charities will get the money?',
      story(
        'charities',
        'A signed guitar belonging to singer Lena Moss was sold at auction on Saturday for £12,000. ' +
          'The sale ended on Saturday, with the money going to charities Shelter and Friends of the Earth. ' +
          'Moss said she was delighted with the price.',
        '2026-06-07',
      ),
    );
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Shelter and Friends of the Earth');
  });
  it('gives both doers for "Who refused ...?"', () => {
    const a = answer(
      'Who refused to carry the parcels?',
      story(
        'doers',
        'Hopes of a quick return of the faulty heaters were dashed after Swift Post and Parcel Line refused to carry the parcels, the firm said on Monday. ' +
          'Owners were told to keep the heaters switched off.',
        '2026-01-12',
      ),
    );
    expect(a.answer).toBe('Swift Post and Parcel Line');
  });
  it('gives the name a victim is identified as in a lower-case story, not the day', () => {
    const a = answer(
      'Who was the victim?',
      story(
        'lower-victim',
        'police in the town of hartley said on monday that a body found in a car park belonged to a missing man. ' +
          'the remains belonged to the same victim, identified monday as daniel okafor, 31. ' +
          'a man has been charged with murder and will appear in court on friday.',
      ),
    );
    expect(answerOutcome(a)).not.toBe('refused');
    expect(a.answer.toLowerCase()).toBe('daniel okafor');
  });
});

describe('an answer that only names the possessor asked about', () => {
  it("repeats the question: \"Who is Okafor's lawyer?\" -> \"Ms Okafor\"", () => {
    expect(echoesQuestion("Who is Okafor's lawyer?", 'Ms Okafor')).toBe(true);
    expect(echoesQuestion("Who is Okafor's lawyer?", 'Ms Okafor’s lawyer Tim Bell')).toBe(false);
  });
  it('is refused end to end', () => {
    const a = answer(
      "Who is Okafor's lawyer?",
      story(
        'possessor',
        'A woman accused of poisoning her neighbours has gone on trial in Leeds. Prosecutors say Ms Okafor targeted the couple for their savings. ' +
          'Lawyers for Ms Okafor say the evidence cannot be trusted. The trial continues on Monday.',
        '2026-02-09',
      ),
    );
    expect(answerOutcome(a)).toBe('refused');
  });
});
