/**
 * People (with the role the story gives them), places and organisations a story names, ranked
 * by importance: named in the headline or lead first, then by how often they come back.
 *
 * How: capitalised runs are cut into candidate names (candidates.ts), each candidate is
 * classified by a small linear model over its shape, its neighbours and the story around it
 * (features.ts, model.ts; learnt on hand-marked Reuters stories), and every
 * mention of the same name in a story gets one class by vote. Then the news conventions we
 * write by hand: a role or honorific before a name makes a person; a surname-only mention
 * ("Stearns said") folds into the full name; roles come from the title before a name
 * ("Socialist Party leader Olivier Faure") or the appositive after it ("Richard Parsons,
 * chairman and chief executive"); honorifics ("Dr") are never roles.
 */
import { isDemonym, KNOWN_ORGS, ORG_HEADS } from './gazetteer.ts';
import { candidatesOf, type Candidate } from './candidates.ts';
import { contextWeights, featuresOf, isTeamPlural, nameFeatures, scoreMention, scoreStory, storyContext, type ContextWeights, type StoryContext } from './features.ts';
import { COMPANY_SUFFIXES, FIRST_NAMES, PLACE_LOOKUP } from './lexicon.ts';
import { CLUB_LAST_WORDS } from './org-lexicon.ts';
import { argmax, CLASSES, SHIPPED_WEIGHTS, type EntityClass, type Weights } from './model.ts';
import { roleAfter, roleBefore, tidyRole } from './roles.ts';
import { tokenSentences } from './tokens.ts';
import type { Article, Entities, Person } from '../types.ts';
import { NAME_PARTICLE_WORDS } from '../text/name-particles.ts';

/** One mention of an entity in a story. */
export interface Mention {
  /** The entity's name as listed (the full name for a surname-only mention). */
  name: string;
  type: Exclude<EntityClass, 'none'>;
  /** The words as written here. */
  text: string;
  /** Body sentence number (as `sentences()` counts them), or -1 for the title. */
  sentence: number;
  /** Body paragraph number, or -1 for the title. */
  paragraph: number;
}

type StoryInput = Pick<Article, 'title' | 'text' | 'dateline'>;

/** Candidates with their feature lists (for training). */
export function featurizedCandidates(article: StoryInput): { candidates: Candidate[]; features: string[][] } {
  const { candidates, ctx } = analyse(article);
  return { candidates, features: candidates.map((c) => featuresOf(c, ctx)) };
}

function analyse(article: StoryInput, truecase = true): { candidates: Candidate[]; ctx: StoryContext } {
  const candidates = candidatesOf(tokenSentences(article.title, article.text, truecase));
  return { candidates, ctx: storyContext(candidates, article.title) };
}

/** How much the organisation score must exceed not-a-name, per mention (chosen on the development stories, see docs/entities.md). */
const ORG_MARGIN = 2;

/** How many mentions of a name have their context scored: where a name stands says most the first few times. */
const MENTIONS_SCORED = 3;
/** A lead of the best class this large over the next, from the name's own words, is not overturned by context. */
const DECIDED = 12;

/** Best class score minus the second best. */
function margin(s: readonly number[]): number {
  let a = -Infinity;
  let b = -Infinity;
  for (const x of s) {
    if (x > a) {
      b = a;
      a = x;
    } else if (x > b) b = x;
  }
  return a - b;
}

/** Scores of a name's own words, by weights and name. */
const NAME_SCORES = new WeakMap<Weights, Map<string, number[]>>();
const CONTEXT_WEIGHTS = new WeakMap<Weights, ContextWeights>();

/** The accumulator the feature sink adds into, and the weights it reads: module-level, so that no closure is made per story. */
const ACC: number[] = [0, 0, 0, 0];
let sinkWeights: Weights = SHIPPED_WEIGHTS;
function sink(f: string): void {
  const v = sinkWeights.get(f);
  if (v) {
    ACC[0] += v[0];
    ACC[1] += v[1];
    ACC[2] += v[2];
    ACC[3] += v[3];
  }
}

/**
 * The model's summed class scores of each name of the story over all its mentions, by name id:
 * the features of the name itself are scored once per name, those of each mention's place
 * once per mention.
 */
