/**
 * The labelled story-topic pairs of `npm run eval -- topics`, built at run time from stories with
 * hand-marked entities (../shared/data/entities-dev.jsonl, CoNLL-2003 development part) with a
 * fixed seed, so the set is the same on every run and no story text enters the repository.
 *
 * Gold ("is this story about X?") comes from the hand marks and where they stand, never from our
 * extractor: an entity is what the story is about when one of its marked mentions stands in the
 * headline or the first two paragraphs, or when the story names it at least twice; named once,
 * further down, it is a passing mention. Mentions are counted case-sensitively on word
 * boundaries, the longest mention first, so "England" inside "Bank of England" counts for the
 * bank, not the country; the dateline line counts for nothing.
 *
 * Near misses (all labelled not about), each a way a plain text search goes wrong:
 * - passing: a marked entity named once, after the lead;
 * - part-of-word: a name from another story standing here only inside a longer word ("Kent" in "Kentucky");
 * - demonym: a country whose adjective the story uses ("Chinese") but which it never names;
 * - inside-name: a name from another story standing here only inside a longer marked name ("Manchester" in "Manchester United");
 * - lowercase-word: a name from another story that stands here only as a common word ("Bill", "bill");
 * - absent: a name from another story of the same section that this story does not contain at all.
 */
import { DEMONYMS } from '../../src/core/entities/gazetteer.ts';
import { ALIAS_GROUPS } from '../../src/core/topics/aliases.ts';
import { prng } from '../prng.ts';
import type { EntityRow } from '../eval-entities.ts';

/** One story with its marked entities: each entity is the list of its mentions (entities-dev rows). */
export type MarkedRow = EntityRow;

export type PairKind = 'headline' | 'lead' | 'repeated' | 'passing' | 'part-of-word' | 'demonym' | 'inside-name' | 'lowercase-word' | 'absent';
export const ABOUT_KINDS: readonly PairKind[] = ['headline', 'lead', 'repeated'];
export const NEAR_MISS_KINDS: readonly PairKind[] = ['passing', 'part-of-word', 'demonym', 'inside-name', 'lowercase-word', 'absent'];

/** One labelled pair. */
export interface TopicPair {
  row: string;
  topic: string;
  about: boolean;
  kind: PairKind;
  /** How the topic is written, when it is not the entity's full name as marked. */
  variant?: 'surname' | 'lowercase';
}

type EntityType = 'people' | 'places' | 'organizations';
const TYPES: readonly EntityType[] = ['people', 'places', 'organizations'];

/** A marked entity with where the story names it. */
export interface GoldEntity {
  type: EntityType;
  mentions: string[];
  count: number;
  inHeadline: boolean;
  inLead: boolean;
}

