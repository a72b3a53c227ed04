/**
 * From capitalised runs to candidate names: a run is cut into the role that introduces a
 * person ("Chinese President", "Limerick Police Chief", "Forecaster") and the name after it,
 * lists are cut at "and" ("Nasser Hussain and Peter Such") unless the whole is one name
 * ("Securities and Exchange Commission", "Trinidad and Tobago"), and honorifics ("Mr", "Dr")
 * are noted, never kept as a role.
 */
import { isDemonym, KNOWN_ORGS, ORG_HEADS, TITLE_WORDS } from './gazetteer.ts';
import { isCapitalised, isCommonWord, isNameWord, isProperWord, spansOf, type Span, type TokenSentence } from './tokens.ts';
import { WORDNET_ORGS } from './org-lexicon.ts';
import { COMPANY_SUFFIXES, FIRST_NAMES, LEGAL_FORM_SET, PLACE_LOOKUP, ROLE_NOUNS } from './lexicon.ts';

export { ROLE_NOUNS };

/** A candidate name with what the run around it says. */
export interface Candidate {
  sentence: TokenSentence;
  /** Tokens [start, end) of the sentence hold the name itself. */
  start: number;
  end: number;
  words: string[];
  text: string;
  /** Words before the name in the same run that introduce it ("Chinese President"), if any. */
  rolePrefix: string[] | null;
  /** "Mr", "Mrs", "Ms", "Dr" directly before the name. */
  honorific: boolean;
}

const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Miss', 'Sir', 'Dame', 'Lord', 'Lady']);
/** Titles that are honorifics only: they mark a person but are no role. */
export const isHonorific = (w: string): boolean => HONORIFICS.has(w);

/** The role nouns as written in lowercase, with a capital, and in capitals: most words are one of these shapes. */
const ROLE_FORMS: ReadonlySet<string> = new Set([...ROLE_NOUNS].flatMap((r) => [r, r[0].toUpperCase() + r.slice(1), r.toUpperCase()]));

/** Is the word all ASCII lowercase, all ASCII capitals, or one ASCII capital then lowercase? Then it is in ROLE_FORMS exactly when its lowercase is a role noun. */
function hasSimpleCase(w: string): boolean {
  let upper = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 128) return false;
  }
  if (upper === 0 || upper === w.length) return true;
  const c = w.charCodeAt(0);
  return upper === 1 && c >= 65 && c <= 90;
}

/** Is this word (any case) a title or a noun naming a person's job? */
export function isRoleWord(w: string): boolean {
  if (TITLE_WORDS.has(w) && !isHonorific(w)) return true;
  if (ROLE_FORMS.has(w)) return true;
  return !hasSimpleCase(w) && ROLE_NOUNS.has(w.toLowerCase());
}

/** Do words[from..] all pass the test? (No copy, as `slice().every()` would make.) */
function allFrom(words: readonly string[], from: number, test: (w: string) => boolean): boolean {
  for (let i = from; i < words.length; i++) if (!test(words[i])) return false;
  return true;
}

/** Is one of tokens[start, end) `a` or `b`? */
function hasToken(tokens: readonly string[], start: number, end: number, a: string, b?: string): boolean {
  for (let i = start; i < end; i++) if (tokens[i] === a || tokens[i] === b) return true;
  return false;
}

/** Words that name a competition or event: "the Cup and Champions League" is two names. */
const EVENT_WORDS = new Set(['Cup', 'Championship', 'Championships', 'Open', 'Games', 'Trophy', 'Olympics', 'Series', 'Prix']);

