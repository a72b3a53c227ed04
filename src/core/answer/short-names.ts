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
  return q.replace(CLIPPED, (word) => {
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
