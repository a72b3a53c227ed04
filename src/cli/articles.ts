/**
 * `articles [list] [--format text|json]` and `articles remove <id>`: what the library holds
 * (the briefings folder and followed feeds, in NEWSBRIEF_DB) and a way to drop a feed or URL
 * article. A file article is removed by deleting its file: the folder is the truth for those.
 */
import path from 'node:path';
import { UserError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';
import type { Config } from '../config.ts';
import { parseArgs } from './args.ts';
import { withLibrary } from './library.ts';

interface Row {
  id: string;
  date: string | null;
  from: string;
  title: string;
}

function origin(a: Article, files: Map<string, string>): string {
  const file = files.get(a.id);
  if (file) return `file ${file}`;
  if (a.source) return a.source;
  if (a.url) {
    try {
      return new URL(a.url).host;
    } catch {
      return a.url;
    }
  }
  return 'unknown';
}

export async function articlesCli(argv: string[], config: Config, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['format']);
  const [action = 'list', id, extra] = positionals;
  if (action === 'remove') {
    if (!id) throw new UserError('articles remove needs an article id (newsbrief articles lists them)');
    if (extra !== undefined) throw new UserError(`unexpected argument "${extra}"`);
    return remove(id, config, out);
  }
  if (action !== 'list') throw new UserError(`"${action}" is not an articles action: use list or remove`);
  if (id !== undefined) throw new UserError(`unexpected argument "${id}"`);
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UserError('--format must be text or json');
  const rows = await withLibrary(config, async (library, store) => {
    const files = new Map((await store.files?.listFiles())?.flatMap((f) => (f.articleId ? [[f.articleId, path.join(config.briefingsDir, f.name)] as const] : [])));
    return (await library.list()).map((a): Row => ({ id: a.id, date: a.publishedAt?.slice(0, 10) ?? null, from: origin(a, files), title: a.title }));
  });
  if (format === 'json') out.write(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    for (const r of rows) out.write(`${r.id}  ${r.date ?? '----------'}  ${r.from}  ${r.title}\n`);
    out.write(`${rows.length === 1 ? '1 article' : `${rows.length} articles`}\n`);
  }
  return 0;
}

async function remove(ref: string, config: Config, out: NodeJS.WritableStream): Promise<number> {
  const done = await withLibrary(config, async (library, store) => {
    // An exact id or a unique id prefix: never title words, for a removal.
    const all = await library.list();
    const r = ref.trim().toLowerCase();
    const exact = all.find((a) => a.id.toLowerCase() === r);
    const prefixed = all.filter((a) => a.id.toLowerCase().startsWith(r));
    if (!exact && prefixed.length > 1) throw new UserError(`"${ref}" is the start of ${prefixed.length} article ids: give more of it`);
    const article = exact ?? prefixed[0];
    if (!article) throw new UserError(`no article has the id "${ref}" (newsbrief articles lists them)`);
    const file = (await store.files?.listFiles())?.find((f) => f.articleId === article.id);
    if (file) throw new UserError(`${article.id} is the file ${path.join(config.briefingsDir, file.name)}: delete the file to remove it`);
    if (!store.files) throw new UserError('this store cannot remove articles');
    await store.files.removeArticle(article.id);
    return article;
  });
  out.write(`Removed ${done.id} ("${done.title}").\n`);
  return 0;
}
