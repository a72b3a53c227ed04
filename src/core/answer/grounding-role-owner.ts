/**
 * Whose role the answer holds. "Who is Kanye West's lawyer?" over "Ramos and his lawyer, Gloria
 * Allred, sought damages"; "Who is the president of Planned Parenthood?" over "Carol Tobias, the
 * president of National Right to Life, said ...": the sentence gives the role beside the name, but
 * as another's: another owner written before the role ("Ramos and his lawyer", "Arsenal's
 * manager"), or after it ("the president of National Right to Life", "economist at IHS Markit").
 * A reporter names the owner of a role where it matters, so a named other owner means the sentence
 * speaks of another post, and the holder of the one asked is not given. (roleOfAnother in
 * patterns-typed.ts reads the question "Who is the City manager?"; this one the questions that say
 * the owner with "'s" or "of / at / for".)
 */
import type { PreparedArticle } from './prepare.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { isStop } from './spans.ts';
import { writtenAs } from './grounding-restrictor.ts';

/** "Who is Kanye West's lawyer?", "Who is the Lions' coach?": the owner, then the role (one to three words). */
const OWNED = /^(?:[Ww]ho|[Ww]hom) (?:is|was|are|were) (?:the )?((?:[\p{Lu}\d][\p{L}\d&.-]*\s+){0,3}[\p{Lu}\d][\p{L}\d&.-]*)(?:['’]s|s['’]|['’])\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*\??$/u;
/** "Who is the president of Petrobras?", "Who is the chief economist at the ONS?": the role, then the owner. */
const ROLE_OF = /^(?:[Ww]ho|[Ww]hom) (?:is|was|are|were) (?:the )?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:of|at|for)\s+(?:the\s+)?([^?]+?)\s*\??$/u;
/** Words that own a role without naming another: the story's own subject said by its kind, or a pronoun. */
const GENERIC = /^(?:the|a|an|its|his|her|their|our|my|your|this|that|club|clubs|team|side|firm|company|group|party|country|nation|state|city|government|department|agency|organi[sz]ation|board|family|band|show|school|university|hospital|network|channel|paper|newspaper|league|union|council|force|who|which|that)$/i;

/** The question's role head word and its owner's words, or null when the question is not of these shapes. */
function askedRoleOwner(question: string): { head: string; owner: string[] } | null {
  const q = question.trim();
  const owned = OWNED.exec(q);
  const m = owned ? { owner: owned[1], role: owned[2] } : ((r) => (r ? { owner: r[2], role: r[1] } : null))(ROLE_OF.exec(q));
  if (!m) return null;
  const head = m.role.split(/\s+/).pop()!.toLowerCase();
  const owner = m.owner.split(/\s+/).filter((w) => w.length > 1 && !isStop(w.toLowerCase()));
  return owner.length ? { head, owner } : null;
}

/** Lower case without accents: "Ögedei" is asked as "Ogedei". */
const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Does the phrase say the question's owner (any word of it, or a form: "U.S." / "American")? */
function saysOwner(phrase: string, owner: readonly string[]): boolean {
  const forms = [...writtenAs(owner.join(' ')), ...owner];
  const low = plain(phrase);
  return forms.some((f) => {
    const w = plain(f);
    return w.length >= 4 ? low.includes(w.slice(0, Math.max(4, w.length - 2))) : new RegExp(`(?:^|[^\\p{L}])${esc(w)}(?![\\p{L}])`, 'u').test(low);
  });
}

/** The owner the sentence writes for the role word at [from, to), or null when it writes none. */
function ownerWritten(text: string, from: number, to: number): string | null {
  const before = text.slice(Math.max(0, from - 60), from);
  // "Ramos and his lawyer": the name before the possessive pronoun owns the role.
  const pron = /([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*)\s+(?:and|,)?\s*(?:his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before);
  if (pron) return pron[1];
  // "Arsenal's manager", "Rovers manager": a name right before the role.
  const poss = /([\p{Lu}][\p{L}.&-]*(?:\s+[\p{Lu}][\p{L}.&-]*)*)(?:['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before);
  if (poss && !GENERIC.test(poss[1])) return poss[1];
  // "the president of National Right to Life", "economist at IHS Markit": the owner after the role.
  const after = /^\s+(?:of|at|for)\s+(?:the\s+)?([^,;.()"“”]{2,60}?)(?=\s*(?:[,;.()"“”]|\bsaid\b|\bsays\b|\bwho\b|$))/iu.exec(text.slice(to));
  if (after) {
    const words = after[1].split(/\s+/).filter((w) => !isStop(w.toLowerCase()));
    if (words.length && !words.every((w) => GENERIC.test(w))) return after[1];
  }
  return null;
}

/**
 * Why the answer, given in sentence `k` beside the role asked, holds it for another owner than the
 * question's; null when the sentence writes no owner, writes the asked one, or the question names none.
 */
export function roleOwnedByAnother(question: string, prep: PreparedArticle, k: number, answer: string): string | null {
  const described = describesAnother(question, prep.sentences[k]?.text ?? '', answer);
  if (described) return described;
  const asked = askedRoleOwner(question);
  const text = prep.sentences[k]?.text;
  if (!asked || !text || !answer) return null;
  const at = text.indexOf(answer);
  if (at < 0) return null;
  const stemOf = asked.head.slice(0, Math.max(4, asked.head.length - 2));
  // The role word nearest the answer: right before it ("his lawyer, Gloria Allred") or after it ("Carol Tobias, the president of ...").
  const re = new RegExp(`\\b${esc(stemOf)}[\\p{L}-]*`, 'giu');
  let best: { from: number; to: number; d: number } | null = null;
  for (const m of text.matchAll(re)) {
    const from = m.index!;
    const to = from + m[0].length;
    const gap = to <= at ? text.slice(to, at) : from >= at + answer.length ? text.slice(at + answer.length, from) : '';
    if (gap.length > 40 || /[.;]|\b(?:said|says|told|and)\b/.test(gap)) continue;
    const d = Math.abs(to <= at ? at - to : from - at);
    if (!best || d < best.d) best = { from, to, d };
  }
  if (!best) return null;
  const owner = ownerWritten(text, best.from, best.to);
  if (!owner || saysOwner(owner, asked.owner) || saysOwner(answer, asked.owner)) return null;
  return `is the ${asked.head} of ${owner}`;
}

/** A kind of body a name describes another by: "Premier League side Everton", "Championship club Leeds". */
const DESCRIBED_BY = /^\s+(?:side|club|team|outfit|champions|giants|rivals|leaders|strugglers|newcomers)\s+((?:[\p{Lu}][\p{L}'’-]+\s*){1,3})/u;

/**
 * "What league does Bristol City play in?" answered "Premier League" of "beat Premier League side
 * Everton": the answer is the description of another name right after it, one the question does not name.
 */
function describesAnother(question: string, text: string, answer: string): string | null {
  const at = answer ? text.indexOf(answer) : -1;
  if (at < 0 || !/^\p{Lu}/u.test(answer)) return null;
  const m = DESCRIBED_BY.exec(text.slice(at + answer.length));
  if (!m) return null;
  const other = m[1].trim();
  if (other.split(/\s+/).some((w) => question.includes(w))) return null;
  // Only when the question names someone else to ask about.
  if (!/\s[\p{Lu}][\p{L}'’-]+/u.test(question.replace(/^\s*\S+/, ''))) return null;
  return `describes ${other}`;
}
