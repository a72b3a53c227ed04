/**
 * Datelines of copy written all in lower case (`beijing, feb. 6 (xinhua) --`, `london (cnn) --`):
 * read as datelines, shown on the briefing's dateline line with their capitals, and taken out of
 * the story's first sentence; cased copy and story sentences that only look like one are not.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, readDateline } from '../../../src/core/article/parse.ts';
import { summarize } from '../../../src/core/brief/summarize.ts';
import { datelineText } from '../../../src/core/message/build.ts';

const XINHUA =
  'harbin cuts its ferry fares\n\n' +
  'harbin, jan. 14 (xinhua) -- the city of harbin will cut ferry fares on the songhua river by a third from monday, jan. 14, 2027, the city government said. ' +
  'officials said the cut would cost the city about 12 million yuan a year.\n\n' +
  'the ferries carried 3.1 million passengers last year, up from 2.6 million the year before, according to the transport bureau. ' +
  'the winter service will run until the ice is too thick for the boats to pass, mayor li qiang told reporters.';

const CNN =
  'london (cnn) -- a painting stolen from a gallery in bath forty years ago has been found in a garage in leeds, police said on friday. ' +
  'the owner of the garage told officers he had bought the painting at a car boot sale in 1998 for ten pounds. ' +
  'the gallery said it would put the painting back on show in the spring after it had been cleaned and checked by experts.';

describe('lower-case datelines', () => {
  it('reads place, date and agency, giving the place and agency their capitals', () => {
    expect(readDateline('beijing, feb. 6 (xinhua) -- chinese president xi met')).toMatchObject({ place: 'Beijing', agency: 'Xinhua', month: 2, day: 6 });
    expect(readDateline('london (cnn) -- a man was')).toMatchObject({ place: 'London', agency: 'CNN', month: null });
    expect(readDateline('nairobi, kenya (cnn) -- x')).toMatchObject({ place: 'Nairobi, Kenya', agency: 'CNN' });
    expect(readDateline('rio de janeiro, march 3, 2021 (reuters) - x')).toMatchObject({ place: 'Rio de Janeiro', agency: 'Reuters', month: 3, day: 3, year: 2021 });
  });

  it('does not take story words before a dash for a dateline', () => {
    expect(readDateline('the man -- who was there -- left.')).toBeNull();
    expect(readDateline('the man (left) -- who was there -- shouted.')).toBeNull();
    expect(readDateline('we said -- and meant it -- no.')).toBeNull();
    // Cased copy is read by the wire rule alone, as before: a place must be in capitals there.
    expect(readDateline('London (CNN) -- a man was')).toBeNull();
  });

  it('puts the dateline on the briefing, with the year the story gives, and out of the first sentence', () => {
    const a = parseArticle(XINHUA, { id: 'lower-xinhua', fileName: 'lower-xinhua.txt' });
    expect(a.dateline).toEqual({ place: 'Harbin', date: '2027-01-14', agency: 'Xinhua' });
    expect(a.text.startsWith('the city of harbin will cut')).toBe(true);
    const b = summarize(a);
    expect(datelineText(b)).toBe('Harbin, 2027-01-14 (Xinhua)');
    expect(b.tldr).not.toMatch(/xinhua|--/i);
    expect(b.entities.places).toContain('Harbin');
  });

  it('reads a CNN dateline with no date', () => {
    const a = parseArticle(CNN, { id: 'lower-cnn', fileName: 'lower-cnn.txt' });
    expect(a.dateline).toEqual({ place: 'London', date: null, agency: 'CNN' });
    expect(datelineText(summarize(a))).toBe('London (CNN)');
  });
});
