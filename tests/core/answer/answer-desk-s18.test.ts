/**
 * Session 18: follow-ups a desk asks of an earnings report, a court report and a wildfire story
 * that the answerer got wrong, each beside a near question that must keep its answer (or refusal).
 */
import { describe, expect, it } from 'vitest';
import { answer, answerDetailed } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const EARNINGS = parseArticle(
  'Nordvik Shipping profit falls as freight rates slide\n\n' +
    'OSLO, Oct. 29, 2026 (Reuters) -- Nordvik Shipping reported a 38% drop in third-quarter net profit on Thursday, hit by lower container freight rates and higher fuel costs, and said it would cut 400 jobs.\n\n' +
    'Net profit fell to 212 million dollars from 342 million a year earlier, the Oslo-based company said. Revenue slipped 9% to 1.9 billion dollars.\n\n' +
    'Nordvik shares fell 4.2% in early trading, while the wider Oslo index was flat.\n\n' +
    'Analyst Petter Haugland of DNB Markets said the results were "weak but not a disaster".\n\n' +
    'It will pay a dividend of 1.50 crowns per share, down from 2.75 crowns last year.',
  { id: 'earnings' },
);

function ask(q: string): { found: boolean; answer: string } {
  const a = answer(q, EARNINGS);
  return { found: a.found, answer: a.answer };
}

describe('the size of a change, not a level it moved from or to', () => {
  it('"How much did profit fall?" is the drop the lead gives, not the earlier level', () => {
    expect(ask('How much did profit fall?')).toEqual({ found: true, answer: '38%' });
  });

  it('"How much did revenue fall?" is the figure after the verb of the same direction', () => {
    expect(ask('How much did revenue fall?')).toEqual({ found: true, answer: '9%' });
    expect(ask('How much did Nordvik shares fall?')).toEqual({ found: true, answer: '4.2%' });
  });

  it('a change the story never gives a size for is not answered from another time', () => {
    expect(ask('How much did profit fall in the second quarter?').found).toBe(false);
  });
});

describe('figures of an earlier time', () => {
  it('"What was net profit a year earlier?" is the figure the story times so', () => {
    expect(ask('What was net profit a year earlier?')).toEqual({ found: true, answer: '342 million' });
  });

  it('"What was the dividend last year?" is last year\'s, with its currency; this year\'s stays the answer to "How much is the dividend?"', () => {
    expect(ask('What was the dividend last year?')).toEqual({ found: true, answer: '2.75 crowns' });
    // ("1.50" alone reads like a time of day: the currency keeps it a sum.)
    expect(ask('How much is the dividend?')).toEqual({ found: true, answer: '1.50 crowns' });
  });
});

describe('the cause a reporter gives after "hit by", "due to"', () => {
  it('"Why did profit fall?" reads the cause beside the drop', () => {
    expect(ask('Why did profit fall?')).toEqual({ found: true, answer: 'lower container freight rates and higher fuel costs' });
  });

  it('a change of the other direction is not given that cause', () => {
    expect(ask('Why did profit rise?').answer).not.toContain('freight');
  });
});

describe('a job title that opens the sentence', () => {
  it('"Who is Petter Haugland?" over "Analyst Petter Haugland of DNB Markets said"', () => {
    expect(ask('Who is Petter Haugland?')).toEqual({ found: true, answer: 'Analyst' });
  });
});

describe('a hyphenated word mentions its parts', () => {
  it('"third-quarter net profit" mentions the quarter: no "never mentions" refusal', () => {
    const d = answerDetailed('What was net profit in the third quarter?', EARNINGS);
    expect(d.conflict ?? '').not.toMatch(/never mentions/);
  });
});

const COURT = parseArticle(
    "Former mayor jailed for six years over council contracts\n\n" +
    "A former mayor of Westbridge has been jailed for six years for taking bribes in return for council building contracts worth more than £4m.\n\n" +
    "Derek Aldous, 61, was found guilty last month of three counts of bribery and one of misconduct in public office after a seven-week trial at Birmingham Crown Court.\n\n" +
    "The court heard that Aldous, who led the council from 2015 to 2021, accepted £180,000 in cash and a holiday villa in Portugal from builder Martin Keogh, whose firm then won five contracts to repair council homes.\n\n" +
    "Keogh, 57, was jailed for four years. A third defendant, the council's former housing director Sandra Wells, was cleared of all charges.\n\n" +
    "Sentencing on Friday, Judge Helen Marsh said Aldous had \"betrayed the trust of the people who elected him\" and had shown no remorse.\n\n" +
    "Aldous's lawyer said he would appeal against the conviction.\n\n" +
    "West Midlands Police said the investigation began in 2021 after a whistleblower at the council contacted officers. Detective Inspector Raj Patel said: \"This was a long and complex inquiry, and I want to thank the council staff who came forward.\"\n\n" +
    "The council said it had since changed the way it awards contracts and recovered £1.2m from Keogh's firm.",
  { id: 'court' },
);

