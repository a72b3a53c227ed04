/**
 * Session 22: follow-ups a desk asks of a cup match report, a company's results and job cuts, and
 * a wildfire, that the answerer got wrong, each beside a near question that must keep its answer.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const MATCH = parseArticle(
    "Late Okafor goal sends Bristol City into cup semi-finals\n\n" +
    "BRISTOL, England, Jan. 27 (Reuters) -- Substitute Daniel Okafor scored in the 88th minute as second-tier Bristol City beat Premier League side Everton 2-1 at Ashton Gate on Saturday to reach the FA Cup semi-finals for the first time since 1920.\n\n" +
    "Everton had taken the lead through Dominic Calvert-Lewin's header after 23 minutes, but City captain Jason Knight equalised from the penalty spot shortly after halftime when Ashley Young handled in the area.\n\n" +
    "The 19-year-old Okafor, who came on in the 74th minute, then curled a shot into the top corner from the edge of the box to spark wild celebrations among the crowd of 26,400.\n\n" +
    "\"I have dreamed of a moment like this since I was a kid,\" said Okafor, who joined the club's academy at the age of nine. \"The manager told me to be brave, and I was.\"\n\n" +
    "Everton manager Sean Dyche said his side had been \"second best for long spells\". His team, 16th in the Premier League, has now lost four of its last five games in all competitions.\n\n" +
    "City boss Liam Manning said the win would bring the club about 1 million pounds in prize money. The draw for the semi-finals will be made on Sunday, with the matches to be played at Wembley on April 20 and 21.",
  { id: 'match' },
);

const RESULTS = parseArticle(
    "Nordvik Telecom to cut 1,200 jobs as profit slumps\n\n" +
    "OSLO, Nov. 5 (Reuters) -- Nordvik Telecom, Norway's second-largest mobile operator, said on Tuesday it would cut about 1,200 jobs, or 9 percent of its workforce, by the end of next year after third-quarter profit fell more than expected.\n\n" +
    "Net profit dropped 38 percent to 612 million crowns ($56 million) from 987 million a year earlier, the company said, missing the 780 million forecast by analysts in a Refinitiv poll. Revenue slipped 2 percent to 6.3 billion crowns.\n\n" +
    "Chief Executive Ingrid Solberg blamed higher energy costs and fierce price competition from smaller rivals. \"We have to become a leaner company,\" she told reporters. \"These are painful decisions, but they are necessary.\"\n\n" +
    "Most of the job cuts will fall in customer service and administration, and the company will close its call centre in Tromso, which employs 230 people. The cuts are expected to save 900 million crowns a year from 2026.\n\n" +
    "Shares in Nordvik fell as much as 7.5 percent in early trade and were down 6.1 percent at 1130 GMT, the biggest faller on the Oslo benchmark index. The stock has lost about a quarter of its value this year.\n\n" +
    "The Norwegian state, which owns 34 percent of Nordvik, said it supported the plan. Unions said they would seek talks with management next week.",
  { id: 'earn' },
);

const FIRE = parseArticle(
    "Wildfire forces thousands to flee in southern California\n\n" +
    "LOS ANGELES, Sept. 8 (AP) -- A fast-moving wildfire fed by dry winds tore through foothills east of Los Angeles on Thursday, forcing more than 12,000 residents to evacuate and destroying at least 35 homes, fire officials said.\n\n" +
    "The Ridge Fire started shortly after 2 p.m. on Wednesday near the town of Banning and had burned 18,500 acres (7,500 hectares) by Thursday evening. It was 5 percent contained, according to the California Department of Forestry and Fire Protection (Cal Fire).\n\n" +
    "More than 1,100 firefighters, backed by 14 helicopters and air tankers, were battling the blaze. Two firefighters suffered minor injuries, and no deaths have been reported.\n\n" +
    "Riverside County Sheriff Chad Bianco said evacuation orders covered about 4,800 homes. \"If you are told to leave, leave now. Do not wait to see the flames,\" he said at a briefing.\n\n" +
    "The cause of the fire is under investigation. Southern California Edison said it had reported \"electrical circuit activity\" near the fire's origin around the time it began.\n\n" +
    "Temperatures are forecast to stay above 100 degrees Fahrenheit (38 Celsius) through Saturday, with gusts of up to 50 mph expected on Friday night. Governor Gavin Newsom declared a state of emergency for Riverside County.",
  { id: 'fire' },
);

const STUDY = parseArticle(
    "Daily walk cuts dementia risk, large study finds\n\n" +
    "LONDON, May 14 (Reuters) -- People who walk about 9,800 steps a day are 51 percent less likely to develop dementia than those who barely walk at all, according to a study of more than 78,000 adults published on Monday.\n\n" +
    "The researchers, from the University of Southern Denmark and the University of Sydney, followed participants aged 40 to 79 for an average of seven years using wrist-worn trackers. During that time, 866 of them were diagnosed with dementia.\n\n" +
    "Even 3,800 steps a day were linked to a 25 percent lower risk, the study found. Walking faster, at more than 112 steps a minute, gave the greatest benefit.\n\n" +
    "\"These findings are really encouraging,\" said lead author Borja del Pozo Cruz, an associate professor at the Danish university. He cautioned that the study showed an association and could not prove that walking itself prevents dementia.\n\n" +
    "The study, published in the journal JAMA Neurology, was funded by the Lundbeck Foundation. Participants were drawn from the UK Biobank, a database of half a million Britons.\n\n" +
    "About 55 million people worldwide live with dementia, according to the World Health Organization, a figure expected to reach 78 million by 2030.",
  { id: 'study' },
);

function ask(q: string, article: ReturnType<typeof parseArticle>): { found: boolean; answer: string } {
  const a = answer(q, article);
  return { found: a.found, answer: a.answer };
}

describe('whose age, whose place, whose time', () => {
  it('"How old is Knight?" is not the 19-year-old Okafor\'s age from the sentence after Knight\'s', () => {
    expect(ask('How old is Knight?', MATCH).found).toBe(false);
    expect(ask('How old is Okafor?', MATCH)).toEqual({ found: true, answer: '19' });
  });

  it('"Where did the fire start?" is not answered with a clock time ("2 p.m")', () => {
    const a = ask('Where did the fire start?', FIRE);
    expect(a.answer).not.toMatch(/p\.m/);
    expect(ask('When did the fire start?', FIRE)).toMatchObject({ found: true, answer: expect.stringMatching(/Wednesday/) });
  });

  it('"Where was the match played?" is not the semi-finals\' coming venue; asked of the semi-finals, it is', () => {
    expect(ask('Where was the match played?', MATCH).answer).not.toMatch(/Wembley/);
    expect(ask('Where will the semi-finals be played?', MATCH)).toEqual({ found: true, answer: 'Wembley' });
  });

  it('"Where are Everton in the league?" asks a position, not the ground ("Ashton Gate")', () => {
    const a = ask('Where are Everton in the league?', MATCH);
    expect(a.found).toBe(false);
    expect(a.answer).toBe('The article does not say where Everton are in the league.');
  });

  it('"Who will City play in the semi-final?" is not answered by the stadium after "at"', () => {
    expect(ask('Who will City play in the semi-final?', MATCH).answer).not.toMatch(/Wembley/);
    expect(ask('Who did Bristol City beat?', MATCH)).toMatchObject({ found: true, answer: expect.stringMatching(/Everton/) });
  });
});

describe('scores, ranks and numbered parts', () => {
  it('"What was the score at halftime?" is neither the final score nor a name; the final score stays', () => {
    const a = ask('What was the score at halftime?', MATCH);
    expect(a.found).toBe(false);
    expect(a.answer).not.toMatch(/2-1|Young/);
    expect(ask('What was the score?', MATCH)).toEqual({ found: true, answer: '2-1' });
  });

  it('"largest" is not "second-largest", and the fourth quarter is not the third', () => {
    expect(ask("What is Norway's largest mobile operator?", RESULTS).found).toBe(false);
    expect(ask("What is Norway's second-largest mobile operator?", RESULTS)).toMatchObject({ found: true, answer: expect.stringMatching(/Nordvik/) });
    expect(ask('What was fourth-quarter profit?', RESULTS).found).toBe(false);
  });

  it('"What was net profit?" is the level after "to", not the change; "How much did it fall?" the change', () => {
    expect(ask('What was net profit?', RESULTS)).toEqual({ found: true, answer: '612 million crowns' });
    expect(ask("What was Nordvik's revenue?", RESULTS)).toEqual({ found: true, answer: '6.3 billion crowns' });
    expect(ask('How much did net profit fall?', RESULTS)).toEqual({ found: true, answer: '38 percent' });
  });
});

describe('a figure of another thing', () => {
  it('"How many people does Nordvik employ?" is not the 230 of "its call centre in Tromso, which employs 230 people"', () => {
    expect(ask('How many people does Nordvik employ?', RESULTS).found).toBe(false);
    expect(ask('How many people work at the Tromso call centre?', RESULTS)).toEqual({ found: true, answer: '230' });
  });
});

describe('a description of another name', () => {
  it('"What league does Bristol City play in?" is not the "Premier League" of "Premier League side Everton"', () => {
    expect(ask('What league does Bristol City play in?', MATCH).answer).not.toMatch(/Premier League/);
    expect(ask('Who did Bristol City beat?', MATCH)).toMatchObject({ found: true, answer: expect.stringMatching(/Everton/) });
  });
});

describe('the thing asked about is no answer', () => {
  it('"Who started the fire?" is not "Ridge Fire"; "What is the fire called?" is, not the agency "(Cal Fire)"', () => {
    expect(ask('Who started the fire?', FIRE).found).toBe(false);
    expect(ask('What is the fire called?', FIRE)).toEqual({ found: true, answer: 'Ridge Fire' });
  });
});

describe('refusals in plain English', () => {
  it('turns the question into an indirect one', () => {
    expect(ask('When will the Tromso call centre close?', RESULTS).answer).toBe('The article does not say when the Tromso call centre will close.');
    expect(ask('How many schools were closed?', FIRE).answer).toBe('The article does not say how many schools were closed.');
  });
});

describe('the figure of the count or time asked', () => {
  it('a question about 9,800 steps is not answered from the sentence about 3,800 steps', () => {
    expect(ask('How much lower was the risk for people who walked 9,800 steps?', STUDY).found).toBe(false);
    expect(ask('How much lower was the risk with 3,800 steps?', STUDY)).toEqual({ found: true, answer: '25 percent' });
  });

  it('"by 2030" is the figure of the clause that says 2030 ("a figure expected to reach 78 million by 2030")', () => {
    expect(ask('How many people will have dementia by 2030?', STUDY)).toEqual({ found: true, answer: '78 million' });
    expect(ask('How many people live with dementia worldwide?', STUDY)).toEqual({ found: true, answer: 'About 55 million' });
  });

  it('"half a million" is the number, not "million"', () => {
    expect(ask('How many Britons are in the UK Biobank?', STUDY)).toMatchObject({ found: true, answer: 'half a million' });
  });
});

describe('a toll of another kind', () => {
  it('"How many firefighters died?" is not the two who "suffered minor injuries"; asked of the injured, it is', () => {
    expect(ask('How many firefighters died?', FIRE).found).toBe(false);
    expect(ask('How many firefighters were injured?', FIRE)).toEqual({ found: true, answer: 'Two' });
  });
});

describe('near cases the held-out batch showed (batch 15, asked before these rules were written)', () => {
  const CUP = parseArticle(
    'Ipswich without two strikers for cup replay\n\n' +
      'IPSWICH, England, Jan. 12 (Reuters) -- Ipswich Town have signed two strikers on loan, manager Paul Hurst said on Friday. Both are unavailable for Ipswich\'s FA Cup third-round replay at Lincoln on Tuesday as they were not registered before the original tie.\n\n' +
      'On Wednesday, the league said it will review the referee\'s decision to send off an Ipswich defender in the first match.',
    { id: 'cup' },
  );

  it('"at Lincoln" after a fixture is the opponent\'s ground, so the opponent', () => {
    expect(ask('Who are Ipswich playing in the FA Cup replay?', CUP)).toEqual({ found: true, answer: 'Lincoln' });
  });

  it('a reported future ("said it will review") still dates the report', () => {
    expect(ask('When did the league say it would review the decision?', CUP)).toMatchObject({ found: true, answer: expect.stringMatching(/Wednesday/) });
  });
});