function nameScores(cands: readonly Candidate[], ctx: StoryContext, w: Weights): number[][] {
  const acc = ACC;
  sinkWeights = w;
  let cache = NAME_SCORES.get(w);
  if (!cache) {
    cache = new Map();
    NAME_SCORES.set(w, cache);
  }
  let cw = CONTEXT_WEIGHTS.get(w);
  if (!cw) {
    cw = contextWeights(w);
    CONTEXT_WEIGHTS.set(w, cw);
  }
  const sums: number[][] = [];
  // How many more mentions of each name have their context scored.
  const left: number[] = [];
  for (const name of ctx.names) {
    // The same names come back story after story: their own words are scored once.
    let own = cache.get(name.text);
    if (!own) {
      acc[0] = acc[1] = acc[2] = acc[3] = 0;
      nameFeatures(name.words, name.text, sink);
      own = acc.slice();
      if (cache.size > 20_000) cache.clear();
      cache.set(name.text, own);
    }
    acc[0] = own[0];
    acc[1] = own[1];
    acc[2] = own[2];
    acc[3] = own[3];
    scoreStory(name, ctx, cw, acc);
    const count = name.count;
    sums.push([acc[0] * count, acc[1] * count, acc[2] * count, acc[3] * count]);
    // Context is scored for the first few mentions, none when the name's own words already decide ("China", "Bank of England").
    left.push(margin(acc) > DECIDED ? 0 : MENTIONS_SCORED);
  }
  const ids = ctx.ids;
  for (let i = 0; i < cands.length; i++) {
    const id = ids[i];
    if (left[id] > 0) {
      left[id]--;
      scoreMention(cands[i], ctx, cw, sums[id]);
    }
  }
  return sums;
}

const PERSON = 1;
const PLACE = 2;
const ORG = 3;

/** The class of each name of the story, by name id: the model's, one per name by vote, then the hand-written conventions. */
function classify(cands: readonly Candidate[], ctx: StoryContext, w: Weights): Uint8Array {
  const sums = nameScores(cands, ctx, w);
  const names = ctx.names;
  const byId = new Uint8Array(names.length);
  const surnames = new Set<string>();
  for (const name of names) {
    const s = sums[name.id];
    const text = name.text;
    let k = argmax(s);
    // An organisation is listed only when the model is sure of it, per mention: a wrong one costs more than a missed one.
    if (k === ORG && s[ORG] - s[0] < ORG_MARGIN * name.count) k = 0;
    const space = text.lastIndexOf(' ');
    const last = space < 0 ? text : text.slice(space + 1);
    const place = PLACE_LOOKUP.has(text);
    const knownOrg = KNOWN_ORGS.has(text);
    const introduced = name.introduced;
    // A name a role or honorific introduces anywhere in the story is a person everywhere.
    if (introduced && !place && !knownOrg && !ORG_HEADS.has(last)) k = PERSON;
    if (knownOrg || (space > 0 && (ORG_HEADS.has(last) || COMPANY_SUFFIXES.has(last) || CLUB_LAST_WORDS.has(last)) && !place)) k = ORG;
    if (!place && k !== PERSON && name.business) k = ORG;
    // "Analysts at Morgan Stanley": where staff work is a firm, though its words read like a person's name.
    if (!place && !introduced && name.employer) k = ORG;
    // "near Brest": a name the model left out where only a place stands is a place.
    if (k === 0 && !knownOrg && !introduced && name.placeContext && !isDemonym(text)) k = PLACE;
    // "Inter Lisbon", "Sporting Dublin": in a sports story a name built on a place is a club.
    if (ctx.sports && space > 0 && !place && !introduced && PLACE_LOOKUP.has(text.slice(0, text.indexOf(' '))) !== PLACE_LOOKUP.has(last) && (!FIRST_NAMES.has(text.slice(0, text.indexOf(' '))) || isTeamPlural(last))) k = ORG;
    if (isDemonym(text)) k = 0;
    byId[name.id] = k;
    if (k === PERSON && space > 0) surnames.add(last);
  }
  // A surname of a person named in full is that person, whatever the model said of it alone;
  // and a full name whose surname the story uses alone for a person is that person.
  for (const t of surnames) {
    const id = ctx.byText.get(t)?.id;
    if (id !== undefined && byId[id] !== PLACE) byId[id] = PERSON;
  }
  for (const { id, text } of names) {
    const space = text.lastIndexOf(' ');
    if (byId[id] !== 0 || space <= 0) continue;
    const surname = ctx.byText.get(text.slice(space + 1));
    if (surname && byId[surname.id] === PERSON && text.split(' ').every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORG_HEADS.has(w))) byId[id] = PERSON;
  }
  return byId;
}

