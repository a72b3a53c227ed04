/**
 * Session 23: follow-ups a desk asks of a fraud sentencing, a central bank's rate decision and a
 * winter storm, that the answerer got wrong, each beside a near question that must keep its answer.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { makeArticle } from '../../helpers/article.ts';

const COURT = parseArticle(
    "Former bank manager jailed for six years over 2.3 million pound fraud\n\n" +
    "LONDON, March 14 (Reuters) - A former branch manager at a regional bank was jailed for six years on Friday for stealing 2.3 million pounds from elderly customers over nearly a decade, in what prosecutors called one of the worst breach-of-trust cases they had seen.\n\n" +
    "Martin Greaves, 58, of Harrogate, pleaded guilty in January to 14 counts of fraud by abuse of position and two counts of money laundering at Leeds Crown Court.\n\n" +
    "Judge Susan Whitfield told Greaves he had \"preyed on the very people who trusted you most\", noting that 11 of his 23 victims were over 80 and that two had died before the fraud was discovered.\n\n" +
    "Greaves moved money from dormant and savings accounts into accounts he controlled between 2013 and 2022, the court heard. He spent much of it on a holiday home in Portugal, a classic car collection and private school fees for his two children.\n\n" +
    "The fraud came to light in 2022 when a customer's daughter noticed unexplained withdrawals and complained to the bank, which alerted police.\n\n" +
    "Detective Inspector Rachel Moss of West Yorkshire Police said officers had recovered about 900,000 pounds so far and would seek a confiscation order to recover the rest.\n\n" +
    "\"No sentence can give back the peace of mind these families lost,\" Moss said outside court.\n\n" +
    "The bank, which was not named in court to protect the victims' identities, said it had repaid every affected customer in full and had since changed its controls on dormant accounts.\n\n" +
    "Greaves's lawyer, Daniel Hart, said his client was \"deeply ashamed\" and had cooperated fully with the investigation. A confiscation hearing is set for September 5.",
  { id: 'court' },
);

const BANK = parseArticle(
    "Central bank holds rates at 4.25 percent, signals cut in spring\n\n" +
    "OTTAWA, Oct. 29 (Reuters) - The Bank of Canada held its key interest rate at 4.25 percent on Wednesday, as expected, but said it could begin cutting borrowing costs as early as next spring if inflation keeps easing.\n\n" +
    "Governor Claire Dubois told reporters the bank's six-member governing council had been \"unanimous\" in deciding to hold, after raising rates ten times between March 2022 and July last year.\n\n" +
    "Annual inflation slowed to 2.9 percent in September from 3.4 percent in August, Statistics Canada said last week, the lowest reading in more than two years. The bank targets inflation of 2 percent.\n\n" +
    "\"We are not declaring victory yet,\" Dubois said. \"But the balance of risks has shifted, and the council will look at whether rates need to stay this high.\"\n\n" +
    "In its quarterly forecast, the bank cut its estimate for economic growth this year to 1.1 percent from 1.6 percent and said unemployment, now 6.4 percent, was likely to rise to about 7 percent by the middle of next year.\n\n" +
    "The Canadian dollar fell 0.4 percent to 72.10 U.S. cents after the announcement, and the yield on two-year government bonds dropped 9 basis points.\n\n" +
    "Economists at three of the country's five largest banks had forecast a hold, while two had expected a quarter-point cut. Money markets now price a roughly 70 percent chance of a cut by April.\n\n" +
    "The bank's next rate announcement is scheduled for Dec. 10.",
  { id: 'bank' },
);

const STORM = parseArticle(
    "Storm leaves 200,000 without power, one dead in Brittany\n\n" +
    "RENNES, France, Jan. 18 (AFP) - A powerful winter storm swept across western France overnight, killing a 71-year-old man and leaving around 200,000 homes without electricity, officials said on Thursday.\n\n" +
    "The man died in the town of Quimper when a tree fell on his car, the Finistere prefecture said. Two firefighters were slightly injured while clearing debris near Brest.\n\n" +
    "Gusts reached 156 kilometres per hour at the Pointe du Raz headland, national weather service Meteo-France said, the strongest winds recorded in the region since 1999.\n\n" +
    "Grid operator Enedis said 3,000 technicians had been deployed and that power had been restored to about half of the affected homes by midday. It expected most customers to be reconnected by Friday evening, though some remote villages could wait until the weekend.\n\n" +
    "Rail operator SNCF suspended all trains between Rennes and Brest until at least Thursday afternoon, and the ports of Roscoff and Saint-Malo were closed, stranding several hundred ferry passengers.\n\n" +
    "Schools in Finistere and Cotes-d'Armor stayed shut. Meteo-France lowered its red alert for the two departments to orange at 10 a.m. but warned of flooding along rivers swollen by three weeks of rain.\n\n" +
    "Interior Minister Laurent Nunez, who visited Quimper in the afternoon, said the state would declare a natural disaster for the worst-hit towns, allowing residents to claim compensation from their insurers faster.",
  { id: 'storm' },
);

const VOTE = parseArticle(
    "Ruling party loses majority in regional vote as turnout hits record low\n\n" +
    "MUNICH, Germany, Oct. 9 (Reuters) - Bavaria's ruling Christian Social Union (CSU) lost its absolute majority in Sunday's state election for only the second time since 1962, winning 37.2 percent of the vote, preliminary official results showed on Monday.\n\n" +
    "The CSU, which has governed the southern state for more than six decades, will need a coalition partner to stay in power. State premier Markus Hofbauer said he would open talks with the Free Voters, who came second with 15.8 percent, \"in the coming days\".\n\n" +
    "The Greens took 14.4 percent, down from 17.6 percent five years ago, while the far-right Alternative for Germany (AfD) rose to 13.1 percent from 10.2 percent. The Social Democrats (SPD) slumped to 7.9 percent, their worst result in the state since World War Two.\n\n" +
    "Turnout fell to 54.3 percent from 72.4 percent in 2018, the lowest in a Bavarian election since records began. Election officials blamed a rain storm that hit much of the state on Sunday afternoon and the closure of 212 polling stations in flooded districts.\n\n" +
    "\"This is a painful evening for us,\" Hofbauer told supporters in Munich. \"But the voters have given us a clear mandate to lead the next government.\"\n\n" +
    "Under Bavaria's constitution, the new parliament must meet within 22 days of the vote, and the premier must be elected within a week of its first session. The CSU won 83 of the parliament's 180 seats.\n\n" +
    "The result is a blow to Chancellor Anna Richter, whose conservative bloc includes the CSU, ahead of a national election due next September.",
  { id: 'vote' },
);

const HEALTH = parseArticle(
    "Heart disease still the region's biggest killer, report finds\n\n" +
    "LEEDS, England, May 12 (Reuters) - Heart disease accounts for nearly one-third of all deaths in the region, while only one in 12 adults over 40 has had a heart check in the past five years, a report by the regional health authority said on Tuesday.\n\n" +
    "The report, based on records of 1.4 million patients, found that two-thirds of those who died of heart disease had never been prescribed a statin. Some 54 per cent of adults surveyed said they did not know their blood pressure.\n\n" +
    "Health director Amina Shah said the authority would spend 12 million pounds over three years on mobile testing units.",
  { id: 'health' },
);

describe('a change asked the other way from the one told', () => {
  it('refuses "How much did the Canadian dollar rise?" over "fell 0.4 percent", and answers the fall', () => {
    const rise = answer('How much did the Canadian dollar rise?', BANK);
    expect(rise.found).toBe(false);
    expect(rise.answer).toMatch(/^The article does not say/);
    const fall = answer('How much did the Canadian dollar fall?', BANK);
    expect(fall.found).toBe(true);
    expect(fall.answer).toBe('0.4 percent');
  });
});

describe('a part of a whole counted with a possessive', () => {
  it('reads "11 of his 23 victims were over 80" as 11 over 80', () => {
    const a = answer('How many victims were over 80?', COURT);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('11');
  });
  it('reads "and that two had died" as the count of those who had died', () => {
    const a = answer('How many of his victims had died before the fraud was discovered?', COURT);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('two');
  });
});

describe('refusals in plain word order', () => {
  const says = (q: string, article: ReturnType<typeof parseArticle>) => answer(q, article).answer;
  it('puts the verb after a subject of names, before its predicate', () => {
    expect(says('How long was Greaves a bank manager?', COURT)).toBe('The article does not say how long Greaves was a bank manager.');
  });
  it('keeps "worth" last', () => {
    expect(says('How much was the holiday home worth?', COURT)).toBe('The article does not say how much the holiday home was worth.');
  });
  it('keeps the order when the wh-phrase is the subject before an adverb', () => {
    expect(says('Which towns were worst hit?', STORM)).toBe('The article does not say which towns were worst hit.');
    expect(says('How many homes are still without power?', STORM)).toBe('The article does not say how many homes are still without power.');
  });
});

describe('a who-answer that names a town', () => {
  it('refuses "Who died?" rather than answer the town after "the town of"', () => {
    const a = answer('Who died?', STORM);
    expect(a.found).toBe(false);
    expect(a.answer).not.toContain('Quimper');
    expect(answer('Where did the man die?', STORM).answer).toBe('Quimper');
  });
});

describe('a measure\'s level in the sentence of another figure', () => {
  it('answers the unemployment rate from "unemployment, now 6.4 percent,", not the growth figure before it', () => {
    expect(answer('What is the unemployment rate?', BANK).answer).toBe('6.4 percent');
  });
  it('answers the new forecast of "to 1.1 percent from 1.6 percent", and the previous one when asked', () => {
    expect(answer('What is the growth forecast for this year?', BANK).answer).toBe('1.1 percent');
    expect(answer('What was the previous growth forecast?', BANK).answer).toBe('1.6 percent');
  });
});

describe('a count whose sentence opens on another name', () => {
  it('refuses "How many seats did the Greens win?" over "The CSU won 83 of the parliament\'s 180 seats."', () => {
    const a = answer('How many seats did the Greens win?', VOTE);
    expect(a.found).toBe(false);
    expect(a.answer).not.toContain('83');
    expect(answer('How many seats did the CSU win?', VOTE).answer).toBe('83');
  });
});

describe('a share written as a fraction', () => {
  it('answers "one in 12" and "two-thirds" whole, not refused for giving no number', () => {
    const a = answer('What share of adults over 40 have had a heart check?', HEALTH);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('one in 12');
    const b = answer('What proportion of those who died had never been prescribed a statin?', HEALTH);
    expect(b.found).toBe(true);
    expect(b.answer).toBe('two-thirds');
  });
});

describe('a nationality the gazetteer lacked', () => {
  it('answers "What nationality is Ortega?" with "Argentinian"', () => {
    const story = parseArticle(
      'Leicester sign midfielder Ortega\n\n' +
        'LEICESTER, England, Jan. 30 (Reuters) - Leicester City have signed the Argentinian midfielder Tomas Ortega from Boca Juniors on a three-year contract, the club said on Friday.',
      { id: 'ortega' },
    );
    expect(answer('What nationality is Ortega?', story)).toMatchObject({ found: true, answer: 'Argentinian' });
  });
});

describe('a lead that names its person only in the next paragraph', () => {
  it('reads "A former branch manager ... was jailed ... on Friday" as about "Martin Greaves, 58," of the next', () => {
    const a = answer('When was Greaves jailed?', COURT);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Friday');
  });
});

describe('a day "due to be" reached is ahead of the dateline', () => {
  it('resolves "due to be put to a referendum on November 7" in an August story to this November', () => {
    const story = makeArticle({
      text: 'The opposition said a draft constitution, due to be put to a national referendum on November 7, would increase the powers of the president. The speaker told reporters the vote was rushed.',
      dateline: { place: 'Minsk', date: '2026-08-30', agency: null },
    });
    const a = answer('When will the draft constitution be put to a referendum?', story);
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Nov. 7, 2026');
  });
});
