/**
 * Currency words, the one table the answerer's money readers use: span bounds (core/answer/span.ts),
 * typed number spans (rules.ts), the news sum finder (span-news.ts), the "how much" sum patterns
 * (patterns-typed.ts) and the "gives no sum" check (grounding.ts). Each kept its own shorter copy
 * before, so "12 million crowns" was a sum in one place and a bare number in another. Not yet the
 * span features (sentence-facts.ts): widening them shifted the fitted answerability model (news
 * refusals 90.2% to 89.5% cross-validated), so that waits for a refit.
 */

/** Currency names, singular and plural (lower case). */
const NAMES = [
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'pence', 'penny', 'cent', 'cents',
  'yen', 'yuan', 'renminbi', 'rupee', 'rupees', 'franc', 'francs', 'crown', 'crowns', 'krona', 'kronor',
  'krone', 'kroner', 'koruna', 'rand', 'zloty', 'zlotys', 'zlotych', 'lira', 'liras', 'lire', 'peso', 'pesos',
  'rouble', 'roubles', 'ruble', 'rubles', 'won', 'dirham', 'dirhams', 'riyal', 'riyals', 'rial', 'rials',
  'shekel', 'shekels', 'ringgit', 'ringgits', 'baht', 'naira', 'shilling', 'shillings', 'forint', 'forints',
  'real', 'reais', 'rupiah', 'rupiahs', 'dinar', 'dinars', 'hryvnia', 'hryvnias', 'leu', 'lei', 'lev', 'leva',
  'taka', 'kwacha', 'cedi', 'cedis', 'dong', 'kuna', 'bitcoin', 'bitcoins',
];

/**
 * Names that are also everyday English words ("won", "real", "crown", "rand", "dong", "lev"):
 * a currency only right after a number ("3 billion won"). ("pounds" and "cents" were always read
 * as money by every old list, and stay so.)
 */
const AMBIGUOUS = new Set(['won', 'real', 'crown', 'crowns', 'rand', 'dong', 'lev', 'leu', 'lei', 'penny', 'taka']);

/** The names as a regular-expression alternation (no anchors, no flags), for longer patterns. */
export const CURRENCY_NAMES_SOURCE = [...new Set(NAMES)].sort((x, y) => y.length - x.length).join('|');

const NAME_RE = new RegExp(`^(?:${CURRENCY_NAMES_SOURCE})$`);
const AFTER_NUMBER = /\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|m|bn|k|dozen)$/i;

/** Whether a lower-case word is a currency name, whatever comes before it ("crowns", "won"). */
export function isCurrencyName(lower: string): boolean {
  return NAME_RE.test(lower);
}

/**
 * Whether a lower-case word is a currency where it stands: any name after a number ("12 million
 * crowns", "3 billion won"); away from a number only a name that is no everyday word ("kronor").
 */
export function isCurrencyWord(lower: string, previous?: string): boolean {
  if (!NAME_RE.test(lower)) return false;
  return !AMBIGUOUS.has(lower) || (previous !== undefined && AFTER_NUMBER.test(previous));
}
