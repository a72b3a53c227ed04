/**
 * Session 24's desk stories, written by the lead as a desk meets them (an airline's results, a
 * corruption verdict): questions a reader asks, answered right or refused where the story is silent.
 */
import { describe, expect, it } from 'vitest';
import { answer, doesNotSay } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';

const EARNINGS = parseArticle(`Nordwind Airlines swings to profit as summer travel recovers

FRANKFURT, July 28 (Reuters) -- German carrier Nordwind Airlines on Tuesday reported a second-quarter net profit of 212 million euros, its first quarterly profit in three years, as strong summer bookings offset higher fuel costs.

Revenue rose 18 percent to 4.1 billion euros in the three months to June 30, the Frankfurt-based airline said. Analysts polled by the company had expected a profit of 150 million euros.

Chief Executive Katrin Albers said the airline would reinstate its dividend next year and add 12 aircraft to its fleet by 2028. "Our customers are flying again and they are paying for comfort," Albers told a conference call.

Nordwind carried 14.2 million passengers in the quarter, up from 11.9 million a year earlier. Its load factor, a measure of how full its planes are, rose to 86 percent.

The company kept its forecast for full-year operating profit of between 500 million and 600 million euros. Its shares rose 6.5 percent to 14.30 euros in Frankfurt trading.

Pilots' union VC has threatened strikes over pay in September, which Albers said could cost the airline up to 40 million euros a day.`, { id: 'earn' });
const VERDICT = parseArticle(`Jury convicts former mayor of taking bribes

NEWARK, N.J., March 12 (AP) -- A federal jury on Thursday convicted former Paterson Mayor Luis Ortega of taking $340,000 in bribes from developers in exchange for city contracts.

The jury of seven women and five men deliberated for two days before finding Ortega, 61, guilty on nine of 11 counts, including extortion and wire fraud. He was acquitted of two counts of money laundering.

Ortega, who served as mayor from 2014 to 2022, faces up to 20 years in prison on the most serious count. U.S. District Judge Helen Marsh set sentencing for July 9.

Prosecutors said Ortega steered more than $12 million in contracts to three developers who paid for his vacations, a luxury car and renovations to his home in Wayne.

His lawyer, Daniel Pryce, said Ortega would appeal. "We are disappointed, but this fight is not over," Pryce said outside the courthouse.

U.S. Attorney Sarah Kim said the verdict showed that "no one is above the law."

Two of the developers pleaded guilty last year and testified against Ortega at the three-week trial.`, { id: 'court' });

describe("an airline's quarterly results", () => {
  it('names the chief executive of the company the lead opens on, without the title', () => {
    const a = answer("Who is Nordwind's chief executive?", EARNINGS);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Katrin Albers');
  });

  it('reads "the airline" as the company asked about, not the chief executive\'s title as another owner', () => {
    const a = answer('How many aircraft will Nordwind add?', EARNINGS);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('12');
  });

  it('answers where the company is based from "the Frankfurt-based airline"', () => {
    const a = answer('Where is Nordwind based?', EARNINGS);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Frankfurt');
  });

  it('gives a sum the story only writes per day, with its rate', () => {
    const a = answer('How much could a strike cost?', EARNINGS);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('up to 40 million euros a day');
  });

  it('does not give the profit as the rise in fuel costs', () => {
    const a = answer('How much did fuel costs rise?', EARNINGS);
    expect(a.found).toBe(false);
    expect(a.answer).not.toContain('212');
  });
});

describe('a corruption verdict', () => {
  it('names the district judge', () => {
    const a = answer('Who is the judge?', VERDICT);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Helen Marsh');
  });

  it('does not give the contracts\' value as the luxury car\'s', () => {
    const a = answer('How much was the luxury car worth?', VERDICT);
    expect(a.found).toBe(false);
    expect(a.answer).not.toContain('12 million');
  });

  it('words a refusal of "What was X accused of?" in plain order', () => {
    for (const [q, said] of [
      ['What was Billy Gordon accused of?', 'The article does not say what Billy Gordon was accused of.'],
      ['What crime was Lockett convicted of?', 'The article does not say what crime Lockett was convicted of.'],
      ['Why could the venue not be changed?', 'The article does not say why the venue could not be changed.'],
      ['Why can Kyle Edmund not make it to the wedding?', 'The article does not say why Kyle Edmund cannot make it to the wedding.'],
    ]) expect(doesNotSay(q, analyzeQuestion(q))).toBe(said);
  });

  it('reads "How long was the trial?" from "at the three-week trial"', () => {
    const a = answer('How long was the trial?', VERDICT);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('three-week');
  });

  it('gives the charge as the verdict writes it, with its figure whole', () => {
    const a = answer('What was Ortega convicted of?', VERDICT);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^taking \$340,000 in bribes/);
  });
});

describe('a sentencing whose lead names no one', () => {
  it('reads the term from the lead when the next sentence names the person asked about', () => {
    const story = parseArticle(
      'Former bank manager jailed over fraud\n\nLONDON, March 14 (Reuters) - A former branch manager at a regional bank was jailed for six years on Friday for stealing 2.3 million pounds from elderly customers.\n\nDavid Greaves, 52, had pleaded guilty to fraud at an earlier hearing.',
      { id: 'greaves' },
    );
    const a = answer('How long was Greaves jailed for?', story);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('six years');
  });
});

describe('a health study', () => {
  const STUDY = parseArticle(`Daily walk cuts heart risk in over-60s, study finds

LONDON, Oct. 14 (Reuters) -- People over 60 who walk for at least 30 minutes a day are 24 percent less likely to suffer a heart attack or stroke than those who walk less, according to a study published on Wednesday.

Researchers at the University of Leeds followed 48,000 adults in Britain and Sweden for an average of nine years, tracking their activity with wrist-worn monitors.

The benefit was strongest among women, whose risk fell by 31 percent, the team reported in the European Heart Journal.

"You do not need a gym membership. A brisk walk to the shops is enough," said lead author Dr. Amara Okafor, a cardiologist.

The study did not prove that walking itself lowers the risk, Okafor cautioned, because people who walk more may be healthier to begin with.

Heart disease kills about 17.9 million people worldwide each year, according to the World Health Organization.

The research was funded by the British Heart Foundation.`, { id: 'study' });

  it('quotes a two-sentence quotation whole, without its credit', () => {
    const a = answer('What did Okafor say?', STUDY);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('You do not need a gym membership. A brisk walk to the shops is enough');
    expect(a.evidence[0].sentence).toMatch(/^"You do not need/);
  });
});

