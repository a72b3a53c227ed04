/**
 * Wire agencies and broadcasters, one table for the two readers that know them: a dateline's
 * tag (`beijing, feb. 6 (xinhua) --`, src/core/article/lower-dateline.ts) and organisations
 * recognised by name alone in running text (KNOWN_ORGS, src/core/entities/gazetteer.ts).
 */

/** An agency as it writes its name, and whether running text names it as an organisation by name alone. */
export interface NewsAgency {
  name: string;
  /**
   * In KNOWN_ORGS. The others are read only as a dateline's tag: adding one to KNOWN_ORGS
   * changes entity extraction and truecasing (several are also words: "spa", "wam", "ani"),
   * so measure with `npm run eval -- entities truecase` first.
   */
  knownOrg: boolean;
}

const KNOWN = ['CNN', 'Reuters', 'AP', 'AFP', 'Xinhua', 'BBC', 'TASS', 'Kyodo', 'Yonhap', 'Bloomberg'];
const TAG_ONLY = [
  'UPI', 'EFE', 'dpa', 'ANSA', 'Lusa', 'IANS', 'PTI', 'ANI', 'CNNMoney', 'CNBC', 'AAP', 'Anadolu', 'Interfax', 'Bernama', 'Antara',
  'WAM', 'KUNA', 'SPA', 'MENA',
];

/** Every agency whose tag ends a dateline. */
export const NEWS_AGENCIES: readonly NewsAgency[] = [
  ...KNOWN.map((name) => ({ name, knownOrg: true })),
  ...TAG_ONLY.map((name) => ({ name, knownOrg: false })),
];
