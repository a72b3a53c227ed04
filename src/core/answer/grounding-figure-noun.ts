/**
 * An amount bound to another thing. "How much did fuel costs rise?" over "... reported a net profit
 * of 212 million euros, ... as strong bookings offset higher fuel costs"; "How much was the luxury
 * car worth?" over "Ortega steered more than $12 million in contracts to developers who paid for
 * his vacations, a luxury car and renovations": the sentence names the thing asked, but its figure
 * is written as another thing's ("a profit of ...", "... in contracts"), far from the thing asked.
 */
import { isStop, stem, tokenize, type Token } from './spans.ts';
import { isCurrencyWord } from '../text/currency-words.ts';

/** "How much did fuel costs rise?", "How much was the luxury car worth?": the thing asked and its head. */
const THING_ASKED = /^\s*[Hh]ow\s+much\s+(?:did|does|do|was|were|is|are|will|would|could|has|have|had)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?((?:\p{Ll}+\s+){0,2}\p{Ll}+)\s+\p{Ll}+\s*\??\s*$/u;
/** Words after "a" / "the" that are no noun of their own. */
const NOT_NOUN = /^(?:total|further|additional|extra|record|estimated|reported|net|gross|annual|combined)$/;
/** Figure units and qualifiers that stand between a figure and its noun; currencies are currency-words.ts's ("marks" is none there). */
const UNIT_WORD = /^(?:\d[\d,.]*%?|[$€£¥]|million|billion|trillion|thousand|percent|per|marks?|up|to|about|around|nearly|almost|more|than|over|some|roughly)$/i;
const isUnit = (toks: readonly Token[], k: number): boolean => UNIT_WORD.test(toks[k].text) || isCurrencyWord(toks[k].lower, toks[k - 1]?.lower);

/** The noun the figure at token `f` is written as ("profit" in "a net profit of 212 million", "contracts" in "$12 million in contracts"), or null. */
function figureNoun(toks: readonly Token[], f: number): Token | null {
  let a = f;
  while (a > 0 && isUnit(toks, a - 1)) a--;
  if (toks[a - 1]?.lower === 'of' && toks[a - 2]?.isWord && !isStop(toks[a - 2].lower) && !NOT_NOUN.test(toks[a - 2].lower)) return toks[a - 2];
  let b = f;
  while (b + 1 < toks.length && isUnit(toks, b + 1)) b++;
  if (/^(?:in|of)$/.test(toks[b + 1]?.lower ?? '') && toks[b + 2]?.isWord && !isStop(toks[b + 2].lower) && /^\p{Ll}/u.test(toks[b + 2].text)) return toks[b + 2];
  return null;
}

/** Why the amount `answer` from `sentence` is another thing's than the one asked, or null. */
export function figureOfAnotherThing(question: string, sentence: readonly Token[], answer: string): string | null {
  const thing = THING_ASKED.exec(question)?.[1];
  if (!thing || !/\d/.test(answer)) return null;
  const head = stem(thing.split(/\s+/).pop() as string);
  const h = sentence.findIndex((t) => t.stem === head);
  if (h < 0) return null;
  const first = tokenize(answer).find((t) => /\d/.test(t.text));
  const f = first ? sentence.findIndex((t) => t.text === first.text) : -1;
  if (f < 0 || Math.abs(h - f) <= 6) return null;
  const noun = figureNoun(sentence, f);
  if (!noun) return null;
  const asked = new Set(tokenize(question).map((t) => t.stem));
  return asked.has(noun.stem) ? null : `gives the amount of ${noun.lower}, not of the ${thing}`;
}
