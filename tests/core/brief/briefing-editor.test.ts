/**
 * Briefings an editor would sign (issue 13), on our own stories of each shape the issue names
 * (tests/fixtures/stories): a TL;DR that stands alone, three real key points in chat, no
 * debris, quotations whole, Markdown and HTML-ish input read as a reader sees it, wire
 * datelines of other languages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { briefCli } from '../../../src/cli/brief.ts';
import { parseConfig } from '../../../src/config.ts';
import { parseArticle, readDateline } from '../../../src/core/article/parse.ts';
import { hasUnbalancedQuotes, isDebris, isSentence, opensDangling } from '../../../src/core/brief/checks.ts';
import { cleanSentence } from '../../../src/core/brief/clean.ts';
import { briefingMessage } from '../../../src/core/message/build.ts';
import { summarize, summarizeForChat } from '../../../src/core/brief/summarize.ts';
import { sentences } from '../../../src/core/text/text.ts';
import { resolveOpening } from '../../../src/core/brief/tldr-opening.ts';
import type { Article, Briefing } from '../../../src/core/types.ts';
import { DEFAULT_SUMMARY_FILE, main as evalSummary } from '../../../scripts/eval-summary.ts';

const STORIES = 'tests/fixtures/stories/';
const story = (file: string): Article => parseArticle(readFileSync(STORIES + file, 'utf8'), { id: file, fileName: file });
const shown = (b: Briefing): string[] => briefingMessage(b).bullets ?? [];
/** Everything a reader of the briefing sees or a JSON consumer gets, TL;DR first. */
const lines = (a: Article): string[] => {
  const chat = summarizeForChat(a);
  return [chat.tldr, ...shown(chat), ...summarize(a).keyPoints, ...summarize(a, { points: 10 }).keyPoints];
};

