/**
 * Session 21: follow-ups a desk asks of a court sentencing, a central bank's rate decision, an
 * earthquake and an election that
 * the answerer got wrong, each beside a near question that must keep its answer (or refusal).
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const COURT = parseArticle(
    'Former mayor jailed for six years over bribery scheme\n\n' +
    'MILAN, March 12 (Reuters) -- A Milan court on Thursday sentenced former mayor Luca Ferrante to six years in prison for taking bribes from construction companies in exchange for public works contracts worth more than 90 million euros.\n\n' +
    'Judge Paola Rinaldi also barred Ferrante, 61, from holding public office for life and ordered the seizure of 2.4 million euros from his bank accounts. Prosecutors had asked for a sentence of eight years.\n\n' +
    'Ferrante, who ran the northern town of Lodello from 2012 to 2021, was arrested in 2022 after a two-year investigation by the financial police. Four businessmen were convicted in the same trial and received sentences of between two and four years.\n\n' +
    'His lawyer, Marco Bellini, said the verdict was "unjust" and that his client would appeal. Ferrante, who has always denied wrongdoing, did not speak as the sentence was read.\n\n' +
    'The case is one of the largest corruption trials in Lombardy in a decade. A second former official, the town\'s planning chief, will be tried separately in June.',
  { id: 'court' },
);

const RATES = parseArticle(
    'Central bank raises rates to 15-year high, signals more to come\n\n' +
    'WELLINGTON, Feb. 22 (Reuters) -- New Zealand\'s central bank raised its official cash rate by half a percentage point to 4.75 percent on Wednesday, the highest since 2008, and said further increases would be needed to bring inflation under control.\n\n' +
    'The Reserve Bank of New Zealand\'s decision was expected by 17 of 20 economists polled by Reuters; the other three had forecast a smaller rise of a quarter point. It was the bank\'s tenth consecutive increase.\n\n' +
    'Annual consumer price inflation was 7.2 percent in the fourth quarter, well above the bank\'s target range of 1 to 3 percent. Governor Adrian Orr said the bank expected the cash rate to peak at 5.5 percent later this year.\n\n' +
    '"Inflation is still too high and too persistent," Orr told a news conference. He said the damage from Cyclone Gabrielle, which hit the North Island last week, would add to price pressures in the short term.\n\n' +
    'The New Zealand dollar rose 0.6 percent to $0.6240 after the announcement. The bank\'s next policy review is on April 5.',
  { id: 'rates' },
);

const QUAKE = parseArticle(
    'Strong quake kills at least 14 in eastern Turkey\n\n' +
    'ANKARA, Oct. 30 (AP) -- A magnitude 6.1 earthquake struck eastern Turkey early on Friday, killing at least 14 people and injuring more than 300, the country\'s disaster agency said.\n\n' +
    'The quake hit at 4:52 a.m. local time near the town of Karapinar in Malatya province, at a depth of 10 kilometres, according to the Disaster and Emergency Management Authority (AFAD). It was followed by more than 40 aftershocks, the strongest of magnitude 4.8.\n\n' +
    'At least 60 buildings collapsed, most of them older homes in rural villages, Interior Minister Kemal Aydin told reporters in Karapinar. Rescue teams pulled 23 people alive from the rubble overnight, he said.\n\n' +
    'Schools in the province will stay closed until Wednesday. About 2,000 tents have been sent to the area, where night temperatures drop close to freezing.\n\n' +
    'The region was hit by a magnitude 6.8 quake in January 2020 that killed 41 people. Turkey sits on major fault lines and is one of the world\'s most earthquake-prone countries.',
  { id: 'quake' },
);

const VOTE = parseArticle(
    'Opposition wins Portuguese election but falls short of majority\n\n' +
    'LISBON, March 10 (Reuters) -- Portugal\'s centre-right Democratic Alliance won Sunday\'s snap parliamentary election with 29.5 percent of the vote, narrowly ahead of the ruling Socialists on 28.7 percent, but fell well short of a majority, official results showed on Monday.\n\n' +
    'The far-right Chega party quadrupled its seats to 48 in the 230-seat parliament, making it the kingmaker in any right-wing government. Its leader, Andre Ventura, said voters had "ended the two-party system".\n\n' +
    'Alliance leader Luis Montenegro, 51, a lawyer, has repeatedly said he will not govern with Chega. The Alliance won 79 seats and the Socialists 77, with four seats for voters abroad still to be counted.\n\n' +
    'Turnout was 66 percent, up from 51 percent in 2022. Socialist leader Pedro Nuno Santos conceded defeat and said his party would lead the opposition.\n\n' +
    'The election was called after Prime Minister Antonio Costa resigned in November amid an influence-peddling investigation. Costa has not been charged. President Marcelo Rebelo de Sousa will begin talks with party leaders on Tuesday.',
  { id: 'vote' },
);

function ask(q: string, article = COURT): { found: boolean; answer: string } {
  const a = answer(q, article);
  return { found: a.found, answer: a.answer };
}

describe('words said on someone\'s behalf', () => {
  it('"What did Ferrante say?" is not answered with his lawyer\'s words ("His lawyer, Marco Bellini, said ...")', () => {
    expect(ask('What did Ferrante say after the verdict?').found).toBe(false);
    // The lawyer's own words are his.
    const bellini = ask('What did Marco Bellini say?');
    expect(bellini.found).toBe(true);
    expect(bellini.answer).toContain('unjust');
  });
});

describe('a part of a counted whole', () => {
  it('"expected by 17 of 20 economists polled": 17 expected it, 20 were polled', () => {
    expect(ask('How many economists expected the decision?', RATES)).toEqual({ found: true, answer: '17' });
    expect(ask('How many economists were polled?', RATES)).toEqual({ found: true, answer: '20' });
  });
});

describe('a rate decision', () => {
  it('the size of the step in a central bank\'s words', () => {
    expect(ask('By how much did the bank raise rates?', RATES)).toEqual({ found: true, answer: 'half a percentage point' });
  });

  it('the new level is the one the rate moved to, not the peak the governor expects', () => {
    expect(ask('What is the new cash rate?', RATES)).toEqual({ found: true, answer: '4.75 percent' });
  });

  it('the level before is refused when the story gives only the step and the new level', () => {
    expect(ask('What was the cash rate before the decision?', RATES).found).toBe(false);
  });

  it('"When was the rate last this high?" is the year after "the highest since"; of the dollar, which no sentence says, refused', () => {
    expect(ask('When was the rate last this high?', RATES)).toEqual({ found: true, answer: '2008' });
    expect(ask('When was the dollar last this high?', RATES)).toEqual({ found: false, answer: 'The article does not say when the dollar was last this high.' });
  });

  it('inflation asked is its figure, and a range is answered whole', () => {
    expect(ask('What was inflation in the fourth quarter?', RATES)).toEqual({ found: true, answer: '7.2 percent' });
    expect(ask("What is the bank's inflation target?", RATES)).toEqual({ found: true, answer: '1 to 3 percent' });
  });
});

describe('spans a reader wants', () => {
  it('"What town did Ferrante run?" is the town\'s name, not "the northern town of Lodello from 2012 to 2021"', () => {
    expect(ask('What town did Ferrante run?')).toEqual({ found: true, answer: 'Lodello' });
  });
});

describe('seats of several parties in one sentence', () => {
  it('"The Alliance won 79 seats and the Socialists 77": each party its own number', () => {
    expect(ask('How many seats did the Alliance win?', VOTE)).toEqual({ found: true, answer: '79' });
    expect(ask('How many seats did the Socialists win?', VOTE)).toEqual({ found: true, answer: '77' });
  });

  it('a party the sentence does not name is not given the first party\'s seats, though the sentence before names it', () => {
    expect(ask('How many seats did Chega win?', VOTE).found).toBe(false);
  });

  it('of two counts of seats in the sentence, the one the question\'s words follow', () => {
    expect(ask('How many seats are still to be counted?', VOTE)).toEqual({ found: true, answer: 'four' });
  });
});

describe('an earlier event of the same kind', () => {
  it('"the quake" is not the one "in January 2020" the story recalls', () => {
    expect(ask('When did the quake hit?', QUAKE).answer).not.toContain('2020');
    expect(ask('How many people did the quake kill?', QUAKE)).toEqual({ found: true, answer: 'at least 14' });
    // Asked of the earlier quake, its own figures.
    expect(ask('When did the 2020 quake hit?', QUAKE)).toEqual({ found: true, answer: 'January 2020' });
    expect(ask('How many people were killed in the January 2020 quake?', QUAKE)).toEqual({ found: true, answer: '41' });
  });
});
