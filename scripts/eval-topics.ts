/**
 * `npm run eval -- topics [file] [--errors] [--shipped] [--seed N]`: is this story about X? Precision and
 * recall of live alerts' topic matching on story-topic pairs built at run time from stories with
 * hand-marked entities (default ../shared/data/entities-dev.jsonl; scripts/lib/topic-pairs.ts says
 * how pairs and labels are made), half of them near misses.
 *
 * In the same run: a plain case-insensitive substring search of headline and text (what a feed
 * filter does), and the first version of the matcher (whole-word search in every listed entity,
 * the headline and the lead). The entity model that feeds our matcher is learnt on these same
 * stories, so by default each story is read with weights learnt without it (5 folds by story);
 * `--shipped` adds the shipped weights (optimistic) for comparison.
 */
import { performance } from 'node:perf_hooks';
import { articleOf, DEFAULT_ENTITIES_FILE, loadEntityRows, trainOn } from './eval-entities.ts';
import { ABOUT_KINDS, buildPairs, NEAR_MISS_KINDS, type MarkedRow, type PairKind, type TopicPair } from './lib/topic-pairs.ts';
import { compileTopics, type TopicOptions } from '../src/core/topics/compile.ts';
import { topicStoryOf } from '../src/core/topics/story-of.ts';
import type { TopicStory } from '../src/core/topics/types.ts';
import type { Weights } from '../src/core/entities/model.ts';
import type { Article } from '../src/core/types.ts';

/** A system under test: is the story (row) about the topic? */
type Judge = (pair: TopicPair) => boolean;

/** Precision, recall and per-kind rates of one system. */
export interface TopicScore {
  precision: number;
  recall: number;
  f1: number;
  /** Per kind: share judged "about" (recall for about kinds, false-alarm rate for near misses). */
  byKind: Record<string, { n: number; yes: number }>;
  wrong: TopicPair[];
}

function score(pairs: readonly TopicPair[], judge: Judge): TopicScore {
  let tp = 0, fp = 0, fn = 0;
  const byKind: TopicScore['byKind'] = {};
  const wrong: TopicPair[] = [];
  for (const p of pairs) {
    const yes = judge(p);
    const k = (byKind[p.kind] ??= { n: 0, yes: 0 });
    k.n++;
    if (yes) k.yes++;
    if (yes && p.about) tp++;
    else if (yes) fp++;
    else if (p.about) fn++;
    if (yes !== p.about) wrong.push(p);
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, byKind, wrong };
}