const FIRE = parseArticle(
  'Wildfire forces thousands to flee near Athens\n\n' +
    'ATHENS (Reuters) - More than 4,000 people were ordered to leave their homes north of Athens on Wednesday as a wildfire spread towards the suburbs, officials said.\n\n' +
    'Some 700 firefighters, backed by 35 aircraft, were battling the flames, fire service spokesman Yiannis Artopios said.\n\n' +
    'At least 12 people were treated in hospital for breathing problems, officials said.',
  { id: 'fire' },
);

describe('what was done to someone else', () => {
  it('"How long was Aldous jailed for?" is not answered with the builder\'s sentence; the builder\'s question keeps it', () => {
    const a = answer('How long was Aldous jailed for?', COURT);
    expect(a.answer).not.toBe('four years');
    expect(answer('How long was Keogh jailed for?', COURT)).toMatchObject({ found: true, answer: 'four years' });
  });

  it('"How long was Wells jailed for?": she was cleared; the builder\'s term is not hers', () => {
    expect(answer('How long was Wells jailed for?', COURT).found).toBe(false);
  });
});

describe('lengths and worths', () => {
  it('"How long did the trial last?" reads "a seven-week trial"', () => {
    expect(answer('How long did the trial last?', COURT)).toMatchObject({ found: true, answer: 'seven-week' });
  });

  it('"How much was the villa worth?" is not the contracts\' worth', () => {
    expect(answer('How much was the villa worth?', COURT).found).toBe(false);
  });
});

describe('a cause the story never gives', () => {
  it('"What caused the fire?" is refused rather than answered with the spokesman', () => {
    expect(answer('What caused the fire?', FIRE).found).toBe(false);
    expect(answer('Who is Yiannis Artopios?', FIRE)).toMatchObject({ found: true });
  });
});

const RECALL = parseArticle(
    "Carmaker recalls 310,000 SUVs over seat belt fault\n\n" +
    "DETROIT, March 3, 2026 (AP) -- Halden Motors is recalling about 310,000 sport utility vehicles in the United States and Canada because a front seat belt anchor can break in a crash, the company said on Tuesday.\n\n" +
    "The recall covers Halden Ridge SUVs from the 2022 to 2024 model years built at the company's plant in Spring Hill, Tennessee. About 27,000 of the vehicles are in Canada.\n\n" +
    "The National Highway Traffic Safety Administration said the company knows of three crashes and two injuries that may be linked to the problem. No deaths have been reported.\n\n" +
    "Dealers will inspect the anchors and replace them free of charge. Owners will be notified by letter starting April 18.\n\n" +
    "Halden spokeswoman Carla Mendes said the fault was found during the company's own testing in January. \"Safety is our first priority,\" she said.\n\n" +
    "It is the company's second large recall this year. In January it recalled 140,000 pickup trucks because of a faulty fuel pump.\n\n" +
    "Halden shares closed down 1.3% at 41.20 dollars.",
  { id: 'recall' },
);

const STUDY = parseArticle(
    "Daily walk cuts dementia risk, study finds\n\n" +
    "People who walk about 9,800 steps a day are 51% less likely to develop dementia, according to a study of more than 78,000 adults published on Monday.\n\n" +
    "Researchers from the University of Southern Denmark and the University of Sydney followed participants aged 40 to 79 for an average of seven years, using wrist-worn devices to count their steps.\n\n" +
    "Even 3,800 steps a day cut the risk by 25%, the study in the journal JAMA Neurology found.\n\n" +
    "Those who walked at a brisk pace of 112 steps a minute for 30 minutes a day saw the biggest benefit, with a 62% lower risk.\n\n" +
    "\"It's a simple message: move more,\" said lead author Borja del Pozo Cruz, an associate professor at the University of Southern Denmark.\n\n" +
    "The participants were drawn from the UK Biobank, a large database of health information. About 866 of them developed dementia during the study.\n\n" +
    "The researchers cautioned that the study showed an association and could not prove that walking prevents dementia.\n\n" +
    "Dementia affects about 55 million people worldwide, according to the World Health Organization.",
  { id: 'study' },
);

