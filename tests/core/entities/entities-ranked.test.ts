import { describe, expect, it } from 'vitest';
import { extractEntities, rankedEntities } from '../../../src/core/entities/entities.ts';
import { isRoleWord } from '../../../src/core/entities/candidates.ts';
import { ROLE_NOUNS } from '../../../src/core/entities/lexicon.ts';
import { TITLE_WORDS } from '../../../src/core/entities/gazetteer.ts';
import { sentences } from '../../../src/core/text/text.ts';

/** Our own story: a minister and a chairman named in full, then by surname; a company in the headline; a dateline. */
const story = {
  title: 'Ferry operator Calloway Shipping fined after harbour collision',
  dateline: { place: 'SOUTHAMPTON, England', date: null, agency: null },
  text:
    'Transport Minister Helen Marsh said on Monday that Calloway Shipping would pay a record fine for the collision in Southampton harbour.\n\n' +
    'Marsh told reporters the company had ignored three warnings. Calloway Shipping chairman Derek Olsen apologised to the families.\n\n' +
    'Olsen said the fine was fair and that the company would not appeal.',
};

describe('rankedEntities (the mentions /ask can use)', () => {
  const ranked = rankedEntities(story);

  it('lists the same entities, in the same order, as the briefing', () => {
    const e = extractEntities(story);
    expect(ranked.filter((x) => x.type === 'person').map((x) => ({ name: x.name, role: x.role }))).toEqual(e.people);
    expect(ranked.filter((x) => x.type === 'place').map((x) => x.name)).toEqual(e.places);
    expect(ranked.filter((x) => x.type === 'organization').map((x) => x.name)).toEqual(e.organizations);
    // The headline's company first, then what the lead names.
    expect(ranked[0].name).toBe('Calloway Shipping');
  });

  it('gives every sentence that names a person, surname-only mentions included', () => {
    const olsen = ranked.find((x) => x.name === 'Derek Olsen');
    expect(olsen?.role).toBe('Calloway Shipping chairman');
    expect(olsen?.mentions.map((m) => [m.text, m.sentence, m.paragraph])).toEqual([
      ['Derek Olsen', 2, 1],
      ['Olsen', 3, 2],
    ]);
    const body = sentences(story.text);
    for (const e of ranked) for (const m of e.mentions) expect(m.sentence === -1 ? story.title : body[m.sentence]).toContain(m.text);
  });

  it('marks a headline mention with sentence -1 and a dateline-only place with no mentions', () => {
    expect(ranked[0].mentions[0]).toEqual({ text: 'Calloway Shipping', sentence: -1, paragraph: -1 });
    expect(ranked.find((x) => x.name === 'England')?.mentions).toEqual([]);
    expect(ranked.find((x) => x.name === 'Southampton')?.mentions.map((m) => m.sentence)).toEqual([0]);
  });
});

describe('isRoleWord', () => {
  // The reference: a title that is not an honorific, or any spelling of a role noun.
  const reference = (w: string) => (TITLE_WORDS.has(w) && !['Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.'].includes(w)) || ROLE_NOUNS.has(w.toLowerCase());
  it('reads every spelling of a role word, and nothing else, as a role', () => {
    const words = ['president', 'President', 'PRESIDENT', 'pResident', 'Vice-President', 'VICE-PRESIDENT', 'vice-president', 'Chief', 'chiefs', 'CEO', 'ceo', 'Mr', 'Dr.', 'Harbour', 'Président', 'MINISTER', 'Minister2', 'M', ''];
    for (const w of words) expect(isRoleWord(w), w).toBe(reference(w));
  });
});
