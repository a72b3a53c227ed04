import { describe, expect, it } from 'vitest';
import { entityMentions, extractEntities } from '../../../src/core/entities/entities.ts';
import { tidyRole } from '../../../src/core/entities/roles.ts';
import { tokenize, tokenizeByPattern } from '../../../src/core/entities/tokens.ts';

/** Our own stories, written in the shapes of the examples in issues #12 and #17. */
const story = (title: string, text: string) => extractEntities({ title, text, dateline: { place: null, date: null, agency: null } });
const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('people', () => {
  it('lists the players of a football report named by surname only after their full name', () => {
    const e = story(
      'Harbourside hold on to beat Kingsbridge',
      'Harbourside beat Kingsbridge 2-1 on Saturday. Defender Tomas Vilhjalmsson headed the opener and captain Declan Morrow doubled the lead. ' +
        'Kingsbridge manager Paolo Ferreira watched as goalkeeper Marek Novotny saved a late penalty.\n\n' +
        'Vilhjalmsson was booked in the second half. Morrow said the side had deserved it. Ferreira said his players had run out of time. Novotny was the man of the match.',
    );
    expect(names(e.people)).toEqual(expect.arrayContaining(['Tomas Vilhjalmsson', 'Declan Morrow', 'Paolo Ferreira', 'Marek Novotny']));
    // Surname-only mentions fold into the full name: no "Morrow" or "Ferreira" of their own.
    expect(names(e.people)).not.toContain('Morrow');
    expect(names(e.people)).not.toContain('Ferreira');
    expect(e.people.find((p) => p.name === 'Paolo Ferreira')?.role).toBe('Kingsbridge manager');
  });

  it('names the executive who pleaded guilty, not only the prosecutor', () => {
    const e = story(
      'Northgate executive in guilty plea',
      'NEW YORK, March 3 -- Graham Holloway, a former senior vice president at Northgate Insurance Group, pleaded guilty on Thursday to fraud charges brought by New York Attorney General Eliot Spitzer.\n\n' +
        'Holloway admitted steering clients to insurers that paid the firm. Spitzer said more charges would follow.',
    );
    expect(names(e.people).slice(0, 2)).toEqual(expect.arrayContaining(['Graham Holloway', 'Eliot Spitzer']));
    expect(e.people.find((p) => p.name === 'Graham Holloway')?.role).toMatch(/former senior vice president at Northgate Insurance Group/);
    expect(e.people.find((p) => p.name === 'Eliot Spitzer')?.role).toBe('New York Attorney General');
    expect(e.organizations).toContain('Northgate Insurance Group');
  });

  it('reads roles before and after a name, and never "Dr" as a role', () => {
    const e = story(
      'Board shake-up at Fernhill Foods',
      'Margaret Ellison, chairman and chief executive, said on Monday the company would cut 300 jobs. ' +
        'Green Party leader Carla Denton called the cuts a disgrace. Dr Helen Marsh, who studies the industry, said demand had fallen.',
    );
    expect(e.people).toEqual(
      expect.arrayContaining([
        { name: 'Margaret Ellison', role: 'chairman and chief executive' },
        { name: 'Carla Denton', role: 'Green Party leader' },
        { name: 'Helen Marsh', role: null },
      ]),
    );
    expect(e.organizations).toContain('Green Party');
  });

  it('keeps a job title out of the name and a company out of the people (issue #17)', () => {
    const e = story(
      'Storm cancels crossings',
      'Wightlink Harbour Ferries cancelled all crossings on Friday as gusts reached 70 mph. Forecaster Tom Reilly said the wind would ease by Saturday evening. ' +
        'Passengers were told to check the Wightlink Harbour Ferries website.',
    );
    expect(e.people).toContainEqual({ name: 'Tom Reilly', role: 'forecaster' });
    expect(names(e.people).join('|')).not.toMatch(/Ferries|Forecaster/);
    expect(e.organizations).toContain('Wightlink Harbour Ferries');
  });

  it('gives the institution with a title where the story does (issue #17)', () => {
    const before = story('Rates held', 'European Central Bank President Christine Lagarde said rates would stay on hold. Lagarde spoke in Frankfurt.');
    expect(before.people).toContainEqual({ name: 'Christine Lagarde', role: 'European Central Bank President' });
    const after = story(
      'Rates held',
      'Christine Lagarde, President of the European Central Bank, said rates would stay on hold. President Lagarde added that inflation was easing.',
    );
    expect(after.people).toContainEqual({ name: 'Christine Lagarde', role: 'President of the European Central Bank' });
    expect(after.organizations).toContain('European Central Bank');
  });

  it('does not take companies or buildings for people', () => {
    const e = story(
      'Media merger approved',
      'Regulators approved the merger of Time Warner and a cable group on Tuesday, the White House said. Shares of Time Warner rose 3 percent. Analyst Priya Natarajan said the deal made sense.',
    );
    expect(names(e.people)).toEqual(['Priya Natarajan']);
    expect(e.organizations).toEqual(expect.arrayContaining(['Time Warner', 'White House']));
  });
});