/** Weights learnt without each story (k folds by story order). */
function foldWeights(rows: readonly MarkedRow[], articles: readonly Article[], folds = 5): (i: number) => Weights {
  const weights: Weights[] = [];
  for (let f = 0; f < folds; f++) {
    const keep = rows.map((_, i) => i).filter((i) => i % folds !== f);
    weights.push(trainOn(keep.map((i) => rows[i]), keep.map((i) => articles[i])));
  }
  return (i) => weights[i % folds];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first version of match.ts: whole words, case-insensitive, in any listed entity, the headline or the lead. */
function firstVersion(story: TopicStory, topic: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(topic.toLowerCase()).replace(/\\? +/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
  const names = [...story.entities.people.map((p) => p.name), ...story.entities.organizations, ...story.entities.places];
  return [...names, story.title, story.lead].some((t) => re.test(t.toLowerCase()));
}

/** Everything the eval measures, for the report and the dev-data test. */
export interface TopicEval {
  pairs: TopicPair[];
  systems: Record<string, TopicScore>;
  /** Microseconds to index one new story (once, whatever the number of follows). */
  usIndex: number;
  /** Microseconds to match one indexed story against 1,000 compiled topics. */
  usPerStoryPer1000: number;
}

/** Build the pairs and score every system on them. */
export function evaluateTopics(rows: readonly MarkedRow[], opts: { shipped?: boolean; folds?: number; seed?: number } = {}): TopicEval {
  const pairs = buildPairs(rows, opts.seed);
  const byId = new Map(rows.map((r, i) => [r.id, i]));
  const articles = rows.map((r) => articleOf(r));
  const weightsOf = foldWeights(rows, articles, opts.folds ?? 5);
  const stories = articles.map((a, i) => topicStoryOf(a, null, weightsOf(i)));
  const ours = (options: TopicOptions, st: readonly TopicStory[]): Judge => {
    const cache = new Map<string, ReturnType<typeof compileTopics>>();
    return (p) => {
      let m = cache.get(p.topic);
      if (!m) cache.set(p.topic, (m = compileTopics([p.topic], options)));
      return m.match(st[byId.get(p.row)!]).length > 0;
    };
  };
  const systems: Record<string, TopicScore> = {
    'substring (baseline)': score(pairs, (p) => {
      const r = rows[byId.get(p.row)!];
      return `${r.title}\n${r.text}`.toLowerCase().includes(p.topic.toLowerCase());
    }),
    'first version (whole words in entities, headline, lead)': score(pairs, (p) => firstVersion(stories[byId.get(p.row)!], p.topic)),
    newsbrief: score(pairs, ours({}, stories)),
    'newsbrief + demonyms': score(pairs, ours({ demonyms: true }, stories)),
  };
  if (opts.shipped) {
    const shippedStories = articles.map((a) => topicStoryOf(a));
    systems['newsbrief, shipped weights (learnt on these stories)'] = score(pairs, ours({}, shippedStories));
  }
  // Cost: every story against 1,000 follows.
  const topics = [...new Set(pairs.map((p) => p.topic))];
  while (topics.length < 1000) topics.push(`${topics[topics.length % pairs.length]} ${topics.length}`);
  const matcher = compileTopics(topics.slice(0, 1000));
  const fresh = stories.map((s) => ({ ...s }));
  let t0 = performance.now();
  for (const s of fresh) compileTopics([]).match(s);
  const usIndex = ((performance.now() - t0) * 1000) / fresh.length;
  t0 = performance.now();
  for (const s of fresh) matcher.match(s);
  const usPerStoryPer1000 = ((performance.now() - t0) * 1000) / fresh.length;
  return { pairs, systems, usIndex, usPerStoryPer1000 };
}

const pct = (x: number) => (100 * x).toFixed(1);

/** Entry point of `npm run eval -- topics`. */
export async function main(args: string[], print: (s: string) => void = (s) => process.stdout.write(s)): Promise<TopicEval> {
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--seed') ?? DEFAULT_ENTITIES_FILE;
  const rows = loadEntityRows(file) as MarkedRow[];
  const t0 = performance.now();
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 16;
  const ev = evaluateTopics(rows, { shipped: args.includes('--shipped'), seed });
  const about = ev.pairs.filter((p) => p.about).length;
  print(`topics: ${ev.pairs.length} story-topic pairs from ${rows.length} stories (${about} about, ${ev.pairs.length - about} near misses), seed ${seed}; entity model cross-validated (5 folds by story)\n\n`);
  const kinds: PairKind[] = [...ABOUT_KINDS, ...NEAR_MISS_KINDS];
  const count = (k: PairKind) => ev.pairs.filter((p) => p.kind === k).length;
  print(`| system | precision | recall | F1 | ${kinds.map((k) => `${k} (${count(k)})`).join(' | ')} |\n`);
  print(`|---|---|---|---|${kinds.map(() => '---|').join('')}\n`);
  for (const [name, s] of Object.entries(ev.systems)) {
    const cells = kinds.map((k) => (s.byKind[k] ? pct(s.byKind[k].yes / s.byKind[k].n) : '-'));
    print(`| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${cells.join(' | ')} |\n`);
  }
  print(`\n(kind columns: % judged "about": recall for headline/lead/repeated, false alarms for the near-miss kinds)\n`);
  const variants = ['surname', 'lowercase'] as const;
  for (const v of variants) {
    const ps = ev.pairs.filter((p) => p.variant === v);
    const ok = ps.filter((p) => !ev.systems.newsbrief.wrong.includes(p)).length;
    print(`newsbrief on topics typed as ${v}: ${ok}/${ps.length} right\n`);
  }
  print(`cost per new story: ${ev.usIndex.toFixed(0)} µs to index it once, then ${ev.usPerStoryPer1000.toFixed(0)} µs to match it against 1,000 follows (eval took ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  if (args.includes('--errors')) {
    for (const p of ev.systems.newsbrief.wrong) print(`  ${p.about ? 'missed' : 'wrong '} ${p.kind.padEnd(14)} ${p.row} "${p.topic}"\n`);
  }
  return ev;
}
