/**
 * Which news decisions a refit changes, and why: the weights or the news threshold.
 *   npx tsx scripts/answerable-news-shift.ts --examples=FILE [--before=WEIGHTS.ts] [--share=0.4] [--calibration=pooled|source] [--plain=0.2] [--news=0.4]
 * FILE is train-answerable's example cache (--examples=FILE there). On the news set, decided as the
 * answerer decides them (in-sample: the model fitted on every example, through the tables it would
 * ship), three steps: the shipped weights file (or --before, another copy of it) at its thresholds -> the refit at the shipped news
 * threshold -> the refit at the news threshold given. Each step prints the questions it makes
 * right and wrong (a refusal of an unanswerable question, a right answer of an answerable one),
 * split by what happened (an answer given up, a wrong answer refused, ...). docs/answers-qa2.md, session 20.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ANSWERABLE_FEATURES } from '../src/core/answer/answerable.ts';
import { crossValidateConfigs, shippedFileData, type AnswerableExample } from './answerable-cv.ts';
import { givesAt, type Thresholds } from './answerable-rule.ts';
import * as shippedFile from '../src/core/answer/answerable-weights.ts';

const arg = (name: string, d: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? d;
const file = arg('examples', '');
if (!file || !existsSync(file)) throw new Error('--examples=FILE: the cache scripts/train-answerable.ts --examples=FILE writes');
const c = JSON.parse(readFileSync(file, 'utf8')) as { names: string[]; qa2: AnswerableExample[]; news: AnswerableExample[]; dev: AnswerableExample[] };
if (c.names.join() !== ANSWERABLE_FEATURES.join()) throw new Error('the cache was written with other features: write it again');
const de = (xs: AnswerableExample[]) => xs.map((e) => ({ ...e, features: e.features ? Float64Array.from(e.features as unknown as number[]) : null }));
const sets = { qa2: de(c.qa2), news: de(c.news), dev: de(c.dev) };
const share = Number(arg('share', '0.4'));
const mode = arg('calibration', 'pooled') as 'pooled' | 'source';
const target: Thresholds = { plain: Number(arg('plain', '0.2')), news: Number(arg('news', '0.4')) };
const refit = crossValidateConfigs(sets, { form: 'single', l2: 0.0005 }, share, [mode])[0].shipped;
const beforeFile = (process.argv.some((a) => a.startsWith('--before=')) ? await import(resolve(arg('before', ''))) : shippedFile) as typeof shippedFile;
const before = shippedFileData(sets, beforeFile);
const SHIPPED_THRESHOLDS: Thresholds = { plain: beforeFile.ANSWERABLE_THRESHOLDS.refuseBelow, news: beforeFile.ANSWERABLE_THRESHOLDS.refuseBelowNews };

type Step = { label: string; p: Float64Array; t: Thresholds };
const steps: Step[] = [
  { label: `shipped file at ${SHIPPED_THRESHOLDS.plain} / ${SHIPPED_THRESHOLDS.news}`, p: before.pNews, t: SHIPPED_THRESHOLDS },
  { label: `refit (share ${share}, ${mode}) at ${target.plain} / ${SHIPPED_THRESHOLDS.news}`, p: refit.pNews, t: { plain: target.plain, news: SHIPPED_THRESHOLDS.news } },
  { label: `refit at ${target.plain} / ${target.news}`, p: refit.pNews, t: target },
];
const news = sets.news;
const ok = (e: AnswerableExample, give: boolean) => (e.impossible ? !give : give && e.right);
for (let s = 1; s < steps.length; s++) {
  const [a, b] = [steps[s - 1], steps[s]];
  const kinds = new Map<string, number>();
  let better = 0;
  let worse = 0;
  news.forEach((e, k) => {
    const ga = givesAt(e, a.p[k], a.t);
    const gb = givesAt(e, b.p[k], b.t);
    const d = Number(ok(e, gb)) - Number(ok(e, ga));
    if (!d) return;
    if (d > 0) better++;
    else worse++;
    const what = e.impossible ? (gb ? 'unanswerable now answered' : 'unanswerable now refused') : gb ? 'right answer now given' : 'right answer now refused';
    kinds.set(what, (kinds.get(what) ?? 0) + 1);
  });
  process.stdout.write(`${a.label} -> ${b.label}: news ${better} better / ${worse} worse; ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
}
// The answers right that the higher news threshold gives up, by the confidence the refit gives them.
const lost = news.map((e, k) => ({ e, p: refit.pNews[k] })).filter(({ e, p }, k) => !e.impossible && e.right && givesAt(e, p, steps[1].t) && !givesAt(e, refit.pNews[k], target));
const band = (p: number) => `${(Math.floor(p * 20) / 20).toFixed(2)}-${(Math.floor(p * 20) / 20 + 0.05).toFixed(2)}`;
const bands = new Map<string, number>();
for (const { p } of lost) bands.set(band(p), (bands.get(band(p)) ?? 0) + 1);
process.stdout.write(`right answers the news threshold ${target.news} refuses (refit's confidence): ${[...bands].sort().map(([b, n]) => `${b}: ${n}`).join(', ')}\n`);
