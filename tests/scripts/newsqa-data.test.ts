/**
 * scripts/newsqa-data.ts: `entities-dev:<id>` article keys are read from entities-dev.jsonl beside
 * the summ-dev file given, as wire copy (the "MOSCOW 1996-08-30" dateline taken off the text and
 * kept); a missing file skips (undefined), an unknown key is an error. Made-up rows in a temporary
 * folder, and one check on the real data when it is on this machine.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entitiesDevFile, loadNewsQa, SUMM_DEV_FILE } from '../../scripts/newsqa-data.ts';

const question = (id: string, article: string) => JSON.stringify({ id, article, question: 'Where was the race?', answers: ['Kelby'], answerable: true });
const story = {
  id: 'made-up-001',
  title: 'Athletics - Reed Wins In Kelby.',
  text: 'Tom Harte\n\nKELBY 1996-08-30\n\nTom Reed won the Harbour Ten race in Kelby on Friday.\n\nReed, 31, trained for six months.',
  people: [['Tom Reed', 'Reed']],
  places: [['Kelby']],
  organizations: [],
};

/** A repository root holding `lines` as its news set, and a data folder with summ-dev (empty) and, if given, entities-dev rows. */
function setUp(lines: string[], entities?: object[]): { root: string; summDev: string } {
  const root = mkdtempSync(join(tmpdir(), 'newsqa-data-'));
  mkdirSync(join(root, 'tests/fixtures'), { recursive: true });
  writeFileSync(join(root, 'tests/fixtures/news-qa.jsonl'), lines.join('\n') + '\n');
  const data = join(root, 'data');
  mkdirSync(data);
  writeFileSync(join(data, 'summ-dev.jsonl'), '');
  if (entities) writeFileSync(join(data, 'entities-dev.jsonl'), entities.map((e) => JSON.stringify(e)).join('\n') + '\n');
  return { root, summDev: join(data, 'summ-dev.jsonl') };
}

describe('loadNewsQa with entities-dev stories', () => {
  it('reads an entities-dev story from the file beside summ-dev, its dateline taken off the text', () => {
    const { root, summDev } = setUp([question('q1', 'entities-dev:made-up-001')], [story]);
    const a = loadNewsQa(root, summDev)!.articles.get('entities-dev:made-up-001')!;
    expect(a.title).toBe('Athletics - Reed Wins In Kelby.');
    expect(a.dateline).toEqual({ place: 'KELBY', date: '1996-08-30', agency: null });
    expect(a.text.startsWith('Tom Reed won the Harbour Ten race')).toBe(true);
    expect(a.text).not.toContain('Tom Harte');
  });

  it('skips (undefined) when a question needs entities-dev.jsonl and it is not there', () => {
    const { root, summDev } = setUp([question('q1', 'entities-dev:made-up-001')]);
    expect(loadNewsQa(root, summDev)).toBeUndefined();
  });

  it('does not need entities-dev.jsonl when no question refers to it', () => {
    const { root, summDev } = setUp([]);
    expect(loadNewsQa(root, summDev)?.questions).toEqual([]);
  });

  it('still throws for a story the file does not hold', () => {
    const { root, summDev } = setUp([question('q1', 'entities-dev:made-up-404')], [story]);
    expect(() => loadNewsQa(root, summDev)).toThrow('news-qa: no article entities-dev:made-up-404');
  });

  it.skipIf(!existsSync(entitiesDevFile()))('reads a real 1996 Reuters story with its dateline', () => {
    const { root } = setUp([question('q1', 'entities-dev:conll-testa-006')]);
    const a = loadNewsQa(root, resolve(SUMM_DEV_FILE))!.articles.get('entities-dev:conll-testa-006')!;
    expect(a.dateline.place).toBe('MOSCOW');
    expect(a.dateline.date).toBe('1996-08-30');
    expect(a.text.startsWith('Rotor Volgograd')).toBe(true);
  });
});
