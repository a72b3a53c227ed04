/**
 * `npm run eval -- grouping [--data DIR]`: how well digests group the same story from two
 * sources, on pairs built at run time from the development stories (../shared/data; nothing
 * is copied). Each story becomes two reports worded differently, as two wires would file it:
 * - summ-dev (cased kinds): report A is the article's title (or first sentence) over the
 *   first half of its sentences; report B leads with the human reference summary (other
 *   words, same facts) over the second half.
 * - entities-dev (Reuters): A is the headline over the first half of the paragraphs; B the
 *   second half, headed by its own first sentence.
 * Every report gets a time within the same two days, so time alone tells nothing.
 *
 * Reported, over all pairs of reports (a pair is "same" when both come from one story):
 * precision, recall and F1 of the shipped rule against the original rule (same link/title
 * or Jaccard >= 0.45 of title + TL;DR words) in the same run; and the grouping the digest does
 * (src/core/digest/group.ts over all reports at once). The thresholds are chosen by 2-fold
 * cross-validation over stories: each fold's best grid point is scored on the other fold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupStories } from '../src/core/digest/group.ts';
import { GROUPING, pairFeatures, termWeights, sameStoryFeatures, storySignature, type GroupingRule, type PairFeatures, type StorySignature } from '../src/core/digest/story-signature.ts';
import { summarize } from '../src/core/brief/summarize.ts';
import { paragraphs, sentences } from '../src/core/text/text.ts';
import type { Article, Briefing } from '../src/core/types.ts';
import { prng } from './prng.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CASED = new Set(['cnndm', 'xsum', 'newsroom']);

interface Report {
  story: number;
  article: Article;
}

function report(story: number, side: 'A' | 'B', rowId: string, title: string, text: string, at: number): Report {
  return {
    story,
    article: {
      id: `${rowId}#${side}`,
      title: title.length > 110 ? `${title.slice(0, 107)}...` : title,
      text,
      caption: null,
      dateline: { place: null, date: null, agency: null },
      url: null,
      publishedAt: new Date(at).toISOString(),
      source: `Wire ${side}`,
    },
  };
}

/** The two reports of every usable story, by row id of the development files. */
export function buildReports(dir: string): Report[] {
  const out: Report[] = [];
  const rand = prng(2026);
  const t0 = Date.parse('2026-03-01T00:00:00Z');
  const when = () => t0 + Math.floor(rand() * 2 * 86_400_000);
  const summ = resolve(dir, 'summ-dev.jsonl');
  if (existsSync(summ)) {
    for (const line of readFileSync(summ, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; kind: string; title: string | null; text: string; reference: string };
      if (!CASED.has(r.kind)) continue;
      const s = sentences(r.text);
      const ref = r.reference.split('\n').map((x) => x.trim()).filter(Boolean);
      if (s.length < 6 || !ref.length) continue;
      const half = Math.ceil(s.length / 2);
      const story = out.length / 2;
      out.push(report(story, 'A', r.id, r.title ?? s[0], s.slice(0, half).join(' '), when()));
      out.push(report(story, 'B', r.id, ref[0], [...ref, ...s.slice(half)].join(' '), when()));
    }
  }
  const ents = resolve(dir, 'entities-dev.jsonl');
  if (existsSync(ents)) {
    for (const line of readFileSync(ents, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; title: string; text: string };
      // The first paragraph is the dateline ("LONDON 1996-08-30").
      const ps = paragraphs(r.text).slice(1);
      if (ps.length < 4) continue;
      const half = Math.ceil(ps.length / 2);
      const second = ps.slice(half);
      const story = out.length / 2;
      out.push(report(story, 'A', r.id, r.title, ps.slice(0, half).join('\n\n'), when()));
      out.push(report(story, 'B', r.id, sentences(second[0])[0] ?? second[0], second.join('\n\n'), when()));
    }
  }
  return out;
}

/** The original rule: same link or title, or Jaccard >= 0.45 of title + TL;DR words. */
const LEGACY = (f: PairFeatures): boolean => f.identical || f.words >= 0.45;

interface Score {
  tp: number;
  fp: number;
  fn: number;
}
const prf = (s: Score) => {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

function scorePairs(pairs: { same: boolean; f: PairFeatures; fold: number }[], decide: (f: PairFeatures) => boolean, fold?: number): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0 };
  for (const p of pairs) {
    if (fold !== undefined && p.fold !== fold) continue;
    const d = decide(p.f);
    if (d && p.same) s.tp++;
    else if (d) s.fp++;
    else if (p.same) s.fn++;
  }
  return s;
}

