/**
 * Markdown and HTML-ish article text read as a reader sees it: the top heading is the
 * headline and later headings are section labels (neither is body text, so neither can become
 * a TL;DR or a key point), emphasis and link markup is dropped for its words, each bullet item
 * is its own sentence, and tables, code blocks and images are left out. Markdown is parsed
 * with `marked`'s lexer; HTML-ish text (a few tags in a plain file) is first turned into the
 * same shape, with its entities decoded by `entities`.
 */
import { decodeHTML } from 'entities';
import { marked, type Token, type Tokens } from 'marked';

/** What a reader sees in a marked-up text. */
export interface ReadMarkup {
  /** The heading that opens the text, if it opens with one: the headline. */
  heading: string | null;
  /** The body as plain paragraphs separated by blank lines. */
  text: string;
}

/** Markdown signals strong enough to read a plain-text file as Markdown. */
const MARKDOWN_SIGNS = [
  /^#{1,6}[ \t]+\S/m,
  // Bold set off as words: "b***h" and "f*****g" are censored words, not emphasis.
  /(?:^|[\s(])\*\*[^*\s](?:[^*\n]*[^*\s])?\*\*(?=[\s).,;:!?]|$)/m,
  /(?:^|[\s(])__[^_\s](?:[^_\n]*[^_\s])?__(?=[\s).,;:!?]|$)/m,
  /\[[^\]\n]+\]\([^)\s]+\)/,
  /^[ \t]*[-*+][ \t]+\S[^\n]*\n[ \t]*[-*+][ \t]+\S/m,
  /^\|[^\n]*\|[ \t]*\n\|?[ \t]*:?-{3,}/m,
];

/** Tags that mark a text as HTML-ish. */
const HTML_SIGN = /<\/?(?:p|br|div|h[1-6]|li|ul|ol|strong|em|b|i|a|span|table|tr|td|blockquote|section|article)\b[^>]*>/i;

/** Does a plain-text file carry Markdown? */
export function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_SIGNS.some((re) => re.test(text));
}

/** Does a plain-text file carry HTML tags? */
export function looksLikeHtml(text: string): boolean {
  return HTML_SIGN.test(text);
}

/**
 * HTML-ish text to Markdown-shaped text: block tags become paragraph breaks, headings `#`
 * lines, list items bullets; scripts, styles and tables go; other tags are dropped and
 * entities decoded.
 */
export function htmlishToMarkdown(html: string): string {
  const text = html
    .replace(/<(script|style|table|noscript|figure)\b[\s\S]*?<\/\1\s*>/gi, '\n\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<h([1-6])\b[^>]*>/gi, (_m, n: string) => `\n\n${'#'.repeat(Number(n))} `)
    .replace(/<\/h[1-6]\s*>/gi, '\n\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '\n')
    .replace(/<\/?(?:p|div|ul|ol|blockquote|section|article|header|footer|aside|main|figcaption|tr)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]+>/g, '');
  return decodeHTML(text).replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n');
}

/** The words of inline tokens: emphasis and links give their text, images (captions) and raw HTML nothing. */
function inline(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'image':
      case 'html':
        break;
      case 'br':
        out += ' ';
        break;
      case 'codespan':
      case 'escape':
        out += (t as Tokens.Codespan).text;
        break;
      default: {
        const withTokens = t as Token & { tokens?: Token[]; text?: string };
        out += withTokens.tokens ? inline(withTokens.tokens) : (withTokens.text ?? '');
      }
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** A bullet item read as a sentence: it ends with a full stop when it has none. */
function asSentence(item: string): string {
  return /[\p{L}\p{N})\]"'”’%]$/u.test(item) ? `${item}.` : item;
}

function blocks(tokens: readonly Token[], out: string[], state: { heading: string | null }): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
        // Only a heading before any body is the headline; later ones label sections.
        if (!out.length && state.heading === null) state.heading = inline((t as Tokens.Heading).tokens);
        break;
      case 'paragraph':
      case 'text': {
        const s = inline((t as Tokens.Paragraph).tokens ?? [{ type: 'text', raw: t.raw, text: (t as Tokens.Text).text }]);
        if (s) out.push(s);
        break;
      }
      case 'list':
        for (const item of (t as Tokens.List).items) {
          const nested: string[] = [];
          blocks(item.tokens, nested, { heading: '' });
          for (const s of nested) out.push(asSentence(s));
        }
        break;
      case 'blockquote':
        blocks((t as Tokens.Blockquote).tokens, out, state);
        break;
      case 'code':
        // An indented paragraph is text a writer indented; a fenced block is code.
        if ((t as Tokens.Code).codeBlockStyle === 'indented') out.push((t as Tokens.Code).text.replace(/\s+/g, ' ').trim());
        break;
      default:
        // Tables, rules, raw HTML blocks, link definitions and blank space are not read out.
        break;
    }
  }
}

/** Read Markdown (or HTML-ish text, when `html` is set) as a reader sees it. */
export function readMarkup(source: string, opts: { html?: boolean } = {}): ReadMarkup {
  const md = opts.html ? htmlishToMarkdown(source) : source;
  const out: string[] = [];
  const state = { heading: null as string | null };
  blocks(marked.lexer(md, { gfm: true }), out, state);
  return { heading: state.heading || null, text: out.filter((p) => /[\p{L}\p{N}]/u.test(p)).join('\n\n') };
}
