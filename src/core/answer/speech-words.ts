/**
 * The one table of words of saying (session 12; until then three lists: patterns-said.ts SAY,
 * span-news.ts SAY_VERB and grounding-reading.ts SAYING, each a part of this table).
 * REPORTING_VERBS credit words to a speaker ("..., the FDA said Wednesday", "Xi told reporters
 * that ...", "Musk tweeted: ..."); the other words only show that a sentence may give someone's
 * words ("according to", "in a statement", "he thinks").
 */

/** Verbs a reporter credits words with: the speaker stands right before them, or the words right after. */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'noted', 'added', 'expressed', 'voiced', 'stressed', 'urged', 'warned', 'called',
  'insisted', 'argued', 'claimed', 'announced', 'declared', 'tweeted', 'wrote', 'writes', 'posted',
];

/** Other verbs and nouns of saying: with one, a sentence may give someone's words. */
const OTHER_SAYING: readonly string[] = [
  'saying', 'tells', 'tell', 'adds', 'explained', 'stated', 'claims', 'admitted', 'revealed', 'according', 'described',
  'calling', 'believes', 'believed', 'thinks', 'thought', 'commented', 'joked', 'asked', 'suggested', 'replied',
  'confirmed', 'denied', 'crowed', 'captions', 'captioned', 'shares', 'shared', 'statement', 'comments', 'comment',
  'interview', 'quoted', 'predicted', 'criticised', 'criticized', 'praised', 'dismissed', 'blamed', 'vowed', 'promised',
  'hailed', 'branded', 'slammed', 'accused', 'defended', 'acknowledged', 'conceded', 'agreed', 'disagreed',
  'questioned', 'explains', 'spoke', 'speaking', 'remarked',
];

/** A reporting verb, for a pattern over a sentence's text: `(?:said|says|...)`. */
export const SAY = `(?:${REPORTING_VERBS.join('|')})`;
/** A sentence that has a reporting verb anywhere, in any case ("Zhaparov expressed ...", "He also said ..."). */
export const SAYS_WORD = new RegExp(`\\b${SAY}\\b`, 'i');
/** A token (lower case) that is a reporting verb. */
export const SAY_VERB = new RegExp(`^${SAY}$`);
/** A token (lower case) that is a verb or noun of saying: a sentence with one may give someone's words. */
export const SAYING = new RegExp(`^(?:${[...REPORTING_VERBS, ...OTHER_SAYING].join('|')})$`);
