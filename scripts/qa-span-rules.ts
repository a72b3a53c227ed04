/**
 * Answer-time span rules measured paired: qa-dev and qa2-dev's answerable questions, each
 * answered by the span model and re-ranker fitted without its title's fold (scripts/span-folds.ts),
 * every question answered, with each rule on (as shipped) and off, by the same fold models, so the
 * difference is the rule's alone (no training-order noise). Lists the answers a rule changes.
 *   npx tsx scripts/qa-span-rules.ts [--seeds n] [--from k] [--rules copula] [--list]
 *   npx tsx scripts/qa-span-rules.ts --news [--rules both]   (our news questions, shipped models: the answers a rule changes)
 */
import { answerDetailed, type AnswerOptions } from '../src/core/answer/answer.ts';
import { best, contextArticle, exactMatch, f1Score } from './qa-data.ts';
import { heldOutSpanModel, heldOutSets, trainingOrders } from './span-folds.ts';
import { loadNewsQa } from './newsqa-data.ts';

/** Each rule and the option that turns it off. */
export const RULES: Record<string, AnswerOptions> = {
  copula: { copula: false },
  passive: { passive: false },
  both: { copula: false, passive: false },
  follower: { follower: false },
};

/** The news questions whose answer a rule changes (shipped span and answerability models; news articles are in no fold). */
function news(names: string[]): void {
  const data = loadNewsQa('.');
  if (!data) throw new Error('../shared/data/summ-dev.jsonl is not on this machine');
  for (const name of names) {
    let changed = 0;
    for (const q of data.questions) {
      const article = data.articles.get(q.article)!;
      const [on, off] = [answerDetailed(q.question, article), answerDetailed(q.question, article, RULES[name])];
      if (on.span === off.span && on.answer.found === off.answer.found && on.answer.answer === off.answer.answer) continue;
      changed++;
      const say = (d: typeof on): string => `${d.span} (${d.answer.found ? (q.answerable ? `F1 ${best(f1Score, d.answer.answer, q.answers).toFixed(2)}` : 'answered') : 'refused'}, ${d.answer.confidence})`;
      process.stdout.write(`  [${name} news, ${q.answerable ? 'answerable' : 'unanswerable'}] ${q.question}\n    gold: ${q.answers.join(' | ')}\n    off:  ${say(off)}\n    on:   ${say(on)}\n`);
    }
    process.stdout.write(`news ${name}: ${changed} of ${data.questions.length} answers changed\n`);
  }
}

function main(args: string[]): void {
  const names = args.includes('--rules') ? args[args.indexOf('--rules') + 1].split(',') : Object.keys(RULES);
  const list = args.includes('--list');
  if (args.includes('--news')) return news(names);
  const sets = heldOutSets();
  for (const seed of trainingOrders(args)) {
    for (const name of names) {
      const cells = sets.map(([set, rows]) => {
        const sum = { on: 0, off: 0, emOn: 0, emOff: 0, changed: 0, better: 0, worse: 0 };
        for (const row of rows) {
          const model = heldOutSpanModel(row.title, { seed });
          const on = answerDetailed(row.question, contextArticle(row), { ...model, threshold: 0 }).span ?? '';
          const off = answerDetailed(row.question, contextArticle(row), { ...model, threshold: 0, ...RULES[name] }).span ?? '';
          const [fOn, fOff] = [best(f1Score, on, row.answers), best(f1Score, off, row.answers)];
          sum.on += fOn;
          sum.off += fOff;
          sum.emOn += best(exactMatch, on, row.answers);
          sum.emOff += best(exactMatch, off, row.answers);
          if (on !== off) {
            sum.changed++;
            if (fOn > fOff) sum.better++;
            if (fOn < fOff) sum.worse++;
            if (list) process.stdout.write(`  [${name} ${set}] ${fOff.toFixed(2)} -> ${fOn.toFixed(2)} ${row.question}\n    gold: ${row.answers[0]}\n    off:  ${off}\n    on:   ${on}\n`);
          }
        }
        const pct = (x: number) => ((100 * x) / rows.length).toFixed(2);
        return `${set} F1 ${pct(sum.off)} -> ${pct(sum.on)} (EM ${pct(sum.emOff)} -> ${pct(sum.emOn)}; ${sum.changed} changed, ${sum.better} better, ${sum.worse} worse)`;
      });
      process.stdout.write(`order ${seed} ${name}: ${cells.join(' | ')}\n`);
    }
  }
}

main(process.argv.slice(2));
