/**
 * A person's age given away from the name, in stories written all in lower case (session 11,
 * docs/answers-news-batch5.md "Session 11, lower-case answers"): "he was 91." after the sentence
 * naming him, "the welshman, who is now 38," after "welshman rhys pryce", "the 29-year-old" two
 * sentences after the story's main person, "18-month-old biscuit", and "How old was the victim?"
 * read from "the victim, identified as mark doyle, 31.".
 */
import { describe, expect, it } from 'vitest';
import { answer, answerOutcome } from '../../../src/core/answer/answer.ts';
import type { Article } from '../../../src/core/types.ts';

function story(id: string, text: string): Article {
  return { id, title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

const obituary = story(
  'lower-obituary',
  '(cnn) harold finch, best known for playing the village doctor on the long-running series "green valley," died sunday after a short illness. ' +
    'he was 91. ' +
    'finch died at his home in asheville, north carolina, said his wife, ruth finch, who was married to him for 60 years. ' +
    'the show ran for nine seasons and made finch a familiar face in millions of homes.',
);

const boxer = story(
  'lower-boxer',
  'unbeaten carlos mendez faces more pressure than his rival when the pair meet in las vegas on june 6, says rhys pryce. ' +
    'mendez has won all of his 41 professional fights, 30 of them by knockout. ' +
    'his opponent has lost four times in his career, but welshman rhys pryce warns mendez not to take the fight lightly. ' +
    'the welshman, who is now 38, retired with an unbeaten record of 39 wins. ' +
    'pryce said he expected a close fight over twelve rounds.',
);

const forward = story(
  'lower-forward',
  'tom reid does not believe he deserved the warm welcome which greeted his return from injury on friday night. ' +
    'as his leeds side beat hull 24-10, the scotland forward made his first appearance since he broke his arm against york in march. ' +
    'the 29-year-old, who came on as a substitute in the second half, told the evening post he was surprised how calm he felt. ' +
    'reid said he had worked hard in the gym during his months out. ' +
    'coach mark dunne said reid would start next week, and reid said he was ready.',
);

const dogs = story(
  'lower-dogs',
  'a video of two dogs standing on their hind legs on their owner has been watched more than a million times. ' +
    'the clip first shows the owner lying on the ground with 18-month-old biscuit on his lap. ' +
    'then 30-month-old pepper climbs onto his legs, and both dogs hold the pose for several seconds.',
);

const killing = story(
  'lower-killing',
  '(cnn) police in newark have charged a man with murder after human remains were found at two homes last week. ' +
    'the remains at both places belonged to the same victim, identified monday as mark doyle, 31. ' +
    'the suspect, 44-year-old daniel shaw, worked with the victim at a car dealership, police said. ' +
    'mr. pike, 50, who lives next door, said he had heard shouting from the house of the guards.',
);

describe('ages given away from the name, in lower-case stories', () => {
  it('reads "he was 91." after the sentence naming the person', () => {
    expect(answer('How old was Harold Finch when he died?', obituary).answer).toBe('91');
    expect(answer('How old was harold finch?', obituary).answer).toBe('91');
    // His wife is named in another sentence: his age is not hers.
    expect(answer('How old is Ruth Finch?', obituary).answer).not.toBe('91');
  });

  it('reads "the welshman, who is now 38," after "welshman rhys pryce"', () => {
    expect(answer('How old is pryce?', boxer).answer).toBe('38');
    expect(answer('How old is mendez?', boxer).answer).not.toBe('38');
  });

  it('reads "the 29-year-old" two sentences after the main person, the sentence between opening with no other name', () => {
    expect(answer('How old is tom reid?', forward).answer).toBe('29');
    expect(answer('How old is mark dunne?', forward).answer).not.toBe('29');
  });

  it('reads an age in months right before the name', () => {
    expect(answer('How old is biscuit?', dogs).answer).toBe('18-month-old');
    expect(answer('How old is pepper?', dogs).answer).toBe('30-month-old');
  });

  it('reads the age of a person asked about by their part in the story, after the noun', () => {
    expect(answer('How old was the victim?', killing).answer).toBe('31');
    expect(answer('How old is the suspect?', killing).answer).toBe('44');
    // "mr. pike, 50, ... the guards": the age stands before the noun, so it is not the guard's.
    const guard = answer('How old is the guard?', killing);
    expect(guard.found ? guard.answer : answerOutcome(guard)).not.toBe('50');
  });
});
