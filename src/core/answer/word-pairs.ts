/**
 * Word lists written as "a:b c:d" (opposites: the WordNet table and the hand list in opposites.ts),
 * read in order.
 */

/** The pairs of a space-separated list of `a:b` entries, in the list's order. */
export function wordPairs(list: string): [string, string][] {
  return list.split(' ').map((pair) => {
    const [a, b] = pair.split(':');
    return [a, b];
  });
}
