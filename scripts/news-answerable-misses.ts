/**
 * The answerable news questions (tests/fixtures/news-qa.jsonl) that are not answered right, broken
 * down the way issue #11 asks: cross-validated (each question decided by an answerability model
 * fitted without its article, as `npm run eval -- newsqa` does) and by the shipped answerer.
 *   span right, refused       the span (threshold 0) is right, but a plain conflict (grounding.ts)
 *                             vetoes it, or the confidence is below the threshold
 *   span wrong: pattern       a fixed news pattern answered or refused (patterns*.ts), not the span model
 *   span wrong: sentence      the quoted sentence lacks the gold; it is in the next / previous /
 *                             another sentence, or written in no sentence as given ("nowhere")
 *   span wrong: span          the quoted sentence holds the gold, the span is another part of it
 *   no answer                 no candidate sentence at all
 * Each wrong-span miss is counted answered or refused. Then the same by question kind (wh-word
 * and expected type). Usage:
 *   npx tsx scripts/news-answerable-misses.ts [--list=CLASS] [--json=FILE]
 * (--list prints the misses of one class, e.g. --list=span; --json writes every answerable row.)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerDetailed } from '../src/core/answer/answer.ts';
import { NANSWERABLE } from '../src/core/answer/answerable.ts';
import { prepareArticle } from '../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../src/core/answer/question-type.ts';
import { gives } from './answerable-cv.ts';
import { SHIPPED_THRESHOLDS, thresholdFor } from './answerable-rule.ts';
import { runNewsQa } from './eval-newsqa.ts';
import { jointCrossValidation, loadNewsQa } from './newsqa-data.ts';
import { containsAnswer, readQa } from './qa-data.ts';

/** One answerable question's outcome and, when missed, its class. */
export interface MissRow {
  id: string;
  question: string;
  answers: string[];
  kind: string;
  span: string;
  evidence: string;
  cvRight: boolean;
  shippedRight: boolean;
  /** 'right' when the span at threshold 0 is right; else where the miss comes from. */
  spanClass: 'right' | 'pattern' | 'sentence: next' | 'sentence: prev' | 'sentence: other' | 'sentence: nowhere' | 'span' | 'no answer';
  /** How a right span was refused (cross-validated): 'veto', 'threshold', or '' when given. */
  refusedBy: string;
  /** The question was given an answer (cross-validated). */
  cvAnswered: boolean;
  shippedAnswered: boolean;
  conflict: string;
}

/** Every answerable question of the set with its class. */
export function missRows(): MissRow[] {
  const data = loadNewsQa('.');
  if (!data) throw new Error('../shared/data/summ-dev.jsonl is not on this machine');
  const { news, pn: model } = jointCrossValidation(readQa(resolve('..', 'shared/data/qa2-dev.jsonl')));
  const shipped = runNewsQa('.')!;
  const off = new Float64Array(NANSWERABLE);
  const out: MissRow[] = [];
  data.questions.forEach((q, k) => {
    if (!q.answerable) return;
    const article = data.articles.get(q.article)!;
    const d = answerDetailed(q.question, article, { answerable: off, threshold: 0 });
    const floor = d.answer.confidence > 0.5 ? d.answer.confidence : 0;
    const e = news[k];
    const p = Math.max(model[k], floor);
    const given = gives(e, p, thresholdFor(e, SHIPPED_THRESHOLDS));
    const evidence = d.answer.evidence[0]?.sentence ?? '';
    let spanClass: MissRow['spanClass'] = 'right';
    if (!e.right) {
      if (e.pattern) spanClass = 'pattern';
      else if (d.span === null) spanClass = 'no answer';
      else if (containsAnswer(evidence, q.answers)) spanClass = 'span';
      else {
        const prep = prepareArticle(article);
        const at = prep.sentences.findIndex((s) => s.written === evidence || s.text === evidence);
        const holds = (n: number) => n >= 0 && n < prep.sentences.length && (containsAnswer(prep.sentences[n].text, q.answers) || containsAnswer(prep.sentences[n].written, q.answers));
        spanClass = at >= 0 && holds(at + 1) ? 'sentence: next' : at >= 0 && holds(at - 1) ? 'sentence: prev' : prep.sentences.some((_, n) => holds(n)) ? 'sentence: other' : 'sentence: nowhere';
      }
    }
    const info = analyzeQuestion(q.question);
    out.push({
      id: q.id,
      question: q.question,
      answers: q.answers,
      kind: `${info.wh}/${info.expect}`,
      span: e.span,
      evidence,
      cvRight: e.right && given,
      shippedRight: shipped[k].right,
      spanClass,
      refusedBy: given ? '' : e.vetoed ? 'veto' : 'threshold',
      cvAnswered: given,
      shippedAnswered: shipped[k].outcome !== 'refused',
      conflict: d.conflict ?? '',
    });
  });
  return out;
}