describe('counts the question narrows', () => {
  it('"How many of the vehicles are in Canada?" is the part, not the whole recall', () => {
    expect(answer('How many of the vehicles are in Canada?', RECALL)).toMatchObject({ found: true, answer: 'About 27,000' });
    expect(answer('How many vehicles are being recalled?', RECALL)).toMatchObject({ found: true, answer: 'about 310,000' });
  });

  it('"How many steps a day cut dementia risk by 51%?" is the count beside 51%, not beside 25%', () => {
    expect(answer('How many steps a day cut dementia risk by 51%?', STUDY)).toMatchObject({ found: true, answer: 'about 9,800' });
  });
});

describe('ages and lengths of a study', () => {
  it('"How old were the participants?" reads "participants aged 40 to 79"', () => {
    expect(answer('How old were the participants?', STUDY)).toMatchObject({ found: true, answer: '40 to 79' });
  });

  it('"How long were participants followed?" is a number with its unit of time, not an age', () => {
    expect(answer('How long were participants followed?', STUDY)).toMatchObject({ found: true, answer: 'seven years' });
  });
});

const DEAL = parseArticle(
    "Brightwell agrees to buy software firm Corvane for $2.1 billion\n\n" +
    "Brightwell Group said on Monday it had agreed to buy Corvane, a maker of payroll software, for $2.1 billion in cash, its biggest acquisition since it was founded in 1998.\n\n" +
    "Brightwell will pay $34 a share, a premium of 28% to Corvane's closing price on Friday. The deal has been approved by both boards and is expected to close in the second half of next year, subject to regulatory approval.\n\n" +
    "Corvane, based in Austin, Texas, employs about 1,900 people and had revenue of $410 million last year. Its chief executive, Dana Whitfield, will join Brightwell's leadership team.\n\n" +
    "\"Corvane gives us the payroll engine our customers have been asking for,\" Brightwell chief executive Tomas Ekberg said in a statement.\n\n" +
    "Brightwell said it would fund the purchase with cash on hand and a new $1.5 billion loan from a group of banks led by JPMorgan.\n\n" +
    "Corvane shares jumped 25% to $33.10 in morning trading. Brightwell shares were down 2%.\n\n" +
    "The company expects the deal to add to earnings in its second full year after closing.",
  { id: 'deal' },
);

const POLICE = parseArticle(
    "man charged after police officer hit by car in leeds\n\n" +
    "a 24-year-old man has been charged after a police officer was hit by a car during a traffic stop in leeds, west yorkshire police said.\n\n" +
    "the officer, a 31-year-old constable, suffered a broken leg and head injuries when he was struck on harehills road at about 23:30 gmt on saturday. he was taken to leeds general infirmary, where his condition is described as stable.\n\n" +
    "the driver, named by police as kyle barraclough, of gipton, is charged with causing serious injury by dangerous driving, failing to stop and driving while disqualified.\n\n" +
    "he is due to appear before leeds magistrates' court on monday.\n\n" +
    "the car, a grey ford focus, was found abandoned two miles away in the early hours of sunday, and barraclough was arrested at an address in seacroft later that day.\n\n" +
    "chief superintendent dave walker said: \"this was a shocking attack on an officer who was simply doing his job.\"\n\n" +
    "a 19-year-old woman who was a passenger in the car has been released under investigation.",
  { id: 'police' },
);

describe('a takeover: whose chief executive, which price', () => {
  it('"Who is Corvane\'s chief executive?" is not the buyer\'s ("Brightwell chief executive Tomas Ekberg")', () => {
    expect(answer("Who is Corvane's chief executive?", DEAL)).toMatchObject({ found: true, answer: 'Dana Whitfield' });
    expect(answer('Who is Tomas Ekberg?', DEAL)).toMatchObject({ found: true, answer: 'Brightwell chief executive' });
  });

  it('"How much is Brightwell paying for Corvane?" is the whole price ("agreed to buy ... for $2.1 billion"), not "$34 a share"', () => {
    expect(answer('How much is Brightwell paying for Corvane?', DEAL)).toMatchObject({ found: true, answer: '$2.1 billion' });
    expect(answer('How much will Brightwell pay per share?', DEAL)).toMatchObject({ found: true, answer: '$34' });
  });
});

