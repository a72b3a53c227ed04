/**
 * Words and their opposites, the one list the answerability model reads ("begin" asks the
 * opposite of a sentence that says "end"): WordNet 3.1's antonym pointers (antonyms-table.ts,
 * generated) plus a hand list of what WordNet lacks or words only as adjectives (superlatives,
 * comparatives, prepositions, verbs of change). Matched by stem, with "earliest" / "larger" also
 * read as "early" / "large". Until session 8 answerable.ts kept a second, separate hand list.
 */
import { WORDNET_ANTONYMS } from './antonyms-table.ts';
import { stem } from './spans.ts';
import { wordPairs } from './word-pairs.ts';

/** The hand list: opposites WordNet does not give as antonym pointers, or gives only for another part of speech. */
export const HAND_OPPOSITES =
  'before:after earliest:latest earlier:later early:late largest:smallest biggest:smallest highest:lowest most:least more:less more:fewer ' +
  'oldest:newest oldest:youngest older:younger older:newer old:new longest:shortest long:short strongest:weakest strong:weak best:worst better:worse ' +
  'first:last begin:end beginning:end start:end start:finish win:lose won:lost victory:defeat rise:fall rose:fell increase:decrease ' +
  'above:below inside:outside over:under upper:lower major:minor ally:enemy allies:enemies ' +
  'north:south east:west northern:southern eastern:western success:failure successful:unsuccessful ' +
  'open:closed opened:closed accept:reject accepted:rejected allow:ban allowed:banned attack:defend attacked:defended ' +
  'support:oppose supported:opposed same:different';

/** Opposite stems by stem; `hand` holds only the hand list's. */
function table(lists: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const list of lists) {
    for (const [a, b] of wordPairs(list)) {
      for (const [x, y] of [
        [a, b],
        [b, a],
      ]) {
        const s = stem(x);
        let set = out.get(s);
        if (!set) out.set(s, (set = new Set()));
        set.add(stem(y));
      }
    }
  }
  return out;
}
const ALL = table([WORDNET_ANTONYMS, HAND_OPPOSITES]);
const HAND = table([HAND_OPPOSITES]);

/** Stems of a word and of its plain form without a comparative/superlative ending ("earliest" -> "earli", "early"). */
export function oppositeKeys(lower: string): string[] {
  const out = [stem(lower)];
  const m = /^(\w+?)(iest|ier|est|er)$/.exec(lower);
  if (m && lower.length > 5) {
    const [, base, end] = m;
    if (end.startsWith('i')) out.push(stem(`${base}y`));
    else {
      out.push(stem(base), stem(`${base}e`));
      if (/(\w)\1$/.test(base)) out.push(stem(base.slice(0, -1)));
    }
  }
  return out;
}

/** The stems opposite to a word (all of its oppositeKeys); `handOnly` reads the hand list alone. */
export function oppositeStems(lower: string, handOnly = false): string[] {
  const t = handOnly ? HAND : ALL;
  return oppositeKeys(lower).flatMap((k) => [...(t.get(k) ?? [])]);
}
