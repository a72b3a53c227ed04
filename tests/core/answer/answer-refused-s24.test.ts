/**
 * Session 24 (refused): checks that refused right answers, most of them on 1996 Reuters wire copy
 * (docs/answers-unanswered.md, "Session 24 (refused)"). Each story is our own; each right answer
 * was refused on main, and each near shape beside it must stay refused.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { repairMojibake } from '../../../src/core/text/mojibake.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: 'SYDNEY', date: '1996-09-07', agency: null };

const SQUASH = makeArticle({
  dateline: DATED,
  text:
    'Australian Brett Moss beat Egyptian Karim Fahmy in the Sydney Open semifinals on Saturday, watched by coach Ali Nour.\n\n' +
    '"I have nothing against Fahmy but it will be great to win here," said Moss. "\n\n' +
    'My biggest worry against Fahmy is fitness.\n\n' +
    'Fahmy said he was tired after a long week.',
});

describe('a first-person sentence carries on the quote of the speaker named just before', () => {
  it("answers Moss's worry from the quote's next sentence", () => {
    expect(answer("What is Moss's biggest worry against Fahmy?", SQUASH).answer).toBe('fitness');
  });
  it("still refuses the coach's worry: the words are Moss's", () => {
    expect(answer("What is Nour's biggest worry against Fahmy?", SQUASH).found).toBe(false);
  });
});

const RUGBY = makeArticle({
  dateline: DATED,
  text:
    'South Africa beat the All Blacks 32-22 at Ellis Park on Saturday.\n\n' +
    'They scored three tries in recording their highest total against New Zealand, salvaging some pride in a season in which the world champions have lost five out of eight tests.\n\n' +
    'All Black wing Tana Moore scored a late try in the final minute.',
});

describe('rugby copy: "the All Blacks" and a figure against an opponent', () => {
  it('answers who scored the All Blacks\' try ("All" is no name the story never uses)', () => {
    expect(answer("Who scored the All Blacks' late try?", RUGBY).answer).toBe('Tana Moore');
  });
  it('answers how many tries South Africa scored: New Zealand is their opponent, not the owner of the figure', () => {
    expect(answer('How many tries did South Africa score?', RUGBY).answer).toBe('three');
  });
  it('still refuses a name the story never uses', () => {
    expect(answer("Who scored the Springboks' late try?", RUGBY).found).toBe(false);
  });
  it('still refuses the figure for a country the story does not give it for', () => {
    expect(answer('How many tries did Australia score?', RUGBY).found).toBe(false);
  });
});

const CEASEFIRE = makeArticle({
  dateline: DATED,
  text:
    'Thousands of people have been displaced in the fighting, which breached a shaky Red Cross-sponsored truce.\n\n' +
    'Hundreds of families fled the villages, aid workers said.',
});

describe('a deed written as a compound ("Red Cross-sponsored")', () => {
  it('answers who sponsored the truce, without the hyphen', () => {
    expect(answer('Who sponsored the truce?', CEASEFIRE).answer).toBe('Red Cross');
  });
  it('still refuses a deed the story never says', () => {
    expect(answer('Who signed the truce?', CEASEFIRE).found).toBe(false);
  });
});

const PRIEST = makeArticle({
  dateline: { place: 'MIAMI', date: '2009-05-29', agency: null },
  text:
    'Father Jorge Benoît, a popular radio host, was removed from his parish on Friday, church officials said.\n\n' +
    'BenoÃ®t\'s last name is pronounced ben-WAH.\n\n' +
    'BenoÃ®t, 40, was ordained in 1995 and has led the parish since 2001.',
});

describe('mis-decoded UTF-8 ("BenoÃ®t") reads as the name the reader asks about', () => {
  it('decodes a run only when it is valid UTF-8', () => {
    expect(repairMojibake('BenoÃ®t paid Â£5')).toBe('Benoît paid £5');
    expect(repairMojibake('São Paulo, Ã la carte')).toBe('São Paulo, Ã la carte');
  });
  it('answers how old Benoît is', () => {
    expect(answer('How old is Benoît?', PRIEST).answer).toBe('40');
  });
  it('answers how his name is pronounced (a how-question asks for no name)', () => {
    expect(answer("How is Benoît's last name pronounced?", PRIEST).answer).toBe('ben-WAH');
  });
  it('still refuses what the story does not give', () => {
    expect(answer("What is the name of Benoît's radio show?", PRIEST).found).toBe(false);
  });
});

const RETURN = makeArticle({
  dateline: DATED,
  text:
    'Crowds greeted the rebels as they returned to the town on Saturday.\n\n' +
    "Ahmed Karimov, in his early 30's, was welcomed by his mother and brother.\n\n" +
    'His brother said the war was over.',
});

describe('a decade of age written with an apostrophe ("in his early 30\'s")', () => {
  it('answers how old he is', () => {
    expect(answer('How old is Ahmed Karimov?', RETURN).answer).toBe("in his early 30's");
  });
  it('still refuses the age of someone the story does not age', () => {
    expect(answer('How old is the town mayor?', RETURN).found).toBe(false);
  });
});
