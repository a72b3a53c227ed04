/**
 * The kinds of the names an article's sentences hold (person, place, organisation), from the
 * briefing's own entity finder (src/core/entities), computed once per prepared article and only
 * when a question asks for a kind of name. `spanKind` tells what kind of name a candidate answer
 * is: the kind of the names that make it up, or null when it is anything else ("Wilders' party",
 * "the VVD leader", a lower-case phrase, a name the finder does not know).
 */
import type { Article } from '../types.ts';
import { rankedEntities, type RankedEntity } from '../entities/entities.ts';
import { COMPANY_SUFFIXES, FIRST_NAMES, PLACE_LOOKUP, ROLE_NOUNS } from '../entities/lexicon.ts';
import { KNOWN_ORGS, MONTH_AND_DAY_NAMES, ORG_HEADS, TITLE_WORDS } from '../entities/gazetteer.ts';
import { CLUB_LAST_WORDS, WORDNET_ORGS } from '../entities/org-lexicon.ts';
import { STOPWORDS } from '../text/text.ts';
import type { PreparedArticle } from './prepare.ts';
import type { Token } from './spans.ts';
import type { NameKind } from './asked-kind.ts';

/** One name in a sentence: character range in the prepared sentence's text, its kind, and whether the kind is beyond doubt. */
interface KindedName {
  start: number;
  end: number;
  kind: NameKind;
  clear: boolean;
}

const cache = new WeakMap<PreparedArticle, KindedName[][]>();

/** Words after a name that make it a body's name ("Ford Motor", "John Lewis Partnership", "Dyson shares"). */
const BODY_AFTER = /^\s+(?:company|firm|group|shares|stock|club|team|brand|stores?|motors?|partnership)\b/i;
/** First words of places' names ("West Linn", "La Rochelle", "New Paltz"), never a clear person's. */
const PLACE_FIRST = new Set(['North', 'South', 'East', 'West', 'New', 'Port', 'Fort', 'Mount', 'Lake', 'San', 'Santa', 'St', 'St.', 'Saint', 'La', 'Le', 'Las', 'Los', 'El', 'Al', 'Upper', 'Lower', 'Great', 'Little', 'Old']);
const PRONOUN = /\b(?:he|she|his|her|him)\b/i;

/**
 * A person's name is clear when the story gives it in full, with a first name the finder knows,
 * a role or a he/she in a sentence naming them, and never as (part of) a body's or a place's
 * name ("Ford Motor" beside "Ford", "John Lewis Partnership").
 */
function clearPerson(e: RankedEntity, prep: PreparedArticle, others: ReadonlySet<string>, whole: string): boolean {
  const words = e.name.split(' ');
  if (words.length < 2 || PLACE_FIRST.has(words[0]) || words.some((w) => others.has(w.toLowerCase()))) return false;
  const said = e.mentions.some((m) => PRONOUN.test(prep.sentences.find((s) => s.from === 'body' && s.index === m.sentence)?.text ?? ''));
  if (!FIRST_NAMES.has(words[0]) && e.role === null && !said) return false;
  const re = new RegExp(`${e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=(\\s+\\S+))`, 'gi');
  for (let m = re.exec(whole); m; m = re.exec(whole)) {
    const next = m[1].trim();
    if (ORG_HEADS.has(next) || COMPANY_SUFFIXES.has(next) || BODY_AFTER.test(m[1])) return false;
  }
  return true;
}

/** A place or body is clear when the gazetteer lists the place, or the body's name says what it is ("... Party", "... United", "IBM"). */
function clearBody(e: RankedEntity): boolean {
  if (e.type === 'place') return PLACE_LOOKUP.has(e.name);
  const last = e.name.split(' ').at(-1) ?? '';
  return KNOWN_ORGS.has(e.name) || WORDNET_ORGS.has(e.name) || ORG_HEADS.has(last) || COMPANY_SUFFIXES.has(last) || CLUB_LAST_WORDS.has(last) || /^\p{Lu}{2,5}$/u.test(e.name);
}

/** Every occurrence of `name` in `text` as a whole word, case ignored. */
function occurrences(text: string, name: string): [number, number][] {
  const out: [number, number][] = [];
  const low = text.toLowerCase();
  const n = name.toLowerCase();
  for (let at = low.indexOf(n); at >= 0; at = low.indexOf(n, at + 1)) {
    const before = at > 0 ? low[at - 1] : ' ';
    const after = low[at + n.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push([at, at + n.length]);
  }
  return out;
}

/** The names of each prepared sentence with their kinds (body sentences; a caption's have none). */
export function sentenceNames(article: Article, prep: PreparedArticle): KindedName[][] {
  const hit = cache.get(prep);
  if (hit) return hit;
  const out: KindedName[][] = prep.sentences.map(() => []);
  const whole = prep.sentences.map((s) => s.text).join(' ');
  const entities = rankedEntities(article);
  const others = new Set(entities.filter((e) => e.type !== 'person').flatMap((e) => e.name.toLowerCase().split(' ')));
  for (const e of entities) {
    const clear = e.type === 'person' ? clearPerson(e, prep, others, whole) : clearBody(e);
    for (const m of e.mentions) {
      const k = prep.sentences.findIndex((s) => s.from === 'body' && s.index === m.sentence);
      if (k >= 0) for (const [start, end] of occurrences(prep.sentences[k].text, m.text)) out[k].push({ start, end, kind: e.type, clear });
    }
  }
  cache.set(prep, out);
  return out;
}

/**
 * What kind of name tokens i..j of sentence k are: every capitalised word of the span lies in a
 * name of one kind and every other word is a small word ("the", "of"). Null otherwise.
 */
export function spanKind(article: Article, prep: PreparedArticle, k: number, tokens: readonly Token[], i: number, j: number): { kind: NameKind; clear: boolean } | null {
  // (A span with no capitalised word is no name: the article's names are not read for it.)
  let capital = false;
  for (let t = i; t <= j && !capital; t++) capital = tokens[t]?.isWord === true && /^\p{Lu}/u.test(tokens[t].text) && !MONTH_AND_DAY_NAMES.has(tokens[t].text);
  if (!capital) return null;
  const names = sentenceNames(article, prep)[k];
  if (!names || names.length === 0) return null;
  let kind: NameKind | null = null;
  let clear = true;
  let titled = false;
  for (let t = i; t <= j; t++) {
    const tok = tokens[t];
    if (!tok || !tok.isWord || /^'s?$/.test(tok.lower) || MONTH_AND_DAY_NAMES.has(tok.text)) continue;
    if (!/^\p{Lu}/u.test(tok.text)) {
      if (STOPWORDS.has(tok.lower)) continue;
      return null;
    }
    const name = names.find((n) => n.start <= tok.start && tok.end <= n.end);
    if (!name) {
      if (STOPWORDS.has(tok.lower)) continue;
      // "Detective Inspector Sarah Collins": a title before a person's name is part of the person.
      if (TITLE_WORDS.has(tok.text) || ROLE_NOUNS.has(tok.lower)) {
        titled = true;
        continue;
      }
      return null;
    }
    if (kind !== null && name.kind !== kind) return null;
    kind = name.kind;
    clear &&= name.clear;
  }
  return kind === null || (titled && kind !== 'person') ? null : { kind, clear };
}
