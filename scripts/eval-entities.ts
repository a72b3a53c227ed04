/**
 * `npm run eval -- entities [file] [--limit N] [--errors TYPE]`: who and where, against stories
 * with hand-marked names (default ../shared/data/entities-dev.jsonl, CoNLL-2003 development part).
 *
 * Scoring (SOURCES.md): a listed name is right when it equals one of a marked entity's mentions,
 * ignoring case; an entity is found when any listed name equals one of its mentions. Reported per
 * type (people, places, organisations) and over all three, plus the recall of the entities named
 * in the title or the first two paragraphs (what a reader scans first). In the same run, on the
 * same articles: the shipped extractor (as `summarize()` lists them) and the `compromise` library.
 * `--errors people` prints the misses and wrong names of that type for the shipped extractor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../src/core/article/parse.ts';
import { extractEntities, featurizedCandidates } from '../src/core/entities/entities.ts';
import { CLASSES, trainAveraged, type Example, type Weights } from '../src/core/entities/model.ts';
import type { Article } from '../src/core/types.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_ENTITIES_FILE = resolve(ROOT, '../shared/data/entities-dev.jsonl');

const TYPES = ['people', 'places', 'organizations'] as const;
type EntityType = (typeof TYPES)[number];

/** One story with its marked entities: each entity is the list of its mentions. */
export interface EntityRow {
  id: string;
  title: string;
  text: string;
  people: string[][];
  places: string[][];
  organizations: string[][];
}

/** Names a system lists for one story, by type. */
export type Listed = Record<EntityType, string[]>;

/** Counts for precision and recall (and lead recall) of one type. */
export interface Tally {
  listed: number;
  right: number;
  gold: number;
  found: number;
  leadGold: number;
  leadFound: number;
}

const newTally = (): Tally => ({ listed: 0, right: 0, gold: 0, found: 0, leadGold: 0, leadFound: 0 });

/** Read the JSONL file of marked stories. */
export function loadEntityRows(file: string): EntityRow[] {
  if (!existsSync(file)) throw new Error(`no entity data at ${file} (the development data lives in ../shared/data; see SOURCES.md)`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EntityRow);
}

/** The story as the bot reads it (the same path as `brief --jsonl`). */
export function articleOf(row: EntityRow): Article {
  return parseArticle(JSON.stringify({ title: row.title, text: row.text }), { id: row.id, fileName: `${row.id}.json` });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "LONDON 1996-08-30", "VENICE, Italy 1996-08-30" alone on a line. */
const DATELINE_ONLY = /^[A-Z][A-Z .'-]*[A-Z.](?:, [A-Z][\p{L}.' ]+)?\s+\d{4}-\d\d-\d\d$/u;
/** A writer's name alone on its line ("Larry Fine"), as it stands before a dateline. */
const WRITER_LINE = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u;

/**
 * The title and the first two paragraphs of the story: what a reader sees first. The writer's
 * name line and the dateline line above the story ("Larry Fine" / "NEW YORK 1996-08-30", in 24
 * of the 138 stories) are credit and place, not its first paragraphs.
 */
export function leadOf(row: EntityRow): string {
  let body = row.text.split(/\n\s*\n/).filter((p) => p.trim());
  if (body.length > 2 && WRITER_LINE.test(body[0].trim()) && DATELINE_ONLY.test(body[1].trim())) body = body.slice(1);
  if (body.length > 1 && DATELINE_ONLY.test(body[0].trim())) body = body.slice(1);
  return [row.title, ...body.slice(0, 2)].join('\n');
}

