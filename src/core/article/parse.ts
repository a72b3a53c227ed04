/**
 * Parsing an article file into an Article: wire copy (title line, photo caption, dateline),
 * Markdown with YAML front matter, or JSON. Pure: callers read the bytes.
 */
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.ts';
import { BINARY_MESSAGE, refuseBinary } from './binary.ts';
import { looksLikeHtml, looksLikeMarkdown, readMarkup } from './markup.ts';
import { stripInvisible } from './invisible-chars.ts';
import { paragraphs, splitSentences, trimAtBoundary } from '../text/text.ts';
import { monthIndex } from '../text/calendar-words.ts';
import { readLowerDateline } from './lower-dateline.ts';
import type { Article, Dateline } from '../types.ts';
import { wordTable } from '../text/word-table.ts';

export interface ParseOptions {
  /** The id to give the article (from the file name or the caller). */
  id: string;
  /** The file name, to pick the format by extension. */
  fileName?: string;
  /** A title given from outside (JSONL input), used when the text has none. */
  title?: string;
  url?: string | null;
}

const MONTH_RE = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

/**
 * Month names and wire abbreviations of Spanish, French, German, Portuguese and Italian copy,
 * written day first: "12 mar", "3 mars", "5. März", "4 fev", "7 gen", "10 de marzo".
 */
const DAY_FIRST_MONTHS: Record<string, number> = wordTable({
  // Spanish
  ene: 1, enero: 1, febrero: 2, marzo: 3, abr: 4, abril: 4, mayo: 5, junio: 6, julio: 7, ago: 8, agosto: 8,
  set: 9, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, dic: 12, diciembre: 12,
  // French
  janv: 1, janvier: 1, fév: 2, févr: 2, fevr: 2, février: 2, fevrier: 2, mars: 3, avr: 4, avril: 4, mai: 5, juin: 6,
  juil: 7, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, déc: 12, décembre: 12, decembre: 12,
  // German
  januar: 1, jän: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, okt: 10, oktober: 10, dez: 12, dezember: 12,
  // Portuguese
  janeiro: 1, fev: 2, fevereiro: 2, março: 3, marco: 3, maio: 5, junho: 6, julho: 7, setembro: 9, out: 10,
  outubro: 10, novembro: 11, dezembro: 12,
  // Italian
  gen: 1, gennaio: 1, febbraio: 2, aprile: 4, mag: 5, maggio: 5, giu: 6, giugno: 6, lug: 7, luglio: 7,
  settembre: 9, ott: 10, ottobre: 10, dicembre: 12,
});

/** A month word of any of the languages above (English too: "LONDON, 3 March (Reuters) -"). */
function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const english = monthIndex(w);
  return english >= 0 ? english + 1 : (DAY_FIRST_MONTHS[w] ?? null);
}

/**
 * `BEIJING, Feb. 6 (Xinhua) --`, `LONDON, March 3, 2021 (Reuters) -`, `(CNN) --`, `WASHINGTON (AP) —`,
 * and day-first wire styles: `MADRID, 12 mar (Reuters) -`, `PARIS, 3 mars (AFP) -`,
 * `BERLIN, 5. März (Reuters) -`, `SÃO PAULO, 4 de fev de 2024 (Reuters) -`.
 */
const DATELINE_RE = new RegExp(
  `^(?:(\\p{Lu}[\\p{Lu}.'\\- ]*[\\p{Lu}.](?:, \\p{Lu}[\\p{L}.' ]+)?)` +
    `(?:,\\s+${MONTH_RE}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?` +
    `|,\\s+(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,10}\\.?)(?:\\s+(?:de\\s+)?(\\d{4}))?)?\\s*)?` +
    // A dateline alone on its line (no story after it) ends at the end of the text.
    `(?:\\(([\\p{L}][\\p{L}\\p{N}_.&' /-]{0,40})\\))?\\s*(?:--|—|–|-)(?:\\s+|$)`,
  'u',
);

/** A place and an ISO date on a line of their own, as Reuters copy of the 1990s has it: `NEW YORK 1996-08-30`. */
const ISO_DATELINE_RE = /^(\p{Lu}[\p{Lu}.'\- ]*[\p{Lu}.](?:, \p{Lu}[\p{L}.' ]+)?)\s+(\d{4})-(\d{2})-(\d{2})(?:\s+|$)/u;

