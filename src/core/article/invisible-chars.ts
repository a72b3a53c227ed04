/**
 * Invisible characters that change how a title or text is shown. A RIGHT-TO-LEFT OVERRIDE
 * (U+202E) in a feed's title showed the rest of the line reversed in chat, so a title could
 * spoof another ("gpj.exe" read backwards); zero-width spaces hid inside words, so two titles
 * that look the same were not. Both are removed where articles are normalised (plainText in
 * parse.ts), for every way an article arrives.
 */

/**
 * Bidi embedding, override and isolate controls (U+202A-202E, U+2066-2069), zero-width space,
 * word joiner, a byte-order mark inside text and a soft hyphen (U+200B, U+2060, U+FEFF, U+00AD:
 * it shows only where a line breaks, and chat does not break there, but it splits the word for
 * search), and the joiners (U+200C, U+200D), which are kept where they do a job: see
 * `joinerKept`. Left-to-right and right-to-left marks (U+200E, U+200F) stay: they only nudge
 * neutral characters, never reorder. A store finds the articles it stored before they were
 * removed by these code points (src/store/clean-invisible.ts).
 */
export const INVISIBLE_CODE_POINTS: readonly number[] = [
  0x00ad, 0x200b, 0x200c, 0x200d, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff,
];
const INVISIBLE = new RegExp(`[${INVISIBLE_CODE_POINTS.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** Emoji and what may end one before a ZWJ: a skin tone, the emoji presentation selector. */
const EMOJI_END = /^(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F)$/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;
/** Letters and marks of scripts whose spelling uses joiners (Arabic, Persian, Indic); not Latin, Greek, Cyrillic. */
const JOINING_SCRIPT = /^[\p{L}\p{M}]$/u;
const PLAIN_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;

/** The code point before index i (a surrogate pair read whole). */
function charBefore(s: string, i: number): string {
  if (i >= 2 && /[\uDC00-\uDFFF]/.test(s[i - 1]) && /[\uD800-\uDBFF]/.test(s[i - 2])) return s.slice(i - 2, i);
  return i >= 1 ? s[i - 1] : '';
}

/** The code point after index i. */
function charAfter(s: string, i: number): string {
  const cp = s.codePointAt(i + 1);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/**
 * A joiner that builds one emoji (family, rainbow flag, "heart on fire") or shapes a letter in a
 * script written with joiners (Persian "می‌خواهم") stays; between Latin, Greek or Cyrillic
 * letters or next to a space it does nothing but hide, so it goes.
 */
function joinerKept(s: string, i: number): boolean {
  const before = charBefore(s, i);
  const after = charAfter(s, i);
  if (s[i] === '\u200D' && EMOJI_END.test(before) && EMOJI.test(after)) return true;
  const joins = (c: string) => JOINING_SCRIPT.test(c) && !PLAIN_SCRIPT.test(c);
  return joins(before) && joins(after);
}

/** Text without bidi controls and zero-width characters (joiners kept where they join, see above). */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, (ch: string, i: number) => ((ch === '\u200C' || ch === '\u200D') && joinerKept(s, i) ? ch : ''));
}
