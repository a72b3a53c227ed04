/**
 * `npm run eval -- truecase [file] [--errors]`: what truecasing (src/core/text/truecase.ts) gives
 * back on copy written all in lower case. In one run, on the same stories
 * (default ../shared/data/entities-dev.jsonl):
 *
 * 1. Entities: each story as written (cased), then lowercased (title and text) and listed
 *    WITHOUT truecasing (what the finder did before) and WITH it; precision / recall per type as
 *    `npm run eval -- entities` scores them, the entity model's weights learnt in 5 folds by story
 *    on the cased stories (no story listed by weights that saw it). Reported on all stories and
 *    on the two halves: the rules were written looking at the even-numbered stories only
 *    (the tuning half); the odd-numbered ones are held out.
 * 2. Casing: every sentence of these stories and of the cased news of summ-dev.jsonl (same
 *    folder; kinds cnndm, xsum, newsroom) lowercased and truecased, against the original: of
 *    the words past a sentence's first, precision / recall of "has a capital".
 * 3. Answers: our news follow-up questions on the summ-dev stories written in lower case, apart
 *    from the cased ones (eval-truecase-answers.ts).
 * `--errors` prints, for the tuning half, the words given a capital wrongly and those missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { extractEntities } from '../src/core/entities/entities.ts';
import type { Weights } from '../src/core/entities/model.ts';
import { sentences } from '../src/core/text/text.ts';
import { truecaseAll } from '../src/core/text/truecase.ts';
import type { Article } from '../src/core/types.ts';
import { answerLines } from './eval-truecase-answers.ts';
import { articleOf, DEFAULT_ENTITIES_FILE, leadOf, loadEntityRows, prf, score, trainOn, type EntityRow, type Tally } from './eval-entities.ts';

const TYPES = ['people', 'places', 'organizations'] as const;
type Tallies = Record<(typeof TYPES)[number] | 'overall', Tally>;
const newTally = (): Tally => ({ listed: 0, right: 0, gold: 0, found: 0, leadGold: 0, leadFound: 0 });
const newTallies = (): Tallies => ({ people: newTally(), places: newTally(), organizations: newTally(), overall: newTally() });

const lowered = (row: EntityRow): EntityRow => ({ ...row, title: row.title.toLowerCase(), text: row.text.toLowerCase() });

function tallyStory(row: EntityRow, article: Article, weights: Weights, t: Tallies, truecase = true): void {
  const e = extractEntities(article, weights, { truecase });
  const listed = { people: e.people.map((p) => p.name), places: e.places, organizations: e.organizations };
  const lead = leadOf(row);
  for (const type of TYPES) {
    score(row[type], listed[type], lead, t[type]);
    score(row[type], listed[type], lead, t.overall);
  }
}

/** Capitals given back, word by word, past each sentence's first word. */
interface CaseTally {
  /** Words given a capital. */
  given: number;
  /** ... that have one in the original. */
  right: number;
  /** Words with a capital in the original. */
  gold: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function caseTally(texts: readonly string[], t: CaseTally, errors?: { wrong: Map<string, number>; missed: Map<string, number> }): void {
  for (const text of texts) {
    const orig = sentences(text);
    if (!orig.length) continue;
    const back = truecaseAll(orig.map((s) => s.toLowerCase()));
    orig.forEach((s, k) => {
      const b = back[k];
      if (b.length !== s.length) return;
      let first = true;
      for (const m of s.matchAll(WORD)) {
        if (first) {
          first = false;
          continue;
        }
        const o = /^\p{Lu}/u.test(m[0]);
        const g = /^\p{Lu}/u.test(b.slice(m.index, m.index + m[0].length));
        if (!/^\p{L}/u.test(m[0])) continue;
        if (g) t.given++;
        if (o) t.gold++;
        if (g && o) t.right++;
        if (errors && g !== o) {
          const map = g ? errors.wrong : errors.missed;
          const w = m[0].toLowerCase();
          map.set(w, (map.get(w) ?? 0) + 1);
        }
      }
    });
  }
}

const f1 = (x: number) => x.toFixed(1);
const pr = (t: CaseTally) => {
  const p = t.given ? (100 * t.right) / t.given : 0;
  const r = t.gold ? (100 * t.right) / t.gold : 0;
  return `${f1(p)} | ${f1(r)} | ${f1(p + r ? (2 * p * r) / (p + r) : 0)}`;
};

/** Entry point of `npm run eval -- truecase`. */
export async function main(args: string[], print: (s: string) => void = (s) => process.stdout.write(s)): Promise<void> {
  let file = DEFAULT_ENTITIES_FILE;
  let showErrors = false;
  for (const a of args) {
    if (a === '--errors') showErrors = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else file = resolve(a);
  }
  const rows = loadEntityRows(file);
  const cased = rows.map(articleOf);
  const lower = rows.map((r) => articleOf(lowered(r)));
  const folds = 5;
  const weights: Weights[] = [];
  for (let f = 0; f < folds; f++) {
    const keep = rows.map((_, i) => i).filter((i) => i % folds !== f);
    weights.push(trainOn(keep.map((i) => rows[i]), keep.map((i) => cased[i])));
  }
  const systems = ['cased original', 'lowercased, without truecasing', 'lowercased, with truecasing'] as const;
  const halves = ['all', 'tuning half (even)', 'held-out half (odd)'] as const;
  const results = new Map<string, Tallies>();
  for (const s of systems) for (const h of halves) results.set(`${s}|${h}`, newTallies());
  rows.forEach((row, i) => {
    const w = weights[i % folds];
    const half = i % 2 === 0 ? halves[1] : halves[2];
    for (const s of systems) {
      for (const h of [halves[0], half]) {
        const t = results.get(`${s}|${h}`) as Tallies;
        if (s === systems[0]) tallyStory(row, cased[i], w, t);
        else if (s === systems[1]) tallyStory(row, lower[i], w, t, false);
        else tallyStory(row, lower[i], w, t);
      }
    }
  });
  const lines = [
    `Entities on ${rows.length} stories (${file.split('/').slice(-1)[0]}), lowercased and as written: precision / recall / F1 x100 (lead R: named in the title or first two paragraphs); entity weights learnt in ${folds} folds by story.`,
    '',
    '| stories | copy | type | P | R | F1 | lead R |',
    '|---|---|---|---:|---:|---:|---:|',
  ];
  for (const h of halves) {
    for (const s of systems) {
      const t = results.get(`${s}|${h}`) as Tallies;
      for (const type of [...TYPES, 'overall'] as const) {
        const x = prf(t[type]);
        lines.push(`| ${h} | ${s} | ${type} | ${f1(x.p)} | ${f1(x.r)} | ${f1(x.f)} | ${f1(x.leadR)} |`);
      }
    }
  }
  const all = (s: string) => prf((results.get(`${s}|all`) as Tallies).overall);
  const [c, wo, wi] = systems.map(all);
  lines.push(
    '',
    `Overall F1 on all ${rows.length} stories: cased ${f1(c.f)}; lowercased without truecasing ${f1(wo.f)}, with ${f1(wi.f)} ` +
      `(recall ${f1(wo.r)} -> ${f1(wi.r)}; ${f1((100 * wi.f) / Math.max(c.f, 1e-9))}% of the cased F1).`,
  );

  // Casing, word by word.
  const sets: [string, string[]][] = [[`entities-dev, tuning half`, rows.filter((_, i) => i % 2 === 0).map((r) => `${r.title}\n\n${r.text}`)], [`entities-dev, held-out half`, rows.filter((_, i) => i % 2 === 1).map((r) => `${r.title}\n\n${r.text}`)]];
  const summ = resolve(dirname(file), 'summ-dev.jsonl');
  if (existsSync(summ)) {
    const news = readFileSync(summ, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { kind: string; text: string })
      .filter((r) => ['cnndm', 'xsum', 'newsroom'].includes(r.kind));
    sets.push([`summ-dev cased news (${news.length} stories, held out)`, news.map((r) => r.text)]);
  }
  lines.push('', 'Capitals given back on lowercased sentences (words past the first), against the original:', '', '| text | P | R | F1 |', '|---|---:|---:|---:|');
  const errors = showErrors ? { wrong: new Map<string, number>(), missed: new Map<string, number>() } : undefined;
  for (const [name, texts] of sets) {
    const t: CaseTally = { given: 0, right: 0, gold: 0 };
    caseTally(texts, t, name.includes('tuning') ? errors : undefined);
    lines.push(`| ${name} | ${pr(t)} |`);
  }
  if (errors) {
    const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([w, n]) => `${w} ${n}`).join(', ');
    lines.push('', `given a capital wrongly: ${top(errors.wrong)}`, '', `missed: ${top(errors.missed)}`);
  }
  if (existsSync(summ)) lines.push('', ...answerLines(summ));
  print(`${lines.join('\n')}\n`);
}
