/**
 * Session 25's desk stories, written by the lead as a desk meets them (a wildfire, a central bank's
 * rate decision): questions a reader asks, answered right or refused where the story is silent.
 */
import { describe, expect, it } from 'vitest';
import { answer, doesNotSay } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';

const FIRE = parseArticle(`Wildfire forces thousands to flee homes near Kalamos

Firefighters battle flames near the village of Kalamos, north of the capital, on Aug. 11.

ATHENS, Aug. 12 (Reuters) - A wildfire fanned by strong winds tore through forests north of the capital on Monday, forcing thousands of residents to leave their homes and killing at least one person, officials said.

More than 640 firefighters, backed by 28 water-dropping aircraft, were battling the blaze, which broke out on Sunday afternoon near the village of Kalamos.

The fire service said the flames had spread along a front of more than 25 km. He said winds of up to 70 km per hour had made the work of firefighters much harder.

Meteorologists expect winds to ease on Tuesday, the fire service said.`, { id: 'fire' });

const RATES = parseArticle(`Central bank cuts rates for first time in four years

LONDON, Aug. 1 (Reuters) - The Bank of Albion cut interest rates on Thursday for the first time in four years, lowering its main rate to 5.0% from a 16-year high of 5.25% in a narrow vote.

The Monetary Policy Committee voted 5-4 in favour of the cut.

"Inflationary pressures have eased enough that we've been able to cut interest rates today," Governor Alan Barley said.

Sterling fell by about half a cent against the U.S. dollar after the decision, to $1.2774.

The bank's next decision is due on Sept. 19. The European Central Bank cut its rates in June.`, { id: 'rates' });

describe('a wildfire', () => {
  it('counts the firefighters a reporter says are "battling the blaze" for "fighting the fire"', () => {
    const a = answer('How many firefighters are fighting the fire?', FIRE);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('More than 640');
  });

  it('still refuses a count of firefighters the story never gives', () => {
    expect(answer('How many firefighters were injured?', FIRE).found).toBe(false);
  });

  it('never answers from the dateline: "How strong were the winds?" is not "12" of "Aug. 12"', () => {
    const a = answer('How strong were the winds?', FIRE);
    expect(a.answer).not.toBe('12');
  });
});

describe("a central bank's rate decision", () => {
  it('gives the new rate and the one before it, though a quotation says the cut first', () => {
    expect(answer('What is the new interest rate?', RATES).answer).toBe('5.0%');
    expect(answer('What was the interest rate before the cut?', RATES).answer).toBe('5.25%');
  });

  it('says what happened to sterling with the sentence\'s own predicate', () => {
    const a = answer('What happened to sterling?', RATES);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('fell by about half a cent against the U.S. dollar after the decision');
  });

  it('does not date a cut to come by another bank\'s cut in June', () => {
    const a = answer('When will rates be cut again?', RATES);
    expect(a.found).toBe(false);
    expect(a.answer).not.toContain('June');
    expect(answer('When is the next decision?', RATES).answer).toBe('Sept. 19');
  });

  it('keeps "the cut" whole when it says what the article does not say', () => {
    const q = 'What was the interest rate before the cut?';
    expect(doesNotSay(q, analyzeQuestion(q))).toBe('The article does not say what the interest rate before the cut was.');
  });
});