/** Add one story's figures for one type to `t`; returns the misses and wrong names. */
export function score(gold: string[][], listed: string[], lead: string, t: Tally): { missed: string[]; wrong: string[] } {
  const names = new Set(listed.map((n) => n.toLowerCase()));
  const mentions = new Set(gold.flat().map((m) => m.toLowerCase()));
  const wrong = [...new Set(listed)].filter((n) => !mentions.has(n.toLowerCase()));
  t.listed += names.size;
  t.right += [...names].filter((n) => mentions.has(n)).length;
  const missed: string[] = [];
  for (const entity of gold) {
    const found = entity.some((m) => names.has(m.toLowerCase()));
    t.gold++;
    if (found) t.found++;
    else missed.push(entity[0]);
    if (entity.some((m) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(m)}(?![\\p{L}\\p{N}])`, 'u').test(lead))) {
      t.leadGold++;
      if (found) t.leadFound++;
    }
  }
  return { missed, wrong };
}

/** Precision, recall, F1 (x100) of a tally. */
export function prf(t: Tally): { p: number; r: number; f: number; leadR: number } {
  const p = t.listed ? (100 * t.right) / t.listed : 0;
  const r = t.gold ? (100 * t.found) / t.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, leadR: t.leadGold ? (100 * t.leadFound) / t.leadGold : 0 };
}

/** A system under test: the names it lists for a story. */
export type System = (row: EntityRow, article: Article) => Listed;

/** The shipped extractor. */
export const shipped: System = (_row, article) => {
  const e = extractEntities(article);
  return { people: e.people.map((p) => p.name), places: e.places, organizations: e.organizations };
};

const CLASS_OF: Record<EntityType, number> = { people: CLASSES.indexOf('person'), places: CLASSES.indexOf('place'), organizations: CLASSES.indexOf('organization') };

/** Training examples of a story: each candidate with the class its words have among the marked mentions. */
export function examplesOf(row: EntityRow, article: Article): Example[] {
  const label = new Map<string, number>();
  for (const type of TYPES) for (const m of row[type].flat()) if (!label.has(m.toLowerCase())) label.set(m.toLowerCase(), CLASS_OF[type]);
  const { candidates, features } = featurizedCandidates(article);
  return candidates.map((c, i) => ({ features: features[i], label: label.get(c.text.toLowerCase()) ?? 0 }));
}

/** Weights learnt on the given stories (the mean of perceptrons trained in four orders, see `trainAveraged`). */
export function trainOn(rows: readonly EntityRow[], articles: readonly Article[]): Map<string, number[]> {
  return trainAveraged(rows.flatMap((r, i) => examplesOf(r, articles[i])));
}

/** The shipped extractor, with weights learnt without the story it lists (k folds by story). */
export function crossValidated(rows: readonly EntityRow[], folds = 5): System {
  const articles = rows.map(articleOf);
  const foldOf = new Map(rows.map((r, i) => [r.id, i % folds]));
  const weights: Weights[] = [];
  for (let f = 0; f < folds; f++) {
    const keep = rows.map((_, i) => i).filter((i) => i % folds !== f);
    weights.push(trainOn(keep.map((i) => rows[i]), keep.map((i) => articles[i])));
  }
  return (row, article) => {
    const e = extractEntities(article, weights[foldOf.get(row.id) ?? 0]);
    return { people: e.people.map((p) => p.name), places: e.places, organizations: e.organizations };
  };
}

type Nlp = (text: string) => {
  people(): { out(f: 'array'): string[] };
  places(): { out(f: 'array'): string[] };
  organizations(): { out(f: 'array'): string[] };
};

/** `compromise` as a user would call it, on the title and text; names trimmed of punctuation and "'s". */
export async function compromiseSystem(): Promise<System> {
  const nlp = (await import('compromise')).default as unknown as Nlp;
  const tidy = (xs: string[]) => xs.map((x) => x.replace(/^[\s"'“‘(]+|[\s"'”’),.;:!?]+$/g, '').replace(/['’]s$/, '')).filter(Boolean);
  return (row, article) => {
    const doc = nlp(`${article.title}\n\n${row.text}`);
    return { people: tidy(doc.people().out('array')), places: tidy(doc.places().out('array')), organizations: tidy(doc.organizations().out('array')) };
  };
}

/** Run every system over the rows; per-type and overall tallies, and time per story. */
export function evaluate(rows: readonly EntityRow[], systems: Record<string, System>, errorsOf?: EntityType): Record<string, { tallies: Record<EntityType | 'overall', Tally>; msPerStory: number }> {
  const articles = rows.map(articleOf);
  const out: Record<string, { tallies: Record<EntityType | 'overall', Tally>; msPerStory: number }> = {};
  for (const [name, system] of Object.entries(systems)) {
    const tallies = { people: newTally(), places: newTally(), organizations: newTally(), overall: newTally() };
    let ms = 0;
    rows.forEach((row, i) => {
      const t0 = performance.now();
      const listed = system(row, articles[i]);
      ms += performance.now() - t0;
      const lead = leadOf(row);
      for (const type of TYPES) {
        const r = score(row[type], listed[type], lead, tallies[type]);
        score(row[type], listed[type], lead, tallies.overall);
        if (errorsOf === type && name === 'newsbrief' && (r.missed.length || r.wrong.length)) {
          process.stdout.write(`${row.id} ${row.title}\n  missed: ${r.missed.join(' | ')}\n  wrong:  ${r.wrong.join(' | ')}\n`);
        }
      }
    });
    out[name] = { tallies, msPerStory: ms / Math.max(1, rows.length) };
  }
  return out;
}

const f1 = (x: number) => x.toFixed(1);

/** Entry point of `npm run eval -- entities`. */
export async function main(args: string[]): Promise<void> {
  let file = DEFAULT_ENTITIES_FILE;
  let limit = Infinity;
  let errorsOf: EntityType | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--limit') limit = Number(args[++i]);
    else if (args[i] === '--errors') {
      const t = args[++i] as EntityType;
      if (!TYPES.includes(t)) throw new Error(`--errors takes one of ${TYPES.join(', ')}`);
      errorsOf = t;
    } else if (args[i].startsWith('--')) throw new Error(`unknown option ${args[i]}`);
    else file = resolve(args[i]);
  }
  const rows = loadEntityRows(file).slice(0, limit);
  const t0 = performance.now();
  const compromise = await compromiseSystem();
  const loadMs = performance.now() - t0;
  const results = evaluate(rows, { newsbrief: crossValidated(rows), 'newsbrief (shipped weights, seen these stories)': shipped, compromise }, errorsOf);
  if (errorsOf) return;
  const lines = [
    `Entities on ${rows.length} stories (${file.split('/').slice(-1)[0]}): precision / recall / F1 x100; lead recall = entities named in the title or first two paragraphs.`,
    '',
    '| system | type | P | R | F1 | lead R |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const [name, r] of Object.entries(results)) {
    for (const type of [...TYPES, 'overall'] as const) {
      const s = prf(r.tallies[type]);
      lines.push(`| ${name} | ${type} | ${f1(s.p)} | ${f1(s.r)} | ${f1(s.f)} | ${f1(s.leadR)} |`);
    }
  }
  const ours = prf(results.newsbrief.tallies.overall).f;
  const base = prf(results.compromise.tallies.overall).f;
  lines.push('', `Overall F1: newsbrief ${f1(ours)} vs compromise ${f1(base)} (${ours >= base ? '+' : ''}${f1(ours - base)} points).`);
  lines.push(
    `Time per story: newsbrief ${results.newsbrief.msPerStory.toFixed(2)} ms, compromise ${results.compromise.msPerStory.toFixed(2)} ms (compromise load ${loadMs.toFixed(0)} ms).`,
  );
  lines.push('', 'newsbrief = the shipped extractor with its weights learnt in 5 folds by story, each story listed by weights that never saw it.');
  process.stdout.write(`${lines.join('\n')}\n`);
}
