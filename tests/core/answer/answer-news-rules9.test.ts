/**
 * Session 16's general causes of misses on a ninth fresh batch of news questions
 * (docs/answers-news-batch9.md), on stories of our own, each with a near shape that must not
 * change: "Who is X?" answered by a title written before the name that the title lists lacked
 * (a lower-case "captain", a position, "MP", "Det Ch Insp", "brig. gen.", "neighbor") or by kin
 * set off by commas ("X, brother of Y,"); a count written beside the deed asked about when the
 * sentence counts another deed too ("killing 9 people and injuring 40 others", "where 35 people
 * were also killed"); a rate's figure for the place asked ("was 51 in A, compared to 36 in B and
 * 25 in C"), not the question's own "per 100,000"; a sentence about another weekday than the one
 * asked, or about another country's holder of the post asked ("India's prime minister X" for
 * "Who is the prime minister of Nepal?"); "What did X say?" over '"...," X, brother of Y, told us when
 * ...' (the quotation, not "when ..."), over 'X said: "...", while Y added: "..."' (X's quotation
 * only), and over "What if X had said it?" (nothing X said).
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: null, date: '2015-04-10', agency: null };

const TITLES = makeArticle({
  text:
    'The club was fined on Friday after a brawl at the end of the match. ' +
    'Outspoken MP Rob Hanley said the fine was far too small. ' +
    'Rovers captain Joe Marsh called it "a joke". ' +
    'The decision was criticised by Dale West MSP Anna Grieve and by several players. ' +
    'Fly-half Andy Hoole said he could not understand it, while winger Tom Pask said nothing. ' +
    'Det Ch Insp Maria Eriks said officers had spoken to both clubs. ' +
    '"There is always noise on match days," neighbour Mehdi Vejan told the paper. ' +
    'Ron Barnes, brother of the club owner, said he would pay the fine himself. ' +
    'Former England cricketer Matt Pryor also spoke at the hearing.',
  dateline: DATED,
});

// A story that reached us in lower case.
const LOWER = makeArticle({
  text:
    '(cnn) the rebels vowed not to back down on sunday as airstrikes went on for a third week. ' +
    'meanwhile, saudi lt. gen. ahmed asari said sunday that the strikes had hit the rebels hard. ' +
    'the rebels said they would fight on.',
  dateline: DATED,
});

describe('"Who is X?" answered by a title before the name that the lists lacked', () => {
  it('reads a lower-case title or position before the name ("Rovers captain X", "Fly-half X")', () => {
    expect(answer('Who is Joe Marsh?', TITLES).answer).toBe('Rovers captain');
    expect(answer('Who is Andy Hoole?', TITLES).answer).toBe('Fly-half');
    expect(answer('Who is Tom Pask?', TITLES).answer).toBe('winger');
  });
  it('reads a member\'s title ("Outspoken MP X", "Dale West MSP X") and a sport\'s player ("Former England cricketer X")', () => {
    expect(answer('Who is Rob Hanley?', TITLES).answer).toBe('Outspoken MP');
    expect(answer('Who is Anna Grieve?', TITLES).answer).toBe('Dale West MSP');
    expect(answer('Who is Matt Pryor?', TITLES).answer).toBe('Former England cricketer');
  });
  it('reads an abbreviated rank ("Det Ch Insp X", "saudi lt. gen. X")', () => {
    expect(answer('Who is Maria Eriks?', TITLES).answer).toBe('Det Ch Insp');
    expect(answer('Who is Ahmed Asari?', LOWER).answer).toBe('saudi lt. gen.');
  });
  it('reads a neighbour and kin set off by commas ("X, brother of Y,")', () => {
    expect(answer('Who is Mehdi Vejan?', TITLES).answer).toBe('neighbour');
    expect(answer('Who is Ron Barnes?', TITLES).answer).toBe('brother of the club owner');
  });
  it('does not take a joining word before the title ("while winger X" is "winger")', () => {
    expect(answer('Who is Tom Pask?', TITLES).answer).not.toMatch(/while/);
  });
});

const COUNTS = makeArticle({
  text:
    'A gunman opened fire at a shopping centre in the city on Friday. ' +
    'He is accused of killing 9 people and injuring 40 others before police arrived. ' +
    'The quake struck on Saturday. Some 2,100 people are known to have died in the region, and in the valley, where 35 people were also killed, rescue teams are at work. ' +
    'In the end 12 of the 30 men were tried in their absence. ' +
    'The number of cases of flu per 100,000 people was 51 in the Tay health board area, compared to 36 in Scotland and 25 in England.',
  dateline: DATED,
});

describe('a count beside the deed or the place asked', () => {
  it('reads the count after the asked verb when another deed is counted first ("killing 9 people and injuring 40 others")', () => {
    expect(answer('How many people were injured?', COUNTS).answer).toBe('40');
  });
  it('reads the count whose clause says the asked verb ("where 35 people were also killed")', () => {
    expect(answer('How many people were killed in the valley?', COUNTS).answer).toBe('35');
  });
  it('keeps the count before the noun when it is the deed asked (guard)', () => {
    expect(answer('How many people is the gunman accused of killing?', COUNTS).answer).toBe('9');
    expect(answer('How many people are known to have died in the region?', COUNTS).answer).toBe('Some 2,100');
    expect(answer('How many men were tried in their absence?', COUNTS).answer).toBe('12');
  });
  it('reads a rate\'s figure for the place asked, not the question\'s own "per 100,000"', () => {
    expect(answer('How many cases of flu per 100,000 people were there in England?', COUNTS).answer).toBe('25');
    expect(answer('How many cases of flu per 100,000 people were there in Scotland?', COUNTS).answer).toBe('36');
    expect(answer('How many cases of flu per 100,000 people were there in the Tay health board area?', COUNTS).answer).toBe('51');
  });
});

const AID = makeArticle({
  text:
    'Relief flights landed in the capital within hours of the quake. ' +
    'On Sunday alone, the army delivered 90 tons of food to the worst-hit towns. ' +
    'And there will be more to come. ' +
    'Trucks carried tents to remote villages. ' +
    'By Tuesday, the country was in full crisis mode. ' +
    "India's prime minister Narendra Modi has made a special effort over Nepal. " +
    'Many foreigners have already left the country.',
  dateline: DATED,
});

describe('another day or another country than the one asked', () => {
  it('refuses a figure for another weekday than the one asked', () => {
    expect(answer('How many tons of food did the army deliver on Tuesday?', AID).found).toBe(false);
    expect(answer('How many tons of food did the army deliver on Sunday?', AID).answer).toBe('90');
  });
  it('refuses the post of another country\'s holder ("India\'s prime minister X" for Nepal\'s)', () => {
    expect(answer('Who is the prime minister of Nepal?', AID).found).toBe(false);
    expect(answer('Who is the prime minister of India?', AID).answer).toBe('Narendra Modi');
  });
});

const SAYINGS = makeArticle({
  text:
    'The film opened to full houses at the weekend. ' +
    '"In this world, people want heroes," Ray Lorne, brother of the director, told us when we met him last week. ' +
    'Sam Hill told reporters that the film would open in Spain in May. ' +
    'Captain Jim Hask said: "Astounded would be an understatement", while fly-half Andy Gold added: "I cannot believe it." ' +
    'Coach Paul Moss said: "We played well, and we deserved the win." ' +
    'The remark was attacked online. One user wrote: "Wow, and nobody says a thing. What if Tony Abbe had said it?" ' +
    'If the deal had failed, Ken Lowe said, the studio would have closed.',
  dateline: DATED,
});

describe('what a person said, read off the sentence that credits them', () => {
  it('gives the quotation before "X, brother of Y, told us when ...", not when it was told', () => {
    expect(answer('What did Ray Lorne say?', SAYINGS).answer).toBe('In this world, people want heroes');
    expect(answer('What did Sam Hill say?', SAYINGS).answer).toBe('the film would open in Spain in May');
  });
  it('cuts a quotation where another\'s words are joined on ("..., while Y added: ...")', () => {
    expect(answer('What did Jim Hask say?', SAYINGS).answer).toBe('Astounded would be an understatement');
    expect(answer('What did Paul Moss say?', SAYINGS).answer).toBe('We played well, and we deserved the win');
  });
  it('refuses one who only might have said something ("What if X had said it?")', () => {
    expect(answer('What did Tony Abbe say?', SAYINGS).found).toBe(false);
    expect(answer('What did Ken Lowe say?', SAYINGS).found).toBe(true);
  });
});
