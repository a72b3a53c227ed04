/**
 * Is a story about a topic? Stories written here (no dev data): the cases a follower of a topic
 * would notice — a false alert for "Chinatown", or a missed one for "rate cuts".
 */
import { describe, expect, it } from 'vitest';
import { compileTopics, matchTopics, storyAbout, topicStoryOf, type TopicStory } from '../../../src/core/topics/match.ts';

const NO_DATELINE = { place: null, date: null, agency: null };
const story = (title: string, text: string): TopicStory => topicStoryOf({ title, text, dateline: NO_DATELINE });
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} of the story goes on about the weather, the markets and the mood in the town hall on a quiet day.`).join('\n\n');

describe('China is not Chinatown, china plates or a passing word', () => {
  const chinatown = story('Night market returns to Chinatown', `The Chinatown night market reopened on Friday after two years, organisers said.\n\nStalls sold dumplings, lanterns and old china plates.\n\n${filler(3)}`);

  it('a word that only starts with the topic, or the topic as a common noun, is not the topic', () => {
    expect(storyAbout(chinatown, 'China')).toBeNull();
    expect(storyAbout(chinatown, 'china')).toBeNull();
  });

  it('a story naming China in its headline or lead is about China, wherever the case of the follow', () => {
    const s = story("China's exports jump in May", `Exports from China rose 12 percent in May, the customs office said on Tuesday.\n\n${filler(2)}`);
    expect(storyAbout(s, 'China')).toEqual({ topic: 'China', where: 'entity' });
    expect(storyAbout(s, 'china')?.topic).toBe('china');
    const headlineOnly = story('Floods close schools in China', `Heavy rain closed hundreds of schools on Monday, officials said.\n\n${filler(2)}`);
    expect(storyAbout(headlineOnly, 'China')).not.toBeNull();
  });

  it('a single mention deep in the text is passing; named twice, the story is about it', () => {
    const once = story('Port strike ends after a week', `Dock workers in Rotterdam returned to work on Monday after a week-long strike over pay.\n\n${filler(4)}\n\nSome of the delayed cargo had come from China.`);
    expect(storyAbout(once, 'China')).toBeNull();
    expect(storyAbout(once, 'Rotterdam')).not.toBeNull();
    const twice = story('Port strike ends after a week', `Dock workers in Rotterdam returned to work on Monday after a week-long strike over pay.\n\n${filler(3)}\n\nSome of the delayed cargo had come from China.\n\nShippers in China had warned of shortages.`);
    expect(storyAbout(twice, 'China')).toEqual({ topic: 'China', where: 'entity' });
  });

  it('a text without paragraph breaks is not all lead', () => {
    const sentences = Array.from({ length: 8 }, (_, i) => `Sentence ${i + 1} is about the harbour and its cranes.`).join(' ');
    const s = story('Harbour cranes replaced', `${sentences} One crane was made in China.`);
    expect(storyAbout(s, 'China')).toBeNull();
  });

  it('demonyms count only when asked for', () => {
    const s = story('Chinese carmakers expand in Europe', `Chinese carmakers opened three plants in Hungary this year, an industry group said.\n\n${filler(2)}`);
    expect(storyAbout(s, 'China')).toBeNull();
    expect(compileTopics(['China'], { demonyms: true }).match(s)).toEqual([{ topic: 'China', where: 'headline', matched: 'Chinese' }]);
  });
});

describe('names, organisations and phrases', () => {
  const boe = story('Bank of England holds rates', `The Bank of England kept its main interest rate at 4 percent on Thursday, disappointing hopes of rate cuts before the summer.\n\n${filler(2)}`);

  it('an organisation matches as a whole; a place inside its name does not', () => {
    expect(storyAbout(boe, 'Bank of England')?.where).toBe('entity');
    expect(storyAbout(boe, 'bank of england')).not.toBeNull();
    expect(storyAbout(boe, 'England')).toBeNull();
  });

  it('a phrase matches in any case, plural or singular', () => {
    expect(storyAbout(boe, 'rate cut')).toEqual({ topic: 'rate cut', where: 'lead' });
    expect(storyAbout(boe, 'Rate cuts')).not.toBeNull();
    expect(storyAbout(boe, 'interest rates')).not.toBeNull();
    expect(storyAbout(boe, 'tax cut')).toBeNull();
    expect(storyAbout(boe, 'Interest rates')).not.toBeNull();
  });

  it('a city is not the football club named after it', () => {
    const s = story('Manchester United sign Dutch winger', `Manchester United signed winger Joost de Vries from Ajax on Tuesday for 40 million euros.\n\n${filler(2)}`);
    expect(storyAbout(s, 'Manchester')).toBeNull();
    expect(storyAbout(s, 'Manchester United')).not.toBeNull();
  });

  it('a surname finds the full name; a country does not find a person with its name', () => {
    const s = story('Kyrgyz president signs new constitution', `President Sadyr Zhaparov signed the new constitution on Monday in Bishkek.\n\n${filler(2)}\n\nZhaparov said the vote was fair.`);
    expect(storyAbout(s, 'Zhaparov')).toEqual({ topic: 'Zhaparov', where: 'entity', matched: 'Sadyr Zhaparov' });
    expect(storyAbout(s, 'Sadyr Zhaparov')?.where).toBe('entity');
    const jordan = story('Basketball legend opens school', `Michael Jordan opened a school in Chicago on Friday, his foundation said.\n\n${filler(2)}`);
    expect(storyAbout(jordan, 'Jordan')).toBeNull();
    expect(storyAbout(jordan, 'Michael Jordan')).not.toBeNull();
  });
});

describe('acronyms and aliases', () => {
  const pronoun = story('Readers write to us about the bridge', `Many of us crossed the old bridge every day, one reader wrote to the paper.\n\n${filler(2)}`);
  const us = story('U.S. jobs growth slows', `The United States added 90,000 jobs in June, fewer than expected, the Labor Department said.\n\n${filler(2)}`);

  it('"US" is the country, never the pronoun, in whichever spelling the story uses', () => {
    expect(storyAbout(pronoun, 'US')).toBeNull();
    expect(storyAbout(pronoun, 'us')).toBeNull();
    expect(storyAbout(us, 'US')).not.toBeNull();
    expect(storyAbout(us, 'U.S.')).not.toBeNull();
    expect(storyAbout(us, 'United States')).not.toBeNull();
    expect(storyAbout(us, 'UN')).toBeNull();
  });

  it('"UN" matches the United Nations, not a prefix', () => {
    const un = story('Aid convoy reaches the border', `A United Nations convoy reached the border on Sunday after an unusually long wait.\n\n${filler(2)}`);
    expect(storyAbout(un, 'UN')).toMatchObject({ matched: 'United Nations' });
    expect(storyAbout(pronoun, 'UN')).toBeNull();
  });
});

describe('matching many follows at once', () => {
  const s = story('Bank of England rate cut as China slows', `The Bank of England cut its main rate on Thursday as slower growth in China weighed on exports, Governor Anne Keller said.\n\n${filler(3)}`);
  const follows = ['rate cut', 'China', 'Chinatown', 'Keller', 'England', 'Bank of England', 'US'];

  it('gives the topics a story is about, in the order given, the same with or without compiling', () => {
    const expected = ['rate cut', 'China', 'Keller', 'Bank of England'];
    expect(matchTopics(s, follows).map((m) => m.topic)).toEqual(expected);
    expect(compileTopics(follows).match(s).map((m) => m.topic)).toEqual(expected);
  });

  it('finds the same topics among a thousand follows as one by one', () => {
    const many = Array.from({ length: 1000 }, (_, i) => (i % 100 === 7 ? follows[(i / 100) % follows.length | 0] : `Topic number ${i}`));
    const got = compileTopics(many).match(s).map((m) => m.topic);
    expect(got).toEqual(many.filter((t) => storyAbout(s, t)));
    expect(got.length).toBeGreaterThan(0);
  });

  it('odd topics and stories never throw, and match nothing they should not', () => {
    const odd = story('', '');
    for (const t of ['', '   ', '!!!', '🙂', 'x'.repeat(500), 'U.S.-backed', "O'Brien's"]) {
      expect(() => storyAbout(odd, t)).not.toThrow();
      expect(storyAbout(odd, t)).toBeNull();
      expect(() => storyAbout(s, t)).not.toThrow();
    }
  });

  it('without mention counts (a briefing alone), every listed entity counts', () => {
    const bare: TopicStory = { title: 'Markets calm', lead: 'Shares were little changed.', entities: { people: [], places: ['Peru'], organizations: [] } };
    expect(storyAbout(bare, 'Peru')).toEqual({ topic: 'Peru', where: 'entity' });
  });
});
