/**
 * "Where was Lakhvi released from?", "Where was Lewis smuggling cocaine from?": a reporter writes
 * the place after "from" right behind the deed ("released early friday from a jail in the pakistani
 * city of rawalpindi"), so the answer is that phrase, in the sentence that says the deed of the
 * person asked about - not a day or another word of the sentence.
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { afterSubject, sameVerb } from './asked-verb.ts';
import { COUNTRIES, DEMONYMS } from '../entities/gazetteer.ts';
import { KIND_WORDS } from './grounding-context.ts';

const ASKS_FROM = /^where (?:is|was|are|were|did|does|do|has|have|had) (.+?) from\s*\??$/i;
/** Words that end the place phrase: the next clause or attribution. */
const PHRASE_END = /[,;:.!?]|\s(?:according|after|before|when|while|because|but|and then|on|to|for)\s/i;

/** The place after "from" behind the deed asked about (see the file comment), or null. */
export function whereFrom(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = ASKS_FROM.exec(q.trim());
  if (!m) return null;
  const words = m[1].split(/\s+/);
  // The subject: its capitalised words (or "the ..." up to the verb); the deed: the first word after them.
  const k = afterSubject(words);
  const subject = words.slice(0, k).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/['’]s$/u, '').toLowerCase());
  const verb = words[k]?.toLowerCase();
  if (!verb || subject.length === 0) return null;
  for (const r of ranked) {
    if (r.coverage < 0.5) continue;
    const s = prep.sentences[r.sentence];
    if (!subject.every((w) => s.text.toLowerCase().includes(w))) continue;
    const at = s.tokens.findIndex((t) => t.isWord && sameVerb(t.lower, verb));
    if (at < 0) continue;
    // "from" within a few words after the deed ("released early friday from ...").
    const from = s.tokens.findIndex((t, j) => j > at && j <= at + 6 && t.lower === 'from');
    if (from < 0) continue;
    const rest = s.text.slice(s.tokens[from].end).trim();
    const end = rest.search(PHRASE_END);
    const text = (end > 0 ? rest.slice(0, end) : rest).trim();
    if (text.split(/\s+/).length >= 1 && text.length >= 3) return { text, sentence: r.sentence, kind: 'role' };
  }
  return null;
}

const ASKS_NATIONALITY = /^what (?:is|was) the nationality of (.+?)\s*\??$|^what nationality (?:is|was|are|were) (.+?)\s*\??$/i;
/** Lower-case peoples' names ("american") to the form the gazetteer lists ("American"). */
const PEOPLES = new Map(Object.keys(DEMONYMS).map((p) => [p.toLowerCase(), p]));
/** One-word country names, lower case ("ghana"). */
const COUNTRY_WORDS = new Set(COUNTRIES.filter((c) => !c.includes(' ')).map((c) => c.toLowerCase()));

/**
 * "What nationality was Ahmed Farouq?": the people's name a reporter writes beside the person
 * ("farouq -- an american -- died", "the Belgian striker Luc Mertens", "Mertens, a Belgian,"):
 * within three words of the surname, in a sentence that names them (any case).
 */
export function nationality(q: string, prep: PreparedArticle): PatternResult | null {
  const m = ASKS_NATIONALITY.exec(q.trim());
  const who = m?.[1] ?? m?.[2];
  const name = who?.split(/\s+/).pop()?.replace(/['’]s$/u, '').toLowerCase();
  if (!name) return null;
  for (let k = 0; k < prep.sentences.length; k++) {
    const toks = prep.sentences[k].tokens;
    const at = toks.findIndex((t) => t.lower === name);
    if (at < 0) continue;
    // Nearest first, the words before the name before those after it ("Ghana striker Kwame Mensah
    // from Belgian side Genk" is Ghanaian); a country's name written before a role counts as its
    // people's ("Ghana striker").
    const order = [at - 1, at - 2, at - 3, at + 1, at + 2, at + 3, at + 4].filter((j) => j >= 0 && j < toks.length);
    for (const j of order) {
      if (PEOPLES.has(toks[j].lower)) return { text: toks[j].text, sentence: k, kind: 'role' };
      if (j < at && COUNTRY_WORDS.has(toks[j].lower) && /^\p{Ll}/u.test(toks[j + 1]?.text ?? '')) return { text: toks[j].text, sentence: k, kind: 'role' };
    }
  }
  return null;
}

const ASKS_BASED = /^where (?:is|are|was|were) (.+?) (?:based|headquartered)\s*\??$/i;
/** Words that open the noun phrase before a place ("runs the waterloo, australia-based company"). */
const PHRASE_START = /^(?:the|a|an|its|his|her|their|our|this|that|of|by|for|in|at|with|from|and|runs?|ran|owns?|owned|is|was|are|were)$/i;

/**
 * Does the story's lead (its first two sentences' first eight words) name the subject? (Kin of
 * grounding-context.ts storySubject's lead test, kept apart: that one asks for one capitalised
 * token of the owner's stem in the first six tokens; this one for every word of a lower-cased
 * subject as written, in copy of any case: one test for both would read other leads.)
 */
function leadOpensOn(prep: PreparedArticle, subject: readonly string[]): boolean {
  return prep.sentences.slice(0, 2).some((s) => {
    const opening = s.text.toLowerCase().split(/\s+/).slice(0, 8).join(' ');
    return subject.every((w) => opening.includes(w));
  });
}

/**
 * "Where is Keas based?": a reporter writes the place as a prefix of the name ("San
 * Francisco-based Keas", "the waterloo, australia-based company positive dog care", "London-based
 * lender X"), so the answer is the words before "-based", in a sentence that names the subject
 * within a few words after it.
 */
export function whereBased(q: string, prep: PreparedArticle): PatternResult | null {
  const m = ASKS_BASED.exec(q.trim());
  if (!m) return null;
  const subject = m[1].replace(/^(?:the|a|an)\s+/i, '').toLowerCase().split(/\s+/).filter(Boolean);
  if (subject.length === 0) return null;
  for (let k = 0; k < prep.sentences.length; k++) {
    const text = prep.sentences[k].text;
    for (const x of text.matchAll(/((?:[\p{L}.'’]+,?\s+){0,2}[\p{L}.'’]+)-based\b/gu)) {
      // The subject's words within six words after "-based" ("San Francisco-based Keas (pronounced ...").
      const after = text.slice(x.index + x[0].length).toLowerCase().split(/\s+/).slice(0, 7).join(' ');
      // ("the Frankfurt-based airline said": a kind's word for the one the lead opens on.)
      const kind = KIND_WORDS.test(after.trim().split(/\s+/)[0]?.replace(/[^a-z]/g, '') ?? '') && leadOpensOn(prep, subject);
      if (!kind && !subject.every((w) => after.includes(w))) continue;
      const words = x[1].split(/\s+/);
      let a = 0;
      for (let j = 0; j < words.length - 1; j++) if (PHRASE_START.test(words[j].replace(/,$/, ''))) a = j + 1;
      const place = words.slice(a).join(' ').replace(/,$/, '');
      if (place.length >= 2) return { text: place, sentence: k, kind: 'role' };
    }
  }
  return null;
}
