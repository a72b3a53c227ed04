/**
 * One table of news agencies (src/core/entities/news-agencies.ts) serves the lower-case
 * dateline reader and the gazetteer's KNOWN_ORGS. Sharing it changed neither: every agency the
 * dateline reader knew is still read from a tag with its spelling, and KNOWN_ORGS holds the
 * same agencies it held (the wire tags it did not hold, like "spa" and "wam", stay out of it).
 */
import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/core/article/parse.ts';
import { KNOWN_ORGS } from '../../../src/core/entities/gazetteer.ts';

/** The dateline reader's agencies as they were listed before the table was shared. */
const DATELINE_AGENCIES = [
  'CNN', 'Reuters', 'AP', 'AFP', 'Xinhua', 'UPI', 'BBC', 'EFE', 'dpa', 'ANSA', 'Lusa', 'Kyodo', 'Yonhap', 'TASS', 'IANS', 'PTI',
  'ANI', 'Bloomberg', 'CNNMoney', 'CNBC', 'AAP', 'Anadolu', 'Interfax', 'Bernama', 'Antara', 'WAM', 'KUNA', 'SPA', 'MENA',
];
/** Those of them KNOWN_ORGS held. */
const IN_KNOWN_ORGS = ['Xinhua', 'Reuters', 'AP', 'AFP', 'Bloomberg', 'CNN', 'BBC', 'TASS', 'Kyodo', 'Yonhap'];

describe('news agencies, one table', () => {
  it('reads every agency of a lower-case dateline with its own spelling', () => {
    for (const a of DATELINE_AGENCIES) {
      expect(readDateline(`cairo (${a.toLowerCase()}) -- the talks ended`)?.agency).toBe(a);
    }
    expect(readDateline('cairo (aljazeera) -- the talks ended')).toBeNull();
  });

  it('keeps KNOWN_ORGS to the agencies it knew by name alone', () => {
    for (const a of DATELINE_AGENCIES) expect(KNOWN_ORGS.has(a)).toBe(IN_KNOWN_ORGS.includes(a));
    for (const o of ['Associated Press', 'Agence France-Presse', 'NATO', 'Google', 'MailOnline']) expect(KNOWN_ORGS.has(o)).toBe(true);
    expect(KNOWN_ORGS.size).toBe(66);
  });
});
