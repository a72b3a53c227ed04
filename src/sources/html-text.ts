/**
 * HTML to plain text with paragraph breaks, on linkedom. Feed items and extracted pages are
 * HTML; the briefing core wants paragraphs of plain text (it splits on blank lines).
 */
import { decodeHTML } from 'entities';
import { parseHTML } from 'linkedom';
import { markupProblem, stripTags } from './markup-limits.ts';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tr', 'ul', 'td', 'th',
]);
const DROP = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'object', 'embed', 'form', 'button']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/**
 * Convert an HTML fragment (or a whole document) to plain text: paragraphs separated by a blank
 * line. Markup past the depth or element limits is not parsed: its tags are stripped instead,
 * so a hostile fragment costs linear time and still gives its words.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return normalize(html);
  if (!html.includes('<')) return normalize(stripTags(html)); // entities only: no parser needed
  if (SIMPLE.test(html)) return normalize(simpleToText(html));
  if (markupProblem(html, true)) return normalize(stripTags(html));
  return domToText(html);
}

/** The text of a fragment read through a DOM (linkedom): any HTML, within the limits. Exported for tests. */
export function domToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  walk(document.body as unknown as NodeLike, out);
  return normalize(out.join(''));
}

/**
 * Markup made only of well-formed tags of a few kinds, no comments, scripts or stray `<`: the
 * common shape of a feed item (`<p>…</p><p>…<a href>…</a></p>`). Such a fragment gives the same
 * text without a DOM (simpleToText), several times faster: a poll of 500 feeds reads thousands.
 */
const SIMPLE_TAGS = 'p|br|b|i|em|strong|a|span|ul|ol|li|h[1-6]|blockquote|div|img|figure|figcaption|small|sup|sub|u|code|hr|q|cite|abbr|time|mark';
// Attributes: a name (never blank), then an optional value; each repetition must consume a
// name, so the pattern cannot backtrack exponentially on a long run of spaces.
const SIMPLE = new RegExp(`^(?:[^<]|<\\/?(?:${SIMPLE_TAGS})(?:\\s+[^\\s<>"'=/]+(?:\\s*=\\s*(?:"[^"<>]*"|'[^'<>]*'|[^\\s<>"'=]+))?)*\\s*\\/?>)*$`, 'i');
const SIMPLE_TAG = new RegExp(`<(\\/?)(${SIMPLE_TAGS})\\b[^>]*>`, 'gi');

function simpleToText(html: string): string {
  const text = html.replace(SIMPLE_TAG, (_all, _close: string, name: string) => {
    const tag = name.toLowerCase();
    if (tag === 'br') return '\n';
    return BLOCK.has(tag) ? '\n\n' : '';
  });
  return decodeHTML(text);
}

/** Decode entities and drop tags in a one-line string such as a feed title. */
export function inlineText(s: string): string {
  return htmlToText(s).replace(/\s+/g, ' ').trim();
}

function walk(node: NodeLike, out: string[]): void {
  const nodes = node.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.nodeType === 3) {
      out.push(n.textContent ?? '');
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = n.nodeName.toLowerCase();
    if (DROP.has(tag)) continue;
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) out.push('\n\n');
    walk(n, out);
    if (block) out.push('\n\n');
  }
}

function normalize(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split(/\n\s*\n/)
    .map((p) => p.replace(SPACE_RUN, ' ').replace(/ ?\n ?/g, '\n').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/**
 * A run of spaces and tabs that is not already one plain space: the same result as replacing
 * every run with ' ', without rewriting each single space between words (a feed item's body
 * has hundreds; a poll cycle reads thousands of bodies).
 */
const SPACE_RUN = /[ \t\r\f\v]{2,}|[\t\r\f\v]/g;
