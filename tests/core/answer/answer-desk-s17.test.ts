/**
 * Session 17: follow-ups a desk asks of wire copy (a quake, a rate decision, a storm) that the
 * answerer got wrong, each with a near shape that must keep its answer.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const QUAKE = parseArticle(
  'Strong quake hits southern Peru\n\n' +
    'LIMA, Aug. 2 (AP) -- A powerful earthquake struck southern Peru early on Tuesday, killing at least nine people, officials said.\n\n' +
    'President Dina Boluarte flew to the region and declared a 60-day state of emergency in 12 districts. "We will not leave anyone without help," she said.\n\n' +
    'The quake damaged a section of the Pan-American Highway, cutting road links between Lima and the south. Arequipa was badly damaged too.\n\n' +
    'More than 40 aftershocks followed, the strongest of magnitude 5.1.',
  { id: 'quake' },
);

const RATES = parseArticle(
  'Bank holds rates\n\n' +
    'LONDON, Feb 6 (Reuters) - The Bank of England kept interest rates at 4.75% on Thursday.\n\n' +
    'Consumer price inflation rose to 2.5% in December because of higher energy and water bills.\n\n' +
    'Inflation rose to 2.9% in January and the Bank forecast it would peak at 3.7% in the third quarter of the year.\n\n' +
    'In 2009, the Bank cut rates to a record low in March.\n\n' +
    'Officials travelled to Washington to attend the meeting of the Group of Seven.',
  { id: 'rates' },
);

const STORM = parseArticle(
  'Storm batters coast\n\n' +
    'SYDNEY (Reuters) - The strongest wind gusts peaked at 135 km/h (85 mph) on Tuesday and about 200 millimeters of rain fell in 24 hours, the bureau of meteorology said.',
  { id: 'storm' },
);

const STRIKE = parseArticle(
  'German rail strike halts most trains\n\n' +
    'BERLIN, Jan. 11 (Reuters) - A strike by German train drivers halted about 80% of long-distance services for a second day on Thursday, in a dispute over working hours.\n\n' +
    'Deutsche Bahn said it was running an emergency timetable. Its personnel chief, Martin Seiler, said the company would not negotiate while the strike continued.\n\n' +
    'Deutsche Bahn has offered an 11% pay rise but refused to cut hours.\n\n' +
    'Police arrested Jonas Weber, a union steward, on Wednesday. It is the third strike in the dispute since November.',
  { id: 'strike' },
);

const CRASH = parseArticle(
  'small plane crashes into minnesota lake, killing pilot and passenger\n\n' +
    '(CNN) -- a small plane crashed into a lake in northern minnesota on saturday, killing both people on board, authorities said.\n\n' +
    'witnesses told deputies the plane appeared to lose power before plunging into lake irving, about two miles from the airport.\n\n' +
    'divers recovered the bodies of the pilot, 67-year-old richard hanson of bemidji, and his passenger, 34-year-old emily carter of fargo, north dakota, on saturday evening.\n\n' +
    '"this is a tragic day for our community," sheriff jason riggs said.',
  { id: 'crash' },
);

describe('the name asked about is not its own answer', () => {
  it('"Who is Jason Riggs?" in lower-case copy is "sheriff", without his name', () => {
    const a = answer('Who is Jason Riggs?', CRASH);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('sheriff');
  });

  it('"Where was Emily Carter from?" is the place, not "emily carter of ..."', () => {
    const a = answer('Where was Emily Carter from?', CRASH);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^fargo/);
  });

  it('"What did witnesses say?" gives what they told deputies, not "deputies ..."', () => {
    const a = answer('What did witnesses say?', CRASH);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^the plane appeared to lose power/);
  });
});

describe('a question of one word the sentence says', () => {
  it('"Who is on strike?" is not the manager named in a sentence that only says "strike"', () => {
    const a = answer('Who is on strike?', STRIKE);
    expect(a.found && /Seiler/.test(a.answer)).toBe(false);
  });

  it('"What has Deutsche Bahn offered?" is the pay rise, not the bare figure that modifies it', () => {
    const a = answer('What has Deutsche Bahn offered?', STRIKE);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('an 11% pay rise');
  });

  it('"Who was arrested?" still names the one the sentence says was arrested', () => {
    const a = answer('Who was arrested?', STRIKE);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Jonas Weber/);
  });
});

describe('what a desk asks of a quake story', () => {
  it('"How strong was the strongest aftershock?" gives the magnitude, not the verb beside it', () => {
    const a = answer('How strong was the strongest aftershock?', QUAKE);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/5\.1/);
  });

  it('"How strong was the earthquake?" is not answered with the strongest aftershock ("strong" is not "strongest")', () => {
    const a = answer('How strong was the earthquake?', QUAKE);
    expect(a.found && /5\.1/.test(a.answer)).toBe(false);
  });

  it('"What did Boluarte say?" gives her quoted words, not the state of emergency she declared', () => {
    const a = answer('What did Boluarte say?', QUAKE);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/We will not leave anyone without help/);
    expect(a.answer).not.toMatch(/state of emergency/);
  });
});

describe('yes or no about what happened to whom', () => {
  it('"Was Lima damaged?" is not "Yes" when the sentence damaged a highway and names Lima in another clause', () => {
    const a = answer('Was Lima damaged?', QUAKE);
    expect(a.found && a.answer === 'Yes').toBe(false);
  });

  it('"Was Arequipa damaged?" is "Yes" where the sentence says it', () => {
    const a = answer('Was Arequipa damaged?', QUAKE);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Yes');
  });
});

describe('what a desk asks of a rate decision', () => {
  it('"Why will inflation rise?" is not the figure it rose to ("rose to 2.5%" is no purpose)', () => {
    const a = answer('Why will inflation rise?', RATES);
    expect(a.found && /2\.5%/.test(a.answer)).toBe(false);
  });

  it('"Why did officials travel to Washington?" still gives the purpose after "to"', () => {
    const a = answer('Why did officials travel to Washington?', RATES);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/attend the meeting/);
  });
});

describe('the doers of the asked deed', () => {
  const VOTE_SPLIT = parseArticle(
    'Bank holds rates\n\nLONDON (Reuters) - The Monetary Policy Committee voted 7-2 to hold, with Swati Dhingra and Alan Taylor voting for a cut to 4.5%. Economists had expected an 8-1 vote, officials said.',
    { id: 'vote-split' },
  );

  it('"Who voted for a cut?" names the two of "with X and Y voting for a cut", not the committee', () => {
    const a = answer('Who voted for a cut?', VOTE_SPLIT);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Swati Dhingra and Alan Taylor');
  });

  it('"Who voted against a cut?" never names those who voted for one', () => {
    const a = answer('Who voted against a cut?', VOTE_SPLIT);
    expect(a.found && /Dhingra|Taylor/.test(a.answer)).toBe(false);
  });
});

describe('the time of the deed asked', () => {
  it('"When will inflation peak?" is the time after "peak", not the month inflation rose in', () => {
    const a = answer('When will inflation peak?', RATES);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/third quarter/);
  });

  it('"When did the Bank cut rates to a record low?" keeps the year written before the deed', () => {
    const a = answer('When did the Bank cut rates to a record low?', RATES);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/2009/);
  });
});

const VOTE = parseArticle(
  'Conservatives win most seats in Norway\n\n' +
    "OSLO, Sept. 9 (Reuters) - Norway's Conservative Party won the most seats in Monday's parliamentary election but fell short of a majority.\n\n" +
    'Prime Minister Jonas Gahr Store conceded defeat shortly before midnight. Party leader Ine Eriksen Soreide is expected to become prime minister in October.\n\n' +
    'Turnout was 77.2%, up from 76.4% four years ago. The Green Party lost all three of its seats.',
  { id: 'vote' },
);

describe('a figure and the one it is compared with', () => {
  it('"What was turnout four years ago?" is the earlier figure, not the span holding both', () => {
    const a = answer('What was turnout four years ago?', VOTE);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('76.4%');
  });

  it('"What was the turnout?" is this election\'s figure', () => {
    const a = answer('What was the turnout?', VOTE);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('77.2%');
  });
});

describe('a holder to come', () => {
  it('"Who will be prime minister?" is not today\'s prime minister named conceding defeat', () => {
    const a = answer('Who will be prime minister?', VOTE);
    expect(a.found && /Store/.test(a.answer)).toBe(false);
  });

  it('"Who will become prime minister?" names the one the story says is expected to', () => {
    const next = parseArticle(
      'Norway vote\n\nOSLO (Reuters) - The Conservatives won the most seats. Party leader Ine Eriksen Soreide is expected to become prime minister in October, officials said.',
      { id: 'next' },
    );
    const a = answer('Who will become prime minister?', next);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Soreide/);
  });
});

describe('what a desk asks of a storm', () => {
  it('"How strong were the gusts?" keeps the speed unit written "km/h"', () => {
    const a = answer('How strong were the strongest wind gusts?', STORM);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^135 km\/h/);
  });
});