/** Does the run hold one name joined by "and" ("Securities and Exchange Commission", "Department of Trade and Industry")? */
function keepsAnd(words: readonly string[], at: number): boolean {
  const whole = words.join(' ');
  if (PLACE_LOOKUP.has(whole) || KNOWN_ORGS.has(whole)) return true;
  const left = words.slice(0, at);
  const right = words.slice(at + 1);
  const last = right[right.length - 1];
  if (FIRST_NAMES.has(right[0]) && right.length > 1) return false;
  // "Procter & Gamble", "Johnson & Johnson": one word each side of an ampersand.
  if (words[at] === '&' && left.length === 1 && right.length <= 2) return true;
  // "Schroder Wertheim & Co", "Edward D. Jones & Co.", "A.G. Edwards & Sons": a firm's "& Co" closes its name.
  if (words[at] === '&' && left.length <= 3 && right.length === 1 && (COMPANY_SUFFIXES.has(last) || AMPERSAND_TAILS.has(last))) return true;
  // "Department of Trade and Industry", "Organisation for Security and Cooperation": the head opens the name and "of" tells what it covers.
  if ((left.includes('of') || left.includes('for') || left.includes('on')) && ORG_HEADS.has(left[0]) && (right.length <= 2 || (right.length === 3 && right[1] === 'in')) && !ORG_HEADS.has(right[0])) return true;
  return (
    left.length <= 2 &&
    !FIRST_NAMES.has(left[0]) &&
    !EVENT_WORDS.has(left[0]) &&
    ORG_HEADS.has(last) &&
    !ORG_HEADS.has(left[left.length - 1]) &&
    !PLACE_LOOKUP.has(left.join(' '))
  );
}

/** What closes a firm's name after "&" ("& Co", "& Sons", "& Partners"). */
const AMPERSAND_TAILS = new Set(['Co', 'Co.', 'Sons', 'Son', 'Partners', 'Associates', 'Company']);

/** Cut a run at "and"/"&" where it joins two names. */
function splitAnd(span: Span): Span[] {
  const { tokens } = span.sentence;
  if (span.end - span.start < 3 || !hasToken(tokens, span.start + 1, span.end - 1, 'and', '&')) return [span];
  const words = tokens.slice(span.start, span.end);
  for (let i = 1; i < words.length - 1; i++) {
    if ((words[i] === 'and' || words[i] === '&') && !keepsAnd(words, i)) {
      const left: Span = { sentence: span.sentence, start: span.start, end: span.start + i, text: words.slice(0, i).join(' ') };
      const right: Span = { sentence: span.sentence, start: span.start + i + 1, end: span.end, text: words.slice(i + 1).join(' ') };
      return [left, ...splitAnd(right)];
    }
  }
  return [span];
}

/** Joiners that cannot open or close a name (the same words as the joiners inside runs). */
const TRAILING_JOINER = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'y', 'and', '&', 'for', 'the']);

/** Company endings whose full stop is also the sentence's when they close it. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['Co.', 'Corp.', 'Inc.', 'Ltd.', 'Bros.']);
const CLOSERS = new Set(['"', '”', "'", '’', ')']);

/** Does the sentence end at token `end` (nothing after but closing quotes or brackets)? */
function endsSentence(tokens: readonly string[], end: number): boolean {
  for (let i = end; i < tokens.length; i++) if (!CLOSERS.has(tokens[i])) return false;
  return true;
}

function candidate(span: Span, start: number, end: number, rolePrefix: string[] | null, honorific: boolean): Candidate | null {
  const { tokens } = span.sentence;
  // "England Captain", "Bank of England Governor" with no name after: the title is no part of the name.
  while (end > start && (TRAILING_JOINER.has(tokens[end - 1]) || (end - start > 1 && isRoleWord(tokens[end - 1]) && !ORG_HEADS.has(tokens[end - 1])))) end--;
  while (start < end && TRAILING_JOINER.has(tokens[start])) start++;
  if (end <= start) return null;
  // "the Commission", "the Department": a bare head word names nothing on its own.
  if (end - start === 1 && ORG_HEADS.has(tokens[start])) return null;
  const words = tokens.slice(start, end);
  // "... analyst at McDonald & Co.": at the end of a sentence the full stop is the sentence's, as news tokenizers read it.
  if (end - start > 1 && endsSentence(tokens, end) && SENTENCE_FINAL_ABBREVIATIONS.has(words[words.length - 1])) words[words.length - 1] = words[words.length - 1].slice(0, -1);
  return { sentence: span.sentence, start, end, words, text: end - start === 1 ? words[0] : words.join(' '), rolePrefix, honorific };
}

