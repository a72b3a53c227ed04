/**
 * Session 10's general causes of misses on a fourth fresh batch of news questions
 * (docs/answers-news-batch4.md), on stories of our own: a day after a month is no age; an age set
 * off by commas counts nothing; "has yet to determine" says the answer is not known; "what did the
 * <role> say" from a sentence without that role; the word put in quotes after "was"; a name then
 * "and" + a verb ends the span; "<place>-based X"; a score, count or sum read for the sides, the
 * deed and the thing asked about; a numbered near miss ("Zeta 5" vs "Zeta 4"); the same role at
 * another body.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { askedVerb, saysVerb } from '../../../src/core/answer/asked-verb.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { newsSpanRepair } from '../../../src/core/answer/span-news.ts';
import { tokenize } from '../../../src/core/answer/spans.ts';
import type { Article } from '../../../src/core/types.ts';
import { expectRefused } from '../../helpers/answers.ts';

function story(text: string): Article {
  return { id: 'test', title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

const CHASE = story(
  'Leon Marsh, 31, was arrested after a car chase with officer Dana Pike on May 12, police said. ' +
    'Pike is on leave while the force reviews the chase, a spokesman said on Tuesday. ' +
    'The drivers\' association said in a statement that it backed the officer. ' +
    'Marsh said the charges were "nonsense" and vowed to fight them. ' +
    'Fire officials have yet to determine what caused the blaze at the Orrin mill that night. ' +
    'Pike was taken to St Clare Hospital and treated for cuts, the spokesman said.',
);

const GADGETS = story(
  'Leeds-based Brightlane (named after a street in the city) said on Monday it would sell its Zeta player in shops. ' +
    'The price cut is a reaction to rivals such as the Orbit player having lowered their price to $40 and the Zeta 4 costing just $90, analysts said. ' +
    'Brightlane chief Amira Stone said the firm could ship up to 50,000 players and sell 20,000 in the first week. ' +
    '"People want music without a contract," says Omar Hale, who heads sales at Corvid. ' +
    'Brightlane was fined a massive £20,000 fine, that\'s more than $25,000, for late deliveries last year, the regulator said.',
);

const MATCHES = story(
  'Rovers manager Ian Cole said his side were "unlucky" after a 2-0 defeat by Albion on Saturday. ' +
    'City, who lost to Rovers last week, are now fourth in the table, Cole said. ' +
    'Cole said he hoped to have his captain back on Tuesday.',
);

describe('numbers that are no age and no count', () => {
  it('does not give a day of a month as an age', () => {
    const a = answer('How old is officer Dana Pike?', CHASE);
    expect(a.answer).not.toMatch(/12|May/);
    expectRefused(a);
  });

  it('does not count with an age the reporter sets off by commas', () => {
    const a = answer('How many times was Leon Marsh arrested?', CHASE);
    expect(a.answer).not.toMatch(/31/);
    expectRefused(a);
  });
});

describe('what the story says it does not know, or never has said', () => {
  it('refuses a cause the officials have yet to determine', () => {
    expectRefused(answer('What caused the blaze at the Orrin mill?', CHASE));
  });

  it('refuses what a role said when no sentence gives that role', () => {
    expectRefused(answer('What did the police chief say about the chase?', CHASE));
  });
});

describe('spans read as a reporter writes them', () => {
  it('gives the word in quotes after "was"/"were" for "what did X call Y"', () => {
    const a = answer('What did Marsh call the charges?', CHASE);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('nonsense');
  });

  it('gives the quoted word in a story written in lower case too', () => {
    const lower = story(
      '(cnn) the mayor of westport said on friday the budget was balanced. ' +
        'critics of the plan were quick to respond, calling the whole thing "absurd." ' +
        'the council will vote on the budget next week, the mayor said.',
    );
    expect(answer('What did critics call the plan?', lower).answer).toBe('absurd');
  });

  it('ends a name where "and" and a verb start another deed', () => {
    const q = 'Which hospital was Pike taken to?';
    const toks = tokenize('Pike was taken to St Clare Hospital and treated for cuts, the spokesman said.');
    const i = toks.findIndex((t) => t.text === 'St');
    const j = toks.findIndex((t) => t.text === 'cuts');
    const cut = newsSpanRepair(q, analyzeQuestion(q), toks, i, j);
    expect(cut).not.toBeNull();
    expect(toks.slice(cut![0], cut![1] + 1).map((t) => t.text).join(' ')).toBe('St Clare Hospital');
  });

  it('reads where a firm is based from "<place>-based", with or without capitals', () => {
    expect(answer('Where is Brightlane based?', GADGETS).answer).toBe('Leeds');
    const lower = story(
      'Kim Oduya said on Monday her dogs would tour in May. ' +
        'Oduya also runs the bristol, england-based firm happy paws, she said. ' +
        'The tour starts on May 3, she said.',
    );
    expect(answer('Where is happy paws based?', lower).answer).toBe('bristol, england');
  });
});

describe('scores, counts and sums of the thing asked about', () => {
  it('does not give another match\'s score for the sides asked about', () => {
    const a = answer('What was the score when Rovers beat City?', MATCHES);
    expect(a.answer).not.toBe('2-0');
  });

  it('still gives the score of the match the sentence names', () => {
    expect(answer('What was the score of the defeat by Albion?', MATCHES).answer).toBe('2-0');
  });

  it('counts the deed asked about, not the figure of another verb', () => {
    expect(answer('How many players could Brightlane sell in the first week?', GADGETS).answer).toBe('20,000');
  });

  it('prices the thing asked about, not the last sum of the sentence', () => {
    expect(answer('How much does the Orbit player cost?', GADGETS).answer).toBe('$40');
  });

  it('gives the sum the asked noun follows', () => {
    expect(answer('How much was Brightlane fined?', GADGETS).answer).toBe('£20,000');
  });

  it('refuses the price of a numbered thing the story never prices', () => {
    expectRefused(answer('How much does the Zeta 5 cost?', GADGETS));
  });

  it('refuses a role at a body when the sentence gives that role at another one', () => {
    expectRefused(answer('Who heads sales at Brightlane?', GADGETS));
    expect(answer('Who heads sales at Corvid?', GADGETS).answer).toBe('Omar Hale');
  });
});

describe('phrases after the asked verb, lengths and doers', () => {
  const RAID = story(
    'Police shot Owen Tarr, 40, after a stand-off in Corby on Friday, officers said. ' +
      'Detective Rhona Vale returned from six weeks out and Sergeant Ali Khan from two, the force said.',
  );
  const OBITUARY = story(
    '(cnn) ray cole, best known for playing the grumpy barman on tv\'s "the old bell," died friday. he was 79. ' +
      'born in leeds in 1936, cole was orphaned at 5 and raised by marie and tom ashby, who renamed him raymond. ' +
      '"i directed two of his feature films, a sequel he was proud of as he had made the first one in 1960," said his friend jon reyes. ' +
      '"the old bell" ran until 1990 and made cole a household name, reyes said.',
  );

  it('moves the span to the words after the asked verb and its preposition', () => {
    const q = 'What was Owen Tarr armed with?';
    const toks = tokenize('Pike, responding to a report of a drunk man, shot 52-year-old Owen Tarr, who was armed with a kitchen knife.');
    const i = toks.findIndex((t) => t.text === 'drunk');
    const cut = newsSpanRepair(q, analyzeQuestion(q), toks, i, i + 3);
    expect(cut).not.toBeNull();
    expect(toks.slice(cut![0], cut![1] + 1).map((t) => t.text).join(' ')).toBe('a kitchen knife');
  });

  it('cuts a "how long" span to its stretch of time', () => {
    expect(answer('How long was Rhona Vale out?', RAID).answer).toBe('six weeks');
  });

  it('keeps both doers of a passive deed joined by "and"', () => {
    expect(answer('Who raised ray cole?', OBITUARY).answer).toBe('marie and tom ashby');
  });

  it('does not count "two of his films" for a question about episodes of a show', () => {
    expectRefused(answer('How many episodes of "the old bell" were made?', OBITUARY));
  });
});

describe('the deed a "how many" question counts', () => {
  it('skips the subject\'s noun phrase and "need to be"', () => {
    expect(askedVerb('How many Britons could a new superbug kill?')).toBe('kill');
    expect(askedVerb('How many goals has the striker scored this season?')).toBe('scored');
    expect(askedVerb('How many signatures does a petition need to be considered?')).toBe('considered');
    expect(askedVerb('How many birds have died?')).toBe('died');
  });

  it('reads "closed down" as a fall and "up" as a rise', () => {
    expect(saysVerb(tokenize('The index closed down 12.5 points at 6,100.'), 'fall')).toBe(true);
    expect(saysVerb(tokenize('Shares were up 3% at the close.'), 'rise')).toBe(true);
    expect(saysVerb(tokenize('Shares were up 3% at the close.'), 'fall')).toBe(false);
  });
});
