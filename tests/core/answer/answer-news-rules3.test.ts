/**
 * Session 8's general causes of misses on a third fresh batch of news questions
 * (docs/answers-news.md), on stories of our own: "When was X <done>?" read as passive whatever
 * its capital; a "when" clause after the subject is not the counted deed; lengths in words; vague quantities, rankings and echoes of the question; stories
 * that lost their capitals; the story's subject called "the firm"; a country or a day the
 * story never gives; a relative clause dating someone else's deed; a title's holder; a nationality; a date,
 * a year or a firm's name where one is asked for.
 */
import { describe, expect, it } from 'vitest';
import { answer, answerDetailed } from '../../../src/core/answer/answer.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { isLowerCaseCopy } from '../../../src/core/answer/news-copy.ts';
import { askedVerb, datedDeed } from '../../../src/core/answer/asked-verb.ts';
import { tokenize } from '../../../src/core/answer/spans.ts';
import type { Article } from '../../../src/core/types.ts';
import { expectRefused } from '../../helpers/answers.ts';

function story(text: string): Article {
  return { id: 'test', title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

const BANK = story(
  'Harrow Mutual said on Tuesday it would split into three companies by the end of 2019, officials said. ' +
    'The insurer, which was founded in Leeds in 1851, holds a majority stake in Pell Bank. ' +
    'It came as the firm reported a 6% rise in annual profit to £2.1bn. ' +
    'Harrow Mutual chief executive Dana Kerr said the group was "too costly" to run. ' +
    'Harrow Mutual has 4,000 staff in England and Scotland, the company said. ' +
    'Kerr said Harrow Mutual would decide later how to list the new companies. ' +
    'Pell Bank disqualified several bidders for its branches, a spokesman said.',
);

const LOWER = story(
  '(cnn) mara quill, the singer who led the folk trio the lanterns, has died, aged 81. ' +
    'her son, owen quill, said his mother died in dublin on friday night after a short illness. ' +
    'quill was born in boston in 1943 and married her husband, felix, in 1970. ' +
    'the lanterns sold records in ireland, canada and norway before they split in 1990. ' +
    'she was seven months pregnant when the band played its first concert, her son said. ' +
    'quill left the band in 1988 and never recorded again, her family said.',
);

const SURVEY = story(
  'Nine in ten parents in France say their children eat more fruit at school, a survey has found. ' +
    'The survey of 1,500 parents was carried out by the Fruit Council between March 3 and March 9. ' +
    'Of the parents questioned, 640 had children who ate school lunches, the council said. ' +
    'A total of 45 schools took part in the week of April 5, council spokesman Leo Brun said. ' +
    'Brun said staff had heard the complaints about the menus over the last couple of years. ' +
    'An inspector made a string of triple 9 calls from a school in Lyon, he said. ' +
    'Lyon is ranked third among French cities for school meals, Brun said.',
);

describe('deeds and clauses in the question', () => {
  it('reads "When was X founded?" as a passive deed with its capital', () => {
    expect(datedDeed('When was Pell Bank founded?', tokenize('When was Pell Bank founded?'))).toBe('founded');
  });

  it('does not take a "when" clause after the subject for the counted deed', () => {
    expect(askedVerb('How many months pregnant was Quill when the band played?')).toBeNull();
    expect(askedVerb('How many bidders did Pell Bank disqualify?')).toBe('disqualify');
    expect(answer('How many months pregnant was she when the band played its first concert?', LOWER).answer).toBe('seven');
  });

  it('refuses a date the relative clause gives to someone else ("X, which was founded in ...")', () => {
    expectRefused(answer('When was Pell Bank founded?', BANK));
    expect(answer('When was the insurer founded?', BANK).answer).toMatch(/1851/);
  });
});

describe('news copy', () => {
  it('sees a story that lost its capitals', () => {
    expect(isLowerCaseCopy(prepareArticle(LOWER))).toBe(true);
    expect(isLowerCaseCopy(prepareArticle(BANK))).toBe(false);
  });

  it('accepts a name in a story written all in lower case', () => {
    expect(answer("What was the name of Quill's husband?", LOWER).answer).toBe('felix');
  });
});

describe('what a span must be', () => {
  it('takes a length written in words for "how long" (the model then decides, no plain conflict)', () => {
    const d = answerDetailed('How long have staff heard the complaints about the menus?', SURVEY);
    expect(d.span).toMatch(/the last couple of years$/);
    expect(d.conflict).toBeUndefined();
  });

  it('refuses a vague quantity for "how many"', () => {
    expectRefused(answer('How many bidders did Pell Bank disqualify?', BANK));
  });

  it('refuses an answer that only repeats the question', () => {
    expectRefused(answer('How many triple 9 calls did the inspector make?', SURVEY));
  });

  it('answers "where is X ranked" with a position or not at all', () => {
    expect(answer('Where is Lyon ranked among French cities for school meals?', SURVEY).answer).toBe('third');
  });
});

describe('near misses and the story subject', () => {
  it('reads "the firm" as the story subject for "X\'s profit"', () => {
    expect(answer("What was Harrow Mutual's annual profit?", BANK).answer).toBe('£2.1bn');
  });

  it('refuses a country the story never names when it names others', () => {
    expectRefused(answer('How many staff does Harrow Mutual have in Wales?', BANK));
    expect(answer('How many staff does Harrow Mutual have?', BANK).answer).toBe('4,000');
    expectRefused(answer('How many parents in Spain say their children eat more fruit?', SURVEY));
  });

  it('refuses a figure for another day than the one asked', () => {
    expectRefused(answer('How many schools took part in the week of March 29?', SURVEY));
    expect(answer('How many schools took part in the week of April 5?', SURVEY).answer).toBe('45');
  });
});

const COUNCIL = story(
  'Rosa Venn, the Green councillor who chairs the planning committee, said the vote would be held on Friday. ' +
    'The striker Luc Mertens, a Belgian, signed for the club on Monday, the club said. ' +
    'Mertens, who was signed for £8.5million from Lille in 2019, scored 14 goals last season, officials said. ' +
    'Mertens also scored twice in the cup, officials said.',
);

describe('typed answers by a reporter\'s shapes', () => {
  it('answers "who <does> X" with the name a title stands beside, not the title', () => {
    expect(answer('Who chairs the planning committee?', COUNCIL).answer).toBe('Rosa Venn');
  });

  it('answers "how much was X signed for" with the fee, not the year', () => {
    expect(answer('How much was Mertens signed for?', COUNCIL).answer).toBe('£8.5million');
  });

  it('answers "what nationality" with the people\'s name beside the person', () => {
    expect(answer('What nationality is Luc Mertens?', COUNCIL).answer).toBe('Belgian');
    expect(answer('What nationality was Ahmed Farouq?', LOWER).found).toBe(false);
  });
});

const PLANS = story(
  'The company received a takeover approach from private equity firms on Monday, according to reports citing unnamed sources. ' +
    'Chief executive Ann Roe said new members would join the board in session five. ' +
    'The survey of workers aged 18-65 was carried out online, the company said. ' +
    'Roe said the firm would list its shares in Frankfurt, she said.',
);

describe('what kind of answer the question asks for', () => {
  it('refuses a small number with no month, day or year for "when"', () => {
    expectRefused(answer('When will new members join the board?', PLANS));
  });

  it('refuses a span with no year for "what year"', () => {
    expectRefused(answer('In what year was the survey of workers carried out?', PLANS));
  });

  it('refuses "which firms" answered without a name', () => {
    expectRefused(answer('Which private equity firms made the takeover approach?', PLANS));
  });
});