/** Does "of" join one name here ("Bank of England", "Isle of Wight"), not a person and a place ("Karlsruhe of Germany", "Lynn Reaser of Barnett Banks")? */
function keepsOf(left: readonly string[], whole: string): boolean {
  if (PLACE_LOOKUP.has(whole) || KNOWN_ORGS.has(whole)) return true;
  // "Gold Fields of South Africa Ltd": a company's legal ending closes the whole run.
  const end = whole.slice(whole.lastIndexOf(' ') + 1);
  if (LEGAL_FORM_SET.has(end)) return true;
  // "Bank of England", "Federal Reserve Bank of New York", "Department of Trade": the head word comes just before "of".
  const last = left[left.length - 1];
  if (ORG_HEADS.has(last) || COMPANY_SUFFIXES.has(last)) return true;
  // "Isle of Wight", "Republic of Ireland": one ordinary word before "of".
  return left.length === 1 && !FIRST_NAMES.has(left[0]) && !isNameLike(left[0]) && !isRoleWord(left[0]);
}

/** A word that reads as a surname or place rather than an ordinary word made a title ("Republic", "Isle"). */
function isNameLike(w: string): boolean {
  return !isCommonWord(w) || isProperWord(w);
}

/** Cut a run at "of" where it joins a name to the place or body it belongs to. */
function splitOf(span: Span): Span[] {
  const { tokens } = span.sentence;
  if (span.end - span.start < 3 || !hasToken(tokens, span.start + 1, span.end - 1, 'of')) return [span];
  const words = tokens.slice(span.start, span.end);
  const at = words.indexOf('of');
  if (at <= 0 || at >= words.length - 1) return [span];
  const left = words.slice(0, at);
  if (keepsOf(left, words.join(' '))) return [span];
  let r = at + 1;
  if (words[r] === 'the') r++;
  return [
    { sentence: span.sentence, start: span.start, end: span.start + at, text: left.join(' ') },
    ...splitOf({ sentence: span.sentence, start: span.start + r, end: span.end, text: words.slice(r).join(' ') }),
  ];
}

/** The candidates of one run, cut at lists, roles and honorifics, added to `out`. */
function candidatesOfSpan(span: Span, out: Candidate[]): void {
  // One capitalised word (most runs): no list, "of", role or nationality to cut; a bare
  // organisation head word ("the Commission") names nothing.
  if (span.end - span.start === 1) {
    const w = span.sentence.tokens[span.start];
    if (!ORG_HEADS.has(w)) pushCandidate(out, { sentence: span.sentence, start: span.start, end: span.end, words: [w], text: w, rolePrefix: null, honorific: false });
    return;
  }
  const ands = splitAnd(span);
  const parts = ands.length === 1 ? splitOf(span) : ands.flatMap(splitOf);
  for (const part of parts) {
    const { tokens } = part.sentence;
    const words = tokens.slice(part.start, part.end);
    // The last title or role word followed only by name words: what precedes is the role.
    let r = -1;
    for (let i = words.length - 2; i >= 0; i--) {
      if ((isRoleWord(words[i]) || isHonorific(words[i])) && allFrom(words, i + 1, isNameWord)) {
        r = i;
        break;
      }
    }
    // "President of the European Central Bank": the title is a role, what follows "of" the name.
    let t = 0;
    while (t < words.length && (isRoleWord(words[t]) || isDemonym(words[t]))) t++;
    if (t > 0 && words[t] === 'of' && t + 1 < words.length) {
      const c = candidate(part, part.start + t + 1, part.end, null, false);
      if (c) pushCandidate(out, c);
      continue;
    }
    if (r < 0) {
      // "Australian Tom Moody": a nationality before a name is no part of it.
      let d = 0;
      while (d < words.length - 1 && isDemonym(words[d])) d++;
      if (d > 0 && !allFrom(words, d, isNameWord)) d = 0;
      const c = candidate(part, part.start + d, part.end, null, false);
      if (c) pushCandidate(out, c);
      continue;
    }
    const honorific = isHonorific(words[r]);
    // Before the role word may stand an honorific ("Mr"), or an organisation or place that is a name of its own.
    let roleStart = 0;
    while (roleStart < r && isHonorific(words[roleStart])) roleStart++;
    const role = honorific ? null : words.slice(roleStart, r + 1);
    // "Forecaster Tom Reilly said": a job noun is capitalised only because it starts the sentence.
    if (role && part.start === 0 && role.length === 1 && !TITLE_WORDS.has(role[0])) role[0] = role[0].toLowerCase();
    const head = words.slice(0, r + (honorific ? 0 : 0));
    const name = candidate(part, part.start + r + 1, part.end, role, honorific);
    // "Bank of England Governor Mervyn King": the organisation before the title is a candidate too.
    let lead = 0;
    while (lead < head.length && (isRoleWord(head[lead]) || isHonorific(head[lead]) || isDemonym(head[lead]))) lead++;
    let tail = head.length;
    while (tail > lead && (isRoleWord(head[tail - 1]) || isHonorific(head[tail - 1]))) tail--;
    if (tail > lead) {
      const org = candidate(part, part.start + lead, part.start + tail, null, false);
      if (org) pushCandidate(out, org);
    }
    if (name) pushCandidate(out, name);
  }
}

