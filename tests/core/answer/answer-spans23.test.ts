/**
 * Session 23 (spans): the right sentence, the wrong part of it, on news questions answered wrong.
 * Short stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const SHELTER = parseArticle(
  'Animal shelter appeal passes its target\n\n' +
    'BRISTOL, May 4, 2026 (PA) -- A Bristol animal shelter that lost its roof in a storm has raised more money than it asked for, its manager said on Monday.\n\n' +
    'Volunteers set up an online appeal with a target of £40,000 to pay for repairs, and the total passed £52,000 by Sunday night.\n\n' +
    'The shelter was given a rating of four stars by inspectors last year, and its dog walker Sam Hollis was promoted to the rank of deputy manager at a ceremony in April.\n\n' +
    "The shelter's manager, Ruth Keane, said the building should reopen in July.",
  { id: 'shelter23' },
);

describe('the value of the noun asked about is the phrase after "<noun> of"', () => {
  it('"a target of £40,000 to pay for repairs": the target is the sum', () => {
    expect(answer("What was the appeal's target?", SHELTER)).toMatchObject({ found: true, answer: '£40,000' });
    expect(answer('What was the target of the appeal?', SHELTER)).toMatchObject({ found: true, answer: '£40,000' });
  });

  it('"a rating of four stars by inspectors": the rating, not who gave it', () => {
    expect(answer('What rating did the shelter have?', SHELTER)).toMatchObject({ found: true, answer: 'four stars' });
  });

  it('"the rank of deputy manager at a ceremony": the rank, not the ceremony', () => {
    expect(answer('What rank was Sam Hollis promoted to?', SHELTER)).toMatchObject({ found: true, answer: 'deputy manager' });
  });

  it('a name asked for by "who" is untouched', () => {
    expect(answer("Who is the shelter's manager?", SHELTER)).toMatchObject({ found: true, answer: 'Ruth Keane' });
  });
});

const SUIT = parseArticle(
  'Singer sues studio over song\n\n' +
    'LOS ANGELES, March 3, 2026 (AP) -- The singer Mara Vell is suing the studio for breach of contract and wants $2 million in damages, her lawyer said on Tuesday.\n\n' +
    'The studio described the claim as a publicity stunt and said it would fight the case in court.\n\n' +
    "Vell's manager said the singer was upset but had not lost hope.",
  { id: 'suit23' },
);

describe('"and"/"but" before a finite verb ends a thing or a manner too', () => {
  it('"upset but had not lost hope": how the singer is, not what she had', () => {
    expect(answer('How is the singer?', SUIT)).toMatchObject({ found: true, answer: 'upset' });
  });

  it('"as a publicity stunt and said it would fight": the description, not what the studio said next', () => {
    const a = answer('How did the studio describe the claim?', SUIT);
    expect(a.found).toBe(true);
    expect(a.answer).toContain('a publicity stunt');
    expect(a.answer).not.toContain('said');
  });
});

const RAID = parseArticle(
  'Vault raid victims speak out\n\n' +
    'LONDON, April 10, 2026 (PA) -- Victims of the Hatton Garden raid have spoken of their losses.\n\n' +
    'Kim Rose, a jeweller who is standing for the council in Southampton, had a box at the safe deposit hit in the raid.\n\n' +
    'Jean-Julien Rojer, a doubles specialist from the Dutch Antilles who has a base in Miami, also lost a box.',
  { id: 'raid23' },
);

describe('a description read by a fixed pattern ends before its relative clause', () => {
  it('"a jeweller who is standing for the council": who Kim Rose is', () => {
    expect(answer('Who is Kim Rose?', RAID)).toMatchObject({ found: true, answer: 'a jeweller' });
  });

  it('"from the Dutch Antilles who has a base in Miami": where he is from', () => {
    expect(answer('Where is Jean-Julien Rojer from?', RAID)).toMatchObject({ found: true, answer: 'the Dutch Antilles' });
  });
});

const PAINTING = parseArticle(
  'Missing painting found in car park\n\n' +
    'LEICESTER, June 2, 2026 (PA) -- A painting stolen from a gallery last year was discovered by workmen in a car park in Leicester, police said on Tuesday.\n\n' +
    "The thieves' van had been towed from the parking lot of a supermarket in Derby, where it was left overnight.\n\n" +
    "The gallery's director was coming back from an art fair in Basel when she heard the news.\n\n" +
    'The painting will remain on display in the long gallery at belvoir castle in Rutland until November.',
  { id: 'painting23' },
);

describe('"where ... from?" of a place left or towed from asks for the whole setting, not its town', () => {
  it('"towed from the parking lot of a supermarket in Derby"', () => {
    expect(answer('Where had the van been towed from?', PAINTING)).toMatchObject({ found: true, answer: 'the parking lot of a supermarket in Derby' });
  });

  it('"was coming back from an art fair in Basel": a verb before "from" asks a setting, not a home town', () => {
    expect(answer('Where was the director coming back from?', PAINTING)).toMatchObject({ found: true, answer: 'an art fair in Basel' });
  });

  it('the setting of a plain where-question stays whole', () => {
    expect(answer('Where was the painting discovered?', PAINTING)).toMatchObject({ found: true, answer: 'a car park in Leicester' });
  });
});

const STRIKER = parseArticle(
  'Striker ruled out until November\n\n' +
    'United striker Leo Brandt, who was injured in training last week, will miss the derby, the club has said.\n\n' +
    '"He had an operation on Saturday and is expected to be out until November," manager Tom Hale told reporters.\n\n' +
    'The disciplinary hearing was originally slated for March 3, but club secretary Ann Moss said on Wednesday the hearing had been postponed.',
  { id: 'striker23' },
);

describe('a when-question of a light verb and its object dates the object\'s clause', () => {
  it('"had an operation on Saturday and is expected to be out until November": the operation was on Saturday', () => {
    expect(answer('When did he have an operation?', STRIKER)).toMatchObject({ found: true, answer: 'Saturday' });
  });

  it('"slated for March 3": a passive with its preposition still dates its own clause', () => {
    expect(answer('When was the hearing originally slated for?', STRIKER)).toMatchObject({ found: true, answer: 'March 3' });
  });
});

const VIDEO = parseArticle(
  "Doctor's video pulled by broadcaster\n\n" +
    'A video by a television doctor has been taken down after complaints from viewers, the broadcaster said.\n\n' +
    'In the 10-minute segment, Dr Lane had sought to demonstrate a technique to reduce swelling after surgery.\n\n' +
    'Her patient, a retired teacher, won the chance to meet the team when she was ten.',
  { id: 'video23' },
);

describe('a determiner and a noun run on through the "to" after it', () => {
  it('"a technique to reduce swelling after surgery": what she sought to demonstrate, up to "after"', () => {
    expect(answer('What did Dr Lane seek to demonstrate?', VIDEO)).toMatchObject({ found: true, answer: 'a technique to reduce swelling' });
  });

  it('"the chance to meet the team": what the patient won', () => {
    expect(answer('What did the patient win when she was ten?', VIDEO)).toMatchObject({ found: true, answer: 'the chance to meet the team' });
  });
});