describe('the chat briefing: a TL;DR and three more points', () => {
  it('shows three key points beyond the TL;DR, none repeating it, in article order', () => {
    const a = story('japan-recession.txt');
    const b = summarizeForChat(a);
    const points = shown(b);
    expect(points).toHaveLength(3);
    const body = sentences(a.text);
    const at = points.map((p) => body.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(points).not.toContain(b.tldr);
    expect(b.tldr).toMatch(/^Japan's economy grew slightly/);
  });

  it('shows the same three points in `brief --format markdown` (what chat would show)', async () => {
    let text = '';
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => ((text += chunk.toString()), done()) });
    expect(await briefCli([STORIES + 'japan-recession.txt', '--format', 'markdown'], parseConfig({}), sink)).toBe(0);
    expect(text.match(/^- /gm)).toHaveLength(3);
    expect(text).not.toMatch(/^- Japan's economy grew slightly/m);
  });

  it('gives every story of six or more sentences at least three points beyond its TL;DR', () => {
    for (const f of ['ap-congress.txt', 'bridge-bbc.txt', 'budget.md', 'council-vote.txt', 'cup-final-fixture.txt', 'profits-bbc.txt', 'quote-split.txt']) {
      const a = story(f);
      expect(sentences(a.text).length, f).toBeGreaterThanOrEqual(6);
      const b = summarizeForChat(a);
      expect(shown(b).length, f).toBeGreaterThanOrEqual(3);
      expect(new Set([b.tldr, ...shown(b)]).size, f).toBe(shown(b).length + 1);
    }
  });
});

describe('a TL;DR that stands alone', () => {
  it('is not a sentence that opens with "Its", "They" or "But" when the news is stated elsewhere', () => {
    const b = summarizeForChat(story('profits-bbc.txt'));
    expect(opensDangling(b.tldr)).toBe(false);
    expect(b.tldr).toMatch(/76%/);
    expect(b.tldr).toMatch(/^Harbour Electric/);
  });

  it('states the news, not the detail that opens the copy ("No one was seriously hurt, and the bridge ...")', () => {
    const b = summarizeForChat(story('bridge-bbc.txt'));
    expect(b.tldr).toMatch(/Millbrook river bridge/);
    expect(b.tldr).not.toMatch(/^No one/);
  });

  it('drops a dangling connective and keeps words that only look like one', () => {
    expect(resolveOpening('However, the bank kept interest rates on hold for a third month.')).toBe('The bank kept interest rates on hold for a third month.');
    expect(resolveOpening('But the peaceful transfer of power is the first in its history.')).toBe('The peaceful transfer of power is the first in its history.');
    expect(resolveOpening('But not now.')).toBe('But not now.'); // too little would be left
    expect(resolveOpening('So far, 20 people have been rescued from the flooded valley.')).toBe('So far, 20 people have been rescued from the flooded valley.');
    expect(resolveOpening('Still photos show the damage to the roof of the station.')).toBe('Still photos show the damage to the roof of the station.');
    expect(resolveOpening('and yet the figures show a rise in sales this spring.')).toBe('the figures show a rise in sales this spring.');
  });

  it('is at most 280 characters and never cuts a quotation', () => {
    for (const f of ['quote-split.txt', 'cup-final-fixture.txt', 'ap-congress.txt']) {
      const b = summarizeForChat(story(f));
      expect(b.tldr.length).toBeLessThanOrEqual(280);
      expect(hasUnbalancedQuotes(b.tldr), f).toBe(false);
    }
  });
});

describe('no debris as key points', () => {
  it('leaves out an AP byline and still finds the dateline after it', () => {
    const a = story('ap-congress.txt');
    expect(a.dateline).toMatchObject({ place: 'WASHINGTON', agency: 'AP' });
    expect(a.text).not.toMatch(/MARIA DELGADO|Associated Press/);
    for (const l of lines(a)) expect(l).not.toMatch(/^By |DELGADO|\(AP\)/);
    // Run into the dateline on one line, the byline goes too.
    const oneLine = parseArticle('Senate passes bill\n\nBy MARIA DELGADO and PETER HOLM Associated Press WASHINGTON (AP) — The Senate passed the bill on Friday. It now goes to the House.', { id: 'x' });
    expect(oneLine.dateline).toMatchObject({ place: 'WASHINGTON', agency: 'AP' });
    expect(oneLine.text).toMatch(/^The Senate passed the bill/);
    expect(cleanSentence('By MARIA DELGADO and PETER HOLM Associated Press WASHINGTON (AP) — The Senate passed the bill.')).toBe('The Senate passed the bill.');
  });

  it('leaves out fixture lines, referee and score lines, line-ups and "Read more", even when asked for ten points', () => {
    const a = story('cup-final-fixture.txt');
    for (const l of lines(a)) {
      expect(l).not.toMatch(/^Tuesday, 1 March|Mark Ellison \(Lancashire\)|^\(after extra-time|^Northam 2-1 Westbury|^Northam: Hale|^Subs:|Read more/);
      expect(isSentence(l), l).toBe(true);
    }
    for (const debris of ['Subs: Bankole, Reid, Moss.', 'Tuesday, 1 March', 'Mark Ellison (Lancashire)', '(after extra-time - score at 90 mins 1-1)', 'Northam 2-1 Westbury', 'By LISA MARSH and KEN FIELD Associated Press'])
      expect(isDebris(debris), debris).toBe(true);
    for (const s of ['Northam beat Westbury 2-1 to win the cup.', 'By the time the police arrived, the crowd had gone.', 'Police said: the road is closed.'])
      expect(isDebris(s), s).toBe(false);
  });
});

describe('quotations kept whole', () => {
  it('joins back a quotation the splitter cut, and shows no half quotation', () => {
    const a = story('quote-split.txt');
    for (const l of lines(a)) expect(hasUnbalancedQuotes(l), l).toBe(false);
    const all = summarize(a, { points: 10 }).keyPoints;
    const moderate = all.find((p) => p.includes('very moderate'));
    expect(moderate).toMatch(/^"She is very religious\. But she is very moderate, .*" said President Amir Karimov\.$/);
    expect(all.some((p) => p.startsWith('But she is very moderate'))).toBe(false);
    expect(all).toContainEqual("'We will listen. Nobody has anything to fear from this ministry,' Ms Hasanova said in a statement.");
  });

  it('briefs a text of nothing but an unclosed quotation rather than showing nothing', () => {
    const a = parseArticle('Statement\n\n"We will not give up on the people of this valley, whatever the cost.', { id: 'q' });
    const b = summarizeForChat(a);
    expect(b.tldr).toMatch(/We will not give up/);
    expect(summarize(a).keyPoints).toHaveLength(1);
  });

  it('counts quotation marks as a reader does: apostrophes, possessives and tokenized copy', () => {
    expect(hasUnbalancedQuotes('"She is very religious.')).toBe(true);
    expect(hasUnbalancedQuotes('But she is very moderate," said the general.')).toBe(true);
    expect(hasUnbalancedQuotes("I am ready to run,' said Bolt.")).toBe(true);
    expect(hasUnbalancedQuotes('He said “we will win” today.')).toBe(false);
    expect(hasUnbalancedQuotes("The players' union says it doesn't agree with O'Neill's plan.")).toBe(false);
    expect(hasUnbalancedQuotes("a 'distinctive ' cartoon mask from the '90s.")).toBe(false);
    expect(hasUnbalancedQuotes('that doesn ’ t stop him, says Chevrolet ’ s boss.')).toBe(false);
  });
});

describe('Markdown and HTML-ish articles read as a reader sees them', () => {
  it('takes headings as headings, drops emphasis markers and reads bullet items as sentences', () => {
    const a = story('budget.md');
    expect(a.title).toBe('Budget 2026 at a glance');
    expect(a.text).not.toMatch(/[*#]|What the Budget means for you|^Income tax$/m);
    const body = sentences(a.text);
    expect(body).toContain('Fuel duty is frozen for another year, keeping the main rate at 52.95p a litre.');
    expect(body).toContain('Stamp duty relief for first-time buyers is extended to 2028.');
    for (const l of lines(a)) {
      expect(l).not.toMatch(/\*|^#|What the Budget means for you/);
      // A bullet list is never one key point.
      expect(l.match(/Fuel duty is frozen|state pension rises|levy applies|Stamp duty relief/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
    expect(summarizeForChat(a).tldr).toMatch(/^The Chancellor has raised the income tax personal allowance/);
  });

  it('takes the opening heading of a plain Markdown file as its headline', () => {
    const md = '# Ferry service resumes\n\nThe island ferry **resumed** sailing on Monday after a two-week strike ended.\n\n## Timetable\n\n- Sailings run every two hours\n- Fares are unchanged\n';
    const a = parseArticle(md, { id: 'f', fileName: 'f.md' });
    expect(a.title).toBe('Ferry service resumes');
    expect(sentences(a.text)).toEqual(['The island ferry resumed sailing on Monday after a two-week strike ended.', 'Sailings run every two hours.', 'Fares are unchanged.']);
    // The same text arriving as JSON or .txt is recognised as Markdown too.
    expect(parseArticle(JSON.stringify({ text: md }), { id: 'j', fileName: 'j.json' }).text).toBe(a.text);
  });

  it('reads HTML-ish text: tags dropped, entities decoded, the <h1> as headline', () => {
    const a = story('council-vote.txt');
    expect(a.title).toBe('Council votes to close two libraries');
    expect(a.text).not.toMatch(/<|&[a-z]+;/);
    const b = summarizeForChat(a);
    expect(b.tldr).toBe('Eastvale council has voted to close two of its seven libraries next year to save £400,000, despite a petition signed by more than 6,000 residents.');
    for (const l of lines(a)) expect(l).not.toMatch(/<|&[a-z]+;/);
    expect(a.text).toContain('"This is a sad day for the town," said campaign organiser Ruth Ames.');
  });

  it('leaves plain wire copy alone', () => {
    const raw = 'Headline here\n\nThe mayor said 2 * 3 is six, and the # of votes - 40 - was a record.\n\n- The count ended at midnight.';
    const a = parseArticle(raw, { id: 'p', fileName: 'p.txt' });
    expect(a.text).toContain('2 * 3 is six, and the # of votes - 40 - was a record.');
    const censored = parseArticle("Row at the counter\n\n'This b***h is pimpin now!!!' he wrote. 'I will f*****g sue this place,' she said.", { id: 'c', fileName: 'c.txt' });
    expect(censored.text).toBe("'This b***h is pimpin now!!!' he wrote. 'I will f*****g sue this place,' she said.");
  });
});

describe('datelines of other languages', () => {
  const cases: [string, string, string, number, number][] = [
    ['MADRID, 12 mar (Reuters) - El Gobierno aprobó el martes un plan de vivienda.', 'MADRID', 'Reuters', 3, 12],
    ['PARIS, 3 mars (AFP) - Le gouvernement a présenté mardi son budget.', 'PARIS', 'AFP', 3, 3],
    ['BERLIN, 5. März (Reuters) - Die Bundesregierung hat am Dienstag den Haushalt beschlossen.', 'BERLIN', 'Reuters', 3, 5],
    ['SÃO PAULO, 4 fev (Reuters) - O governo anunciou nesta terça-feira um novo plano.', 'SÃO PAULO', 'Reuters', 2, 4],
    ['ROMA, 7 gen (Reuters) - Il governo ha approvato martedì la manovra.', 'ROMA', 'Reuters', 1, 7],
    ['LISBOA, 10 out (Lusa) - O parlamento aprovou o orçamento.', 'LISBOA', 'Lusa', 10, 10],
    ['MILANO, 21 dic (Reuters) - La borsa ha chiuso in rialzo.', 'MILANO', 'Reuters', 12, 21],
  ];
  for (const [text, place, agency, month, day] of cases) {
    it(`reads "${text.slice(0, text.indexOf('-') + 1)}"`, () => {
      expect(readDateline(text)).toMatchObject({ place, agency, month, day });
      const a = parseArticle(`---\ntitle: T\npublished: 2026-05-01\n---\n${text} Es la segunda vez este año. Nadie lo esperaba así.`, { id: 'd', fileName: 'd.md' });
      expect(a.dateline).toEqual({ place, agency, date: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
      expect(a.text.startsWith(text.slice(text.indexOf('-') + 2))).toBe(true);
      expect(cleanSentence(text)).toBe(text.slice(text.indexOf('-') + 2));
    });
  }
  it('reads a place and ISO date on their own line, after a writer\'s name', () => {
    const a = parseArticle('Storm closes port\n\nJane Holt\n\nROTTERDAM 1996-08-30\n\nA storm closed the port of Rotterdam on Friday. Ships waited at sea.', { id: 'r' });
    expect(a.dateline).toEqual({ place: 'ROTTERDAM', agency: null, date: '1996-08-30' });
    expect(a.text).toMatch(/^A storm closed the port/);
  });
  it('does not take a number and a word for a date', () => {
    expect(readDateline('PARIS, 3 things (AFP) - x')).toBeNull();
  });
});

describe('on the development set', () => {
  it.skipIf(!existsSync(DEFAULT_SUMMARY_FILE))("meets the editor's checks without losing ROUGE against the lead baselines", async () => {
    const r = await evalSummary(['--resamples', '0'], () => {});
    const c = r.overall.checks;
    expect(c.longWith3 / c.long).toBeGreaterThanOrEqual(0.95);
    expect(c.tldrDangling / r.overall.n).toBeLessThanOrEqual(0.01);
    expect(c.unbalanced).toBe(0);
    for (const k of r.kinds.filter((x) => x.kind.startsWith('cnndm'))) expect(k.keyPoints[0], k.kind).toBeGreaterThanOrEqual(k.lead3[0]);
    const xsum = r.kinds.find((x) => x.kind === 'xsum');
    if (xsum) expect(xsum.tldr[0]).toBeGreaterThanOrEqual(xsum.lead1[0] + 1);
  }, 60_000);
});