/** The full names of the people of a story, in order of first mention. */
function fullNamesOf(ctx: StoryContext, classes: Uint8Array): string[] {
  const full: string[] = [];
  for (const { id, text } of ctx.names) if (classes[id] === PERSON && text.includes(' ')) full.push(text);
  return full;
}

/** A surname's particle written with a capital because it opens a sentence. */
const PARTICLE_OPENING = new RegExp(`^(?:${NAME_PARTICLE_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})(?=\\s)`, 'u');

/** The full name each person mention stands for: itself, or the full name whose surname (or first name) it is. */
function personKeys(fullNames: readonly string[]): (text: string) => string {
  const bySurname = new Map<string, string>();
  const byFirst = new Map<string, string>();
  for (const f of fullNames) {
    const words = f.split(' ');
    // "Clinton" in "Bill Clinton"; "Xi" in "Xi Jinping"; "Jinping Xi" in nothing.
    for (let i = 1; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      if (!bySurname.has(tail)) bySurname.set(tail, f);
    }
    if (words.length === 2 && !byFirst.has(words[0])) byFirst.set(words[0], f);
  }
  // ("Van Dijkman is expected ..." opens a sentence with the particle of "Joost van Dijkman".)
  return (text) => bySurname.get(text) ?? bySurname.get(text.replace(PARTICLE_OPENING, (p) => p.toLowerCase())) ?? (text.includes(' ') ? text : byFirst.get(text)) ?? text;
}

/** Every mention of a person, place or organisation in the story, in reading order. */
export function entityMentions(article: StoryInput, weights: Weights = SHIPPED_WEIGHTS): Mention[] {
  const { candidates, ctx } = analyse(article);
  const classes = classify(candidates, ctx, weights);
  const keyOf = personKeys(fullNamesOf(ctx, classes));
  const out: Mention[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const k = classes[ctx.ids[i]];
    if (!k) continue;
    const type = CLASSES[k] as Mention['type'];
    out.push({ name: k === PERSON ? keyOf(c.text) : c.text, type, text: c.text, sentence: c.sentence.index, paragraph: c.sentence.paragraph });
  }
  return out;
}


/** "LONDON" from a dateline reads "London". */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, c: string) => a + c.toUpperCase());
}

/** Where a story names an entity: the words as written, body sentence and paragraph numbers (-1 for the title). */
export type MentionAt = Pick<Mention, 'text' | 'sentence' | 'paragraph'>;

/** One entity of a story as the briefing ranks it, with every place the story names it. */
export interface RankedEntity {
  /** The name as listed in the briefing. */
  name: string;
  type: Mention['type'];
  /** A person's role as the story gives it (null for places, organisations, and people without one). */
  role: string | null;
  /** Its mentions in reading order; empty for a place or agency known only from the dateline. */
  mentions: MentionAt[];
}

/** Per entity (by type and lowercase name): what is listed, and its importance for ranking. */
interface Entry {
  name: string;
  k: number;
  /** 0: named in the title; 1: in the first paragraph; 2: later. */
  tier: number;
  count: number;
  first: number;
  roles: string[] | null;
  /** Its mentions, when asked for. */
  mentions: MentionAt[] | null;
}

/** The entries of one story as its names are met (a class, not closures: one is made per story). */
class Ranking {
  readonly entries = new Map<string, Entry>();
  /** The entry of each name as written, per type: a name comes back many times, its lowercase key is made once. */
  private readonly asWritten: Map<string, Entry>[] = [new Map(), new Map(), new Map(), new Map()];
  private order = 0;

  constructor(private readonly withMentions: boolean) {}

