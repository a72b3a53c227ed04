/**
 * Session 23 (people): a story's people as a reader knows them - the full name first, later the
 * surname or a title and the surname - in who-answers, "Who is X?" and refusals. Stories written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const CRASH = parseArticle(
  'Small plane crashes near Lake Tahoe, killing two\n\n' +
    'TRUCKEE, California, Aug. 3 (AP) -- A small plane crashed shortly after takeoff from Truckee Tahoe Airport on Saturday, killing the pilot and a passenger, authorities said.\n\n' +
    "The single-engine Cessna 182 went down in a wooded area about a mile south of the runway at about 10:40 a.m., Nevada County Sheriff's spokeswoman Andrea Ferris said. The plane caught fire after impact.\n\n" +
    'The pilot was identified as Martin Halvorsen, 61, of Reno. Halvorsen was a retired airline captain who had flown for more than 30 years, his family said. The passenger, a 58-year-old woman, has not been named.\n\n' +
    'The National Transportation Safety Board sent a team to investigate, and the Federal Aviation Administration said the plane was bound for Santa Monica.\n\n' +
    '"He loved to fly more than anything," said his daughter, Karin Halvorsen. "We are heartbroken."\n\n' +
    'Dr. Priya Raman, the county coroner, said autopsies would be carried out on Monday. Raman said the victims died at the scene.',
  { id: 'crash' },
);

const RAID = parseArticle(
  'Troops free 12 hostages in dawn raid\n\n' +
    'ISLAMABAD, March 4 (Reuters) -- Security forces freed 12 hostages held by gunmen in a remote village in northwest Pakistan on Wednesday, army spokesman Maj. Gen. Tariq Nadeem said.\n\n' +
    'Four gunmen were killed in the raid, which began before dawn and lasted about three hours. No soldiers were hurt, Nadeem said.\n\n' +
    'Prof Hina Qureshi, director of the Centre for Security Studies at the National Defence University in Islamabad, said the raid showed the army had better intelligence on the ground.\n\n' +
    'Kidnap expert Omar Siddiqui said ransoms paid for hostages in the region had risen sharply.\n\n' +
    'Sara Lind, a negotiator who has worked on kidnap cases in the region for 20 years, said families were often pressed to pay within days.',
  { id: 'raid' },
);

const CARE = parseArticle(
  'Care home failings "went unchecked for years"\n\n' +
    'LEEDS, England, June 12 -- Failings at a care home where an elderly resident died after a fall went unchecked for years, a report published on Thursday found.\n\n' +
    'An independent review of the home by Helen Markham, a former social services director, found that staff at Birchwood House were not trained to use lifting equipment and that complaints from families were ignored.\n\n' +
    "Leeds City Council, which commissioned the report, said it accepted all 14 recommendations. The home's owner, Carewell Homes, said it had replaced its manager.",
  { id: 'care' },
);

const MATCH = parseArticle(
  'Late Okafor goal sends Bristol City into cup semi-finals\n\n' +
    'BRISTOL, England, Jan. 27 (Reuters) -- Substitute Daniel Okafor scored in the 88th minute as second-tier Bristol City beat Premier League side Everton 2-1 at Ashton Gate on Saturday to reach the FA Cup semi-finals for the first time since 1920.\n\n' +
    "Everton had taken the lead through Dominic Calvert-Lewin's header after 23 minutes, but City captain Jason Knight equalised from the penalty spot shortly after halftime.\n\n" +
    'Everton manager Sean Dyche said his side had been "second best for long spells".',
  { id: 'match' },
);

function ask(q: string, article: ReturnType<typeof parseArticle>): { found: boolean; answer: string } {
  const a = answer(q, article);
  return { found: a.found, answer: a.answer };
}

describe('who-answers name the person in full', () => {
  it('"Who said the victims died at the scene?" is "Priya Raman", the name the story gave "Raman" first', () => {
    expect(ask('Who said the victims died at the scene?', CRASH)).toEqual({ found: true, answer: 'Priya Raman' });
  });
});

describe('"Who is X?" from the way the story first names them', () => {
  it('"The pilot was identified as Martin Halvorsen": Halvorsen is the pilot, and the pilot is Martin Halvorsen', () => {
    expect(ask('Who is Martin Halvorsen?', CRASH)).toEqual({ found: true, answer: 'the pilot' });
    expect(ask('Who is Halvorsen?', CRASH)).toEqual({ found: true, answer: 'the pilot' });
    expect(ask('Who was the pilot?', CRASH)).toEqual({ found: true, answer: 'Martin Halvorsen' });
  });
  it('a rank\'s abbreviation after a job is read with the job: "army spokesman Maj. Gen. Tariq Nadeem"', () => {
    expect(ask('Who is Tariq Nadeem?', RAID)).toEqual({ found: true, answer: 'army spokesman' });
    expect(ask('Who is Nadeem?', RAID)).toEqual({ found: true, answer: 'army spokesman' });
  });
  it('a long job set off by commas: "Prof Hina Qureshi, director of the Centre ... in Islamabad, said"', () => {
    expect(ask('Who is Hina Qureshi?', RAID)).toEqual({ found: true, answer: 'director of the Centre for Security Studies at the National Defence University in Islamabad' });
  });
  it('a description without its relative clause: "Sara Lind, a negotiator who has worked on ..."', () => {
    expect(ask('Who is Sara Lind?', RAID)).toEqual({ found: true, answer: 'a negotiator' });
  });
  it('an expert named by the field: "Kidnap expert Omar Siddiqui"', () => {
    expect(ask('Who is Omar Siddiqui?', RAID)).toEqual({ found: true, answer: 'Kidnap expert' });
  });
});

describe('the doer of a deed the sentence says by its thing', () => {
  it('"Who carried out the review of the home?" over "An independent review of the home by Helen Markham"', () => {
    expect(ask('Who carried out the review of the home?', CARE)).toEqual({ found: true, answer: 'Helen Markham' });
  });
});

describe('a scorer of the other side', () => {
  it('"Who scored for Everton?" is not the scorer of the side that beat Everton', () => {
    const a = ask('Who scored for Everton?', MATCH);
    expect(a.answer).not.toMatch(/Okafor/);
    expect(ask('Who scored for Bristol City?', MATCH).answer).toMatch(/Daniel Okafor/);
  });
});