const STARTS_UPPER = /^\p{Lu}/u;

/** Add a candidate; "China-Kyrgyzstan-Uzbekistan", a compound of place names, is each of them. */
function pushCandidate(out: Candidate[], c: Candidate): void {
  if (c.words.length !== 1 || !c.text.includes('-') || PLACE_LOOKUP.has(c.text)) {
    out.push(c);
    return;
  }
  const parts = c.text.split('-');
  if (!parts.every((p) => STARTS_UPPER.test(p)) || !parts.some((p) => PLACE_LOOKUP.has(p))) out.push(c);
  else for (const p of parts) out.push({ ...c, words: [p], text: p });
}

/** Words after which "on" or "in" goes on with a body's name ("Commission on Presidential Debates"). */
const BODY_JOINERS = new Set(['on', 'in']);

/**
 * "Commission on Presidential Debates", "Organisation for Security and Cooperation in Europe":
 * a run that opens with a body's head word goes on past "on", and past "in" once it has said
 * what the body is for ("... for Security and Cooperation"), into the next run. Runs of one
 * head word with "in" after ("the Commission in Brussels") stay apart.
 */
function joinBodies(spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const out: Span[] = [withKnownOpener(spans[0])];
  for (let i = 1; i < spans.length; i++) {
    const a = out[out.length - 1];
    const b = spans[i];
    const { tokens } = a.sentence;
    const joiner = tokens[a.end];
    if (b.start === a.end + 1 && BODY_JOINERS.has(joiner) && ORG_HEADS.has(tokens[a.start]) && (joiner === 'on' ? a.end - a.start === 1 : hasToken(tokens, a.start + 1, a.end, 'for', 'of')) && b.end - b.start <= 3) {
      out[out.length - 1] = { sentence: a.sentence, start: a.start, end: b.end, text: tokens.slice(a.start, b.end).join(' ') };
    } else out.push(withKnownOpener(b));
  }
  return out;
}

/**
 * "Special Branch detectives said ...": an ordinary word that opens the sentence was left out
 * of the run, but with it the run is an organisation the finder knows (a known or WordNet
 * organisation); then it belongs to the name.
 */
function withKnownOpener(span: Span): Span {
  if (span.start === 0) return span;
  const { tokens } = span.sentence;
  // "Nation of Islam": the opener may stand before a joiner.
  const back = span.start >= 2 && (tokens[span.start - 1] === 'of' || tokens[span.start - 1] === 'for') ? 2 : 1;
  const opener = tokens[span.start - back];
  if (!isCapitalised(opener)) return span;
  const text = back === 2 ? `${opener} ${tokens[span.start - 1]} ${span.text}` : `${opener} ${span.text}`;
  return KNOWN_ORGS.has(text) || WORDNET_ORGS.has(text) ? { sentence: span.sentence, start: span.start - back, end: span.end, text } : span;
}

/** All candidate names of a story, in reading order. */
export function candidatesOf(sentences: readonly TokenSentence[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) for (const span of joinBodies(spansOf(s))) candidatesOfSpan(span, out);
  return out;
}
