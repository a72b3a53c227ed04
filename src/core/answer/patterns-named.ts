/**
 * "What is the name of the railway?" / "What is the railway called?": a thing's name, which a
 * reporter writes as capitalised words right before the thing ("the China-Kyrgyzstan-Uzbekistan
 * railway", "the Golden Gate bridge") or after "called" / "named" / "dubbed" ("a smoothie called
 * The Sexton on Wheels"). People are left to roleName (patterns-typed.ts: "bus driver John Smith"):
 * a word for a person ("driver", "daughter") never takes a name before it ("the Stagecoach bus
 * driver" does not name the driver), so such questions are not read here.
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { isStop } from './spans.ts';
import { isLowerCaseCopy } from './news-copy.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';
import { DEMONYMS, MONTH_AND_DAY_NAMES } from '../entities/gazetteer.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { PERSONLIKE } from './person-words.ts';

const ASKED = /^what\s+(?:is|was)\s+the\s+(?:name\s+of\s+the\s+([a-z-]+(?:\s+[a-z-]+)?)|([a-z-]+(?:\s+[a-z-]+)?)\s+(?:called|named))\s*\??$/;
/** One capitalised word of a name (or a number: "the 2022 Games"). */
const WORD = String.raw`[\p{Lu}\d][\p{L}\d'’.&-]*`;

/** The name the question asks for, from the best-covered sentences that name the thing; null when the question is not this shape or no sentence names it. */
export function namedThing(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = ASKED.exec(q.trim().replace(/^W/, 'w'));
  if (!m || isLowerCaseCopy(prep)) return null;
  const thing = (m[1] ?? m[2]).trim();
  const head = thing.split(/\s+/).pop()!;
  if (PERSONLIKE.test(head) || isStop(head)) return null;
  const before = new RegExp(String.raw`((?:${WORD}\s+){0,3}${WORD})\s+${esc(thing)}s?\b`, 'gu');
  const after = new RegExp(String.raw`\b${esc(thing)}s?,?\s+(?:called|named|dubbed|known as)\s+["“]?((?:the\s+|The\s+)?(?:${WORD}\s+){0,3}${WORD})`, 'gu');
  // The thing's word as part of the name itself: "the Great Hall of the People", "Belt and Road Initiative".
  const cap = thing.split(/\s+/).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  // (Not inside a longer name that goes on: "the Department of Forestry and Fire Protection" names no fire.)
  const inside = new RegExp(String.raw`((?:${WORD}\s+(?:(?:and|of|the)\s+)?){1,4})${esc(cap)}s?((?:\s+of(?:\s+the)?(?:\s+${WORD}){1,3})?)(?![\p{L}\d]|\s+\p{Lu})`, 'gu');
  const says = new RegExp(String.raw`\b${esc(thing)}s?\b`, 'i');
  for (const r of ranked) {
    const text = prep.sentences[r.sentence].text;
    if (r.coverage === 0 || !says.test(text)) continue;
    for (const x of text.matchAll(after)) return { text: x[1].replace(/[.,;:"”]+$/, ''), sentence: r.sentence, kind: 'role' };
    // The thing written in lower case after its name comes first: "The Mayacamas fire" over "Cal Fire".
    for (const x of text.matchAll(before)) {
      // Words that only open the sentence or say where or when ("The railway", "Chinese railway", "Monday's").
      const words = x[1].split(/\s+/).filter((w, k) => !(k === 0 && isStop(w.toLowerCase())));
      if (words.length === 0) continue;
      if (words.every((w) => PLACE_LOOKUP.has(w) || DEMONYMS[w] !== undefined || MONTH_AND_DAY_NAMES.has(w) || isStop(w.toLowerCase()))) continue;
      return { text: `${words.join(' ')} ${thing}`, sentence: r.sentence, kind: 'role' };
    }
    for (const x of text.matchAll(inside)) {
      // "(Cal Fire)": the short name of the body just named, not a fire's name.
      if (text[x.index - 1] === '(') continue;
      const words = x[1].trim().split(/\s+/).filter((w, k) => !(k === 0 && isStop(w.toLowerCase())));
      if (words.length && !words.every((w) => isStop(w.toLowerCase()))) return { text: `${words.join(' ')} ${cap}${x[2]}`.trim(), sentence: r.sentence, kind: 'role' };
    }
  }
  return null;
}