describe('a police report', () => {
  it('"What is the officer\'s condition?" is the condition, not the hospital', () => {
    expect(answer("What is the officer's condition?", POLICE)).toMatchObject({ found: true, answer: 'stable' });
  });

  it('"Why was the car stopped?" is not answered with "hit by a car" (no cause of a change)', () => {
    expect(answer('Why was the car stopped?', POLICE).answer).not.toMatch(/traffic stop/);
  });
});

const RESIGN = parseArticle(
    "Health minister quits over hospital waiting list figures\n\n" +
    "The UK's health minister, Rachel Ormsby, has resigned after admitting that figures she gave to Parliament on hospital waiting lists were wrong.\n\n" +
    "Ms Ormsby, 47, told MPs in March that the number of patients waiting more than a year for treatment had fallen to 12,000. Official data published on Tuesday showed the true figure was 41,500.\n\n" +
    "In her resignation letter to the prime minister, she wrote: \"I gave the House information that I believed to be correct. It was not, and I take full responsibility.\"\n\n" +
    "The prime minister said he accepted her resignation \"with regret\" and thanked her for her work.\n\n" +
    "Former junior minister Alan Pryce, 52, has been appointed in her place. He was previously in charge of social care.\n\n" +
    "Labour said the resignation was \"long overdue\" and called for an independent inquiry into how the figures were compiled.\n\n" +
    "Ms Ormsby, the MP for Harrow North since 2015, will remain in Parliament. She was appointed health minister in September 2024.",
  { id: 'resign' },
);

const TRANSFER = parseArticle(
    "Harlow City sign striker Mensah for club-record fee\n\n" +
    "Harlow City have signed Ghana striker Kwame Mensah from Belgian side Genk for a club-record fee of £38m.\n\n" +
    "The 23-year-old has agreed a five-year contract and will wear the number nine shirt. The fee could rise to £45m with add-ons.\n\n" +
    "Mensah scored 27 goals in 41 games for Genk last season and was named the Belgian league's young player of the year.\n\n" +
    "\"Kwame is exactly the kind of forward we have been looking for,\" said Harlow manager Luis Ferreira. \"He is quick, strong and he scores goals.\"\n\n" +
    "Harlow's previous record signing was midfielder Tom Ridley, who joined from Leeds for £30m in 2023.\n\n" +
    "Mensah, who has scored five goals in 12 games for Ghana, is Harlow's fourth signing of the summer after defender Jonas Holm, goalkeeper Pavel Novak and winger Sam Oduya.\n\n" +
    "Harlow finished seventh in the Premier League last season and begin the new campaign at home to Everton on 16 August.",
  { id: 'transfer' },
);

describe('whose words, whose deed', () => {
  it('"What did the prime minister say?" is not the letter written to him', () => {
    const a = answer('What did the prime minister say?', RESIGN);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/accepted her resignation/);
    expect(a.answer).not.toMatch(/I gave the House/);
  });

  it('"Which club did Mensah join from?" is not the club another player "joined from"', () => {
    expect(answer('Which club did Mensah join from?', TRANSFER).answer).not.toMatch(/Leeds/);
  });
});

describe('a transfer', () => {
  it('"What nationality is Mensah?" reads "Ghana striker Kwame Mensah", not "from Belgian side Genk"', () => {
    expect(answer('What nationality is Mensah?', TRANSFER)).toMatchObject({ found: true, answer: 'Ghana' });
  });

  it('"How much did Harlow pay for Mensah?" reads "signed ... for a club-record fee of £38m"', () => {
    expect(answer('How much did Harlow pay for Mensah?', TRANSFER)).toMatchObject({ found: true, answer: '£38m' });
  });

  it('"How tall is Mensah?" is refused, not answered with his 27 goals', () => {
    expect(answer('How tall is Mensah?', TRANSFER).found).toBe(false);
    expect(answer('How many goals did Mensah score for Genk last season?', TRANSFER)).toMatchObject({ found: true, answer: '27' });
  });
});