  /** Count one mention of `name` as type `k` in `paragraph` (-1: the title); returns its entry. */
  note(k: number, name: string, paragraph: number): Entry {
    let e = this.asWritten[k].get(name);
    if (!e) {
      const key = `${k}:${name.toLowerCase()}`;
      e = this.entries.get(key);
      if (!e) {
        e = { name, k, tier: 2, count: 0, first: this.order++, roles: null, mentions: this.withMentions ? [] : null };
        this.entries.set(key, e);
      }
      this.asWritten[k].set(name, e);
    }
    e.count++;
    e.tier = Math.min(e.tier, paragraph === -1 ? 0 : paragraph === 0 ? 1 : 2);
    return e;
  }
}

/** The story's entities, most important first; with their mentions when `withMentions`. */
function rankEntries(article: StoryInput, weights: Weights, withMentions: boolean, truecase = true): Entry[] {
  const { candidates, ctx } = analyse(article, truecase);
  const classes = classify(candidates, ctx, weights);
  const keyOf = personKeys(fullNamesOf(ctx, classes));
  const ranking = new Ranking(withMentions);
  // "URUS-MARTAN, Russia": the town and the country or state after it are both places the story is in
  // (the dateline is no longer in the text, so they are listed from here or not at all).
  for (const part of article.dateline.place?.split(',') ?? []) {
    const place = part.trim().replace(/\.$/, '');
    if (/\p{L}/u.test(place)) ranking.note(PLACE, place === place.toUpperCase() ? titleCase(place) : place, 0);
  }
  if (article.dateline.agency) ranking.note(ORG, article.dateline.agency, 0);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const k = classes[ctx.ids[i]];
    if (!k) continue;
    const e = ranking.note(k, k === PERSON ? keyOf(c.text) : c.text, c.sentence.paragraph);
    e.mentions?.push({ text: c.text, sentence: c.sentence.index, paragraph: c.sentence.paragraph });
    if (k !== PERSON) continue;
    const found = c.rolePrefix ? tidyRole(c.rolePrefix.join(' ')) : (roleBefore(c) ?? roleAfter(c));
    if (found) (e.roles ??= []).push(found);
  }
  // Headline first, then the lead, then the rest; within each, the most mentioned first.
  return [...ranking.entries.values()].sort((a, b) => a.tier - b.tier || b.count - a.count || a.first - b.first);
}

/** Options of extractEntities. */
export interface EntityOptions {
  /** `false` reads a story written in lower case without giving its capitals back (to measure truecasing). Default true. */
  truecase?: boolean;
}

/** Find people, places and organisations in an article's title and body, most important first. */
export function extractEntities(article: StoryInput, weights: Weights = SHIPPED_WEIGHTS, opts: EntityOptions = {}): Entities {
  const people: Person[] = [];
  const places: string[] = [];
  const organizations: string[] = [];
  for (const e of rankEntries(article, weights, false, opts.truecase !== false)) {
    if (e.k === PERSON) people.push({ name: e.name, role: e.roles ? bestRole(e.roles) : null });
    else if (e.k === PLACE) places.push(e.name);
    else organizations.push(e.name);
  }
  return { people, places, organizations };
}

/**
 * The briefing's entities in its order (people, places and organisations interleaved, most
 * important first: named in the headline, then the lead, then by mentions), each with the
 * sentences that name it: what `/ask` and other code can use to find the sentences about
 * someone. The same analysis as `extractEntities`, so the names are the briefing's.
 */
export function rankedEntities(article: StoryInput, weights: Weights = SHIPPED_WEIGHTS): RankedEntity[] {
  return rankEntries(article, weights, true).map((e) => ({
    name: e.name,
    type: CLASSES[e.k] as Mention['type'],
    role: e.k === PERSON && e.roles ? bestRole(e.roles) : null,
    mentions: e.mentions ?? [],
  }));
}

/** The first role the story gives, unless a later one names the institution too ("President" -> "President of the European Central Bank"). */
function bestRole(roles: readonly string[]): string {
  const first = roles[0];
  const lower = first.toLowerCase();
  const fuller = roles.find((r) => r !== first && r.toLowerCase().includes(lower) && /\p{Lu}/u.test(r.replace(/^\p{Lu}/u, '')));
  return fuller ?? first;
}