/**
 * An agency byline before the dateline, on its own line or run into it: "By LISA MASCARO and
 * KEVIN FREKING Associated Press", "By Jane Smith, Reuters", "Associated Press".
 */
const BYLINE_LINE =
  /^(?:By\s+(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,4}\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:and|&)\s+(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,4}\p{Lu}[\p{L}.'’-]*)?(?:,?\s+(?:(?:The\s+)?Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg|UPI)(?:\s+Writers?)?)?|(?:The\s+)?Associated Press(?:\s+Writers?)?|Reuters|AFP)\.?$/u;
const NAME_LINE = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u;
const BYLINE_BEFORE_DATELINE =
  /^By\s+(?:\p{Lu}[\p{Lu}.'’-]+\s+){1,4}(?:(?:and|&)\s+(?:\p{Lu}[\p{Lu}.'’-]+\s+){1,4})?(?:(?:The\s+)?Associated Press|AP|Reuters|AFP)(?:\s+Writers?)?\s+(?=\p{Lu})/u;

/** A caption's closing credit: `(Xinhua/Ding Lin)`, `(Photo: AFP)`, `(AP Photo/Jane Doe)`. */
const CREDIT_RE = /\((?:[A-Z][\w.&' -]*\/[^()]{2,60}|Photo(?: by)?:? [^()]{2,60}|[A-Z][\w ]{0,30} Photo[^()]{0,60})\)\s*$/;

/** C0 and C1 control characters other than tab and newline: a terminal would act on them (ESC sequences). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as every later step may assume it: line breaks as `\n`, no control characters, no lone
 * surrogate (a JSON `"\ud800"` escape makes one, and platforms reject such payloads), no bidi
 * override or zero-width character (invisible-chars.ts). Titles go through here too.
 */
function plainText(s: string): string {
  return stripInvisible(s.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '').replace(LONE_SURROGATE, '\uFFFD'));
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Parse raw file content into an Article. Throws UserError on content that is not an article. */
export function parseArticle(raw: string, opts: ParseOptions): Article {
  if (raw.includes('\u0000')) throw new UserError(BINARY_MESSAGE, 'binary');
  const text = plainText(raw.replace(/^\uFEFF/, ''));
  if (!text.trim()) throw new UserError('the article is empty');
  const ext = (opts.fileName ?? '').toLowerCase().split('.').pop() ?? '';
  // JSON's text is checked once decoded (the shared field builder), as a feed item's is.
  if (ext === 'json' || (ext !== 'md' && ext !== 'txt' && /^\s*\{/.test(text))) return parseJsonArticle(text, opts);
  refuseBinary(raw);
  if (text.startsWith('---\n')) return parseFrontMatterArticle(text, opts);
  return parseMarkedUp(text, opts, {}, ext === 'md' || ext === 'markdown');
}

/** Parse text that may carry Markdown or HTML-ish markup: read it as a reader sees it first. */
function parseMarkedUp(text: string, opts: ParseOptions, meta: Meta, markdown: boolean): Article {
  const html = looksLikeHtml(text);
  if (!markdown && !html && !looksLikeMarkdown(text)) return parseWire(text, opts, meta);
  const read = readMarkup(text, { html });
  // The opening heading is the headline, unless the article has one already (front matter, JSON).
  return parseWire(read.text, opts, { ...meta, title: meta.title?.trim() || opts.title?.trim() || read.heading || undefined });
}

interface Meta {
  title?: string;
  url?: string | null;
  publishedAt?: string | null;
  source?: string | null;
}

function parseJsonArticle(text: string, opts: ParseOptions): Article {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError('the article is not valid JSON');
  }
  if (!data || typeof data !== 'object') throw new UserError('a JSON article must be an object with "text"');
  const o = data as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new UserError('a JSON article needs a non-empty "text" string');
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return parseArticleFields({ title: str(o.title) ?? undefined, text: o.text, url: str(o.url), publishedAt: str(o.publishedAt), source: str(o.source) }, opts);
}

/** An article's fields, already read: what a JSON article file holds. */
export interface ArticleFields {
  title?: string;
  text: string;
  url?: string | null;
  publishedAt?: string | null;
  source?: string | null;
}

/** DEL and C1 controls: the control characters JSON text carries unescaped (parseArticle drops them from every field). */
const UNESCAPED_CONTROLS = /[\u007F-\u009F]/g;

/**
 * The Article that parseArticle gives for these fields written as a JSON file (`<id>.json`),
 * without writing and reading the JSON (a feed poll builds thousands of articles from fields
 * it already has). A JSON file's fields go through this same builder once decoded, so the two
 * cannot drift; tests/core/article/parse-fields.test.ts still compares them on random strings.
 */
export function parseArticleFields(fields: ArticleFields, opts: ParseOptions): Article {
  const clean = (s: string): string => s.replace(UNESCAPED_CONTROLS, '');
  const text = clean(fields.text);
  if (!text.trim()) throw new UserError('a JSON article needs a non-empty "text" string');
  refuseBinary(text);
  const meta: Meta = {
    title: fields.title ? clean(fields.title) : undefined,
    url: typeof fields.url === 'string' ? clean(fields.url) : null,
    publishedAt: typeof fields.publishedAt === 'string' ? clean(fields.publishedAt) : null,
    source: typeof fields.source === 'string' ? clean(fields.source) : null,
  };
  return parseMarkedUp(plainText(text), opts, meta, false);
}

function parseFrontMatterArticle(text: string, opts: ParseOptions): Article {
  // From the opening line's own newline, so that an empty block (`---\n---`) is closed too.
  const end = text.indexOf('\n---', 3);
  if (end < 0) throw new UserError('the front matter is not closed with "---"');
  let fm: unknown;
  try {
    fm = parseYaml(text.slice(4, end));
  } catch {
    throw new UserError('the front matter is not valid YAML');
  }
  const o = (fm && typeof fm === 'object' ? fm : {}) as Record<string, unknown>;
  const str = (v: unknown): string | null =>
    typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : typeof v === 'number' ? String(v) : null;
  const meta: Meta = {
    title: str(o.title) ?? undefined,
    url: str(o.url),
    publishedAt: str(o.published ?? o.publishedAt ?? o.date),
    source: str(o.source),
  };
  const body = text.slice(end + 4).replace(/^[^\n]*\n/, '');
  return parseMarkedUp(body, opts, meta, true);
}

/** Is this paragraph a headline rather than body text? */
function looksLikeTitle(p: string, rest: string[]): boolean {
  if (!rest.length || p.length > 200) return false;
  // Headlines do not end like sentences; a first line that does is body text (XSum-style copy).
  if (/[.!]["'”’)]?$/.test(p)) return false;
  if (/\?["'”’)]?$/.test(p) && splitSentences(p).length > 1) return false;
  return !(DATELINE_RE.test(p) && /\s--\s|—/.test(p.slice(0, 60)));
}

/** A photo caption: describes a picture and ends in a credit. */
export function isCaption(p: string): boolean {
  if (CREDIT_RE.test(p)) return true;
  return /^(?:Photo (?:taken|shows)|File photo|This (?:photo|picture|image)|In this (?:photo|picture|image))/i.test(p);
}

function parseWire(text: string, opts: ParseOptions, meta: Meta): Article {
  const lines = text.split('\n');
  // The title is the first line when it stands on its own (a headline), not a paragraph.
  let paras = paragraphs(text);
  // Titles from JSON, YAML or the caller were not cleaned with the text.
  let title = plainText(meta.title?.trim() || opts.title?.trim() || '').trim();
  const firstLine = lines.find((l) => l.trim())?.trim() ?? '';
  if (paras.length && firstLine === paras[0] && looksLikeTitle(paras[0], paras.slice(1))) {
    if (!title) title = paras[0];
    if (paras[0] === title) paras = paras.slice(1);
  }
  const captions: string[] = [];
  const body: string[] = [];
  for (const p of paras) {
    if (isCaption(p)) captions.push(p);
    else body.push(p);
  }
  let dateline: Dateline = { place: null, date: null, agency: null };
  // An agency byline heads the copy before the dateline: it is credit, not story.
  while (body.length > 1 && BYLINE_LINE.test(body[0]) && body[0].split(/\s+/).length <= 12) body.shift();
  // A writer's name alone on the line before the dateline ("Larry Fine" / "NEW YORK 1996-08-30").
  if (body.length > 2 && NAME_LINE.test(body[0]) && readDateline(body[1])) body.shift();
  if (body.length) body[0] = body[0].replace(BYLINE_BEFORE_DATELINE, '');
  if (body.length) {
    const found = readDateline(body[0]);
    if (found) {
      body[0] = body[0].slice(found.length).trim();
      if (!body[0]) body.shift();
      const year = found.year ?? yearFromText([...captions, ...body].join(' '), found.month, found.day, found.lowerCase) ?? yearOf(meta.publishedAt);
      dateline = {
        place: found.place,
        agency: found.agency,
        date: found.month && found.day && year ? isoDate(year, found.month, found.day) : null,
      };
    }
  }
  // Only punctuation, emoji or invisible characters is no text to brief.
  if (!body.some((p) => HAS_WORD.test(p))) throw new UserError('the article has no body text');
  // A title of only punctuation or invisible characters ("", "!!!", a zero-width space) names nothing.
  if (!HAS_WORD.test(title)) title = headlineFrom(body.find((p) => HAS_WORD.test(p)) as string);
  return {
    id: opts.id,
    title,
    text: body.join('\n\n'),
    caption: captions.length ? captions.join('\n\n') : null,
    dateline,
    url: meta.url ?? opts.url ?? null,
    publishedAt: meta.publishedAt ?? (dateline.date ?? null),
    source: meta.source ?? dateline.agency ?? null,
    basis: 'full text',
  };
}

interface FoundDateline {
  length: number;
  place: string | null;
  agency: string | null;
  month: number | null;
  day: number | null;
  year: number | null;
  /** Read from copy written in lower case (its dates in the text are lower case too: "feb. 6, 2022"). */
  lowerCase?: boolean;
}

/** Read a dateline at the start of the first body paragraph. */
export function readDateline(p: string): FoundDateline | null {
  const iso = ISO_DATELINE_RE.exec(p);
  if (iso && iso[1].split(',')[0] === iso[1].split(',')[0].toUpperCase()) {
    return { length: iso[0].length, place: iso[1].trim(), agency: null, month: Number(iso[3]), day: Number(iso[4]), year: Number(iso[2]) };
  }
  const m = DATELINE_RE.exec(p);
  if (!m) {
    // Copy written all in lower case: `beijing, feb. 6 (xinhua) --` (lower-dateline.ts).
    const low = readLowerDateline(p, MONTH_RE);
    return low && { ...low, month: low.month ? monthNumber(low.month) : null, lowerCase: true };
  }
  const [all, place, mon, day, year, dayFirst, dayFirstMonth, dayFirstYear, agency] = m;
  if (!place && !agency) return null;
  // A place must be in capitals ("BEIJING", "NEW YORK"), so that "The man -- who" is no dateline.
  if (place && place.split(',')[0] !== place.split(',')[0].toUpperCase()) return null;
  // A day-first date must name a month ("PARIS, 3 mars"), or it is not a date.
  const month = mon ? monthNumber(mon) : dayFirstMonth ? monthNumber(dayFirstMonth) : null;
  if (dayFirstMonth && !month) return null;
  const d = day ?? dayFirst;
  const y = year ?? dayFirstYear;
  return {
    length: all.length,
    place: place ? place.trim() : null,
    agency: agency ? agency.trim() : null,
    month,
    day: d ? Number(d) : null,
    year: y ? Number(y) : null,
  };
}

/** The year of a "Feb. 6, 2022"-style date in the text with the dateline's month and day. */
function yearFromText(text: string, month: number | null, day: number | null, anyCase = false): number | null {
  if (!month || !day) return null;
  const re = new RegExp(`${MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})`, anyCase ? 'gi' : 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (monthIndex(m[1]) + 1 === month && Number(m[2]) === day) return Number(m[3]);
  }
  return null;
}

function yearOf(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-\d{2}-\d{2}/.exec(iso) : null;
  return m ? Number(m[1]) : null;
}

function isoDate(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return dt.toISOString().slice(0, 10);
}

/** A headline for a text with none: its first sentence, shortened at a word boundary. */
export function headlineFrom(p: string): string {
  const first = splitSentences(p).find((x) => HAS_WORD.test(x)) ?? p;
  if (first.length <= 100) return first.replace(/[.]$/, '');
  return trimAtBoundary(first, 100);
}
