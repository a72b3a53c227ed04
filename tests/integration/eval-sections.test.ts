/**
 * Issue #17 item 9: `npm run eval` with no arguments runs every section whose data is here,
 * and on a fresh clone (no ../shared/data) says in one line per section where the data comes from.
 * Several named sections run in one call; an unknown name is refused before anything runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEval, SECTIONS } from '../../scripts/eval-sections.ts';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-eval-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Our own small stories with their names marked, in the shape of entities-dev.jsonl (for the topics section). */
const MARKED_STORIES = [
  {
    id: 's1',
    title: 'Harbour council approves new ferry route',
    text: 'PORTVILLE, May 2 - The Portville harbour council on Tuesday approved a ferry route to Eastwick, mayor Ana Ruiz said.\n\nRuiz said the first boats would sail in June. The Harbour Ferry Company will run six crossings a day.',
    people: [['Ana Ruiz', 'Ruiz']],
    places: [['Portville', 'PORTVILLE'], ['Eastwick']],
    organizations: [['Harbour Ferry Company']],
  },
  {
    id: 's2',
    title: 'Rail strike halts trains across Westland',
    text: 'LONDON, May 3 - Train drivers in Westland walked out on Wednesday, union leader Tom Hale said.\n\nThe Drivers Union said talks with Westland Rail had failed. Hale said the strike would last two days.',
    people: [['Tom Hale', 'Hale']],
    places: [['Westland'], ['LONDON']],
    organizations: [['Drivers Union'], ['Westland Rail']],
  },
  {
    id: 's3',
    title: 'Orchard growers report early apple harvest',
    text: 'VALLEYTON, May 4 - Apple growers around Valleyton began picking two weeks early, grower Maria Lind said.\n\nThe Valley Growers Association blamed the warm spring. Lind said prices could fall.',
    people: [['Maria Lind', 'Lind']],
    places: [['Valleyton', 'VALLEYTON']],
    organizations: [['Valley Growers Association']],
  },
  {
    id: 's4',
    title: 'City library extends weekend opening hours',
    text: 'NORTHBY, May 5 - The Northby city library will open on Sundays from June, librarian Sam Ortiz said.\n\nThe Northby Council approved the budget on Monday. Ortiz said four staff would be hired.',
    people: [['Sam Ortiz', 'Ortiz']],
    places: [['Northby', 'NORTHBY']],
    organizations: [['Northby Council']],
  },
  {
    id: 's5',
    title: 'Tram depot roof carries solar panels',
    text: 'SOUTHPORT, May 6 - The Southport tram depot now carries 900 solar panels, engineer Lena Voss said.\n\nSouthport Transit said the panels cover a third of the depot power. Voss said a second roof would follow.',
    people: [['Lena Voss', 'Voss']],
    places: [['Southport', 'SOUTHPORT']],
    organizations: [['Southport Transit']],
  },
];

async function evalRun(argv: string[], dataDir: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runEval(argv, { out: (s) => (out += s), err: (s) => (err += s), dataDir });
  return { code, out, err };
}

describe('npm run eval', () => {
  it('without the development data, says where it comes from, one line per section, and exits non-zero', async () => {
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    const r = await evalRun([], empty);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(Object.keys(SECTIONS).length);
    for (const l of lines) expect(l).toMatch(/^eval \w+: .* is not here\. The development data is not part of this repository: it sits beside the checkout in \.\.\/shared\/data/);
    const one = await evalRun(['summary'], empty);
    expect(one.code).toBe(1);
    expect(one.err.trim().split('\n')).toHaveLength(1);
    expect(one.err).toContain('npm run eval -- summary <file.jsonl>');
  });

  it('refuses an unknown section name in one line before any section runs', async () => {
    const some = path.join(tmp, 'refuse');
    fs.mkdirSync(some);
    fs.copyFileSync(path.resolve(import.meta.dirname, '../fixtures/summ-sample.jsonl'), path.join(some, SECTIONS.summary.file));
    for (const argv of [['summary', 'qa3', 'topics'], ['summary', 'topics', 'qa3']]) {
      const r = await evalRun(argv, some);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toBe(`eval: "qa3" is not a section (sections: ${Object.keys(SECTIONS).join(', ')})${argv[1] === 'topics' ? '; a file goes with one section: npm run eval -- summary [file]' : ''}\n`);
    }
    // One section and a word that is neither a file nor a section.
    const r = await evalRun(['newsqa', 'qa3'], some);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('no file qa3, and "qa3" is not a section');
  });

  it('runs several named sections one after another in one call, each under its own heading', async () => {
    const some = path.join(tmp, 'two');
    fs.mkdirSync(some);
    fs.copyFileSync(path.resolve(import.meta.dirname, '../fixtures/summ-sample.jsonl'), path.join(some, SECTIONS.summary.file));
    fs.writeFileSync(path.join(some, SECTIONS.topics.file), MARKED_STORIES.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = await evalRun(['summary', 'topics', '--resamples', '0'], some);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const summaryAt = r.out.indexOf('# eval summary');
    const topicsAt = r.out.indexOf('# eval topics');
    expect(summaryAt).toBeGreaterThanOrEqual(0);
    expect(topicsAt).toBeGreaterThan(summaryAt);
    // Each section's own output sits under its heading.
    expect(r.out.slice(summaryAt, topicsAt)).toMatch(/Summary evaluation: 5 articles/);
    expect(r.out.slice(topicsAt)).toMatch(/topics: \d+ story-topic pairs from 5 stories/);
  }, 120_000);

  it('with no section, runs every section whose data is here', async () => {
    const some = path.join(tmp, 'some');
    fs.mkdirSync(some);
    fs.copyFileSync(path.resolve(import.meta.dirname, '../fixtures/summ-sample.jsonl'), path.join(some, SECTIONS.summary.file));
    const r = await evalRun(['--resamples', '0'], some);
    expect(r.code).toBe(0);
    expect(r.out).toContain('# eval summary');
    expect(r.out).toMatch(/Summary evaluation: 5 articles/);
    // qa's data is not in this folder: said in one line, the run goes on.
    expect(r.err.trim()).toMatch(/^eval qa: .*qa-dev\.jsonl is not here\./);
  });
});
