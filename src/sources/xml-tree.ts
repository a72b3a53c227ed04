/**
 * A fast reader for well-formed feed XML: htmlparser2's tokenizer (in XML mode, entities left to
 * us) builds the same tree xml2js builds with rss-parser's settings (every child in an array,
 * attributes under `$`, text under `_`, a text-only element as a plain string), several times
 * faster than sax + xml2js.
 *
 * The tokenizer forgives what a strict XML parser rejects (a bare `&`, a stray close tag, an
 * unquoted attribute, text outside the root...). Whatever strict parsing (sax, as used by
 * rss-parser) might reject or read differently makes this reader give up (`null`), and the
 * caller reads the document the old way, which words the error or gives the same tree. So a
 * feed is read the same, or refused with the same message, either way.
 */
import { QuoteType, Tokenizer } from 'htmlparser2';
import { MAX_XML_DEPTH, MAX_XML_ELEMENTS } from './markup-limits.ts';

/** An element with attributes or children, as xml2js gives it (a text-only element is a string). */
export interface XmlNode {
  /** Its own text (text and CDATA, concatenated), when not whitespace only. */
  _?: string;
  /** Its attributes, when it has any. */
  $?: Record<string, string>;
  /** Its child elements by name, in document order. */
  kids?: Map<string, XmlValue[]>;
}

/** An element's value: a string when it has only text (or nothing), else a node. */
export type XmlValue = string | XmlNode;

interface Open {
  name: string;
  text: string;
  cdata: boolean;
  attrs: Record<string, string> | undefined;
  kids: Map<string, XmlValue[]> | undefined;
}

// A plain ASCII XML name, starting with a letter (what the markup limits count as a tag, too).
const NAME = /^[A-Za-z][\w.:-]*$/;
/** A DOCTYPE whose quoted parts hold no `>` (the tokenizer ends it at the first `>`, sax outside quotes). */
const DOCTYPE = /^doctype\s+[A-Za-z][\w:.-]*(?:\s+(?:PUBLIC|SYSTEM)(?:\s+(?:"[^"]*"|'[^']*')){1,2})?\s*$/i;
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6});|#([0-9]{1,7});|(amp|lt|gt|quot|apos);)/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isXmlChar(n: number): boolean {
  return n === 0x9 || n === 0xa || n === 0xd || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff);
}

/**
 * Read `xml` into `{ [rootName]: value }`, or null when the document is not plainly well-formed
 * or passes the markup limits (the strict reader then decides). `rename` maps tag names (as
 * xml2js's tagNameProcessors do).
 */
