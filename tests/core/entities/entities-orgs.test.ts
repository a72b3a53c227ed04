import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { summarize } from '../../../src/core/brief/summarize.ts';

/** Our own stories (no dev-data text), briefed as the bot briefs a pasted article. */
function briefing(title: string, text: string) {
  const article = parseArticle(JSON.stringify({ title, text }), { id: 'orgs', fileName: 'orgs.json' });
  return summarize(article).entities;
}
const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());

describe('organisations a briefing lists', () => {
  it('an unknown agency introduced once ("news agency Vestrapress") is an organisation everywhere in the story', () => {
    const e = briefing(
      'Ferry strike halts island traffic',
      'Dock workers walked out on Monday, the Norland news agency Vestrapress reported, stranding thousands of passengers.\n\n' +
        'Vestrapress said the strike would last at least three days. Transport minister Anna Lindqvist told Vestrapress the ferries would sail again by Friday.',
    );
    expect(e.organizations).toContain('Vestrapress');
    expect(e.people.map((p) => p.name)).not.toContain('Vestrapress');
    // The person in the same story stays a person.
    expect(e.people.map((p) => p.name)).toContain('Anna Lindqvist');
  });

  it('an institution named as its building ("the Cleveland Metroparks Zoo", "the Leeds Armley Museum") is an organisation, not a person', () => {
    const zoo = briefing('Boy falls into enclosure', 'A boy fell into an enclosure at the Cleveland Metroparks Zoo on Saturday, officials said.\n\nZoo director Christopher Kuhar said the boy was unhurt.');
    expect(zoo.organizations).toContain('Cleveland Metroparks Zoo');
    expect(zoo.people.map((p) => p.name)).toEqual(['Christopher Kuhar']);
    const museum = briefing('Paintings stolen', 'Thieves broke into the Leeds Armley Museum on Monday, police said.\n\nCurator Jane Moss said two paintings were taken.');
    expect(museum.organizations).toContain('Leeds Armley Museum');
    expect(museum.people.map((p) => p.name)).toEqual(['Jane Moss']);
  });

  it('a company introduced by what it does ("engineering group Vestamar") is an organisation, not a person', () => {
    const e = briefing(
      'Engineering group profit up',
      'Romanian engineering group Vestamar said on Friday its first-half profit rose 33 percent.\n\nVestamar makes pumps and turbines. Vestamar exported 59 percent of its output.',
    );
    expect(e.organizations).toContain('Vestamar');
    expect(e.people.map((p) => p.name)).not.toContain('Vestamar');
  });

  it('keeps a broker\'s "& Co" name whole, also when it ends the sentence', () => {
    const e = briefing(
      'Regional bank shares climb on merger talk',
      'Shares of Kestrel Valley Bancorp rose 8 percent on Tuesday after reports of merger talks, said Martin Oakes, an analyst at Pemberton Gale & Co.\n\n' +
        '"The premium is rich," Oakes said.',
    );
    expect(lower(e.organizations)).toContain('pemberton gale & co');
    expect(e.organizations.some((o) => o === 'Pemberton Gale' || o === 'Co')).toBe(false);
    expect(e.people.map((p) => p.name)).toContain('Martin Oakes');
  });

  it('keeps a body named "Commission on ..." or "Organisation for ... in ..." whole', () => {
    const e = briefing(
      'Monitors postpone local elections',
      'The Organisation for Security and Cooperation in Europe postponed municipal elections in the region on Tuesday.\n\n' +
        'A report for the Commission on Electoral Reform said voter lists were incomplete.',
    );
    expect(e.organizations).toEqual(expect.arrayContaining(['Organisation for Security and Cooperation in Europe', 'Commission on Electoral Reform']));
    expect(e.organizations).not.toContain('Cooperation');
  });

  it('keeps the ordinary word that opens a known body\'s name at the start of a sentence ("Special Branch")', () => {
    const e = briefing(
      'Two held after raid',
      'Special Branch detectives arrested two men in a raid on a flat in the city on Sunday, police said.\n\nThe men were being questioned, a spokesman said.',
    );
    expect(e.organizations).toContain('Special Branch');
    expect(e.organizations).not.toContain('Branch');
  });

  it('a name ending in any legal form the sentence splitter knows ("L.P.", "Pty", "LLP", "Cos.") is a company, not a person', () => {
    const e = briefing(
      'Bloomberg buys Harbour',
      'Bloomberg L.P. said on Monday it would buy Harbour Pty, a Sydney firm, from Gold Fields of South Africa LLP. Acme Cos. shares rose.\n\n' +
        'The deal was announced by Michael Bloomberg.',
    );
    expect(e.organizations).toEqual(expect.arrayContaining(['Bloomberg L.P.', 'Harbour Pty', 'Gold Fields of South Africa LLP', 'Acme Cos']));
    expect(e.people.map((p) => p.name)).toEqual(['Michael Bloomberg']);
  });

  it('where analysts or economists work is a firm, though its words read like a name ("Analysts at Morgan Stanley"); a place stays a place', () => {
    const e = briefing(
      'Carmaker shares slide after profit warning',
      'Shares in Stellantis fell 9 percent on Monday after the carmaker cut its profit forecast.\n\n' +
        'Analysts at Morgan Stanley said the warning was the third this year. Economists at Goldman Sachs expect weaker demand. ' +
        'Chief executive Carlos Tavares told investors the company would cut prices. Engineers at Detroit said little.',
    );
    const people = e.people.map((p) => p.name);
    expect(e.organizations).toEqual(expect.arrayContaining(['Morgan Stanley', 'Goldman Sachs', 'Stellantis']));
    expect(people).not.toContain('Morgan Stanley');
    expect(people).not.toContain('Goldman Sachs');
    expect(people).toContain('Carlos Tavares');
    expect(e.places).toContain('Detroit');
    expect(e.organizations).not.toContain('Detroit');
    // The headline's "Carmaker" (car + maker, absent from the lexicon) is a common word, not a firm.
    expect(lower(e.organizations)).not.toContain('carmaker');
  });

  it('a journal a study is published in is a body, not a place ("published Wednesday in The Clinician"); "in Britain" stays a place', () => {
    const e = briefing(
      'Daily walk cuts heart risk',
      'People who walk 7,000 steps a day are less likely to suffer a stroke, according to a study published Wednesday in The Clinician.\n\n' +
        'Researchers followed 85,000 adults in Britain for seven years. The lead author, Dr. Amira Haddad, said the benefits levelled off.',
    );
    expect(e.places).not.toContain('The Clinician');
    expect(e.organizations).toContain('The Clinician');
    expect(e.places).toContain('Britain');
  });

  it('a surname whose particle opens a sentence ("Van Dijkman is expected ...") is the person named in full, listed once', () => {
    const e = briefing(
      'Club signs striker',
      'Hertha signed Dutch striker Joost van Dijkman from PSV on Friday for a club-record 40 million euros.\n\n' +
        'Van Dijkman is expected to make his debut against Mainz on Aug. 24.',
    );
    const people = e.people.map((p) => p.name);
    expect(people).toContain('Joost van Dijkman');
    expect(lower(people).filter((p) => p.includes('dijkman'))).toHaveLength(1);
  });
});
