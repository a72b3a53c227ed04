/**
 * Session 16: follow-ups a desk asks of wire copy that the answerer got wrong, each with a near
 * shape that must keep its answer.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const TRANSFER = parseArticle(
  'Bayern sign Dutch striker for record fee\n\n' +
    'MUNICH, Germany (AP) - Bayern Munich signed Dutch striker Joost van Dijkman from Ajax on Friday for a club-record 95 million euros, the German champions said.\n\n' +
    'The 23-year-old, who scored 31 goals last season, signed a five-year contract. Bayern coach Vincent Kompany said van Dijkman was "exactly the striker we needed."\n\n' +
    'Ajax will also receive up to 10 million euros in add-ons. The previous club record was the 80 million euros Bayern paid for Harry Kane in 2023.\n\n' +
    'Van Dijkman is expected to make his debut against Stuttgart on Aug. 24.',
  { id: 'transfer' },
);

const EARNINGS = parseArticle(
  'Nestle profit falls as shoppers switch to cheaper brands\n\n' +
    "GENEVA (Reuters) - Nestle, the world's largest food company, reported a 9 percent fall in first-half net profit on Thursday to 5.6 billion Swiss francs, as shoppers in Europe and North America switched to supermarket own brands.\n\n" +
    'Sales fell 1.1 percent to 45 billion francs, as expected by analysts. Chief executive Laurent Freixe said the company would cut 3,000 jobs in its coffee business by the end of next year.',
  { id: 'earnings' },
);

const FIRE = parseArticle(
  'Wildfire forces thousands to flee near Athens\n\n' +
    "ATHENS, Aug. 12 (AP) -- A wildfire fanned by strong winds forced about 20,000 people to leave their homes north of Athens on Monday, as firefighters struggled to stop the flames from reaching the city's suburbs.\n\n" +
    'More than 700 firefighters, backed by 35 aircraft, were battling the blaze, the fire service said. Hundreds of residents fled to the beaches.\n\n' +
    'The fire started on Sunday afternoon near the village of Varnavas. Winds of up to 70 kilometers per hour drove it south overnight.\n\n' +
    'Prime Minister Kyriakos Mitsotakis cut short his holiday to return to Athens. Italy and France sent firefighting planes to help.\n\n' +
    "Greece's hottest summer on record last year saw fires burn more than 150,000 hectares.",
  { id: 'fire' },
);

const TRIAL = parseArticle(
  'Ex-banker jailed for rigging interest rates\n\n' +
    'LONDON (Reuters) - A former Barclays trader was jailed for seven years on Friday for his part in rigging the Libor benchmark interest rate.\n\n' +
    'He was found guilty of eight counts of conspiracy to defraud after a 10-week trial at Southwark Crown Court.\n\n' +
    'Judge Jeremy Cooke said the trader had acted out of "greed and self-interest". Competition Commissioner Margrethe Vestager said banks had broken the rules for almost a decade.',
  { id: 'trial' },
);

describe('desk follow-ups on wire copy (session 16)', () => {
  it('"Who did X sign?" is the object of "signed" in the sentence that says it, not a name beside "X" in another', () => {
    const a = answer('Who did Bayern sign?', TRANSFER);
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Joost van Dijkman');
    expect(a.answer).not.toContain('Kompany');
    expect(a.evidence[0].sentence).toContain('signed Dutch striker');
    // The sentence that says the asked verb keeps its own reading.
    expect(answer('Who did Bayern pay 80 million euros for?', TRANSFER).answer).toContain('Harry Kane');
  });

  it('"Why did profit fall?" is the clause after ", as", not the profit figure; ", as expected" is no reason', () => {
    const why = answer('Why did profit fall?', EARNINGS);
    expect(why.answer).toContain('shoppers in Europe and North America switched to supermarket own brands');
    expect(why.answer).not.toContain('5.6 billion');
    expect(answer('Why did sales fall?', EARNINGS).answer).not.toMatch(/^as expected/);
  });

  it('a figure asked for is given without the day before it ("on Thursday to 5.6 billion")', () => {
    expect(answer("What was Nestle's net profit?", EARNINGS).answer).toBe('5.6 billion Swiss francs');
    // A date asked for keeps its day.
    expect(answer('When did Nestle report a fall in net profit?', EARNINGS).answer).toContain('Thursday');
  });

  it('a figure of last year does not answer a question about this year; last year\'s question keeps it', () => {
    const now = answer('How many hectares burned this year?', FIRE);
    expect(now.found).toBe(false);
    expect(answer('How many hectares burned last year?', FIRE).answer).toBe('more than 150,000');
  });

  it('"Who was jailed?" over "A former Barclays trader was jailed" is the trader, not the bank', () => {
    const a = answer('Who was jailed?', TRIAL);
    expect(a.answer).toBe('A former Barclays trader');
  });

  it('a capitalised title a reporter puts before a name answers "Who is X?" ("Competition Commissioner")', () => {
    const fine = parseArticle(
      'Apple fined 500 million euros by EU over music streaming\n\n' +
        'BRUSSELS (Reuters) - The European Commission fined Apple 500 million euros on Monday for stopping music streaming rivals such as Spotify from telling users about cheaper offers outside its App Store.\n\n' +
        'It was the first time the iPhone maker has been fined by the EU for breaking competition rules. Competition Commissioner Margrethe Vestager said Apple had abused its dominant position for almost a decade.\n\n' +
        "Apple said it would appeal the decision at the EU's General Court in Luxembourg.",
      { id: 'fine' },
    );
    const a = answer('Who is Margrethe Vestager?', fine);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Competition Commissioner');
  });

  it('"Where did the fire start?" is the place, not the time before it; "How fast?" keeps "per hour"', () => {
    expect(answer('Where did the fire start?', FIRE).answer).toBe('near the village of Varnavas');
    expect(answer('When did the fire start?', FIRE).answer).toMatch(/Sunday afternoon/);
    expect(answer('How fast were the winds?', FIRE).answer).toBe('up to 70 kilometers per hour');
  });

  it('an irregular past matches the question ("were beaten" / "Police beat"); "Who was beaten?" is never the one who beat', () => {
    const protest = parseArticle(
      'Police accused of beating protesters\n\n' +
        'CARACAS (Reuters) - Police beat two high school students during a protest outside the education ministry on Monday, witnesses said.\n\n' +
        'The ministry said officers had acted to protect the building. About 200 people took part in the protest.',
      { id: 'protest' },
    );
    expect(answer('How many students were beaten?', protest).answer).toBe('two');
    expect(answer('Who was beaten?', protest).answer).not.toBe('Police');
    expect(answer('Where were the students beaten?', protest).answer).toBe('outside the education ministry');
  });

  it('a refusal turns the question into plain word order ("how much River Plate would pay for Falcao")', () => {
    const said = (q: string): string => answer(q, TRIAL).answer;
    expect(said('How much would River Plate pay for Falcao?')).toBe('The article does not say how much River Plate would pay for Falcao.');
    expect(said('When will the jury return its verdict?')).toBe('The article does not say when the jury will return its verdict.');
    expect(said('How long would a tunnel take to build?')).toBe('The article does not say how long a tunnel would take to build.');
    expect(said('What can decelerate particles close to the speed of light?')).toBe('The article does not say what can decelerate particles close to the speed of light.');
    expect(said('How many cash machines were blown up?')).toBe('The article does not say how many cash machines were blown up.');
    // A negated auxiliary has no plain order to turn into: said plainly.
    expect(said("Who didn't Abercrombie replace as commander in chief?")).toBe('The article does not say.');
  });

  it('"How deep did the ship settle?" is not answered with the year it was found', () => {
    const wreck = parseArticle(
      'Silver recovered from wartime wreck\n\n' +
        'LONDON (Reuters) - Divers have recovered 100 tons of silver coins from a British ship torpedoed by a German submarine in 1942.\n\n' +
        'The ship settled in deep water and lay undiscovered until 2011, when a salvage company went looking for it.',
      { id: 'wreck' },
    );
    const a = answer('How deep did the ship settle?', wreck);
    expect(a.found).toBe(false);
  });

  it('"Which countries sent planes?" is the whole list of names before the verb; "How long was the trial?" reads "a 10-week trial"', () => {
    expect(answer('Which countries sent planes?', FIRE).answer).toBe('Italy and France');
    const trial = answer('How long was the trial?', TRIAL);
    expect(trial.found).toBe(true);
    expect(trial.answer).toBe('10-week');
  });

  it("an amount asked of one company is not another's ('its' after the other's name is that one's); 'chairman' after a possessive is a title", () => {
    const deal = parseArticle(
      'Unilever to buy Dutch yogurt maker for 2.4 billion euros\n\n' +
        'AMSTERDAM (Reuters) - Unilever agreed on Wednesday to buy Dutch yogurt maker Zuivelhoeve for 2.4 billion euros in cash.\n\n' +
        'The deal still needs approval from European regulators. Zuivelhoeve, founded in 1958, employs about 1,800 people and sells its products in 30 countries.\n\n' +
        'Unilever chief executive Hein Schumacher said the purchase would strengthen the group. Shares in Unilever rose 2 percent in Amsterdam.\n\n' +
        "Zuivelhoeve's chairman, Pieter Bakker, said the board had recommended the offer.",
      { id: 'deal' },
    );
    expect(answer('How many people does Zuivelhoeve employ?', deal).answer).toBe('about 1,800');
    expect(answer('How many people does Unilever employ?', deal).found).toBe(false);
    expect(answer('How much did Unilever shares rise?', deal).answer).toBe('2 percent');
    expect(answer('How much did Zuivelhoeve shares rise?', deal).found).toBe(false);
    expect(answer('How much is Unilever paying?', deal).answer).not.toBe('2 percent');
    expect(answer('Who is Pieter Bakker?', deal).answer).toBe("Zuivelhoeve's chairman");
  });

  it('a yes/no question whose verb the sentence says the opposite of is answered "No" ("rejected" for "accept")', () => {
    const coalition = parseArticle(
      'Dutch coalition collapses over asylum policy\n\n' +
        'THE HAGUE (Reuters) - The Dutch government collapsed on Tuesday after the largest coalition party pulled out in a dispute over asylum rules.\n\n' +
        'The Freedom Party had demanded a freeze on new asylum applications, which its three partners rejected.',
      { id: 'coalition' },
    );
    expect(answer('Did the partners accept the freeze?', coalition).answer).toBe('No');
    expect(answer('Did the partners reject the freeze?', coalition).answer).toBe('Yes');
  });

  it('"Who is the prosecutor?" is never a square ("near the Place Vendome"); "How did they escape?" is the manner alone', () => {
    const heistEscape = parseArticle(
      'Jewellery heist in Paris\n\n' +
        'PARIS (AP) - French police have arrested two men suspected of stealing jewels from a luxury store, prosecutors said on Saturday.\n\n' +
        'The robbers, armed with axes, smashed display cases and escaped on motorbikes in less than four minutes on Dec. 2, according to police.',
      { id: 'escape' },
    );
    const heist = parseArticle(
      'Two arrested after jewellery heist in Paris\n\n' +
        'PARIS (AP) - French police have arrested two men suspected of stealing jewels worth an estimated 8 million euros from a luxury store near the Place Vendome last week, prosecutors said on Saturday.\n\n' +
        'The store, owned by the Italian jeweller Bellacorte, reopened on Thursday.',
      { id: 'heist' },
    );
    expect(answer('Who is the prosecutor?', heist).found).toBe(false);
    // ... and "How did they escape?" is the manner, not how long it took nor the day.
    expect(answer('How did the robbers escape?', heistEscape).answer).toBe('on motorbikes');
    expect(answer('Who owns the store?', heist).answer).toContain('Bellacorte');
  });

  it('"How many seats are in parliament?" is the whole, not the part a party won ("37 of the 150 seats")', () => {
    const house = parseArticle(
      'Dutch coalition collapses\n\n' +
        'THE HAGUE (Reuters) - The Dutch government collapsed on Tuesday after the largest coalition party pulled out.\n\n' +
        'The Freedom Party won 37 of the 150 seats in parliament in the November 2023 election, the most of any party.',
      { id: 'house' },
    );
    expect(answer('How many seats are in parliament?', house).answer).toBe('150');
    expect(answer('How many seats did the Freedom Party win?', house).answer).toBe('37');
  });

  it('figures alone name no one and no place ("What are the suspects\' names?" over "aged 24 and 31")', () => {
    const arrests = parseArticle(
      'Two arrested after jewellery heist\n\n' +
        'PARIS (AP) - French police have arrested two men suspected of stealing jewels from a luxury store, prosecutors said on Saturday.\n\n' +
        'The suspects, aged 24 and 31, were detained in raids in the Paris suburbs on Friday.',
      { id: 'arrests' },
    );
    expect(answer("What are the suspects' names?", arrests).found).toBe(false);
    expect(answer('Where are the suspects from?', arrests).found).toBe(false);
    expect(answer('Where were the suspects detained?', arrests).answer).toMatch(/Paris suburbs/);
  });
});
