/**
 * Limits checked on markup before it is handed to a parser. HTML and XML parsers, and
 * Readability after them, cost far more than linear time on deep nesting (2,000 nested `<div>`s
 * took 46 s of Readability, 3,000 overflowed the stack), so a cheap linear scan of the tags
 * decides first whether a document is parsed at all.
 *
 * The scan is approximate on purpose: it counts start tags and tracks depth without building a
 * tree. Elements whose end tag HTML lets authors leave out (`<p>`, `<li>`, `<td>`, ...) and void
 * elements (`<br>`, `<img>`) do not add depth, so old-style pages with unclosed paragraphs are
 * not mistaken for deep ones. Comments, CDATA sections and declarations are skipped.
 */
import { decodeHTML } from 'entities';

/** Deepest nesting read: Blink's HTML parser caps the tree at 512; real article pages nest 20-60 levels. */
export const MAX_HTML_DEPTH = 256;
/** Most elements in one page: median web pages have ~1,000, heavy ones ~10,000. */
export const MAX_HTML_ELEMENTS = 30_000;
/**
 * Deepest nesting of a feed's XML (outside CDATA). Feeds themselves nest ~5-15 levels, but an
 * Atom entry may carry inline XHTML: that is read with the HTML limits, item by item, so the
 * feed as a whole is allowed the same depth a browser allows a page.
 */
export const MAX_XML_DEPTH = 512;
/** Most XML elements in one feed: 1,000 items of 20 elements each fit twice over. */
export const MAX_XML_ELEMENTS = 100_000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'frame', 'isindex']);
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body']);

export interface MarkupShape {
  /** Start tags seen. */
  elements: number;
  /** Deepest nesting seen. */
  depth: number;
}

/**
 * Count elements and nesting depth in one linear pass; stops early once either passes its
 * limit (the caller only needs to know that it did).
 */
export function measureMarkup(text: string, html: boolean, stopAt: { depth: number; elements: number } = { depth: Infinity, elements: Infinity }): MarkupShape {
  // One alternation, each branch linear: comment | CDATA | declaration/PI | end tag | start tag.
  const re = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/([A-Za-z][^\s/>]*)[^>]*>?|<([A-Za-z][^\s/>]*)([^>]*)>?/g;
  let depth = 0;
  let max = 0;
  let elements = 0;
  let lower: string | null = null; // made once, on the first raw-text element
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[1] !== undefined) {
      const name = m[1].toLowerCase();
      if (!html || !(VOID.has(name) || OPTIONAL_END.has(name))) depth = Math.max(0, depth - 1);
      continue;
    }
    if (m[2] === undefined) continue;
    elements++;
    const name = m[2].toLowerCase();
    const selfClosed = m[3]?.endsWith('/') ?? false;
    const opens = html ? !(VOID.has(name) || OPTIONAL_END.has(name) || selfClosed) : !selfClosed;
    if (opens) depth++;
    if (depth > max) max = depth;
    if (max > stopAt.depth || elements > stopAt.elements) break;
    if (html && (name === 'script' || name === 'style' || name === 'textarea' || name === 'title')) {
      // Raw text: what is inside is not markup. Jump to the end tag.
      lower ??= text.toLowerCase();
      const end = lower.indexOf(`</${name}`, re.lastIndex);
      if (end < 0) break;
      re.lastIndex = end;
    }
  }
  return { elements, depth: max };
}

/** Why a piece of markup is too big to parse, in a few words, or null when it is within limits. */
export function markupProblem(text: string, html: boolean): string | null {
  const maxDepth = html ? MAX_HTML_DEPTH : MAX_XML_DEPTH;
  const maxElements = html ? MAX_HTML_ELEMENTS : MAX_XML_ELEMENTS;
  const shape = measureMarkup(text, html, { depth: maxDepth, elements: maxElements });
  if (shape.depth > maxDepth) return `is nested more than ${maxDepth} levels deep`;
  if (shape.elements > maxElements) return `has more than ${maxElements.toLocaleString('en-US')} elements`;
  return null;
}

/**
 * Plain text of markup without parsing it: tags dropped (with script and style content),
 * block ends turned into paragraph breaks, entities decoded. Linear; the fallback for feed item
 * HTML that is too deep or too big to parse, so one bad item still gives its words.
 */
export function stripTags(html: string): string {
  const text = html
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<\/?(?:p|div|h[1-6]|li|blockquote|section|article|tr|pre|ul|ol|table)\b[^>]*>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]*>?/g, ' ');
  return decodeHTML(text);
}
