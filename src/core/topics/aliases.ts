/**
 * Names that mean the same thing in the news ("US", "U.S.", "United States"), and the short
 * acronyms a user may type in lowercase ("us" for the country: nobody follows the pronoun).
 * Data only; kept short on purpose: each entry must be unambiguous in news text ("America" is
 * not here: it is also the continent).
 */

/** Groups of interchangeable names, first the usual one. */
export const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['US', 'USA', 'United States', 'United States of America'],
  ['UK', 'United Kingdom', 'Britain', 'Great Britain'],
  ['UN', 'United Nations'],
  ['EU', 'European Union'],
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
  ['IMF', 'International Monetary Fund'],
  ['WHO', 'World Health Organization', 'World Health Organisation'],
  ['WTO', 'World Trade Organization', 'World Trade Organisation'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['UAE', 'United Arab Emirates'],
  ['USSR', 'Soviet Union'],
  ['Russia', 'Russian Federation'],
  ['Czech Republic', 'Czechia'],
  ['Netherlands', 'Holland'],
  ['Ivory Coast', "Cote d'Ivoire"],
  ['Myanmar', 'Burma'],
];

/** Acronyms written in lowercase by a user that still mean the organisation or country. */
export const LOWERCASE_ACRONYMS: ReadonlySet<string> = new Set(
  ALIAS_GROUPS.flat()
    .filter((n) => /^[A-Z]{2,5}$/.test(n))
    .map((n) => n.toLowerCase()),
);