const DATELINE_ONLY = /^[A-Z][A-Z .'-]*[A-Z.](?:, [A-Z][\p{L}.' ]+)?\s+\d{4}-\d\d-\d\d$/u;
const WRITER_LINE = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (s: string, flags = 'gu') => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s)}(?![\\p{L}\\p{N}])`, flags);

/** The title, then the body's paragraphs without the writer and dateline lines. */
export function segmentsOf(row: MarkedRow): { title: string; paragraphs: string[] } {
  let body = row.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  if (body.length > 2 && WRITER_LINE.test(body[0]) && DATELINE_ONLY.test(body[1])) body = body.slice(1);
  if (body.length > 1 && DATELINE_ONLY.test(body[0])) body = body.slice(1);
  return { title: row.title, paragraphs: body };
}

const isShouting = (s: string) => s.length > 5 && s === s.toUpperCase();
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, c: string) => a + c.toUpperCase());

/** A name and the names that mean the same ("U.S.", "US", "United States"), lowercased, dots of acronyms off. */
function namesLike(name: string): string[] {
  const key = name.toLowerCase().replace(/\./g, '');
  const group = ALIAS_GROUPS.find((g) => g.some((n) => n.toLowerCase() === key));
  return group ? group.map((n) => n.toLowerCase()) : [key];
}

/** Marked entities (those sharing a mention, or an alias of one, merged: "LEICESTERSHIRE" and "Leicestershire"), with their counts. */
export function goldEntities(row: MarkedRow): { entities: GoldEntity[]; spans: { seg: number; start: number; end: number; entity: GoldEntity }[] } {
  const entities: GoldEntity[] = [];
  for (const type of TYPES) {
    for (const mentions of row[type]) {
      const low = new Set(mentions.flatMap(namesLike));
      const same = entities.find((e) => e.type === type && e.mentions.some((m) => low.has(m.toLowerCase().replace(/\./g, ''))));
      if (same) same.mentions.push(...mentions.filter((m) => !same.mentions.includes(m)));
      else entities.push({ type, mentions: [...mentions], count: 0, inHeadline: false, inLead: false });
    }
  }
  const { title, paragraphs } = segmentsOf(row);
  const segs = [title, ...paragraphs];
  const byLength = entities.flatMap((e) => e.mentions.map((m) => ({ m, e, re: wordRe(m) }))).sort((a, b) => b.m.length - a.m.length);
  const spans: { seg: number; start: number; end: number; entity: GoldEntity }[] = [];
  segs.forEach((text, seg) => {
    const taken = new Uint8Array(text.length);
    for (const { m, e, re } of byLength) {
      if (!text.includes(m)) continue;
      for (const hit of text.matchAll(re)) {
        const start = hit.index, end = start + m.length;
        if (taken.subarray(start, end).some((x) => x)) continue;
        taken.fill(1, start, end);
        spans.push({ seg, start, end, entity: e });
        e.count++;
        if (seg === 0) e.inHeadline = true;
        if (seg <= 2) e.inLead = true;
      }
    }
  });
  return { entities, spans };
}

/** How a user would type the entity: its longest mention, not shouted. */
function nameOf(e: GoldEntity): string {
  const calm = e.mentions.filter((m) => !isShouting(m));
  const pick = (calm.length ? calm : e.mentions.map(titleCase)).sort((a, b) => b.length - a.length)[0];
  return pick;
}

/** Build the labelled pairs (same seed, same set). */
export function buildPairs(rows: readonly MarkedRow[], seed = 16, perSide = 120): TopicPair[] {
  const rnd = prng(seed);
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  const golds = new Map(rows.map((r) => [r.id, goldEntities(r)]));
  // Names a user might follow, from every story: calm single mentions of three letters or more.
  const corpus = new Map<string, EntityType>();
  for (const r of rows) for (const e of golds.get(r.id)!.entities) for (const m of e.mentions) if (!isShouting(m) && m.length >= 3) corpus.set(m, e.type);
  const section = (r: MarkedRow) => r.title.split(' - ')[0].trim().toUpperCase();
  // Names marked in each section's stories ("SOCCER", "TENNIS"...): related, but absent from another story of the section.
  const sectionNames = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = sectionNames.get(section(r)) ?? new Set<string>();
    for (const e of golds.get(r.id)!.entities) for (const m of e.mentions) set.add(m);
    sectionNames.set(section(r), set);
  }

  const about: TopicPair[] = [];
  const misses = new Map<PairKind, TopicPair[]>(NEAR_MISS_KINDS.map((k) => [k, []]));
  for (const row of rows) {
    const { entities, spans } = golds.get(row.id)!;
    const { title, paragraphs } = segmentsOf(row);
    const segs = [title, ...paragraphs];
    const whole = segs.join('\n\n');
    const marked = new Set(entities.flatMap((e) => e.mentions.flatMap((m) => [m.toLowerCase(), ...namesLike(m)])));
    for (const e of entities) {
      if (e.count === 0) continue; // the dateline alone: where it was filed, not what it is about
      const topic = nameOf(e);
      if (e.inLead || e.count >= 2) {
        about.push({ row: row.id, topic, about: true, kind: e.inHeadline ? 'headline' : e.inLead ? 'lead' : 'repeated' });
        const surname = topic.split(' ').at(-1)!;
        if (e.type === 'people' && topic.includes(' ') && e.mentions.includes(surname)) {
          about.push({ row: row.id, topic: surname, about: true, kind: e.inHeadline ? 'headline' : e.inLead ? 'lead' : 'repeated', variant: 'surname' });
        }
      } else if (e.count === 1) misses.get('passing')!.push({ row: row.id, topic, about: false, kind: 'passing' });
    }
    const demonymCountries = new Set<string>();
    for (const [adj, country] of Object.entries(DEMONYMS)) {
      const countryNames = namesLike(country);
      if (countryNames.some((n) => marked.has(n) || wordRe(n, 'iu').test(whole.replace(/\b((?:\p{Lu}\.){2,})/gu, (m) => m.replace(/\./g, '')))) || !wordRe(adj, 'u').test(whole)) continue;
      demonymCountries.add(country);
      misses.get('demonym')!.push({ row: row.id, topic: country, about: false, kind: 'demonym' });
    }
    const lowWhole = whole.toLowerCase();
    const offsets = segs.map((_, i) => segs.slice(0, i).reduce((n, s) => n + s.length + 2, 0));
    for (const name of corpus.keys()) {
      const low = name.toLowerCase();
      if (marked.has(low) || demonymCountries.has(name)) continue;
      if (!lowWhole.includes(low)) {
        if (sectionNames.get(section(row))?.has(name)) misses.get('absent')!.push({ row: row.id, topic: name, about: false, kind: 'absent' });
        continue;
      }
      const anyCase = [...whole.matchAll(wordRe(name, 'giu'))];
      if (!anyCase.length) {
        if (!name.includes(' ') && name.length >= 4) misses.get('part-of-word')!.push({ row: row.id, topic: name, about: false, kind: 'part-of-word' });
        continue;
      }
      // Every occurrence written as a common word: "bill", "such".
      if (!name.includes(' ') && anyCase.every((h) => h[0] === low)) {
        misses.get('lowercase-word')!.push({ row: row.id, topic: name, about: false, kind: 'lowercase-word' });
        continue;
      }
      // Every occurrence inside a longer marked name, and not as a surname in a person's name.
      const inside = anyCase.every((h) =>
        spans.some((s) => {
          const start = offsets[s.seg] + s.start, end = offsets[s.seg] + s.end;
          return start <= h.index && h.index + h[0].length <= end && end - start > h[0].length && !(s.entity.type === 'people' && end === h.index + h[0].length);
        }),
      );
      if (inside) misses.get('inside-name')!.push({ row: row.id, topic: name, about: false, kind: 'inside-name' });
    }
  }
  // Half about, half near misses; near misses spread over the kinds (what a kind lacks, the others fill).
  const pos = shuffle(about).slice(0, perSide);
  const quota: Record<string, number> = { passing: 0.3, 'part-of-word': 0.15, demonym: 0.1, 'inside-name': 0.15, 'lowercase-word': 0.15, absent: 0.15 };
  const neg: TopicPair[] = [];
  const rest: TopicPair[] = [];
  for (const [kind, list] of misses) {
    const take = Math.round(quota[kind] * perSide);
    const s = shuffle(list);
    neg.push(...s.slice(0, take));
    rest.push(...s.slice(take));
  }
  neg.push(...shuffle(rest).slice(0, Math.max(0, perSide - neg.length)));
  // A share of topics typed in lowercase, as users do (never the lowercase-word ones: that would change their meaning).
  const pairs = [...pos, ...neg.slice(0, perSide)].map((p) =>
    p.kind !== 'lowercase-word' && p.topic.length > 4 && rnd() < 0.15 ? { ...p, topic: p.topic.toLowerCase(), variant: p.variant ?? ('lowercase' as const) } : p,
  );
  return pairs;
}
