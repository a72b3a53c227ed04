/**
 * Words as topic matching compares them: a text cut into tokens that keep how they were written
 * (case tells "China" the country from "china" the plates, "US" from "us") next to a folded form
 * (lowercase, no accents) and a light stem (plural "s"/"es"/"ies" off) for phrase topics.
 */

/** One word of a text. */
export interface Token {
  /** As written, dots of an acronym taken out ("U.S." reads "US"). */
  raw: string;
  /** Lowercase, accents off: "Zürich" → "zurich". */
  fold: string;
  /** `fold` with a plural ending off: "cuts" → "cut", "policies" → "policy". */
  stem: string;
}

/** Lowercase without accents or compatibility forms. */
export const foldWord = (w: string): string =>
  w
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** A light English plural stemmer: enough for "rate cuts" to read as "rate cut". */
export function stemWord(f: string): string {
  if (f.length <= 3 || /\d/.test(f)) return f;
  if (f.endsWith('ies') && f.length > 4) return `${f.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(f)) return f.slice(0, -2);
  if (f.endsWith('s') && !/(?:ss|us|is)$/.test(f)) return f.slice(0, -1);
  return f;
}

/** "U.S." → "US", "U.N.'s" → "UN": dotted acronyms read as one word. */
const DOTTED = /(?<![\p{L}\p{N}])((?:\p{Lu}\.){2,})/gu;
/** "China's", "Reuters’" → the name alone. */
const POSSESSIVE = /(?<=[\p{L}\p{N}])['’]s?(?![\p{L}\p{N}])/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, in order. */
export function tokenize(text: string): Token[] {
  const clean = text.replace(DOTTED, (m) => m.replace(/\./g, '')).replace(POSSESSIVE, '');
  const out: Token[] = [];
  for (const m of clean.matchAll(WORD)) {
    const fold = foldWord(m[0]);
    out.push({ raw: m[0], fold, stem: stemWord(fold) });
  }
  return out;
}

/** Does the word start with a capital (or a digit, as in "G7")? */
export const isCapitalised = (raw: string): boolean => /^[\p{Lu}\p{N}]/u.test(raw);

/** Small words a name may hold in lowercase: "Bank of England", "Abu al-Fadl", "Charles de Gaulle". */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'del', 'der', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'y', 'e']);
