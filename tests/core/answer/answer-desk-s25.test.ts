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

But the bank expects inflation to rise to around 2.75% later this year as energy prices climb.

The bank's next decision is due on Sept. 19. The European Central Bank cut its rates in June.`, { id: 'rates' });

const TRANSFER = parseArticle(`Rangers sign Brazilian forward Souza from Porto for club record fee

GLASGOW, Jan. 31 (Reuters) - Rangers have signed Brazilian forward Thiago Souza Neto from Porto for a club record fee of 14 million pounds, the Scottish champions said on Wednesday.

The 23-year-old has agreed a four-and-a-half-year contract and will wear the number nine shirt.

"Thiago is a player we have followed for a long time," Rangers manager Philippe Clement said.

The fee surpasses the 12 million pounds Rangers paid Leicester City for Tore Andre Flo in 2000, which had stood as the club's record for more than two decades.

Rangers are second in the Scottish Premiership, five points behind leaders Celtic.`, { id: 'transfer' });

const QUAKE = parseArticle(`Strong earthquake kills at least 14 in eastern Turkey

A rescue worker searches the rubble of a collapsed building in Malatya, Turkey, Feb. 27, 2023.

ISTANBUL, Feb. 28 (AP) - A magnitude 5.6 earthquake struck eastern Turkey on Monday, killing at least 14 people, officials said.

The Feb. 6 earthquakes killed more than 50,000 people in Turkey and Syria.`, { id: 'quake' });

describe('a transfer', () => {
  it('gives the fee of the deal the story reports, not a record fee of 2000 it recalls', () => {
    expect(answer('How much did Rangers pay?', TRANSFER).answer).toBe('14 million pounds');
    expect(answer('How much did Rangers pay for Flo?', TRANSFER).answer).toBe('12 million pounds');
  });

  it('refuses a team\'s points from a gap ("five points behind leaders Celtic")', () => {
    const a = answer('How many points do Celtic have?', TRANSFER);
    expect(a.found).toBe(false);
    expect(answer('How many points behind Celtic are Rangers?', TRANSFER).answer).toBe('five');
  });

  it('gives what the manager said about the player he calls by his first name', () => {
    const a = answer('What did Clement say about Souza?', TRANSFER);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Thiago is a player we have followed for a long time');
  });

  it('reads a contract of "four-and-a-half" years', () => {
    expect(answer("How long is Souza's contract?", TRANSFER).answer).toBe('four-and-a-half-year');
  });

  it('gives the standing of the team asked, not of the team named after it', () => {
    expect(answer('Where are Rangers in the league?', TRANSFER).answer).toBe('second');
    expect(answer('Where are Celtic in the league?', TRANSFER).answer).not.toBe('second');
  });
});

describe('an earthquake', () => {
  it('counts no rescue workers from a caption\'s date ("Feb. 27, 2023")', () => {
    expect(answer('How many rescue workers were there?', QUAKE).answer).not.toBe('27');
  });

  it('reads "the February 6 earthquakes" as the story\'s "Feb. 6 earthquakes", and no other day', () => {
    expect(answer('How many people died in the February 6 earthquakes?', QUAKE).answer).toBe('more than 50,000');
    expect(answer('How many people died in the February 7 earthquakes?', QUAKE).found).toBe(false);
  });
});

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
    const last = 'When was the last cut?';
    expect(doesNotSay(last, analyzeQuestion(last))).toBe('The article does not say when the last cut was.');
  });

  it('reads "the ECB" as the European Central Bank the story names', () => {
    expect(answer('When did the ECB cut rates?', RATES).answer).toBe('June');
  });

  it('does not date a deed done by a time to come ("later this year")', () => {
    expect(answer('When was the last cut?', RATES).answer).not.toContain('later this year');
  });
});

describe('names listed as instances of the doers (merge of s25/spans and s25/unans)', () => {
  it('answers "Which artists missed out?" with the artists the sentence lists', () => {
    const chart = parseArticle(`Streaming reshapes the year-end chart

LONDON, Dec. 30 (Reuters) - A rapper topped Britain's best-selling albums of the year, the Official Charts Company said on Monday.

Some of the high-profile artists who missed out on a spot in the top 10 included Madonna, Nicki Minaj and Alicia Keys.`, { id: 'chart' });
    const a = answer('Which artists missed out on the top 10?', chart);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Madonna, Nicki Minaj and Alicia Keys');
  });
});

describe('a health study (left from session 24)', () => {
  const study = parseArticle(`Daily walk cuts heart risk for over-60s, study finds

LONDON, March 4 (Reuters) - People over 60 who walk for at least 30 minutes a day are 24 percent less likely to suffer a heart attack or stroke than those who walk less, according to a study published on Wednesday.

The researchers followed 12,000 adults for eight years.`, { id: 'walk' });

  it('gives the length asked per day as the sentence writes it, not the share beside it', () => {
    expect(answer('How long do people need to walk each day?', study).answer).toBe('at least 30 minutes');
  });

  it('gives no share as a length ("How long ...?" is not "24 percent")', () => {
    const a = answer('How long are walkers less likely to suffer a stroke?', study);
    expect(a.found).toBe(false);
    expect(a.answer).not.toContain('24 percent');
    expect(a.answer).toBe('The article does not say how long walkers are less likely to suffer a stroke.');
  });
});

describe("an earthquake's depth, told of by \"It\"", () => {
  const aftershock = parseArticle(`Aftershock rattles eastern Turkey

ISTANBUL, Feb. 28 (AP) - A magnitude 5.6 earthquake struck eastern Turkey on Monday, killing at least 14 people, officials said.

The quake was centered in the town of Yesilyurt in Malatya province, the disaster agency said. It struck at a depth of 7 kilometers at 12:04 p.m. local time.`, { id: 'depth' });

  it('reads the depth from the sentence that goes on about the quake as "It"', () => {
    expect(answer('How deep was the quake?', aftershock).answer).toBe('7 kilometers');
  });

  it('still refuses the depth of something the story does not measure', () => {
    expect(answer('How deep was the well?', aftershock).found).toBe(false);
  });
});
