/**
 * Session 16: refusals a careful reader makes when the evidence does not state what is asked of
 * whom is asked. Stories written for the test.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { holdsRole, roleAsked } from '../../../src/core/answer/grounding-holder.ts';
import { notACount } from '../../../src/core/answer/grounding-count.ts';
import { tokenize } from '../../../src/core/answer/spans.ts';
import { makeArticle } from '../../helpers/article.ts';

/** The rule alone on one sentence and the span given as its text. */
function holds(sentence: string, span: string, head: string): boolean {
  const toks = tokenize(sentence);
  const at = sentence.indexOf(span);
  const inside = toks.filter((t) => t.start >= at && t.end <= at + span.length);
  return holdsRole(toks, inside, head);
}

const FOODS = makeArticle({
  title: 'Dunmore Foods warns of delivery delays',
  text:
    'The chief executive of Dunmore Foods has warned staff that the firm is behind with deliveries to supermarkets, according to a memo seen by the Daily Post. ' +
    'Dunmore Foods has been owned by Calder Group since 2008. ' +
    'Finance director Mary Ellis said the delays would cost the company about £3m this year. ' +
    'Lou Perini himself hired the first coach for the company football team and attends its home games. ' +
    'The firm employs 1,200 people at its plant in Wrexham.',
});

const ROVERS = makeArticle({
  title: 'Harbour club sacks coach after cup defeat',
  text:
    "Kingsport Rovers have sacked head coach Dan Mellor after Saturday's 4-0 cup defeat at Eastham. " +
    'Chairman Peter Quill said the board had acted to save the season. ' +
    "The club's captain, Sam Orley, said the players were shocked. " +
    "Mellor's wife and children moved to Kingsport last year. " +
    'The club will name a new coach next week.',
});

describe('the holder of a role is named beside the role (grounding-holder.ts)', () => {
  it('refuses a role whose sentence names no holder beside it', () => {
    // Before: "Dunmore Foods" (the owner of the role), "Lou Perini" (who hired a coach), "children moved to Kingsport last year".
    expect(answer('What is the name of the chief executive?', FOODS).found).toBe(false);
    expect(answer("Who is the team's coach?", FOODS).found).toBe(false);
    expect(answer("What is the name of Mellor's wife?", ROVERS).found).toBe(false);
  });

  it('still answers a role written beside its holder', () => {
    expect(answer('Who is the finance director?', FOODS).answer).toBe('Mary Ellis');
    expect(answer('Who is the head coach?', ROVERS).answer).toBe('Dan Mellor');
    expect(answer("Who is the club's captain?", ROVERS).answer).toBe('Sam Orley');
    expect(answer('Who is the chairman of Kingsport Rovers?', ROVERS).answer).toBe('Peter Quill');
  });

  it('reads the shapes a reporter writes a role in', () => {
    expect(roleAsked('Who is the chief executive of Rolls-Royce?')).toBe('executive');
    expect(roleAsked("Who is Pakistan's foreign secretary?")).toBe('secretary');
    expect(roleAsked("What was the U-boat captain's name?")).toBe('captain');
    // Not a role: a person by a deed, or no role word at all.
    expect(roleAsked('Who was the complaint finally passed to?')).toBeNull();
    expect(roleAsked('Who is the man in the photo?')).toBeNull();
    expect(roleAsked('Who is Sadyr Zhaparov?')).toBeNull();

    expect(holds('Pole-sitter and defending race winner Helio Castroneves was fifth-fastest.', 'Helio Castroneves', 'pole-sitter')).toBe(true);
    expect(holds('She is creating a smoothie at the restaurant she owns, The Hot Pot, to honor him.', 'The Hot Pot', 'restaurant')).toBe(true);
    expect(holds('Rowland Phillips has not been replaced since leaving as head coach.', 'Rowland Phillips', 'coach')).toBe(true);
    expect(holds('Warren East, the firm\'s chief executive, said sales rose.', 'Warren East', 'executive')).toBe(true);
    // The owner of the role, a place after a preposition, a speaker far from the role.
    expect(holds("He was accused of a plot to kill Saudi Arabia's ambassador to the United States.", 'Saudi Arabia', 'ambassador')).toBe(false);
    expect(holds('Bieber was approached by the security guard at Coachella.', 'Coachella', 'guard')).toBe(false);
    expect(holds("India contacted Pakistan's foreign secretary to protest, said Syed Akbaruddin, a spokesman for the ministry.", 'Syed Akbaruddin', 'secretary')).toBe(false);
  });
});

