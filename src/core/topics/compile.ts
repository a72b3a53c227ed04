/**
 * Topics compiled once (folded forms, aliases, how case must read), matched against stories
 * indexed once: `compileTopics(follows).match(story)` costs a few map look-ups per topic.
 *
 * How a topic must stand in the headline or lead:
 * - a short acronym as typed ("US", "UN"): written exactly so ("US", "U.S."), never "us";
 * - a name (typed with a capital, or a place, organisation or alias we know, like "china"):
 *   every word capitalised, so "china plates" is not China; whole words only, so "Chinatown"
 *   and "Chinese" are not China (demonyms only with `{ demonyms: true }`);
 * - a phrase ("rate cut"): any case, plural or singular ("rate cuts").
 * And not inside a longer name the story lists: "Manchester" is not in "Manchester United",
 * "England" not in "Bank of England"; but a surname is in its full name ("Zhaparov" in
 * "Sadyr Zhaparov") unless the topic is a place ("Jordan" is not "Michael Jordan").
 */
import { DEMONYMS, KNOWN_ORGS } from '../entities/gazetteer.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';
import { ALIAS_GROUPS } from './aliases.ts';
import { indexStory, type IndexedEntity, type IndexedText, type StoryIndex } from './story-index.ts';
import type { TopicMatch, TopicStory } from './types.ts';
import { isCapitalised, NAME_JOINERS, tokenize } from './words.ts';

/** How case must read for a form to match. */
type Mode = 'acronym' | 'name' | 'phrase';

/** One way of writing a topic. */
interface Form {
  text: string;
  raw: string[];
  fold: string[];
  stem: string[];
  key: string;
  mode: Mode;
  /** Per word, for a name: must it be capitalised where it stands? ("in" of "Human Rights in China" need not.) */
  cap: boolean[];
  /** Only looked for in the headline and lead (a demonym is no entity). */
  textOnly?: boolean;
}

/** A topic ready to match. */
export interface CompiledTopic {
  topic: string;
  forms: Form[];
  /** A place we know: its name as a surname does not count ("Jordan"). */
  place: boolean;
}

/** Options of `compileTopics`. */
export interface TopicOptions {
  /** Also match "Chinese" for "China" in the headline or lead (off: measured, see docs/alerts-topics.md). */
  demonyms?: boolean;
}

const keyOf = (s: string): string =>
  tokenize(s)
    .map((t) => t.fold)
    .join(' ');

const PLACES = new Set([...PLACE_LOOKUP.keys()].map(keyOf));
const KNOWN_NAMES = new Set([...PLACES, ...[...KNOWN_ORGS].map(keyOf), ...ALIAS_GROUPS.flat().map(keyOf)]);
const ALIASES = new Map<string, readonly string[]>();
for (const group of ALIAS_GROUPS) for (const name of group) ALIASES.set(keyOf(name), group);
const DEMONYMS_OF = new Map<string, string[]>();
for (const [adj, country] of Object.entries(DEMONYMS)) {
  const k = keyOf(country);
  DEMONYMS_OF.set(k, [...(DEMONYMS_OF.get(k) ?? []), adj]);
}

function modeOf(text: string): Mode {
  if (/^(?=.*\p{L})[\p{Lu}\p{N}]{2,5}$/u.test(text.replace(/\./g, ''))) return 'acronym';
  if (KNOWN_NAMES.has(keyOf(text))) return 'name';
  const words = tokenize(text);
  // "Rate cuts", "Interest rates": a phrase typed at the start of a sentence, not a name.
  const sentenceCase = words.length > 1 && words.slice(1).every((w) => !/\p{Lu}/u.test(w.raw));
  return /\p{Lu}/u.test(text) && !sentenceCase ? 'name' : 'phrase';
}

function formOf(text: string, mode: Mode, textOnly = false): Form | null {
  const tokens = tokenize(text);
  if (!tokens.length) return null;
  const fold = tokens.map((t) => t.fold);
  // Typed with capitals, the capitals say which words must be; typed in lowercase ("china"), every word but "of", "the"...
  const typedCaps = tokens.some((t) => isCapitalised(t.raw));
  const cap = tokens.map((t) => !NAME_JOINERS.has(t.fold) && (!typedCaps || isCapitalised(t.raw)));
  return { text, raw: tokens.map((t) => t.raw), fold, stem: tokens.map((t) => t.stem), key: fold.join(' '), mode, cap, textOnly };
}

/** One topic, compiled. */
export function compileTopic(topic: string, options: TopicOptions = {}): CompiledTopic {
  const key = keyOf(topic);
  const forms: Form[] = [];
  const own = formOf(topic, modeOf(topic.trim()));
  if (own) forms.push(own);
  for (const alias of ALIASES.get(key) ?? []) {
    if (keyOf(alias) === key) continue;
    const f = formOf(alias, modeOf(alias));
    if (f) forms.push(f);
  }
  if (options.demonyms) for (const adj of DEMONYMS_OF.get(key) ?? []) forms.push(formOf(adj, 'name', true)!);
  const place = forms.some((f) => PLACES.has(f.key));
  return { topic, forms, place };
}

