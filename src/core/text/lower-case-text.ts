/**
 * Is a story written without capitals? A scan by character code that the truecaser
 * (truecase.ts) runs on every story briefed: a cased story is told by its first few capitals.
 * The one rule for lower-case copy: the answerer reads it too (answer/prepare.ts sets the flag
 * that isLowerCaseCopy in answer/news-copy.ts returns), on the sentences as written.
 */

/**
 * Is this copy written without capitals? Under 1% of the words after each sentence's first have
 * a capital ("I" aside), and at least 80% of the sentences open in lower case (a technical
 * paragraph may have few capitals, but its sentences open with one). Or, for copy whose sentences open with a capital but whose names have none,
 * under 0.5% over more than 100 words and two sentences with the marks of news.
 */
export function isLowerCaseText(sentences: readonly string[]): boolean {
  // A scan by character code, no pattern or word list: this runs on every story briefed, and a
  // cased story is told by its first few capitals.
  let words = 0;
  let caps = 0;
  let lowStarts = 0;
  let counted = 0;
  for (const s of sentences) {
    let inWord = false;
    let firstWord = true;
    let sawLetter = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const kind = charKind(c, s[i]);
      if (kind === 0) {
        inWord = inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45) && i + 1 < s.length && charKind(s.charCodeAt(i + 1), s[i + 1]) !== 0;
        continue;
      }
      if (!sawLetter && kind !== 3) {
        sawLetter = true;
        counted++;
        if (kind === 1) lowStarts++;
      }
      if (!inWord) {
        inWord = true;
        if (firstWord) firstWord = false;
        else if (kind !== 3) {
          words++;
          // "I" is written with its capital even in copy that lost every other one.
          if (kind === 2 && !(c === 73 && (i + 1 >= s.length || charKind(s.charCodeAt(i + 1), s[i + 1]) === 0) && s[i + 1] !== '.')) caps++;
        }
      }
    }
    if (caps >= 10 && caps > 0.05 * words) return false;
  }
  if (words <= 20 || caps / words >= 0.01) return false;
  if (lowStarts >= 0.8 * counted) return true;
  // Names lowercased but sentences opening with a capital ("it's a question explored by bbc
  // documentary inside harley street"): some copy comes so. Encyclopaedia text on a technical
  // subject may have as few capitals, so it takes almost none and the marks of a news story too.
  return words > 100 && caps / words < 0.005 && newsMarks(sentences) >= 2;
}

/** Sentences that report speech or place events on a weekday: what news copy has and an encyclopaedia paragraph rarely does. */
function newsMarks(sentences: readonly string[]): number {
  let n = 0;
  for (const s of sentences) if (/\b(said|says|told|according to|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b/i.test(s)) n++;
  return n;
}

/** 0: not a letter or digit; 1: a lowercase letter (or a letter without case); 2: a capital; 3: a digit. */
function charKind(c: number, ch: string): number {
  if (c < 128) {
    if (c >= 97 && c <= 122) return 1;
    if (c >= 65 && c <= 90) return 2;
    return c >= 48 && c <= 57 ? 3 : 0;
  }
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo !== up) return ch === up ? 2 : 1;
  return /[\p{L}\p{N}]/u.test(ch) ? 1 : 0;
}
