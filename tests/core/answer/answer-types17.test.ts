/**
 * What KIND of name answers a question (session 17): a party or a company is no person, a place
 * is no person, a manager is no club. The answerer reads the kinds of the article's names with
 * the briefing's entity finder (entity-kinds.ts) and refuses a name of a kind the question rules
 * out (grounding-kinds.ts), and a name the finder is not sure of, or a body named after a
 * person, still answers. Stories of our own.
 */
import { describe, expect, it } from 'vitest';
import { answer, answerDetailed } from '../../../src/core/answer/answer.ts';
import { askedKind } from '../../../src/core/answer/asked-kind.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const story = (id: string, lines: string[]) => parseArticle(lines.join('\n\n'), { id, fileName: `${id}.txt` });

const ELECTION = story('election', [
  "Dutch election: Wilders' party comes first",
  "THE HAGUE (Reuters) - Geert Wilders' Party for Freedom won the most seats in the Dutch parliamentary election on Wednesday, official results showed on Thursday.",
  'The Party for Freedom took 37 of the 150 seats, ahead of the Labour and Green alliance led by Frans Timmermans, which won 25. Wilders said he would seek talks with other parties to form a government.',
  'The liberal VVD, led by Dilan Yesilgoz, came third with 24 seats. Turnout was 77.8 percent.',
]);

const TALKS = story('talks', [
  'Dutch coalition talks stall',
  'THE HAGUE (Reuters) - Talks on a new Dutch government stalled on Friday after Geert Wilders walked out of a meeting with the other party leaders.',
  'Wilders, whose party is the largest in parliament with 37 seats, said he would not accept a caretaker cabinet. Pieter Omtzigt, who leads the New Social Contract party, said the talks could resume next week.',
  'The negotiations are being led by Ronald Plasterk, a former minister.',
]);

const RAID = story('raid', [
  'Man charged after jewellery raid',
  'MANCHESTER, England (Reuters) - A 34-year-old man has been charged after a jewellery shop was raided on Friday, police said on Monday.',
  'Detective Inspector Sarah Collins said officers arrested Daniel Hughes on Sunday after a tip-off from a member of the public. Hughes will appear before magistrates on Tuesday.',
  "Collins thanked the shop's owner, Priya Shah, for her help.",
]);

const FRIENDLY = story('friendly', [
  'Milan hold Manchester United in friendly',
  'LONDON (Reuters) - AC Milan drew 1-1 with Manchester United in a pre-season friendly at Old Trafford on Saturday, with striker Rafael Leao scoring for the Italian side.',
  'Bruno Fernandes equalised for United from the penalty spot after 70 minutes. The match was shown live on Sky Sports.',
  'Milan, who finished second in Serie A last season, travel to Germany next week to face Bayern Munich.',
]);

const CARMAKERS = story('carmakers', [
  'Carmakers race to cut prices',
  'DETROIT (Reuters) - Ford Motor said on Tuesday it would cut the price of its electric pickup by $5,000, a week after Tesla lowered prices across its range.',
  "John Lewis Partnership, the British department store group, said separately it would stop selling Ford's cars at its London store. Lando Norris, who drives for McLaren, said the team would use Ford engines from 2027.",
  "Jim Farley, Ford's chief executive, said demand remained strong.",
]);

describe('the kind of name a question asks for', () => {
  it('reads a body, a place or a person from the question wording, and rules out only what clearly does not answer', () => {
    const kind = (q: string) => askedKind(q, analyzeQuestion(q));
    expect(kind('Which party came third?')).toEqual({ want: ['organization'], against: ['person'] });
    expect(kind('Which country will Milan travel to?')).toEqual({ want: ['place'], against: ['person'] });
    expect(kind('Where was Hughes arrested?')).toEqual({ want: ['place'], against: ['person'] });
    expect(kind("Who is AC Milan's manager?")).toEqual({ want: ['person'], against: ['place', 'organization'] });
    // A plain "who" may be answered by a country or a club ("Who did Milan draw with?").
    expect(kind('Who did Milan draw with?')?.against).toEqual([]);
    // "Where did the money come from?" may be answered by a donor; a date asks for no name.
    expect(kind('Where did the money come from?')).toBeNull();
    expect(kind('When did Milan play?')).toBeNull();
    // The name of a body's person asks for the person, not the body (was refused as "names a person").
    expect(kind('What is the name of the party?')).toEqual({ want: ['organization'], against: ['person'] });
    expect(kind("What is the name of the airline's chief executive?")?.against).not.toContain('person');
  });
});

describe('a person is no party, and no place', () => {
  it('refuses a party leader for "which party"', () => {
    // Before: "Dilan Yesilgoz" (85%), the VVD's leader.
    const a = answerDetailed('Which party came third?', ELECTION);
    expect(a.answer.found).toBe(false);
    expect(a.conflict).toBe('names a person, not an organisation');
    expect(a.answer.evidence[0].sentence).toContain('VVD');
  });

  it('refuses a person for "where"', () => {
    // Before: "Daniel Hughes on Sunday" (80%) and "Pieter Omtzigt" (hedged, 29%).
    expect(answer('Where was Hughes arrested?', RAID).found).toBe(false);
    expect(answer('Where were the talks held?', TALKS).found).toBe(false);
  });

  it('still answers who someone is, and the people who did something', () => {
    expect(answer("Who is the shop's owner?", RAID).answer).toBe('Priya Shah');
    expect(answer('Who arrested Hughes?', RAID).answer).toContain('Sarah Collins');
    expect(answer('Who walked out of the meeting?', TALKS).answer).toBe('Geert Wilders');
    expect(answer('Who leads the Labour and Green alliance?', ELECTION).answer).toBe('Frans Timmermans');
  });
});

describe('a manager is no club', () => {
  it('never gives a club for a manager the story does not name', () => {
    for (const q of ["Who is AC Milan's manager?", "Who is Manchester United's manager?"]) {
      const a = answer(q, FRIENDLY);
      expect(a.found).toBe(false);
    }
  });

  it('still gives clubs, countries and channels where they answer', () => {
    expect(answer('Who did Milan draw with?', FRIENDLY).answer).toBe('Manchester United');
    expect(answer('Which country will Milan travel to?', FRIENDLY).answer).toBe('Germany');
    expect(answer('Who scored for AC Milan?', FRIENDLY).answer).toBe('Rafael Leao');
  });
});

describe('names the finder is not sure of, and bodies named after people, still answer', () => {
  it('gives "Sky Sports" for a channel', () => {
    const a = answer('Which channel showed the match?', FRIENDLY);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Sky Sports');
  });

  it('gives a company or a team named after a person', () => {
    // The entity finder calls "Ford Motor" a person and "McLaren" a place; the story also names
    // "Ford" as a company, and "McLaren" is no person the story gives in full.
    expect(answer('Which company cut the price of its electric pickup?', CARMAKERS).answer).toBe('Ford Motor');
    expect(answer('Which team does Norris drive for?', CARMAKERS).answer).toBe('McLaren');
    expect(answer('Which company lowered prices across its range?', CARMAKERS).answer).toBe('Tesla');
    expect(answer("Who is Ford's chief executive?", CARMAKERS).answer).toBe('Jim Farley');
  });
});
