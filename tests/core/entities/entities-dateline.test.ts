import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { extractEntities } from '../../../src/core/entities/entities.ts';
import { leadOf } from '../../../scripts/eval-entities.ts';

/** Our own story, in the shape of 1990s Reuters copy: a writer's name line, then "PLACE, Country 1996-08-30". */
const TEXT = [
  'Ingrid Halvorsen',
  'KESTRAVIK, Norway 1996-08-30',
  'Fishing crews in the harbour town voted on Friday to end a strike that had kept the fleet in port for three weeks.',
  'Union leader Sverre Nakstad said the new contract raised pay by four percent.',
  'The harbour master said the first boats would sail on Monday.',
].join('\n\n');

describe('entities of a story whose dateline the parser took out of the text', () => {
  it('lists the dateline town and the country after it as places', () => {
    const article = parseArticle(JSON.stringify({ title: 'Kestravik fishing strike ends', text: TEXT }), { id: 'kestravik', fileName: 'kestravik.json' });
    // The parser keeps the dateline aside: the entities must come from there, not the text.
    expect(article.text).not.toContain('1996-08-30');
    const e = extractEntities(article);
    expect(e.places).toEqual(expect.arrayContaining(['Kestravik', 'Norway']));
    expect(e.people.map((p) => p.name)).toContain('Sverre Nakstad');
  });
});

describe('the lead the entity eval scores', () => {
  it('is the title and the first two story paragraphs, past the writer line and the dateline', () => {
    const lead = leadOf({ id: 'x', title: 'Kestravik fishing strike ends', text: TEXT, people: [], places: [], organizations: [] });
    expect(lead).toContain('Sverre Nakstad');
    expect(lead).not.toContain('Ingrid Halvorsen');
    expect(lead).not.toContain('harbour master');
  });

  it('keeps the first two paragraphs of a story that has no dateline line', () => {
    const lead = leadOf({ id: 'y', title: 'T', text: 'First paragraph.\n\nSecond paragraph.\n\nThird.', people: [], places: [], organizations: [] });
    expect(lead).toBe('T\nFirst paragraph.\nSecond paragraph.');
  });
});