describe('organisations', () => {
  it('keeps "X and Y" and "X of Y" names whole, without possessives or words before them', () => {
    const e = story(
      'Regulators act',
      'The Food and Drug Administration and the Department of Energy and Climate Change issued new rules on Monday. ' +
        "Members of the Bank of Canada's governing council met the same day, and the Bank of Canada said it would publish minutes.",
    );
    expect(e.organizations).toEqual(expect.arrayContaining(['Food and Drug Administration', 'Department of Energy and Climate Change', 'Bank of Canada']));
    expect(e.organizations.join('|')).not.toMatch(/Drug Administration\b(?<!Food and Drug Administration)|Canada's|Members/);
    expect(e.organizations).not.toContain('Department of Energy');
  });

  it('takes clubs as organisations and does not list the cities in their names as places', () => {
    const e = story(
      'Soccer - Inter Lisbon knock out Sporting Dublin',
      'Inter Lisbon beat Sporting Dublin 3-0 in the Champions League on Wednesday. Sporting Dublin had won the first leg 1-0 in Dublin.',
    );
    expect(e.organizations).toEqual(expect.arrayContaining(['Inter Lisbon', 'Sporting Dublin', 'Champions League']));
    expect(e.places).not.toContain('Lisbon');
    expect(e.places).toContain('Dublin');
  });
});

describe('ranking and mentions', () => {
  it('lists what the headline and lead name first', () => {
    const e = story(
      'Kazakhstan signs pipeline deal',
      'Kazakhstan signed a pipeline deal with Azerbaijan on Monday.\n\nOfficials in Georgia, Turkey and Georgia again welcomed it. Turkey, Turkey and Turkey were mentioned often later.',
    );
    expect(e.places.slice(0, 2)).toEqual(['Kazakhstan', 'Azerbaijan']);
  });

  it('exposes each mention with the full name it stands for', () => {
    const m = entityMentions({
      title: 'T',
      dateline: { place: null, date: null, agency: null },
      text: 'Finance Minister Ruth Okonjo presented the budget.\n\nOkonjo said taxes would not rise.',
    });
    const ruth = m.filter((x) => x.name === 'Ruth Okonjo');
    expect(ruth.map((x) => [x.text, x.type, x.paragraph])).toEqual([
      ['Ruth Okonjo', 'person', 0],
      ['Okonjo', 'person', 1],
    ]);
  });
});

describe('tokens', () => {
  it('splits names, abbreviations and possessives the way the reference pattern does', () => {
    const samples = [
      "U.S.-led talks: Bank of England's Mr. Carney met O'Neil & Sons Corp. at 10.30 a.m.",
      'Prices rose 3.5% in São Paulo… “Quoted,” she said — then left.',
      "It's the Régie's call; Jean-Luc's team won 2-1.",
      '\u3000Odd\uFEFFspaces and 😀 emoji end...',
      'Initials end it: J. R. R. Tolkien, É.U. and the U.S.A. Then the A.B.C',
    ];
    for (const s of samples) expect(tokenize(s)).toEqual(tokenizeByPattern(s));
    expect(tokenize("Bank of England's rates rose.")).toEqual(['Bank', 'of', 'England', "'s", 'rates', 'rose', '.']);
    expect(tokenize('Lear Corp. and the U.S.')).toEqual(['Lear', 'Corp.', 'and', 'the', 'U.S.']);
  });
});

describe('paragraphs and roles', () => {
  it('numbers paragraphs at blank lines, also when the blank line holds spaces or tabs', () => {
    const m = entityMentions({
      title: '',
      text: 'Mayor Ana Ruiz spoke.\n \t\nRuiz left for Lisbon.\n\nRuiz came back.\nRuiz smiled.',
      dateline: { place: null, date: null, agency: null },
    });
    expect(m.filter((x) => x.name === 'Ana Ruiz').map((x) => x.paragraph)).toEqual([0, 1, 2, 2]);
  });

  it('tidies role words into text as a reader writes it', () => {
    expect(tidyRole("ECB 's president")).toBe("ECB's president");
    expect(tidyRole('the chairman , ( acting )')).toBe('chairman, (acting)');
    expect(tidyRole('An  adviser\tto the board')).toBe('adviser to the board');
    expect(tidyRole('Theatre director')).toBe('Theatre director');
    expect(tidyRole('deputy minister')).toBe('deputy minister');
  });
});

describe('places only a place stands for', () => {
  it('a town the gazetteer does not know is a place after "near" or "north of"; a person near a possessive is not', () => {
    const e = story(
      'Storm kills two',
      'A man was killed when a tree fell on his car near Kerlouan, police said. Fighting broke out north of Varnholt on Monday. ' +
        'Firefighters reached the house near Dalby\'s farm at noon. Inspector Jane Dalby said the roads were closed.',
    );
    expect(e.places).toEqual(expect.arrayContaining(['Kerlouan', 'Varnholt']));
    expect(e.places).not.toContain('Dalby');
    expect(names(e.people)).toContain('Jane Dalby');
  });
});

