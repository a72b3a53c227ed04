/**
 * Session 20: follow-ups a desk asks of a vehicle recall, a wildfire, a drug-company takeover, a health study, a minister's resignation, an obituary, a storm and an emergency landing
 * that the answerer got wrong, each beside a near question that must keep its answer (or refusal).
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const RECALL = parseArticle(
    'Carmaker recalls 310,000 SUVs over faulty airbags\n\n' +
    'DETROIT, Oct. 14 (AP) -- Halvorsen Motors is recalling about 310,000 sport utility vehicles in the United States because the front passenger air bag may not inflate in a crash, the company said on Tuesday.\n\n' +
    'The recall covers 2021 to 2023 Halvorsen Ridgeline and Summit models built at the company\'s plant in Spartanburg, South Carolina. A sensor under the passenger seat can wrongly detect that the seat is empty, switching the air bag off.\n\n' +
    'The company said it knew of four crashes and two minor injuries linked to the problem, but no deaths. Dealers will replace the sensor free of charge starting Dec. 1, and owners will be notified by mail in late November.\n\n' +
    'The National Highway Traffic Safety Administration opened an investigation into the sensors in March after receiving 57 complaints from owners. Shares of Halvorsen fell 2.3 percent to $41.80 in afternoon trading.\n\n' +
    'It is the company\'s third recall this year. In July it recalled 48,000 pickups because a rear axle bolt could loosen.',
  { id: 'recall' },
);

const FIRE = parseArticle(
    'Wildfire forces 12,000 to flee as winds pick up\n\n' +
    'SANTA ROSA, Calif., Aug. 22 (Reuters) -- A fast-moving wildfire in Northern California forced about 12,000 people from their homes on Saturday as gusty winds drove flames toward the edge of the town of Glen Ellis, fire officials said.\n\n' +
    'The Mayacamas fire had burned 18,400 acres (7,450 hectares) by Saturday evening and was 15 percent contained, according to the California Department of Forestry and Fire Protection (Cal Fire). At least 34 homes and 11 other buildings have been destroyed.\n\n' +
    'More than 1,600 firefighters, backed by 22 helicopters, were battling the blaze, which broke out on Thursday afternoon near a highway rest area. Its cause is under investigation.\n\n' +
    '"The wind is the enemy right now," Cal Fire battalion chief Marco Ruiz told reporters. "We expect gusts of up to 45 miles per hour tonight."\n\n' +
    'Two firefighters suffered minor burns and were treated at a hospital in Santa Rosa. No civilian injuries have been reported.\n\n' +
    'Governor Ellen Park declared a state of emergency in Sonoma County, freeing state funds for the response. An evacuation centre has been set up at the Sonoma County fairgrounds.',
  { id: 'fire' },
);

const DEAL = parseArticle(
    'Norvik to buy rival Castell in $8.2 billion deal\n\n' +
    'LONDON, May 3 (Reuters) -- Norvik Pharma agreed on Monday to buy smaller rival Castell Therapeutics for $8.2 billion in cash, betting on Castell\'s experimental treatment for Alzheimer\'s disease.\n\n' +
    'Norvik will pay $64 a share, a premium of 38 percent to Castell\'s closing price on Friday. The deal, approved by both boards, is expected to close in the fourth quarter, subject to regulatory approval and a vote by Castell shareholders.\n\n' +
    'Castell\'s drug, known as CT-118, slowed memory decline by 27 percent in a late-stage trial of 1,800 patients, results published in March showed. The company expects to seek U.S. approval next year.\n\n' +
    '"This is the most important acquisition in our history," Norvik chief executive Anna Lindqvist said on a call with analysts. Castell founder and chief executive David Okafor will join Norvik\'s board.\n\n' +
    'Norvik, based in Basel, said it would fund the purchase with cash on hand and new debt, and expected the deal to add to earnings from 2028. Castell shares jumped 35 percent in New York, while Norvik\'s fell 4 percent in Zurich.\n\n' +
    'Goldman Sachs advised Norvik; Morgan Stanley advised Castell.',
  { id: 'deal' },
);

const STUDY = parseArticle(
    'Daily walk cuts dementia risk, large study finds\n\n' +
    'LONDON, June 9 (Reuters) -- People who walk about 9,800 steps a day are half as likely to develop dementia as those who walk little, according to a study of more than 78,000 adults published on Monday.\n\n' +
    'Researchers from the University of Southern Denmark and the University of Sydney followed the participants, aged 40 to 79, for an average of seven years using wrist-worn activity trackers. Their findings appear in the journal JAMA Neurology.\n\n' +
    'Even 3,800 steps a day was linked to a 25 percent lower risk, the study found. Walking briskly, at more than 112 steps a minute, brought the greatest benefit.\n\n' +
    '"More steps is better, but you do not need to run a marathon," said lead author Borja del Pozo Cruz, an associate professor at the Danish university. He cautioned that the study showed an association and could not prove that walking prevents dementia.\n\n' +
    'About 55 million people worldwide live with dementia, according to the World Health Organization, and the number is expected to nearly triple by 2050. The research was funded by the Spanish Ministry of Science.',
  { id: 'study' },
);

const RESIGN = parseArticle(
    'Transport minister resigns over rail contract row\n\n' +
    'OTTAWA, Nov. 18 (CP) -- Canada\'s transport minister, Claire Dubois, resigned on Wednesday after an ethics watchdog found she had broken conflict-of-interest rules by helping a firm linked to her brother win a rail maintenance contract.\n\n' +
    'Ethics Commissioner Mario Laval said in a report that Dubois had pressed officials to speed up the C$420 million contract for Trackline Services, where her brother Paul Dubois is a senior vice-president.\n\n' +
    '"I accept the commissioner\'s findings and I apologize," Dubois said in a statement. She will remain a member of Parliament for the Quebec riding of Beauce-Nord.\n\n' +
    'Prime Minister Helen Marsh named Finance Minister Ravi Sethi as interim transport minister and said the contract would be reviewed. Opposition leader Tom Gagne called for a public inquiry.\n\n' +
    'Dubois, 52, was first elected in 2015 and became transport minister in 2023. Trackline did not respond to a request for comment.',
  { id: 'resign' },
);

const OBITUARY = parseArticle(
    'Margit Halden, pioneering Norwegian architect, dies at 91\n\n' +
    'OSLO, Jan. 12 (AP) -- Margit Halden, the Norwegian architect whose timber libraries and schools reshaped public building in Scandinavia, has died. She was 91.\n\n' +
    'Her daughter, Ingrid Halden, said her mother died peacefully on Saturday at her home in Bergen after a short illness.\n\n' +
    'Born in Tromso in 1935, Halden studied at the Norwegian Institute of Technology in Trondheim and opened her own practice in 1968, one of the first women in the country to do so.\n\n' +
    'Her best-known work, the Deichman Lakeside Library in Oslo, opened in 1984 and won the Mies van der Rohe Award two years later. She was awarded the Pritzker Prize in 2011.\n\n' +
    '"She believed a library should feel like a forest clearing," said architect Jonas Brekke, who worked with her for three decades.\n\n' +
    'Halden is survived by her daughter, two sons and six grandchildren. Her husband, the painter Erik Lund, died in 2009.',
  { id: 'obituary' },
);

const STORM = parseArticle(
    'Storm Elin cuts power to 200,000 homes, grounds flights\n\n' +
    'DUBLIN, Feb. 3 (Reuters) -- Storm Elin brought winds of up to 150 kilometres per hour to Ireland on Tuesday, cutting power to about 200,000 homes and businesses and forcing the cancellation of more than 120 flights at Dublin Airport.\n\n' +
    'A man in his 60s was killed when a tree fell on his car in County Galway, police said. It was the only death reported.\n\n' +
    'The national weather service, Met Eireann, issued a red wind warning for counties Galway, Mayo and Clare, its highest level, and urged people to stay indoors until at least 6 p.m.\n\n' +
    'ESB Networks, the electricity network operator, said crews would work through the night but that some customers could be without power until Friday.\n\n' +
    'Schools in the west of the country were closed. Irish Rail suspended services between Galway and Athlone.\n\n' +
    'It is the fourth named storm to hit Ireland this winter.',
  { id: 'storm' },
);

const LANDING = parseArticle(
    'Plane makes emergency landing after engine fire, no injuries\n\n' +
    'AMSTERDAM, Sept. 4 (Reuters) -- A Skyvale Airlines jet carrying 183 passengers and six crew made an emergency landing at Amsterdam\'s Schiphol airport on Thursday after one of its two engines caught fire shortly after take-off, the airline said.\n\n' +
    'Flight SV412, an Airbus A320 bound for Lisbon, returned to the airport about 20 minutes after departing at 7:45 a.m. Firefighters put out the fire on the runway, and passengers left the aircraft by its emergency slides.\n\n' +
    'No one was hurt, Skyvale said in a statement, adding that passengers had been rebooked on a later flight. A passenger, Lotte de Vries, told Dutch broadcaster NOS she had seen "flames coming out of the left wing".\n\n' +
    'The Dutch Safety Board said it had opened an investigation. Skyvale, which operates 42 aircraft, grounded the plane pending inspection. It was the airline\'s second engine problem this year.',
  { id: 'landing' },
);

function ask(q: string, article = RECALL): { found: boolean; answer: string } {
  const a = answer(q, article);
  return { found: a.found, answer: a.answer };
}

describe('an agency asked by its initials', () => {
  it('"the NHTSA" is read as the National Highway Traffic Safety Administration the story names', () => {
    expect(ask('When did the NHTSA open its investigation?')).toEqual({ found: true, answer: 'March' });
    expect(ask('How many complaints did the NHTSA receive?')).toEqual({ found: true, answer: '57' });
  });

  it('initials that no name of the story spells are still refused', () => {
    expect(ask('When did the FTC open its investigation?').found).toBe(false);
  });
});

describe('a part of a year is a date', () => {
  it('"When will the deal close?" is "the fourth quarter", not the year earnings grow from', () => {
    expect(ask('When will the deal close?', DEAL)).toEqual({ found: true, answer: 'the fourth quarter' });
    expect(ask('When is the deal expected to close?', DEAL)).toEqual({ found: true, answer: 'the fourth quarter' });
    // The near question keeps its year.
    expect(ask('When will the deal add to earnings?', DEAL)).toEqual({ found: true, answer: '2028' });
  });
});

describe("a thing's name", () => {
  it('"What is the name of the fire?" is the fire named in lower case after its name, not a word after "Fire Protection"', () => {
    expect(ask('What is the name of the fire?', FIRE)).toEqual({ found: true, answer: 'Mayacamas fire' });
    expect(ask('Who is Marco Ruiz?', FIRE)).toEqual({ found: true, answer: 'Cal Fire battalion chief' });
  });
});

describe('refusals in plain English', () => {
  it('a progressive question is refused in English word order', () => {
    expect(ask('How many vehicles were recalled in Canada?').answer).toBe('The article does not say how many vehicles were recalled in Canada.');
    expect(ask('How much debt is Norvik taking on?', DEAL).answer).toBe('The article does not say how much debt Norvik is taking on.');
  });
});

describe('a figure of the wrong kind', () => {
  it('"What was the closing price?" is not answered with the premium in per cent beside it', () => {
    expect(ask("What was Castell's closing price on Friday?", DEAL).found).toBe(false);
    expect(ask('How much will Norvik pay per share?', DEAL)).toEqual({ found: true, answer: '$64' });
  });

  it('"How will Norvik pay for the deal?" is not answered with a sum', () => {
    expect(ask('How will Norvik pay for the deal?', DEAL).found).toBe(false);
    expect(ask('How will Norvik fund the purchase?', DEAL)).toEqual({ found: true, answer: 'cash on hand and new debt' });
  });
});

describe('a cause not known yet', () => {
  it('"What caused the fire?" over "Its cause is under investigation." is refused', () => {
    expect(ask('What caused the fire?', FIRE).found).toBe(false);
    expect(ask('What is the cause of the fire?', FIRE).found).toBe(false);
    expect(ask('How many firefighters suffered burns?', FIRE)).toEqual({ found: true, answer: 'Two' });
  });
});

describe('what a person said', () => {
  it('a quotation credited after the verb to a role and a name with a particle ("said lead author Borja del Pozo Cruz")', () => {
    const said = 'More steps is better, but you do not need to run a marathon';
    expect(ask('What did del Pozo Cruz say?', STUDY)).toEqual({ found: true, answer: said });
    expect(ask('What did Borja del Pozo Cruz say?', STUDY)).toEqual({ found: true, answer: said });
    // Someone the story never has speaking still says nothing.
    expect(ask('What did Trackline say?', RESIGN).found).toBe(false);
  });
});

describe('why: the cause after the deed', () => {
  it('"Why did Dubois resign?" is what she resigned after, not the contract\'s firm', () => {
    expect(ask('Why did Dubois resign?', RESIGN)).toEqual({ found: true, answer: 'an ethics watchdog found she had broken conflict-of-interest rules by helping a firm linked to her brother win a rail maintenance contract' });
    // "after" of a time gives no cause.
    expect(ask('When did Dubois resign?', RESIGN)).toEqual({ found: true, answer: 'Wednesday' });
  });

  it('the refusal of a "how many ... were in" question keeps its order', () => {
    expect(ask('How many women were in the study?', STUDY).answer).toBe('The article does not say how many women were in the study.');
  });
});

describe('a ratio is no count', () => {
  it('"How many participants developed dementia?" is not "half" of "half as likely"', () => {
    expect(ask('How many participants developed dementia?', STUDY).found).toBe(false);
    expect(ask('How many adults were in the study?', STUDY)).toEqual({ found: true, answer: 'more than 78,000' });
  });
});

describe('a way or a speed asked, a name or a count given', () => {
  it('"How did her husband die?" is not answered by his name', () => {
    expect(ask('How did her husband die?', OBITUARY).found).toBe(false);
    expect(ask('When did her husband die?', OBITUARY)).toEqual({ found: true, answer: '2009' });
  });

  it('"What was the top wind speed in Dublin?" is not the count of flights cancelled there', () => {
    expect(ask('What was the top wind speed in Dublin?', STORM).found).toBe(false);
    expect(ask('How many flights were cancelled?', STORM)).toEqual({ found: true, answer: 'more than 120' });
  });
});

describe('a time counted from another', () => {
  it('"When did the library win the award?" is two years after it opened, not the year it opened', () => {
    expect(ask('When did the library win the award?', OBITUARY)).toEqual({ found: true, answer: '1986 (two years later)' });
    expect(ask('When did the library open?', OBITUARY)).toEqual({ found: true, answer: '1984' });
  });
});

describe('an age by its decade', () => {
  it('"How old was the man?" over "A man in his 60s was killed" is "in his 60s"', () => {
    expect(ask('How old was the man?', STORM)).toEqual({ found: true, answer: 'in his 60s' });
    expect(ask('How old was Halden?', OBITUARY)).toEqual({ found: true, answer: '91' });
  });
});

describe('"No one was hurt"', () => {
  it('is no count of one: "How many passengers were injured?" is "No one", and no flight number', () => {
    expect(ask('How many passengers were injured?', LANDING)).toEqual({ found: true, answer: 'No one' });
    expect(ask('What was the flight number?', LANDING).found).toBe(false);
    expect(ask('How many aircraft does Skyvale operate?', LANDING)).toEqual({ found: true, answer: '42' });
  });
});
