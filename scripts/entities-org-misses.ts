/**
 * `npx tsx scripts/entities-org-misses.ts [file] [--list]`: why organisations are missed.
 *
 * Each marked organisation the cross-validated extractor does not list (the same 5 folds as
 * `npm run eval -- entities`) is put in the first class that fits, and tagged with what it looks
 * like (sports club named by its town, acronym, company or body suffix, "X of Y", in the
 * headline, named once). Wrongly listed organisations are counted the same way. `--list` prints
 * each miss with its class and tags. Diagnostics only: it prints counts, never story text.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityMentions, extractEntities, featurizedCandidates } from '../src/core/entities/entities.ts';
import { COMPANY_SUFFIXES, PLACE_LOOKUP } from '../src/core/entities/lexicon.ts';
import { KNOWN_ORGS, ORG_HEADS } from '../src/core/entities/gazetteer.ts';
import { argmax, CLASSES, scores, type Weights } from '../src/core/entities/model.ts';
import { articleOf, DEFAULT_ENTITIES_FILE, loadEntityRows, trainOn } from './eval-entities.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
void ROOT;

const args = process.argv.slice(2);
const list = args.includes('--list');
const file = args.find((a) => !a.startsWith('--')) ?? DEFAULT_ENTITIES_FILE;
const rows = loadEntityRows(resolve(file));
const articles = rows.map(articleOf);
const FOLDS = 5;
const weights: Weights[] = [];
for (let f = 0; f < FOLDS; f++) {
  const keep = rows.map((_, i) => i).filter((i) => i % FOLDS !== f);
  weights.push(trainOn(keep.map((i) => rows[i]), keep.map((i) => articles[i])));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);
/** Is `inner` a word sequence inside `outer` (case-insensitive)? */
const containsWords = (outer: string, inner: string) => new RegExp(`(?:^| )${escapeRe(inner.toLowerCase())}(?: |$)`).test(outer.toLowerCase());

const missClass = new Map<string, number>();
const tagCount = new Map<string, number>();
const wrongClass = new Map<string, number>();
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
let gold = 0;
let found = 0;
const lines: string[] = [];

rows.forEach((row, i) => {
  const w = weights[i % FOLDS];
  const article = articles[i];
  const listed = new Set(extractEntities(article, w).organizations.map((o) => o.toLowerCase()));
  const typeOf = new Map<string, string>();
  for (const m of entityMentions(article, w)) typeOf.set(m.text.toLowerCase(), m.type);
  const { candidates, features } = featurizedCandidates(article);
  const modelSum = new Map<string, number[]>();
  candidates.forEach((c, j) => {
    const s = scores(features[j], w);
    const acc = modelSum.get(c.text.toLowerCase()) ?? [0, 0, 0, 0];
    for (let k = 0; k < 4; k++) acc[k] += s[k];
    modelSum.set(c.text.toLowerCase(), acc);
  });
  const candTexts = [...modelSum.keys()];
  const sports = /^[A-Za-z ]+ - /.test(article.title) && /soccer|football|cricket|tennis|rugby|golf|athletics|baseball|basketball|hockey|boxing|cycling|racing|nfl|nba|nhl/i.test(article.title);
  const text = `${article.title}\n${article.text}`;
  const goldOrgMentions = new Set(row.organizations.flat().map((m) => m.toLowerCase()));
  for (const entity of row.organizations) {
    gold++;
    if (entity.some((m) => listed.has(m.toLowerCase()))) {
      found++;
      continue;
    }
    const ms = entity.map((m) => m.toLowerCase());
    let cls: string;
    const asCand = ms.find((m) => modelSum.has(m));
    if (asCand) {
      const t = typeOf.get(asCand);
      if (t) cls = `candidate, listed as ${t}`;
      else {
        const s = modelSum.get(asCand) ?? [0, 0, 0, 0];
        const k = CLASSES[argmax(s)];
        cls = k === 'organization' ? 'candidate, org below the margin' : `candidate, dropped (model: ${k})`;
      }
    } else {
      const inText = entity.filter((m) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(m)}(?![\\p{L}\\p{N}])`, 'iu').test(text));
      const exact = entity.filter((m) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(m)}(?![\\p{L}\\p{N}])`, 'u').test(text));
      if (inText.length === 0) cls = 'not in the text as marked';
      else if (exact.length === 0) cls = exact.length === 0 && entity.every((m) => m === m.toUpperCase()) ? 'only a capitals headline (title-cased in the title)' : 'differently cased in text';
      else if (entity.every((m) => m === m.toLowerCase() || /^\p{Ll}/u.test(m))) cls = 'lowercase in text';
      else if (candTexts.some((c) => ms.some((m) => containsWords(c, m) && c !== m))) cls = 'merged into a longer run';
      else if (candTexts.some((c) => ms.some((m) => containsWords(m, c) && c !== m))) cls = 'split into parts';
      else cls = 'never a candidate (other)';
    }
    bump(missClass, cls);
    const tags: string[] = [];
    const m0 = entity[0];
    const last = wordsOf(m0).at(-1) ?? '';
    if (sports) tags.push('sports story');
    if (entity.some((m) => PLACE_LOOKUP.has(m) || PLACE_LOOKUP.has(m.charAt(0) + m.slice(1).toLowerCase()))) tags.push('named like a place');
    if (entity.some((m) => /^\p{Lu}[\p{Lu}.&-]{1,}$/u.test(m) && wordsOf(m).length === 1)) tags.push('acronym/caps word');
    if (ORG_HEADS.has(last) || COMPANY_SUFFIXES.has(last) || COMPANY_SUFFIXES.has(`${last}.`)) tags.push('org/company suffix');
    if (entity.some((m) => / of /.test(m))) tags.push('"X of Y"');
    if (entity.some((m) => KNOWN_ORGS.has(m))) tags.push('known org');
    if (entity.some((m) => new RegExp(`(?<![\\p{L}])${escapeRe(m)}(?![\\p{L}])`, 'iu').test(article.title))) tags.push('in headline');
    const count = entity.reduce((n, m) => n + (text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(m)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0), 0);
    if (count <= 1) tags.push('named once');
    for (const t of tags) bump(tagCount, `${cls} :: ${t}`);
    for (const t of tags) bump(tagCount, `ALL :: ${t}`);
    if (list) lines.push(`${row.id}\t${cls}\t${entity.join(' | ')}\t${tags.join(', ')}`);
  }
  for (const o of listed) {
    if (goldOrgMentions.has(o)) continue;
    const inOther = (['people', 'places'] as const).find((t) => row[t].flat().some((m) => m.toLowerCase() === o));
    const partOf = row.organizations.flat().some((m) => containsWords(m, o) || containsWords(o, m.toLowerCase()));
    const cls = inOther ? `is a ${inOther === 'people' ? 'person' : 'place'}` : partOf ? 'part of / longer than a marked org' : 'not marked at all';
    bump(wrongClass, cls);
    if (list) lines.push(`${row.id}\tWRONG ${cls}\t${o}`);
  }
});

const table = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `| ${k} | ${v} |`).join('\n');
process.stdout.write(`Organisations: ${gold} marked, ${found} found, ${gold - found} missed (cross-validated, ${FOLDS} folds)\n\n| why missed | n |\n|---|---:|\n${table(missClass)}\n\n`);
process.stdout.write(`| class :: tag | n |\n|---|---:|\n${table(tagCount)}\n\n| wrongly listed | n |\n|---|---:|\n${table(wrongClass)}\n`);
if (list) process.stdout.write(`\n${lines.join('\n')}\n`);
