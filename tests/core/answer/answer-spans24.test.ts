/**
 * Session 24 (spans): the right sentence, the wrong part of it. A sentence of several figures, each
 * with its own owner; a yes/no question whose negation sits in another clause than the question's
 * most shared words. Short stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const FLEET = parseArticle(
  'Navy sends more ships to the Gulf\n\n' +
    'WASHINGTON, Sept. 3, 2026 (Reuters) -- The navy is moving more ships into the Gulf, defence officials said on Tuesday.\n\n' +
    'Officials said 150 patrol boats, including 42 at the naval base in Bahrain, were already in the region, and a reserve squadron with up to 30 more was ready to sail from Norfolk.\n\n' +
    'The port hotline receives around 900 calls per week, and in the last two years has had to deal with 2,300 that did not need a ferry booking.\n\n' +
    'Officials declined to say how long the ships would stay.',
  { id: 'fleet24' },
);

describe('a figure of several in one sentence: the one whose own phrase says the question', () => {
  it('"150 patrol boats, including 42 at the naval base in Bahrain": the boats in Bahrain are 42', () => {
    expect(answer('How many patrol boats are at the naval base in Bahrain?', FLEET)).toMatchObject({ found: true, answer: '42' });
  });

  it('"a reserve squadron with up to 30 more": the squadron has up to 30', () => {
    expect(answer('How many patrol boats would the reserve squadron have?', FLEET)).toMatchObject({ found: true, answer: 'up to 30' });
  });

  it('"900 calls per week, and ... 2,300 that did not need a ferry booking": the calls that did not are 2,300', () => {
    expect(answer('How many calls did not need a ferry booking in the last two years?', FLEET)).toMatchObject({ found: true, answer: '2,300' });
  });

  it('the counted noun asked with nothing else: the figure it follows stays', () => {
    expect(answer('How many patrol boats were already in the region?', FLEET)).toMatchObject({ found: true, answer: '150' });
  });
});

const TRIAL = parseArticle(
  'Teacher jailed for abuse of pupil\n\n' +
    'LEEDS, June 9, 2026 (PA) -- A former teacher was jailed for six years on Friday for abusing a pupil in the 1990s.\n\n' +
    'The young woman from Leeds, who can not be named, told the court about her years at the school.\n\n' +
    'Police said they would review the complaints from other pupils, but said there is no deadline.',
  { id: 'trial24' },
);

describe('a yes/no question reads the clause that says the thing asked', () => {
  it('"The young woman from Leeds, who can not be named, told the court ...": can she be named? no', () => {
    expect(answer('Can the young woman from Leeds be named?', TRIAL)).toMatchObject({ found: true, answer: 'No' });
  });

  it('"would review the complaints ..., but said there is no deadline": is there a deadline? no', () => {
    expect(answer('Is there a deadline for the review of the complaints?', TRIAL)).toMatchObject({ found: true, answer: 'No' });
  });
});

const VERDICT = parseArticle(
  'Jury hears closing arguments in warehouse killing\n\n' +
    'DENVER, Oct. 14, 2026 (AP) -- Jurors heard closing arguments on Tuesday in the trial of a man accused of killing a night guard at a warehouse.\n\n' +
    'Prosecutor Anna Reyes told jurors the killing amounted to "a cold and planned attack," and asked for a life sentence.\n\n' +
    'The defence lawyer, Tom Hale, described his client, "a frightened young man," as "a scapegoat" for the company.\n\n' +
    'Keeping the warehouse open during the trial had been "exhausting," he said.',
  { id: 'verdict24' },
);

describe("the speaker's quoted word for the thing asked", () => {
  it('"the killing amounted to "a cold and planned attack"": what the prosecutor called it', () => {
    expect(answer('What did the prosecutor call the killing?', VERDICT)).toMatchObject({ found: true, answer: 'a cold and planned attack' });
  });

  it('of two quotes, the one after "as": "described his client, "a frightened young man," as "a scapegoat""', () => {
    expect(answer('What did Tom Hale call his client?', VERDICT)).toMatchObject({ found: true, answer: 'a scapegoat' });
  });

  it('"... had been "exhausting," he said": how he described it', () => {
    expect(answer('How did the defence lawyer describe keeping the warehouse open?', VERDICT)).toMatchObject({ found: true, answer: 'exhausting' });
  });
});

const DERBY = parseArticle(
  'Rovers hope to end losing run\n\n' +
    'BRISTOL, March 6, 2026 (PA) -- Striker Dan Mills and his Rovers team-mates return to league action on Saturday, taking on Exeter City as they try to end a run of four defeats.\n\n' +
    'Manager Joe Price will rotate his squad against the Cheltenham reserves on Tuesday.\n\n' +
    "Mills said a leaked video had stolen his right to tell his family about the transfer himself.",
  { id: 'derby24' },
);

describe('the opponent is the name after "taking on" / "against", not the sentence\'s subject', () => {
  it('"Dan Mills and his Rovers team-mates ..., taking on Exeter City": whom Rovers play', () => {
    expect(answer('Who will Rovers play on Saturday?', DERBY)).toMatchObject({ found: true, answer: 'Exeter City' });
  });
});

describe('a possessive and its noun run on through the "to" phrase', () => {
  it('"had stolen his right to tell his family about the transfer": what was stolen', () => {
    const a = answer('What has the leaked video stolen from Mills?', DERBY);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^his right to tell his family/);
  });
});