export function readXmlTree(xml: string, rename: (name: string) => string = (n) => n): Record<string, XmlValue> | null {
  const stack: Open[] = [];
  let result: Record<string, XmlValue> | null = null;
  let doubt = false;
  let rootClosed = false;
  let doctype = false;
  let elements = 0;
  let tagStart = 0; // where the open tag's name starts, for the self-closing check
  let tagEnd = 0; // where it ends: what follows, up to `>`, is attributes
  let current: Open | null = null; // the start tag being read (attributes)
  let attrName = '';
  let attrValue = '';

  const giveUp = (): void => {
    doubt = true;
    tokenizer.pause();
  };
  /** Entities decoded as sax does; null when any `&` is not a well-formed reference to an XML character. */
  const decode = (s: string): string | null => {
    if (!s.includes('&')) return s;
    let refs = 0;
    let bad = false;
    const out = s.replace(ENTITY, (_all, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
      refs++;
      if (named) return NAMED[named];
      const n = hex ? parseInt(hex, 16) : parseInt(dec as string, 10);
      if (!isXmlChar(n)) bad = true;
      return bad ? '' : String.fromCodePoint(n);
    });
    if (bad || refs !== countAmps(s)) return null;
    return out;
  };
  const addText = (raw: string): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (raw.trim()) giveUp(); // text outside the root element
      return;
    }
    if (raw.includes('<')) return giveUp(); // an unencoded '<'
    const text = decode(raw);
    if (text === null) return giveUp();
    top.text += text;
  };

  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: false },
    {
      ontext(start, end) {
        addText(xml.slice(start, end));
      },
      ontextentity() {
        giveUp(); // not reached with decodeEntities off
      },
      oncdata(start, end, offset) {
        const top = stack[stack.length - 1];
        if (!top || offset !== 2) return giveUp(); // outside the root, or not closed
        top.text += xml.slice(start, end - offset);
        top.cdata = true;
      },
      onopentagname(start, end) {
        const name = xml.slice(start, end);
        if (rootClosed || !NAME.test(name) || name === '_') return giveUp();
        if (++elements > MAX_XML_ELEMENTS) return giveUp();
        tagStart = start;
        tagEnd = end;
        current = { name, text: '', cdata: false, attrs: undefined, kids: undefined };
      },
      onattribname(start, end) {
        const name = xml.slice(start, end);
        // sax wants whitespace before each attribute and a plain name.
        if (!/\s/.test(xml[start - 1] ?? '') || !NAME.test(name)) return giveUp();
        attrName = name;
        attrValue = '';
      },
      onattribdata(start, end) {
        attrValue += xml.slice(start, end);
      },
      onattribentity() {
        giveUp();
      },
      onattribend(quote) {
        if (!current || (quote !== QuoteType.Double && quote !== QuoteType.Single)) return giveUp();
        if (attrValue.includes('<')) return giveUp();
        const value = decode(attrValue);
        if (value === null) return giveUp();
        const attrs = (current.attrs ??= Object.create(null) as Record<string, string>);
        if (!Object.hasOwn(attrs, attrName)) attrs[attrName] = value; // sax keeps the first of a repeated attribute
      },
      onopentagend(end) {
        if (!current || strayText(tagEnd, end)) return giveUp();
        stack.push(current);
        current = null;
        if (stack.length > MAX_XML_DEPTH) giveUp();
      },
      onselfclosingtag(end) {
        if (!current || xml[end - 1] !== '/' || end <= tagStart || strayText(tagEnd, end - 1)) return giveUp();
        stack.push(current);
        current = null;
        close();
      },
      onclosetag(start, end) {
        const top = stack[stack.length - 1];
        if (!top || xml.slice(start, end) !== top.name || xml[end] !== '>') return giveUp();
        close();
      },
      oncomment(start, end, offset) {
        // Closed by its own `-->` (not `<!-->`), no `--` inside, not ending in `-`.
        const body = end - offset >= start ? xml.slice(start, end - offset) : null;
        if (offset !== 2 || body === null || body.includes('--') || body.endsWith('-')) giveUp();
      },
      ondeclaration(start, end) {
        // One DOCTYPE before the root, without an internal subset.
        const decl = xml.slice(start, end);
        if (stack.length || rootClosed || doctype || !DOCTYPE.test(decl) || decl.includes('[')) return giveUp();
        doctype = true;
      },
      onprocessinginstruction(start, end) {
        // `<?xml ...?>` only at the very start.
        // It ends at the first `>`, sax's at `?>`; `<?xml ...?>` only at the very start.
        if (xml[end - 1] !== '?' || end - 1 <= start) return giveUp();
        if (start !== 2 && /^xml[\s?]/i.test(xml.slice(start, start + 4))) giveUp();
      },
      onend() {
        if (stack.length || current || !rootClosed) doubt = true;
      },
    },
  );

  /** A `/` (or anything but attributes) the tokenizer passed over between a tag's name and its end, which sax refuses. */
  function strayText(from: number, to: number): boolean {
    const rest = xml.slice(from, to);
    return rest.includes('/') && rest.replace(/"[^"]*"|'[^']*'/g, '').includes('/');
  }

  function close(): void {
    const el = stack.pop() as Open;
    // As xml2js: whitespace-only text (not CDATA) is dropped; an element with only text is that string.
    const blank = !el.cdata && !el.text.trim();
    let value: XmlValue;
    if (!el.attrs && !el.kids) value = el.text;
    else {
      value = {};
      if (!blank) value._ = el.text;
      if (el.attrs) value.$ = el.attrs;
      if (el.kids) value.kids = el.kids;
    }
    const name = rename(el.name);
    const parent = stack[stack.length - 1];
    if (!parent) {
      result = { [name]: value };
      rootClosed = true;
      return;
    }
    parent.kids ??= new Map();
    const same = parent.kids.get(name);
    if (same) same.push(value);
    else parent.kids.set(name, [value]);
  }

  tokenizer.write(xml);
  if (!doubt) tokenizer.end();
  return doubt ? null : result;
}

/** How many `&` are in `s`. */
function countAmps(s: string): number {
  let n = 0;
  for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) n++;
  return n;
}