const FILM = makeArticle({
  title: 'Studio sets date for harbour film',
  text:
    'Director Anna Reyes said the film would open in cinemas in May. ' +
    "The story will be told from Tom Haley's point of view. " +
    'The film - also starring Lena Park - is "a triumph", critic Joe Dunn wrote, but says it is too long. ' +
    'Winger Sam Cole thought he had a future at the club under manager Jim Bask. ' +
    '"I think I am his type of player," he said. ' +
    "One of her teachers, Kim Ford, said Reyes's work was outstanding. " +
    'For producer Max Orr, the film means a return home. ' +
    '"We shot every scene in the harbour," he said.',
});

describe('"What did X say?" gives only the words of X (patterns-statements.ts)', () => {
  it('refuses a sentence that only speaks of the person', () => {
    // Before: the passive "will be told", the words of the critic beside an aside naming her, the
    // words of the player the sentence before was about, and a teacher's words for the mother's.
    expect(answer('What did Tom Haley say?', FILM).found).toBe(false);
    expect(answer('What did Lena Park say?', FILM).found).toBe(false);
    expect(answer('What did Jim Bask say?', FILM).found).toBe(false);
    expect(answer("What did Reyes's mother say?", FILM).found).toBe(false);
  });

  it('still gives the words of one who speaks', () => {
    expect(answer('What did Anna Reyes say?', FILM).answer).toBe('the film would open in cinemas in May');
    expect(answer('What did Kim Ford say?', FILM).answer).toBe("Reyes's work was outstanding");
    // A sentence that opens on the person ("For producer Max Orr, ...") is about them: "he said" after it is theirs.
    expect(answer('What did Max Orr say?', FILM).answer).toBe('We shot every scene in the harbour');
  });
});

const CUP = makeArticle({
  title: 'Harbour club sacks coach after cup defeat',
  text:
    "Kingsport Rovers have sacked head coach Dan Mellor after Saturday's 4-0 cup defeat at Eastham. " +
    'Chairman Peter Quill said the board had acted to save the season. ' +
    'Former Rovers player Tom Haig scored twice against the club for Eastham, whose manager watched from the stands. ' +
    '"It was a hard day," Haig said. ' +
    'The club will name a new coach next week.',
});

describe('"Who will <do> ...?" needs the deed in its sentence (grounding-deed.ts)', () => {
  it('refuses a sentence that never says the deed, in words that keep the question', () => {
    // Before: "Eastham" and "Dan Mellor".
    const a = answer('Who will sign Tom Haig?', CUP);
    expect(a.found).toBe(false);
    expect(a.answer).toBe('The article does not say who will sign Tom Haig.');
    expect(answer('Who will buy Kingsport Rovers?', CUP).found).toBe(false);
  });

  it('still answers the doer of a deed the sentence says', () => {
    expect(answer('Who scored for Eastham?', CUP).answer).toBe('Tom Haig');
    expect(answer('Who sacked Dan Mellor?', CUP).answer).toBe('Kingsport Rovers');
  });
});

const HOTEL = makeArticle({
  title: 'Hotel opens on the harbour',
  text:
    'The 40-room hotel opened on the harbour in Kingsport on Friday, its owner said. ' +
    'About 70% of the rooms were booked for the opening weekend, the owner said. ' +
    'Chef Lina Moss, who opened her first restaurant on April 6, will run its kitchen with 12 cooks. ' +
    'The hotel hosted a charity dinner this past weekend. Its butlers greet every guest at the door. ' +
    '"We are delighted," said manager Tom Reed.',
});

describe('a count counts what is asked (grounding-count.ts)', () => {
  it('refuses a share, a day or a number of other things for "how many", and a time for "where"', () => {
    // Before: "40-room", "About 70%", "past weekend".
    expect(answer('How many butlers does the hotel have?', HOTEL).found).toBe(false);
    expect(answer('How many rooms were booked for the opening weekend?', HOTEL).found).toBe(false);
    expect(answer('Where was the charity dinner held?', HOTEL).found).toBe(false);
    expect(notACount('How many children did Powers have?', 'how many', tokenize('april 6'))).toBe('gives a day, not a count');
  });

  it('still gives a count, and a share when a share is asked', () => {
    expect(answer('How many cooks will run the kitchen?', HOTEL).answer).toBe('12');
    expect(answer('What share of rooms were booked?', HOTEL).answer).toBe('About 70%');
    expect(notACount('What percentage of voters backed it?', 'how many', tokenize('52%'))).toBeNull();
    expect(notACount('How many rooms does the hotel have?', 'how many', tokenize('40-room'))).toBeNull();
    expect(notACount('How many years did he serve?', 'how many', tokenize('a 12-year'))).toBeNull();
  });
});