function grid(): GroupingRule[] {
  const out: GroupingRule[] = [];
  for (const terms of [0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3])
    for (const termsWithNames of [0.02, 0.04, 0.06, 0.08, 0.1, 0.12])
      for (const names of [2, 3, 4, 5])
        for (const namesWithFigure of [1, 2, 3, 99]) for (const namesWithTerms of [0, 1]) out.push({ words: 0.45, namesWithTerms, terms, termsWithNames, names, namesWithFigure });
  return out;
}

const pct = (x: number): string => (x * 100).toFixed(1);

export async function main(args: string[], print: (s: string) => void = (s) => process.stdout.write(s)): Promise<void> {
  const at = args.indexOf('--data');
  const dir = at >= 0 ? resolve(args[at + 1] ?? '') : resolve(ROOT, '../shared/data');
  const reports = buildReports(dir);
  if (!reports.length) throw new Error(`no development stories in ${dir} (summ-dev.jsonl, entities-dev.jsonl): they come from ../shared/data`);
  const briefings: Briefing[] = reports.map((r) => summarize(r.article, { points: 3 }));
  const sigs: StorySignature[] = briefings.map((b, i) => storySignature(b, reports[i].article));
  // Terms weighted by rarity among all reports, as the digest weighs them among its candidates.
  const weight = termWeights(sigs);
  const pairs: { same: boolean; f: PairFeatures; fold: number }[] = [];
  for (let i = 0; i < reports.length; i++)
    for (let j = i + 1; j < reports.length; j++) {
      // A pair belongs to a fold when both its stories do; cross-fold pairs only count in the totals.
      const fi = reports[i].story % 2;
      const fold = fi === reports[j].story % 2 ? fi : -1;
      pairs.push({ same: reports[i].story === reports[j].story, f: pairFeatures(sigs[i], sigs[j], weight), fold });
    }

  // 2-fold cross-validation of the thresholds.
  const cv: string[] = [];
  for (const fold of [0, 1]) {
    let best = GROUPING;
    let bestF = -1;
    for (const g of grid()) {
      const f = prf(scorePairs(pairs, (x) => sameStoryFeatures(x, g), fold)).f;
      if (f > bestF) [best, bestF] = [g, f];
    }
    const held = prf(scorePairs(pairs, (x) => sameStoryFeatures(x, best), 1 - fold));
    const shipped = prf(scorePairs(pairs, (x) => sameStoryFeatures(x, GROUPING), 1 - fold));
    cv.push(
      `| tuned on fold ${fold}, scored on fold ${1 - fold} | ${JSON.stringify({ ...best, words: undefined })} | ${pct(held.p)} / ${pct(held.r)} / ${pct(held.f)} | shipped: ${pct(shipped.p)} / ${pct(shipped.r)} / ${pct(shipped.f)} |`,
    );
  }

  const legacy = prf(scorePairs(pairs, LEGACY));
  const shipped = prf(scorePairs(pairs, (f) => sameStoryFeatures(f, GROUPING)));
  // The digest's grouping over every report at once (transitive: a group may chain).
  const sigOf = new Map(briefings.map((b, i) => [b, sigs[i]]));
  const storyOf = new Map(briefings.map((b, i) => [b.id, reports[i].story]));
  const groups = groupStories(briefings, (b) => sigOf.get(b) ?? storySignature(b));
  const grouped: Score = { tp: 0, fp: 0, fn: 0 };
  const together = new Set<string>();
  for (const g of groups) {
    const ids = [g.lead.id, ...g.also.map((b) => b.id)];
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) together.add([ids[i], ids[j]].sort().join('|'));
  }
  for (let i = 0; i < briefings.length; i++)
    for (let j = i + 1; j < briefings.length; j++) {
      const same = storyOf.get(briefings[i].id) === storyOf.get(briefings[j].id);
      const d = together.has([briefings[i].id, briefings[j].id].sort().join('|'));
      if (d && same) grouped.tp++;
      else if (d) grouped.fp++;
      else if (same) grouped.fn++;
    }
  const g = prf(grouped);
  const stories = reports.length / 2;
  print(
    [
      `Grouping: ${stories} stories told twice in different words (${reports.length} reports, ${pairs.length.toLocaleString('en-US')} pairs, ${stories} of them the same story).`,
      '',
      '| rule | precision | recall | F1 |',
      '|---|---:|---:|---:|',
      `| original: same link/title or title+TL;DR word overlap >= 0.45 | ${pct(legacy.p)} | ${pct(legacy.r)} | ${pct(legacy.f)} |`,
      `| shipped pair rule: + names, figures, rare terms of the text | ${pct(shipped.p)} | ${pct(shipped.r)} | ${pct(shipped.f)} |`,
      `| shipped digest grouping over all ${reports.length} reports at once | ${pct(g.p)} | ${pct(g.r)} | ${pct(g.f)} |`,
      '',
      '| cross-validation | best thresholds | P / R / F1 on the other fold | |',
      '|---|---|---|---|',
      ...cv,
      '',
    ].join('\n'),
  );
}
