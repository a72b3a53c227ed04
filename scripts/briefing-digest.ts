/**
 * `npx tsx scripts/briefing-digest.ts [tree] > digests.txt`: a digest of everything the
 * briefing core outputs for many texts, to check that a speed change changes no output. Run
 * it on the tree before the change (a `git worktree` or `git archive` copy, given as `tree`) and
 * after, and compare the two files (`cmp`): one line per text, then the total on stderr.
 *
 * The texts: the shipped stories (briefings/, examples/articles.jsonl), every text of the
 * development sets in ../shared/data (as parsed, and raw with the dateline left in the text),
 * 4,500 generated bench articles (scripts/bench.ts), and mangled copies of every seventh text
 * (capitals, lowercase, one paragraph). For each: `summarize()` (3 and 7 points),
 * `summarizeForChat()`, `rankedEntities()` and `entityMentions()`. Nothing of the data is written
 * out but hashes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/core/types.ts';

const HERE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tree = resolve(process.argv[2] ?? HERE);
const DATA = resolve(HERE, '../shared/data');

const { summarize, summarizeForChat } = (await import(`${tree}/src/core/brief/summarize.ts`)) as typeof import('../src/core/brief/summarize.ts');
const { rankedEntities, entityMentions } = (await import(`${tree}/src/core/entities/entities.ts`)) as typeof import('../src/core/entities/entities.ts');
const { parseArticle } = (await import(`${tree}/src/core/article/parse.ts`)) as typeof import('../src/core/article/parse.ts');
const { generateArticles, loadPool } = (await import(`${tree}/scripts/bench.ts`)) as typeof import('./bench.ts');

const raw = (id: string, title: string, text: string): Article => ({
  id,
  title,
  text,
  caption: null,
  dateline: { place: null, date: null, agency: null },
  url: null,
  publishedAt: null,
  source: null,
});

const items: { id: string; article: Article }[] = [];
const briefings = resolve(HERE, 'briefings');
if (existsSync(briefings)) for (const f of readdirSync(briefings).sort()) items.push({ id: `briefings/${f}`, article: parseArticle(readFileSync(resolve(briefings, f), 'utf8'), { id: f, fileName: f }) });
for (const line of readFileSync(resolve(HERE, 'examples/articles.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const o = JSON.parse(line) as { id: string; title?: string; text: string };
  items.push({ id: `examples/${o.id}`, article: parseArticle(o.text, { id: o.id, title: o.title, fileName: 'story.txt' }) });
}
for (const file of ['summ-dev', 'entities-dev', 'qa-dev', 'qa2-dev']) {
  const path = resolve(DATA, `${file}.jsonl`);
  if (!existsSync(path)) continue;
  const seen = new Set<string>();
  let n = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { title?: string | null; text?: string; context?: string };
    const text = o.text ?? o.context;
    if (typeof text !== 'string' || seen.has(text)) continue;
    seen.add(text);
    const id = `${file}/${n++}`;
    try {
      items.push({ id, article: parseArticle(text, { id, title: o.title ?? undefined, fileName: 'story.txt' }) });
    } catch {
      // Not an article to the parser: the raw text below still counts.
    }
    items.push({ id: `${id}/raw`, article: raw(id, o.title ?? '', text) });
  }
}
const pool = loadPool();
for (const seed of [1, 7920, 3]) for (const { article } of generateArticles(1500, seed, pool)) items.push({ id: `bench/${article.id}`, article });
for (const { id, article } of items.filter((_, i) => i % 7 === 0)) {
  items.push({ id: `${id}/upper`, article: { ...article, text: article.text.toUpperCase() } });
  items.push({ id: `${id}/lower`, article: { ...article, title: article.title.toLowerCase(), text: article.text.toLowerCase() } });
  items.push({ id: `${id}/one-paragraph`, article: { ...article, text: article.text.replace(/\s+/g, ' ') } });
}

const total = createHash('sha256');
for (const { id, article } of items) {
  const out = JSON.stringify([summarize(article), summarizeForChat(article), summarize(article, { points: 7 }), rankedEntities(article), entityMentions(article)]);
  const h = createHash('sha256').update(out).digest('hex').slice(0, 16);
  total.update(h);
  process.stdout.write(`${id} ${h}\n`);
}
process.stderr.write(`${items.length} texts from ${tree}, digest ${total.digest('hex').slice(0, 16)}\n`);
