/**
 * Session 17's general causes of misses on a tenth fresh batch of news questions
 * (docs/answers-news-batch10.md), on stories of our own, each with a near shape that must not
 * change: "Who is X?" asked in lower case of a story that reached us in lower case ("Who is jill
 * mclain?"), answered by kin before the name ("His mother, joy,", "matt ’ s mom flonnie",
 * "Daughter jill mclain said", "his friend X"), by a title the lists lacked ("shadow chancellor X",
 * "Consultant psychiatrist X") or by the side counsel speak for ("X, prosecuting,"); "What is
 * X's job?" answered by the job in apposition after the name ("X, 41, a bus driver from Leeds,")
 * or after "works as", never by an appositive that names no job ("X, a local resident,"); "How
 * old is Ana X?" never answered by "Gerardo X, 39," (another of the family); "How old is X?"
 * answered by "according to X, 63." (the age ends the sentence) and, in copy that left names in
 * lower case mid-sentence ("Former wigan forward tallis ..."), by "The 27-year-old ..." right after
 * a sentence naming the person asked.
 */
import { describe, expect, it } from 'vitest';
import { answer, answerOutcome } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: null, date: '2015-04-10', agency: null };

// A story that reached us in lower case.
const FAMILY = makeArticle({
  text:
    '(cnn) a retired builder who spent his savings on a garden railway has died at the age of 90. ' +
    'daughter ruth kellan said the railway had been his pride and joy. ' +
    'his wife, mabel, who still lives in the house, said she would keep the trains running. ' +
    "dan ’ s mom linda told the local paper that the children loved the rides. " +
    'his friend olly brent said the railway would be missed. ' +
    'the railway is open on sundays. ' +
    'a neighbor, sam dorrit, did not want to comment.',
  dateline: DATED,
});

const HEARING = makeArticle({
  text:
    'A man who broke into a school at night was detained under a hospital order on Friday. ' +
    'Mark Hollis, prosecuting, told the court that nothing had been taken. ' +
    'Consultant psychiatrist Helen Marsh said the defendant had been unwell for years. ' +
    'The case was raised in Parliament by shadow chancellor Tom Gale. ' +
    'Ben Carter said he had seen the man climb the fence.',
  dateline: DATED,
});

describe('"Who is X?" answered by kin before the name, asked in lower case of lower-case copy', () => {
  it('reads a possessive and kin before the name, the sentence opening on it or the apostrophe spaced', () => {
    expect(answer('Who is mabel?', FAMILY).answer.toLowerCase()).toBe('his wife');
    expect(answer('Who is linda?', FAMILY).answer.toLowerCase()).toBe('dan ’ s mom');
    expect(answer('Who is olly brent?', FAMILY).answer.toLowerCase()).toBe('his friend');
  });
  it('reads kin that opens the sentence with no possessor ("Daughter X said")', () => {
    expect(answer('Who is ruth kellan?', FAMILY).answer.toLowerCase()).toBe('daughter');
  });
  it('asks no name when the words asked are no name ("Who is open on sundays?")', () => {
    expect(answer('Who is open on sundays?', FAMILY).answer.toLowerCase()).not.toMatch(/wife|mom|friend|daughter/);
  });
});

describe('"Who is X?" answered by a title the lists lacked, or by the side counsel speak for', () => {
  it('reads "X, prosecuting," as the role a court report gives', () => {
    expect(answer('Who is Mark Hollis?', HEARING).answer).toBe('prosecuting');
  });
  it('reads "shadow chancellor X" and "Consultant psychiatrist X"', () => {
    expect(answer('Who is Tom Gale?', HEARING).answer).toBe('shadow chancellor');
    expect(answer('Who is Helen Marsh?', HEARING).answer).toBe('Consultant psychiatrist');
  });
});

const JOBS = makeArticle({
  text:
    'A fire broke out at a warehouse in the town on Monday night. ' +
    'It was spotted by Dave Morley, 41, a bus driver from Leeds, who called the fire brigade. ' +
    'Anna Price, who works as a night nurse at the hospital, helped the injured. ' +
    'Tom Ellery, a local resident, said the smoke could be seen for miles. ' +
    'Nobody was badly hurt. ' +
    'Ellery, who works as a crane operator at the docks, filmed the blaze.',
  dateline: DATED,
});

describe('"What is X\'s job?" answered by the job the story gives the person', () => {
  it('reads the job in apposition after the name and age, or after "works as"', () => {
    expect(answer("What is Dave Morley's job?", JOBS).answer).toBe('a bus driver');
    expect(answer('What does Anna Price do for a living?', JOBS).answer).toBe('night nurse');
  });
  it('passes over an appositive that names no job ("X, a local resident,") to the job given later', () => {
    expect(answer("What is Tom Ellery's job?", JOBS).answer).toBe('crane operator');
  });
});

const FAMILY_AGES = makeArticle({
  text:
    'A guard was shot dead at the airport on Friday. ' +
    'The gunman shot Gerardo Hernandez, 39, a married father of two, at close range. ' +
    'His widow, Ana Hernandez, told reporters the family had lost a loving husband. ' +
    'Airport police said the terminal would reopen on Monday.',
  dateline: DATED,
});

describe('"How old is X?" over the age of another of the family', () => {
  it('refuses the age written after another first name of the same surname', () => {
    expect(answer('How old is Ana Hernandez?', FAMILY_AGES).found).toBe(false);
  });
  it('keeps the age of the person named (guard)', () => {
    expect(answer('How old is Gerardo Hernandez?', FAMILY_AGES).answer).toBe('39');
  });
});

// Copy that kept its sentence capitals but lost the names' ("Former wigan forward tallis").
const MIXED = makeArticle({
  text:
    'Rovers striker ben tallis scored twice as his side won away at rivals city on Saturday. ' +
    'Former wigan forward tallis opened the scoring after ten minutes. ' +
    'The 27-year-old then added a second from the penalty spot. ' +
    'City keeper joe marks was left red-faced by the defeat. ' +
    'In the 1970s and 1980s, fans called the ground the Fortress, according to Hart, 71. ' +
    'Hart has owned the club since 1998, when he bought it from the council.',
  dateline: DATED,
});

describe('"How old is X?" over an age ending the sentence, or a name left in lower case', () => {
  it('reads "according to X, 71." at the end of the sentence, with confidence', () => {
    const a = answer('How old is Hart?', MIXED);
    expect(a.answer).toBe('71');
    expect(answerOutcome(a)).toBe('confident');
  });
  it('reads "The 27-year-old" right after a sentence naming the person in lower case', () => {
    expect(answer('How old is tallis?', MIXED).answer).toBe('27');
  });
  it('does not give that age to another person named two sentences back (guard)', () => {
    expect(answer('How old is joe marks?', MIXED).answer).not.toBe('27');
  });
});