function main(args: string[]): void {
  const rows = missRows();
  const json = args.find((a) => a.startsWith('--json='))?.slice(7);
  if (json) writeFileSync(json, JSON.stringify(rows, null, 0));
  const line = (label: string, pick: (r: MissRow) => boolean) => {
    const cv = rows.filter((r) => !r.cvRight && pick(r)).length;
    const sh = rows.filter((r) => !r.shippedRight && pick(r)).length;
    process.stdout.write(`| ${label} | ${cv} | ${sh} |\n`);
  };
  process.stdout.write(`${rows.length} answerable; right cross-validated ${rows.filter((r) => r.cvRight).length}, shipped ${rows.filter((r) => r.shippedRight).length}\n\n`);
  process.stdout.write('| miss class | cross-validated | shipped |\n|---|---:|---:|\n');
  line('span right, vetoed by a plain conflict', (r) => r.spanClass === 'right' && r.refusedBy === 'veto');
  line('span right, below the threshold', (r) => r.spanClass === 'right' && r.refusedBy === 'threshold');
  line('span right, given (shipped only: the in-sample model refused)', (r) => r.spanClass === 'right' && r.refusedBy === '');
  for (const c of ['pattern', 'sentence: next', 'sentence: prev', 'sentence: other', 'sentence: nowhere', 'span', 'no answer'] as const) {
    line(`span wrong, ${c}: answered`, (r) => r.spanClass === c && r.cvAnswered);
    line(`span wrong, ${c}: refused`, (r) => r.spanClass === c && !r.cvAnswered);
  }
  line('all', () => true);
  const kinds = new Map<string, MissRow[]>();
  for (const r of rows) kinds.set(r.kind, [...(kinds.get(r.kind) ?? []), r]);
  process.stdout.write('\n| kind (wh/expect) | n | CV right | misses: right span refused | wrong sentence | wrong span, right sentence | pattern | other |\n|---|---:|---:|---:|---:|---:|---:|---:|\n');
  for (const [k, rs] of [...kinds].sort((a, b) => b[1].filter((r) => !r.cvRight).length - a[1].filter((r) => !r.cvRight).length)) {
    const miss = rs.filter((r) => !r.cvRight);
    const c = (f: (r: MissRow) => boolean) => miss.filter(f).length;
    process.stdout.write(
      `| ${k} | ${rs.length} | ${rs.length - miss.length} | ${c((r) => r.spanClass === 'right')} | ${c((r) => r.spanClass.startsWith('sentence'))} | ${c((r) => r.spanClass === 'span')} | ${c((r) => r.spanClass === 'pattern')} | ${c((r) => r.spanClass === 'no answer')} |\n`,
    );
  }
  const list = args.find((a) => a.startsWith('--list='))?.slice(7);
  if (!list) return;
  for (const r of rows) {
    if (r.cvRight || !r.spanClass.startsWith(list)) continue;
    process.stdout.write(`\n[${r.spanClass}${r.refusedBy ? `, refused by ${r.refusedBy}` : ''}] ${r.id} (${r.kind}) ${r.question}\n  gold: ${r.answers.join(' | ')}\n  span: ${r.span}${r.conflict ? `  (conflict: ${r.conflict})` : ''}\n  ev:   ${r.evidence.slice(0, 300)}\n`);
  }
}

if (process.argv[1]?.endsWith('news-answerable-misses.ts')) main(process.argv.slice(2));
