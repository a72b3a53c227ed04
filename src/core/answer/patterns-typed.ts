/**
 * Typed news answers read from the sentence's shape, used by patterns.ts (and by grounding.ts for
 * its conflicts): a role's holder by name ("attorney Edward Fradkin" for "Sorrentino's lawyer"),
 * and a sum of money of the kind asked ("a massive £20,000 fine"). (The verb a question asks
 * about, and its forms, are asked-verb.ts.)
 */
import type { PreparedArticle } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { isStop, type Token } from './spans.ts';
import { nearestToDistinct } from './span-news.ts';
import { sameVerb } from './asked-verb.ts';
import { isLowerCaseCopy, isNewsCopy } from './news-copy.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { CURRENCY_NAMES_SOURCE } from '../text/currency-words.ts';
import { isDateWord } from './dates.ts';
import { identifiedAs, listFrom, pluralKind, subjectOfRole } from './patterns-holders.ts';
import { PERSONLIKE } from './person-words.ts';
import { NAME_PARTICLE_ALT } from '../text/name-particles.ts';
import { isDemonym } from '../entities/gazetteer.ts';
import { wordTable } from '../text/word-table.ts';
import { QUALIFIER } from './patterns-words.ts';
import { YEAR_IN_TEXT } from '../text/years.ts';
export { subjectList } from './patterns-holders.ts';

/** What a pattern found: an answer and its sentence, or a refusal with the closest passage. */
export interface PatternResult {
  /** The answer text, or null: the article does not say (the sentence is the closest passage). */
  text: string | null;
  /** Index into PreparedArticle.sentences. */
  sentence: number;
  kind: 'age' | 'count' | 'measure' | 'unique' | 'score' | 'position' | 'duration' | 'role' | 'relative' | 'reason' | 'yesno' | 'said';
}

/** The capitalised words a question gives after its first word, without a possessive "'s" ("What team does Hamilton drive for?" -> Hamilton). */
export function namesAsked(q: string): string[] {
  return [...q.trim().matchAll(/(?<=\s)[\p{Lu}][\p{L}'’-]{2,}/gu)].map((x) => x[0].replace(/['’]s$/u, ''));
}

/** Other words a reporter uses for a role asked about ("Sorrentino's lawyer" -> "attorney Edward Fradkin"). */
const ROLE_SAME: Record<string, string> = wordTable({
  lawyer: 'lawyer|attorney|counsel|solicitor|barrister',
  attorney: 'attorney|lawyer|counsel',
  spokesman: 'spokesman|spokeswoman|spokesperson',
  spokesperson: 'spokesperson|spokesman|spokeswoman',
  boss: 'boss|manager|head coach|chief executive',
});
/** Bodies whose names may open with their own kind's word ("University College London", "Hospital Sant Pau"). */
const BODY_WORD = /^(?:university|college|hospital|school|institute|museum|bank|church|academy|foundation|library|airport)$/;
const ROLE_STOP = /^(of|for|at|in|on|to|from|with|who|that|which|when|and|during|after|before|since)$/i;
// (A surname's particle stands inside: "Marcelo Rebelo de Sousa", "Joost van Dijkman".)
const CAP_NAME = `((?:[\\p{Lu}][\\p{L}'’.-]*)(?:\\s+(?:(?:${NAME_PARTICLE_ALT})\\s+)?[\\p{Lu}][\\p{L}'’.-]*){0,2})`;

/**
 * "Who is Sorrentino's lawyer?", "What is the name of Neymar's sister?", "Which lawmaker asked
 * about UFOs?", "Who was Japan's Defense Minister in 2007?": the name written right after the role
 * ("attorney Edward Fradkin", "sister Rafaella", "then-Defense Minister Shigeru Ishiba"), in a
 * sentence that holds every name and number the question gives besides the role. A former holder
 * ("then-", "former") answers only a question with a year.
 */
