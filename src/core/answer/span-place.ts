/**
 * "Where will the house be auctioned?" over "will be auctioned on April 30 at the County Ground in
 * Bristol": the span model picks the town ("Bristol"), but a reporter's "where" is the whole
 * setting the preposition of place opens: "the County Ground in Bristol", "a car park in
 * Leicester", "the roof of the British embassy in Berlin". A where-question's span that is the
 * town after "in" of such a setting grows back to the setting's start. Reads the chosen sentence
 * only, cased or not.
 */
import type { QuestionInfo } from './question-type.ts';
import type { SpanRange } from './span-names.ts';
import { isDateWord } from './dates.ts';
import { Cls, type Token } from './spans.ts';

/** Prepositions that open a setting. */
const OPENS_SETTING = /^(?:at|in|on|from|near|outside|inside|into|onto|off|to)$/;
/** Word classes a setting's noun phrase is made of (articles, adjectives, nouns, names, numbers). */
const NP = new Set<number>([Cls.Det, Cls.Adj, Cls.Noun, Cls.Cap, Cls.Num, Cls.Other]);
/** Longest setting before the town, in tokens. */
const MAX_SETTING = 9;

/** Is token t part of a setting's noun phrase ("the", "parking", "lot", "of", "a", "chinese", "restaurant", "'s")? */
function inSetting(t: Token, terms: ReadonlySet<string>): boolean {
  if (terms.has(t.stem) || isDateWord(t.text)) return false;
  if (t.lower === 'of' || t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '&') return true;
  return t.isWord && NP.has(t.cls) && !/^(?:this|that|these|those|which|who|where|when|it|he|she|they)$/.test(t.lower);
}

/** "Where is Rojer from?" asks a home town; "Where was the plane coming back from?" (a verb before "from") a setting. */
function homeAsked(q: string): boolean {
  const m = /^where\s+(?:is|are|was|were)\s+(.*?)\s*\bfrom\s*\??$/i.exec(q.trim());
  return m !== null && !m[1].split(/\s+/).some((w) => /\p{Ll}(?:ing|ed)$/u.test(w));
}

/**
 * The setting a where-question's town span [i, j] ends ("in X" after "at <setting>"), or null. A
 * span that already is the whole setting ("the County Ground in Bristol") is returned as it is,
 * so that the answer keeps it (span-bounds.ts otherwise cuts a where-span to the name after "in").
 */
export function settingOfPlace(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  // ("Where is it based / headquartered?" and "Where is X from?" ask for the town itself.)
  // ("... towed from?", "... coming back from?" ask for a setting: only "Where is X from?" asks a home town.)
  if (info.wh !== 'where' || /\b(?:based|headquartered)\s*\??$/i.test(q) || homeAsked(q) || /\b(?:come|comes|came|hail|hails|hailed)\s+from\s*\??$/i.test(q) || i < 1) return null;
  // The "in" before the town: inside the span with a short town after it, or right before the span.
  let at = -1;
  for (let m = j - 1; m > i && m >= j - 4; m--) if (toks[m].lower === 'in') at = m;
  if (at < 0) {
    if (toks[i - 1].lower !== 'in') return null;
    at = i - 1;
  }
  if (j - at > 4 || !toks.slice(at + 1, j + 1).every((t) => t.isWord || t.text === ',')) return null;
  const terms = new Set(info.terms);
  let k = at - 1;
  while (k >= 0 && at - 1 - k < MAX_SETTING && inSetting(toks[k], terms)) k--;
  // The setting opens with a preposition of place and holds a noun of its own ("the County Ground", not "at 3pm").
  if (k < 0 || k === at - 1 || !OPENS_SETTING.test(toks[k].lower)) return null;
  const setting = toks.slice(k + 1, at);
  if (!setting.some((t) => t.cls === Cls.Noun || t.cls === Cls.Cap || t.cls === Cls.Other) || setting.every((t) => t.cls === Cls.Num || t.cls === Cls.Det)) return null;
  return [k + 1, j];
}

/** Nouns that place something by another place ("the coast of Mexico", "the outskirts of Lyon"). */
const BY_PLACE = /^(?:coast|coasts|outskirts|edge|shore|shores|banks?|suburbs|centre|center|heart|north|south|east|west|northeast|northwest|southeast|southwest|tip|mouth)$/;
/** Prepositions a reporter opens such a place with ("off the coast of", "on the outskirts of"). */
const OPENS_BY_PLACE = /^(?:off|on|in|at|near|along|to)$/;

/**
 * "Where did the ship run aground?" over "ran aground off the coast of mexico": a where-span that
 * is the place after "<preposition> the coast / outskirts / edge ... of" grows back to the
 * preposition ("off the coast of mexico"): the coast is where, not the country.
 */
export function placeByPlace(info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (info.wh !== 'where' || i < 3 || toks[i - 1].lower !== 'of' || !BY_PLACE.test(toks[i - 2].lower)) return null;
  let k = i - 2;
  if (/^(?:the|its|their)$/.test(toks[k - 1]?.lower ?? '')) k--;
  if (k > 0 && OPENS_BY_PLACE.test(toks[k - 1].lower)) k--;
  return [k, j];
}