/** Do the words at `start` read as this form (same words, case as the form needs)? */
function readsAs(text: IndexedText, start: number, form: Form): boolean {
  for (let k = 0; k < form.fold.length; k++) {
    const t = text.tokens[start + k];
    if (!t) return false;
    if (form.mode === 'phrase') {
      if (t.stem !== form.stem[k]) return false;
    } else if (t.fold !== form.fold[k]) return false;
    else if (form.mode === 'acronym' && t.raw !== form.raw[k]) return false;
    else if (form.mode === 'name' && form.cap[k] && !isCapitalised(t.raw)) return false;
  }
  return true;
}

/** Is the occurrence inside a longer name the story lists, which is not the topic's? */
function insideOtherName(text: IndexedText, start: number, end: number, topic: CompiledTopic): boolean {
  for (const s of text.spans) {
    if (s.start > start || s.end < end || s.end - s.start <= end - start) continue;
    // A surname in its full name ("Zhaparov" in "Sadyr Zhaparov") is the person.
    if (s.entity.type === 'person' && s.end === end && !topic.place) continue;
    return true;
  }
  return false;
}

function inText(text: IndexedText, topic: CompiledTopic, form: Form): boolean {
  const starts = form.mode === 'phrase' ? text.byStem.get(form.stem[0]) : text.byFold.get(form.fold[0]);
  if (!starts) return false;
  const n = form.fold.length;
  return starts.some((s) => readsAs(text, s, form) && !insideOtherName(text, s, s + n, topic));
}

function prominentEntity(list: readonly IndexedEntity[] | undefined): IndexedEntity | undefined {
  return list?.find((e) => e.prominent);
}

/** Where (if anywhere) an indexed story names a compiled topic. */
export function matchCompiled(index: StoryIndex, topic: CompiledTopic): TopicMatch | null {
  const found = (where: TopicMatch['where'], matched: string): TopicMatch =>
    matched === topic.topic ? { topic: topic.topic, where } : { topic: topic.topic, where, matched };
  for (const form of topic.forms) {
    if (form.textOnly) continue;
    const e = prominentEntity(index.entities.get(form.key)) ?? (topic.place || form.mode === 'acronym' ? undefined : prominentEntity(index.surnames.get(form.key)));
    if (e) return found('entity', e.name);
  }
  for (const form of topic.forms) if (inText(index.title, topic, form)) return found('headline', form.text);
  for (const form of topic.forms) if (inText(index.lead, topic, form)) return found('lead', form.text);
  return null;
}

/** Follows compiled once, to match each new story against. */
export interface TopicMatcher {
  readonly topics: readonly CompiledTopic[];
  /** The topics the story is about, in the order given. */
  match(story: TopicStory): TopicMatch[];
}

/** First words under which a story could name the topic (folded and stemmed). */
function firstWords(t: CompiledTopic): string[] {
  return [...new Set(t.forms.flatMap((f) => [f.fold[0], f.stem[0]]))];
}

/** The first words a story offers: of its headline, lead, entities and people's surnames. */
const wordsCache = new WeakMap<StoryIndex, Set<string>>();
function storyWords(index: StoryIndex): Set<string> {
  const hit = wordsCache.get(index);
  if (hit) return hit;
  const out = new Set<string>();
  for (const text of [index.title, index.lead]) {
    for (const k of text.byFold.keys()) out.add(k);
    for (const k of text.byStem.keys()) out.add(k);
  }
  for (const k of [...index.entities.keys(), ...index.surnames.keys()]) out.add(k.split(' ')[0]);
  wordsCache.set(index, out);
  return out;
}

/**
 * Compile topics (a channel's or a server's follows) for matching many stories. Topics are
 * filed under their first words, so a story is checked only against the topics whose first
 * word it contains: the cost follows the story's length, not the number of follows.
 */
export function compileTopics(topics: readonly string[], options: TopicOptions = {}): TopicMatcher {
  const compiled = topics.map((t) => compileTopic(t, options));
  const byWord = new Map<string, number[]>();
  compiled.forEach((t, i) => {
    for (const w of firstWords(t)) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  return {
    topics: compiled,
    match(story) {
      const index = indexStory(story);
      const candidates = new Set<number>();
      for (const w of storyWords(index)) for (const i of byWord.get(w) ?? []) candidates.add(i);
      const out: TopicMatch[] = [];
      for (const i of [...candidates].sort((a, b) => a - b)) {
        const m = matchCompiled(index, compiled[i]);
        if (m) out.push(m);
      }
      return out;
    },
  };
}