export function roleName(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = /^(?:(?:who|whom) (?:is|was|are|were)|what (?:is|was|are|were) the names? of|(which))\s+(.+)$/i.exec(q.trim().replace(/[?!.\s]+$/u, ''));
  if (!m) return null;
  const words = m[2].split(/\s+/);
  let k = 0;
  if (/^(the|a|an)$/i.test(words[k] ?? '')) k++;
  const named = k > 0 || words.slice(0, 4).some((w) => /['’]s$/u.test(w));
  // "Which other region ...?": "other" says which one is not meant, it is no role ("one other Welsh region").
  if (m[1] && /^(?:other|another)$/i.test(words[k] ?? '')) k++;
  const context: string[] = [];
  let possessor: string[] | undefined;
  // The possessor: "Neymar's", "River Plate's".
  const pos = words.findIndex((w, j) => j >= k && j < k + 4 && /['’]s$/u.test(w));
  if (pos >= 0) {
    // Of a possessor's name only the last word must be near ("Daniel Ramos's lawyer" over "ramos and his lawyer, ...").
    possessor = words.slice(k, pos + 1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/['’]s$/u, ''));
    context.push(words[pos].replace(/['’]s$/u, ''));
    k = pos + 1;
  }
  // The role: up to three words before a preposition or clause ("which" asks with one noun).
  let end = k;
  while (end < words.length && end < k + (m[1] ? 1 : 3) && !ROLE_STOP.test(words[end])) end++;
  const role = words.slice(k, end);
  // Leading names before a lower-case role word are context: "the BFI chief executive", "the Ospreys head coach".
  const qualifiers: string[] = [];
  while (role.length > 1 && /^\p{Lu}/u.test(role[0]) && role.slice(1).some((w) => /^\p{Ll}/u.test(w))) {
    qualifiers.push(role[0]);
    context.push(role.shift()!);
  }
  if (role.length === 0 || !role.some((w) => /^\p{Ll}/u.test(w) || /^(President|Minister|Secretary|Governor|Mayor|Chancellor|Director|Chairman)$/.test(w))) return null;
  for (const w of words.slice(end)) if (/^\p{Lu}/u.test(w) || /^\d{4}$/.test(w)) context.push(w.replace(/['’]s$/u, ''));
  const year = words.slice(end).some((w) => /^\d{4}$/.test(w));
  // "the president of Petrobras": the holder must be written near that name, not any president in the sentence.
  const ofRole = /^of$/i.test(words[end] ?? '') ? words.slice(end + 1, end + 5).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/['’]s$/u, '')) : [];
  const ofRoleOrNull = ofRole.length ? ofRole : null;
  const last = role[role.length - 1].toLowerCase();
  const head = (ROLE_SAME[last] ?? esc(last)).split('|').map(caseless).join('|');
  // The role in any case ("Defense Minister", "Head Coach"), the name capitalised: no 'i' flag.
  const rolePat = [...role.slice(0, -1).map((w) => caseless(esc(w))), `(?:${head})`].join('[\\s-]+');
  // Stories that reach us in lower case ("commission president michael picker") write names in lower case too.
  const lower = isLowerCaseCopy(prep);
  const nameRe = lower ? LOW_NAME : CAP_NAME;
  // ("Which lifeboat ...?" over "Criccieth RNLI Lifeboat, North Wales Police and paramedics": after one
  // thing asked by "which", a comma starts the list's next item, not the thing's name; "Which
  // hostages ...?" over "two hostages, Warren Weinstein ... and Giovanni Lo Porto" is a list of them.)
  const re = new RegExp(`(^|\\s|-|former\\s)(?:${rolePat})s?${m[1] && !/s$/.test(last) ? '' : ',?'}\\s+${nameRe}`, 'gu');
  // The name before its role, in apposition: "Anika Khan, Wells Fargo Securities senior economist,"
  // (not a new clause: "near Brest, and a woman died" names no woman).
  const appo = new RegExp(`${nameRe},\\s+(?!(?:and|or|but|while|when|as|after|before)\\s)(?:[^,.;:"“”]{0,60}?\\s)?(?:${rolePat})s?\\b`, 'gu');
  const identRe = new RegExp(`(?:^|[,;:]\\s+)(?:[Tt]he\\s+)?(?:${rolePat})\\s+(?:was|were|is|are|has been|have been|had been)\\s+(?:(?:officially|formally|later|publicly|since|now)\\s+)?(?:identified|named)\\s+(?:[\\p{L}.]+\\s+){0,4}?as\\s+${nameRe}`, 'u');
  // One regex per context word, not per sentence tried; any dash matches any dash ("7-Eleven", "7‑eleven").
  const contextRe = new Map(context.map((c) => [c, new RegExp(`\\b${esc(c.slice(0, Math.max(4, c.length - 2))).replace(/[-‐‑‒–]/g, '[-‐‑‒–]')}`, 'i')]));
  const has = (k: number, c: string) => k >= 0 && k < prep.sentences.length && contextRe.get(c)!.test(prep.sentences[k].text);
  let first: PatternResult | null = null;
  // "What is the name of the cat?" in a lower-case story: where only common words stand after the role.
  const asksName = /\bnames? of\b/i.test(m[0]);
  let common: number | undefined;
  for (const r of ranked) {
    // Every name and year the question gives, in the sentence or the one beside it ("asked about UFOs").
    if (context.length ? !context.every((c) => has(r.sentence, c) || has(r.sentence - 1, c) || has(r.sentence + 1, c)) : r.coverage < 0.3) continue;
    const t = prep.sentences[r.sentence].text;
    for (const x of t.matchAll(re)) {
      // "deputy governor X" is not the governor; "district attorney X" is nobody's lawyer.
      if (otherRank(t.slice(Math.max(0, x.index - 14), x.index + x[1].length), role)) continue;
      // "Who is the City manager?" over "Rovers manager Helen Murray said": another name qualifies the role.
      if (qualifiers.length && qualifiedByAnother(t.slice(0, x.index + x[1].length), qualifiers, prep)) continue;
      if (ofRoleOrNull && !ofRoleOrNull.some((c) => near(t, x.index, x.index + x[0].length, c))) continue;
      const before = t.slice(Math.max(0, x.index - 8), x.index + x[1].length);
      const former = /(then-|former\s|ex-)$/i.test(before);
      if (!year && former) continue;
      if (isStop(x[2].split(/\s+/)[0].toLowerCase())) continue;
      // "ramos and his lawyer, gloria allred": the role is someone else's than the possessor asked about.
      if (possessor && !ownedBy(t.slice(Math.max(0, x.index - 40), x.index + x[1].length), possessor)) continue;
      // "the victim, identified Monday as Jonathan Camilien"; "Which charities ...?": the whole list (patterns-holders.ts).
      const at = x.index + x[0].length - x[2].length;
      // "Which university ...?" over "University College London": a body's word written with a
      // capital before a name is the name's first word, not a title.
      const bodyWord = !lower && BODY_WORD.test(last) && /^\p{Lu}/u.test(t.slice(x.index + x[1].length, at).trim()) ? `${t.slice(x.index + x[1].length, at).trim().replace(/,$/, '')} ` : '';
      const taken = identifiedAs(t, at) ?? (lower ? cleanName(x[2], asksName) : bodyWord + x[2].replace(/[.,;:]+$/, ''));
      if (taken === '') common ??= r.sentence;
      const given = taken && (subjectOfRole(q, t, x.index + x[1].length, taken) ?? taken);
      const name = given && m[1] && pluralKind(last) ? (listFrom(t, at, given) ?? given) : given;
      if (!name) continue;
      // "Who is the Kyrgyz president?" over "Chinese President Xi Jinping ... Kyrgyz President Sadyr
      // Zhaparov": a holder whose role is qualified by a name the question gives comes first (and,
      // for a question with a year, a former holder).
      const lead = t.slice(Math.max(0, x.index - 40), x.index + x[1].length).split(/\s+/).slice(-4).join(' ');
      const found = { text: name, sentence: r.sentence, kind: 'role' as const };
      if ((year && former) || context.some((c) => /^\p{Lu}/u.test(c) && lead.toLowerCase().includes(c.toLowerCase().slice(0, Math.max(4, c.length - 2))))) return found;
      first ??= found;
    }
    // "Who was the pilot?" over "The pilot was identified as Martin Halvorsen, 61, of Reno": the
    // role's holder given by name later in the clause (the role the sentence's subject).
    if (!first && !m[1] && named) {
      const x = identRe.exec(t);
      const name = x && (lower ? cleanName(x[1], asksName) : x[1].replace(/[.,;:]+$/, ''));
      if (x && name && !otherRank(t.slice(Math.max(0, x.index - 14), x.index + 20), role)) return { text: name, sentence: r.sentence, kind: 'role' };
    }
    // (Only a person is asked for by apposition: "Which campaign group ...?" is not "Liz Walke, from the campaign group".)
    // (And only a role the question names as one: "the senior economist at ...", "Sorrentino's lawyer", not "hired to be ...".)
    // (News copy only: encyclopaedia text strings appositions of another kind, "Genghis Khan, the grandfather of ...".)
    // (And a person: asked "Who ...?" or for a word for one; "What is the name of the hall?" over "the
    // Olympic Winter Games, at the Great Hall of the People" names no hall.)
    if (first || common !== undefined || m[1] || !named || !(lower || isNewsCopy(prep, false)) || !(/^who/i.test(q.trim()) || PERSONLIKE.test(last))) continue;
    for (const x of t.matchAll(appo)) {
      // An apposition holds no verb ("sao paulo, brazil (cnn) police have arrested the treasurer"),
      // nor a relative clause ("Sadyr Zhaparov, who came to China for the opening ceremony" names no ceremony).
      const gap = x[0].slice(x[1].length);
      if (/\b(has|have|had|is|are|was|were|will|said|says|who|whom|which|that)\b|\b\p{L}{3,}ed\b/iu.test(gap.replace(/\bbased\b/gi, ''))) continue;
      if (otherRank(x[0], role) || (ofRoleOrNull && !ofRoleOrNull.some((c) => near(t, x.index, x.index + x[0].length, c)))) continue;
      const name = cleanName(x[1], asksName);
      // "Stacie Temple, a spokeswoman for Missouri's secretary of state": the name holds another role, for or to the one asked.
      if (name && /\s(?:for|to)\s/i.test(gap)) continue;
      // "Muriel Pratcher, Pratcher's mother," / "his stepbrother, Brandon Young, a ride home from his
      // girlfriend's house": asked for Kelly's mother or girlfriend, the role is another's.
      if (name && possessor?.length && !ownedBy(gap.replace(/[\p{L}-]+s?$/u, ''), possessor)) continue;
      if (name) return { text: name, sentence: r.sentence, kind: 'role' };
      if (name === '') common ??= r.sentence;
    }
  }
  // Only common words where a name would stand: the story does not name them.
  return first ?? (common !== undefined ? { text: null, sentence: common, kind: 'role' } : null);
}

/**
 * "Who is the City manager?" answered "Helen Murray" from "Rovers manager Helen Murray said": the
 * role written right before the answer is qualified by another name than the question's. Why the
 * sentence cannot answer, or null.
 */
export function roleOfAnother(q: string, prep: PreparedArticle, sentence: number, answer: string): string | null {
  const m = /^(?:[Ww]ho|[Ww]hom) (?:is|was) the ((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})\s*\??$/u.exec(q.trim());
  const text = prep.sentences[sentence]?.text;
  if (!m || !text || !answer) return null;
  const at = text.indexOf(answer);
  if (at < 0) return null;
  const role = m[2].split(/\s+/);
  const head = role[role.length - 1].toLowerCase();
  const before = text.slice(0, at).replace(/\s+$/, '');
  const roleAt = before.toLowerCase().lastIndexOf(head.slice(0, Math.max(4, head.length - 2)));
  // (The role must stand right before the answer: "Rovers manager Helen Murray".)
  if (roleAt < 0 || !/^\p{L}*$/u.test(before.slice(roleAt))) return null;
  const qualifiers = m[1].trim().split(/\s+/);
  return qualifiedByAnother(before.slice(0, roleAt), qualifiers, prep) ? `is another's ${head}` : null;
}

/**
 * Does a capitalised name other than the question's stand right before the role ("Rovers manager"
 * asked about City's; "Arsenal's manager")? The sentence's first word, capitalised anyway, counts
 * only when the story writes it with a capital mid-sentence too ("Harbour Rovers moved ...").
 */
function qualifiedByAnother(before: string, qualifiers: readonly string[], prep: PreparedArticle): boolean {
  const m = /(?:^|\s)(\p{Lu}[\p{L}'’.-]*?)(?:['’]s?)?\s*$/u.exec(before);
  if (!m) return false;
  const word = m[1];
  if (/^(?:the|a|an|former|then|new|acting|interim|mr|mrs|ms|dr)$/i.test(word)) return false;
  if (qualifiers.some((q) => word.toLowerCase().startsWith(q.toLowerCase().slice(0, Math.max(4, q.length - 2))) || q.toLowerCase().startsWith(word.toLowerCase()))) return false;
  // (A sentence's first word is capitalised anyway: it is a name when the story writes it so mid-sentence too.)
  if (before.trimStart().startsWith(word) && before.slice(0, m.index).trim() === '') {
    const mid = new RegExp(`\\s${esc(word)}\\b`, 'u');
    return prep.sentences.some((x) => mid.test(x.text));
  }
  return true;
}

/** Rank words that make a role another one: a deputy governor is not the governor. */
const RANK = /(?:^|[\s-])(deputy|assistant|vice|associate|acting|interim|district|under)[\s-]+\S*$/i;

/** Does a rank word the question does not give stand right before the role ("deputy governor")? */
function otherRank(text: string, role: readonly string[]): boolean {
  const head = role[role.length - 1].toLowerCase();
  const at = text.toLowerCase().lastIndexOf(head.slice(0, Math.max(4, head.length - 2)));
  const m = RANK.exec(at > 0 ? text.slice(0, at + head.length) : text);
  // ("District Judge Helen Marsh" is the judge; a district attorney is no one's lawyer.)
  if (m?.[1].toLowerCase() === 'district' && !/^(?:attorney|lawyer|counsel|solicitor)$/.test(head)) return false;
  return m !== null && !role.some((w) => w.toLowerCase() === m[1].toLowerCase());
}

/** Is the name written as the role's owner: within the match or just before it ("Petrobras president X"), or "of"/"at" it right after? */
function near(text: string, from: number, to: number, name: string): boolean {
  const n = name.toLowerCase().slice(0, Math.max(4, name.length - 2));
  if (text.slice(Math.max(0, from - 16), to).toLowerCase().includes(n)) return true;
  return new RegExp(`^[^.;]{0,12}?\\b(?:of|at|for)\\s[^.;]{0,45}?${esc(n)}`, 'i').test(text.slice(to, to + 70));
}

/**
 * "Who is the governor of Sistan-Baluchestan?" over "Ali Asghar Mirshekari, the deputy governor of
 * ...": the role the question names stands in the text only with a rank word it does not give.
 */
export function onlyOtherRank(question: string, text: string): boolean {
  const m = /^[Ww]ho (?:is|was) (?:the |[\p{Lu}][\p{L}'’-]*['’]s )?((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)\b/u.exec(question.trim());
  if (!m) return false;
  const words = m[1].split(/\s+/);
  const cut = words.findIndex((w) => ROLE_STOP.test(w));
  const role = cut < 0 ? words : words.slice(0, cut);
  if (role.length === 0) return false;
  const head = role[role.length - 1];
  const re = new RegExp(`\\b${esc(head)}s?\\b`, 'gi');
  const at = [...text.matchAll(re)];
  return at.length > 0 && at.every((x) => otherRank(text.slice(Math.max(0, x.index - 14), x.index + x[0].length), role));
}

/**
 * Whose role is it, by the words before it: "his lawyer" belongs to the name just before "his"
 * ("ramos and his lawyer"), "Y's lawyer" to Y; anything else is taken as the possessor's.
 */
function ownedBy(before: string, possessor: readonly string[]): boolean {
  // Any word of the possessor's name ("Kublai had his grandfather ..." for "Kublai Khan's grandfather").
  const ps = possessor.map((w) => w.toLowerCase().slice(0, Math.max(4, w.length - 2)));
  const isOwner = (w: string) => ps.some((p) => w.startsWith(p));
  const words = before.toLowerCase().split(/\s+/).filter(Boolean);
  const k = words.findIndex((w, j) => j >= words.length - 3 && (/^(his|her|their|its)$/.test(w) || /['’]s$/u.test(w)));
  if (k < 0) {
    // "Brightwell chief executive Tomas Ekberg" for "Who is Corvane's chief executive?": a name
    // written right before the role is its owner (a people's adjective too: "Kyrgyz President" is
    // Kyrgyzstan's, so the first four letters decide).
    const cased = before.split(/\s+/).filter(Boolean);
    // (Not a name set off by a comma: "lawmaker Antonio Inoki, Defense Minister Gen Nakatani".)
    const raw = cased[cased.length - 1] ?? '';
    const last = raw.replace(/[^\p{L}-]/gu, '');
    // (A people's adjective opening the sentence owns the role too: "Belgian coach Wilfried Van Moer said ...".)
    if ((cased.length < 2 && !isDemonym(last)) || /[,;:.)"”]$/.test(raw) || !/^\p{Lu}\p{Ll}/u.test(last) || isStop(last.toLowerCase()) || /^(?:Former|Then|Acting|Interim|Deputy|Chief|Senior|Group|Company|Executive)$/.test(last)) return true;
    return possessor.some((p) => p.slice(0, 4).toLowerCase() === last.slice(0, 4).toLowerCase());
  }
  if (/['’]s$/u.test(words[k])) return isOwner(words[k]);
  const owner = words.slice(Math.max(0, k - 3), k).filter((w) => !/^(and|with|,)$/.test(w));
  // A pronoun before it ("Kublai Khan, yet he placed his grandfather ...") may stand for the possessor.
  return owner.length === 0 || owner.some((w) => isOwner(w.replace(/[^\p{L}]/gu, '')) || /^(he|she|they|who)$/.test(w));
}

/** Two or three words taken for a name in a lower-case story (cleanName trims what is not). */
const LOW_NAME = "((?:[\\p{L}][\\p{L}'’.-]*)(?:\\s+[\\p{L}][\\p{L}'’.-]*){1,2})";
/** Words that border a name without being part of it ("said laura gordon", "michael picker said"). */
const NOT_NAME = /^(said|says|told|added|according|and|but|then|while|when|as|by|with|the|a|an|his|her|their|its|of|to|in|on|at|for|from|who|was|is|has|had)$/i;

/** A name as found, without the words around it; null when nothing name-like is left. */
function cleanName(raw: string, named = false): string | null {
  const words = raw.replace(/[.,;:]+$/, '').split(/\s+/);
  while (words.length && NOT_NAME.test(words[0])) words.shift();
  while (words.length && NOT_NAME.test(words[words.length - 1])) words.pop();
  // (Asked for a name, words the truecaser left all in lower case are common ones, no name:
  // "social media", "away", "five cabin attendants" for "What is the name of the cat / son / pilot?".)
  if (words.length >= 1 && words.every((w) => !isStop(w.toLowerCase()))) return !named || words.some((w) => /^\p{Lu}/u.test(w)) ? words.join(' ') : '';
  // "richard pepler after an introduction": the name ends before the small word, when the words
  // before it, two or more, are ones the truecaser gave capitals (a name, not "inside" or "ajar"; no weekday).
  const cut = words.findIndex((w) => isStop(w.toLowerCase()));
  const head = words.slice(0, cut);
  return head.length >= 2 && head.every((w) => /^\p{Lu}/u.test(w) && !isDateWord(w)) ? head.join(' ') : null;
}

/** A pattern's letters in either case ("[dD][eE]..."), for a regex that must stay case-sensitive elsewhere. */
function caseless(pattern: string): string {
  return pattern.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
}

/** Tokens [a, b] covering characters [start, end) of a sentence, or null. */
function tokenSpan(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  const a = tokens.findIndex((t) => t.start >= start);
  let b = -1;
  tokens.forEach((t, k) => t.end <= end && (b = k));
  return a >= 0 && b >= a ? [a, b] : null;
}

/** A price of one unit right after a sum ("$34 a share", "£5 per person", "each"). */
const PER_UNIT = /^\s*(?:a|per)\s+(?:share|head|person|ticket|item|night|month|year|week|day)\b|^\s*each\b/i;
/** A rate of time right after a sum ("a day", "per year"). */
const PER_TIME = /^\s*(?:a|per)\s+(?:day|week|month|year|night|hour)\b/i;
/** Verbs of a sale, each saying the price of the others. */
const SALE = /^(?:pay|pays|paid|paying|buy|buys|bought|buying|acquire|acquires|acquired|acquiring|sell|sells|sold|selling|sign|signs|signed|signing)$/;
/** A question that asks a price of one unit itself. */
const UNIT_ASKED = /\b(?:share|shares|each|per|a head|a night|a month|a year|a week|a day|ticket|person)\b/i;

/** Words that make "how much" a question about money. */
export const MONEY_ASKED = /\b(fine|fined|signed|cost|costs|pay|paid|paying|pays|price|worth|spend|spent|raise|raised|charge|charged|salary|wage|fee|earn|earned|earns|sell|sold|buy|bought|award|awarded|compensation|bail|bond|budget|invest|invested|donate|donated|owe|owed|penalty|penalties|damages)\b/i;
/** A sum of money as written: "£20,000", "$1.5 million", "300 euros", "12 million crowns", "up to £1,500". */
const MONEY = `(${QUALIFIER}(?:[$£€]\\s?\\d[\\d,.]*(?:\\s?(?:million|billion|bn|m|k)\\b)?|\\d[\\d,.]*(?:\\s(?:million|billion))?\\s(?:${CURRENCY_NAMES_SOURCE})\\b))`;

/**
 * "How much could Qantas be fined?": the sum of money in the sentence that shares most of the
 * question ("a massive £20,000 fine"), not another number beside it ("eight landing slots").
 */
export function money(q: string, info: QuestionInfo, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  // "How big is the penalty?" asks for a sum as "how much" does.
  if (!(info.wh === 'how much' || /^how (?:big|large|high|heavy)\b/i.test(q.trim())) || !MONEY_ASKED.test(q)) return null;
  const asked = MONEY_ASKED.exec(q)![1].toLowerCase();
  // The words that say what was paid for ("the google chromecast", "hbo now"), not the kind of sum.
  const subject = info.terms.filter((t) => !MONEY_ASKED.test(t) && !sameVerb(t, asked));
  // "How much did Rangers pay?" over the lead's "signed X for a club record fee of 14 million pounds"
  // and a later "the 12 million pounds Rangers paid Leicester City for Flo in 2000": in news copy a
  // sentence dated by a year the question does not give tells of another deal; it is read last.
  // (A sale said by another of its verbs covers the asked one: "signed ... for a fee of" is what was paid.)
  const sold = SALE.test(asked) ? (r: { sentence: number }) => subject.length > 0 && prep.sentences[r.sentence].tokens.some((t) => SALE.test(t.lower)) && subject.every((w) => prep.sentences[r.sentence].tokens.some((t) => t.stem === w)) : () => false;
  const covered = (r: { sentence: number; coverage: number }) => r.coverage >= 0.3 || sold(r);
  if (isNewsCopy(prep, false) && !YEAR_IN_TEXT.test(q)) {
    const dated = (r: { sentence: number }) => (YEAR_IN_TEXT.test(prep.sentences[r.sentence].text) ? 1 : 0);
    ranked = ranked.filter(covered).sort((a, b) => dated(a) - dated(b));
  } else ranked = ranked.filter((r) => r.coverage >= 0.3);
  for (const r of ranked) {
    // The sum must be of the kind asked: a box-office total does not answer "how much did it cost".
    // (A price is said by any verb of a sale: "How much is X paying for Y?" over "agreed to buy Y for $2.1 billion".)
    const sale = SALE.test(asked);
    if (!prep.sentences[r.sentence].tokens.some((t) => sameVerb(t.lower, asked) || (sale && SALE.test(t.lower)))) continue;
    const s = prep.sentences[r.sentence];
    // ... and of the thing asked about: "How much does HBO Now cost?" is not answered by a sentence
    // that prices other devices and never names it.
    if (subject.length && !s.tokens.some((t) => subject.includes(t.stem))) continue;
    // Several sums ("£450 for adults and £120 for children"): the one nearest the words that tell them apart.
    // "How much is Brightwell paying for Corvane?" is the whole price: "$34 a share" prices one share.
    const perUnit = (end: number) => !UNIT_ASKED.test(q) && PER_UNIT.test(s.text.slice(end));
    const every = [...s.text.matchAll(new RegExp(MONEY, 'gi'))];
    const matches = every.filter((m) => !perUnit(m.index + m[0].length));
    // "could cost the airline up to 40 million euros a day": a sum that is only given per unit of
    // time is the answer, with its rate ("a day").
    const rate = matches.length === 0 ? every.map((m) => [m, PER_TIME.exec(s.text.slice(m.index + m[0].length))] as const).find(([, r]) => r) : undefined;
    if (rate) return { text: `${rate[0][1].trim()}${rate[1]![0].trimEnd()}`, sentence: r.sentence, kind: 'count' };
    if (matches.length === 0) continue;
    const sums = matches.map((m) => tokenSpan(s.tokens, m.index + m[0].length - m[1].trimStart().length, m.index + m[0].length));
    const found = sums.filter((x): x is [number, number] => x !== null);
    if (found.length > 1) {
      // "a massive £20,000 fine, that's more than AU $38,000": the sum the asked noun follows is that thing.
      const named = found.find(([, b]) => s.tokens[b + 1] && sameVerb(s.tokens[b + 1].lower, asked));
      if (named) return { text: s.text.slice(s.tokens[named[0]].start, s.tokens[named[1]].end).trim(), sentence: r.sentence, kind: 'count' };
      // (The asked word, "cost", is said of every sum: only the subject's words tell them apart.)
      const [a, b] = nearestToDistinct(s.tokens, found, new Set(subject.length ? subject : info.terms));
      return { text: s.text.slice(s.tokens[a].start, s.tokens[b].end).trim(), sentence: r.sentence, kind: 'count' };
    }
    const m = matches[0];
    if (m) return { text: m[1].trim(), sentence: r.sentence, kind: 'count' };
  }
  return null;
}
