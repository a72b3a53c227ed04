/**
 * Session 13's general causes of misses on a sixth fresh batch of news questions
 * (docs/answers-news-batch6.md), on stories of our own, each with a near shape that must not
 * change: "What did X say?" when the quotation comes first, after "said:", or after a sentence
 * about X with "she said", and refused when the words are credited to another ("What did X say
 * about Y?" too, when the story has X saying nothing); "Who is X?" in
 * apposition or as kin; "What is the name of ...?" where a lower-case story names no one; a count
 * written "Twenty-three"; a numbered thing the story never gives ("flight 214"); an amount asked of
 * another country than the sentence's; a clause after "but" that goes on with the same subject.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import type { Article } from '../../../src/core/types.ts';
import { expectRefused } from '../../helpers/answers.ts';

function story(text: string): Article {
  return { id: 'test', title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

const FILM = story(
  'The directors Lena Dupont and Marc Weil shot their first feature in a disused factory. ' +
    '"We rehearsed every scene on video before we touched film," Ms. Dupont said about their method. ' +
    'Mr. Weil said that the budget was smaller than a car advert.',
);

const HALL = story(
  'The town hall closed in March after a fire in the roof. ' +
    'Council leader Irene Walsh visited the site on Friday. ' +
    'She said: "The hall will reopen in the spring, and every room will be repainted." ' +
    'Builders started work on Monday.',
);

const SHOOTING = story(
  'A teacher, Carla Reyes, was shot on Thursday as she drove home, police said. ' +
    'Police found leaflets thrown into Reyes\'s car, saying "leave this town," Inspector Omar Haidari said. ' +
    'Organizers said they agreed with the teacher\'s brother, Tomas Reyes, that no vigil was needed.',
);

const CROWD = story(
  'Police chief Anna Berg praised the crowd at the final. ' +
    '"They kept calm all night and went home in good order," she said on Monday. ' +
    'The stadium will host another final next year.',
);

const CROWD_OTHER = story(
  'Police chief Anna Berg praised the crowd at the final. ' +
    'Mayor Ruth Olsen arrived after the match. ' +
    '"We will rebuild the east stand," she said on Monday.',
);

describe('"What did X say?" read the way a reporter credits words', () => {
  it('gives the quotation when it opens the sentence, and the clause of a plain "said that"', () => {
    expect(answer('What did Ms. Dupont say?', FILM).answer).toBe('We rehearsed every scene on video before we touched film');
    // Near shape, unchanged: "X said that ..." gives the clause.
    expect(answer('What did Mr. Weil say?', FILM).answer).toBe('the budget was smaller than a car advert');
  });

  it('gives the words after "said:" and a quotation credited to "she" right after a sentence about her', () => {
    expect(answer('What did Irene Walsh say?', HALL).answer).toBe('The hall will reopen in the spring, and every room will be repainted');
    expect(answer('What did Anna Berg say?', CROWD).answer).toBe('They kept calm all night and went home in good order');
    // Near shape: another person named in between; "she" is not Anna Berg's.
    const other = answer('What did Anna Berg say?', CROWD_OTHER);
    expect(other.answer).not.toMatch(/rebuild/);
  });

  it("refuses words credited to another speaker in a sentence that names the person", () => {
    // "..., Inspector Omar Haidari said": the leaflet's words are neither Reyes's nor ...
    expectRefused(answer('What did Carla Reyes say?', SHOOTING));
    // ... and "organizers said they agreed with ... Tomas Reyes" gives no words of Tomas Reyes.
    expectRefused(answer('What did Tomas Reyes say?', SHOOTING));
    // Near shape: the one credited is answered.
    const inspector = answer('What did Omar Haidari say?', SHOOTING);
    expect(inspector.found).toBe(true);
    expect(inspector.evidence[0].sentence).toMatch(/Inspector Omar Haidari said/);
  });
});

const ROLE = story(
  'The new film stars Lena Dupont as a dancer in 1930s Paris. ' +
    'Critics have called the role the best work of her career. ' +
    'Director Marc Weil said the role was written for her.',
);

describe('"What did X say about Y?" when the story has X saying nothing', () => {
  it('refuses, whatever sentence is about Y', () => {
    const a = answer('What did Lena Dupont say about the role?', ROLE);
    expectRefused(a);
    expect(a.answer).toBe('The article does not say what Lena Dupont said about the role.');
    // Near shape: the one who speaks about it is answered from their own words.
    expect(answer('What did Marc Weil say about the role?', ROLE).answer).toBe('the role was written for her');
  });
});

const LOWER = story(
  'a fire broke out at a warehouse in leeds on tuesday, according to mark hollis, a county fire spokesman. ' +
    "the owner's widow, jane porter, said the building had been empty for years. " +
    'builders will inspect the roof next week.',
);

const PLANE = story(
  '(cnn) a small plane overran a runway while landing at a regional airport on tuesday, officials said. ' +
    'there were 40 passengers and six crew members -- including four cabin attendants, two pilots and an engineer -- aboard when the flight took off, the airline said in a statement. ' +
    "the airline's chief executive, anna berg, said the crew acted quickly.",
);

describe('"Who is X?" and "What is the name of ...?" in a story written in lower case', () => {
  it('reads the role in apposition after the name, and kin before it', () => {
    expect(answer('Who is Mark Hollis?', LOWER).answer).toBe('a county fire spokesman');
    expect(answer('Who is Jane Porter?', LOWER).answer).toBe("owner's widow");
  });

  it('refuses a name the story never gives ("four cabin attendants" is none), and still gives one it does', () => {
    expectRefused(answer('What is the name of the pilot?', PLANE));
    // Near shape: the chief executive is named.
    expect(answer("What is the name of the airline's chief executive?", PLANE).answer).toBe('anna berg');
  });
});

const FLIGHT = story(
  'Twenty-three people had minor injuries after flight 162 landed at 8:05 p.m., officials said. ' +
    'There were 73 passengers and eight crew members aboard when the flight took off. ' +
    'Three people were taken to hospital.',
);

describe('counts and numbered things', () => {
  it('reads a count written in words above twelve whole', () => {
    expect(answer('How many people had minor injuries?', FLIGHT).answer.toLowerCase()).toBe('twenty-three');
    // Near shape: a count of one word.
    expect(answer('How many people were taken to hospital?', FLIGHT).answer.toLowerCase()).toBe('three');
  });

  it('refuses an amount asked of a numbered thing the story never gives', () => {
    expectRefused(answer('How many passengers were aboard flight 214?', FLIGHT));
    // Near shape: the story's own flight.
    expect(answer('How many passengers were aboard flight 162?', FLIGHT).answer).toBe('73');
  });
});

const PRICES = story(
  "Bulgaria has been named europe's cheapest holiday destination, a study said yesterday. " +
    'The strong pound has cut the cost of visiting the continent. ' +
    'Research into a shopping basket of ten holiday purchases showed a total price of £37.39 for Bulgaria, which is down by 13.6 per cent from last summer. ' +
    'Resorts on the coast offer the best value for a meal out. ' +
    'Travel agents describe the resorts as lively. ' +
    'Only in Turkey, where inflation is 7.6 per cent, will Britons find a day out much more expensive.',
);

describe('an amount asked of another country than the sentence gives', () => {
  it("refuses one country's figure for another the story names elsewhere", () => {
    expectRefused(answer('By how much did the basket price fall in Turkey?', PRICES));
    // Near shapes: the sentence's own country, and a figure the story gives for Turkey.
    expect(answer('How much does the basket cost in Bulgaria?', PRICES).answer).toBe('£37.39');
    expect(answer('What is inflation in Turkey?', PRICES).answer).toBe('7.6 per cent');
  });
});

const COUNCILS = story(
  "Barnet is thinking of doing away with school-crossing patrols - but last year increased its leader's allowance by 55 per cent, officials said. " +
    'The Hawks plan cuts $3 billion in spending but the Eagles plan raises fees by $1 billion, officials said.',
);

describe('a clause after "but" that goes on with the same subject', () => {
  it('is no clause about another', () => {
    expect(answer("By how much did Barnet increase its leader's allowance?", COUNCILS).answer).toBe('55 per cent');
    // Near shape: "but the Eagles plan ..." has a subject of its own.
    expectRefused(answer('How much does the Eagles plan cut?', COUNCILS));
    expect(answer('How much does the Hawks plan cut?', COUNCILS).answer).toBe('$3 billion');
  });
});
