/**
 * A clipped name in the question ("What did the Fed do?") spelt out as the article writes it
 * ("The U.S. Federal Reserve held ..."): the question's capitalised word of three to five letters
 * after "the" (an institution's short name: "the Fed", "the Met"; not "the Middle East") that
 * the article never uses, when exactly one name of the article (two or more capitalised
 * words) begins with a longer word that starts with it and is a common word of its own
 * ("Federal", "Metropolitan"), so a person's name is not read into a company's ("Sam" is not
 * "Samsung Electronics").
 */
import { isCommonWord } from './pos.ts';
import type { PreparedArticle } from './prepare.ts';
import { monthIndex } from '../text/calendar-words.ts';

const CLIPPED = /(?<=\b[Tt]he\s)\p{Lu}\p{Ll}{2,4}\b(?!\s+\p{Lu})/gu;

/** Weekdays written short ("Thurs"); months written short are monthIndex's. Dates, not clipped names. */
const WEEKDAY_SHORT = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/;

export function spellOutClippedNames(q: string, prep: PreparedArticle): string {
  if (prep.lowerCase) return q;
  return spellOutAcronyms(q, prep).replace(CLIPPED, (word) => {
    if (monthIndex(word) >= 0 || WEEKDAY_SHORT.test(word)) return word;
    const used = new RegExp(`\\b${word}\\b`, 'u');
    if (prep.sentences.some((s) => used.test(s.text))) return word;
    const names = new Set<string>();
    const re = new RegExp(`\\b(${word}\\p{Ll}+)(\\s+\\p{Lu}[\\p{L}'’-]*)`, 'gu');
    for (const s of prep.sentences) {
      for (const m of s.text.matchAll(re)) if (isCommonWord(m[1].toLowerCase())) names.add(`${m[1]}${m[2]}`);
    }
    return names.size === 1 ? [...names][0] : word;
  });
}

/** A continent's or an ocean's adjective, which names institutions as a people's does ("European Central Bank"). */
const CONTINENTAL = /^(?:European|African|Asian|American|Arab|Pacific|Atlantic|Nordic|Latin|Caribbean|Mediterranean|Baltic|Gulf)$/;

/** An acronym of two to six capitals ("NHTSA", "UN"), "s" of a plural allowed. */
const ACRONYM = /\b\p{Lu}{2,6}\b/gu;
/** A run of capitalised words, joined by at most one small word ("Department of Health and Human Services"). */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|on|the|de)\s+)?\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * "When did the NHTSA open its investigation?" read as "... the National Highway Traffic Safety
 * Administration ..." when the article never writes the acronym and exactly one name of the
 * article spells it with the initials of its capitalised words, each a common word of its own
 * ("National", "Highway": an institution's name, not a person's: "Emily Unger" is no "EU").
 */
function spellOutAcronyms(q: string, prep: PreparedArticle): string {
  return q.replace(ACRONYM, (acronym) => {
    const used = new RegExp(`\\b${acronym}s?\\b`, 'u');
    if (prep.sentences.some((s) => used.test(s.text))) return acronym;
    const names = new Set<string>();
    for (const s of prep.sentences) {
      for (const m of s.text.matchAll(NAME_RUN)) {
        const words = [...m[0].matchAll(/\S+/gu)].map((w) => w[0]);
        const caps = words.map((w, k) => ({ w, k })).filter(({ w }) => /^\p{Lu}/u.test(w));
        for (let i = 0; i + acronym.length <= caps.length; i++) {
          const part = caps.slice(i, i + acronym.length);
          if (part.map(({ w }) => w[0]).join('') !== acronym) continue;
          // (A continent's adjective too: the "European" of "European Central Bank" for "ECB".)
          if (!part.every(({ w }) => /^\p{Lu}\p{Ll}+$/u.test(w) && (isCommonWord(w.toLowerCase()) || CONTINENTAL.test(w)))) continue;
          // A sentence's first word is capitalised for the sentence ("Unlike States ..." is no "US").
          if (m.index === 0 && part[0].k === 0) continue;
          names.add(words.slice(part[0].k, part[part.length - 1].k + 1).join(' '));
        }
      }
    }
    return names.size === 1 ? [...names][0] : acronym;
  });
}
