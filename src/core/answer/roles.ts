/**
 * A dependency-path stand-in built from word order and parts of speech (no parser): which
 * argument of its main verb a question asks for ("Who listed X?" the doer, "What did X call
 * Y?" a second object, "... by whom?" the agent, "What was X compared to?" the object of
 * "to"), and which argument of the sentence's counterpart of that verb a candidate span is
 * (before it in its clause, right after it, after a preposition, after "by" in a passive).
 * The span model reads both and whether they agree (candidates.ts, templates `role`, `agree`).
 */
import { brill } from 'brill';
import { oppositeStems } from './opposites.ts';
import { Cls, type Token } from './spans.ts';
import { synonymStems } from './synonyms.ts';

/** The argument a question asks for. */
export const QRole = {
  /** No wh-word, or no verb to relate the answer to. */
  None: 0,
  /** The doer: "Who/What company listed X?", "By whom was X listed?", "X was listed by whom?". */
  Agent: 1,
  /** What the deed was done to: "What did X sign?", "What was built in 1990?". */
  Patient: 2,
  /** The object of a preposition: "What was X compared to?", "With whom did X work?". */
  Prep: 3,
  /** A second object or complement: "What did Luther call the mass?", "What is X called?". */
  Second: 4,
  /** A copula's complement: "What is the capital of X?". */
  Be: 5,
  /** Time, place, manner, reason: "When/Where/Why/How did X verb?". */
  Adjunct: 6,
} as const;
export const NQROLE = 7;

/** A candidate's place relative to the sentence's counterpart of the question's verb. */
export const CRole = {
  /** The sentence has no counterpart of the question's verb. */
  NoVerb: 0,
  /** The span holds the verb. */
  HasVerb: 1,
  /** Before the verb in the same clause (a subject). */
  Before: 2,
  /** Before the verb, in another clause. */
  BeforeFar: 3,
  /** Right after the verb (determiners and modifiers between at most): an object. */
  After: 4,
  /** After "by", after the verb. */
  AfterBy: 5,
  /** After the preposition the question asks about. */
  AfterQPrep: 6,
  /** After another preposition. */
  AfterPrep: 7,
  /** Further on in the verb's clause (a second object, a complement). */
  AfterFar: 8,
  /** After the verb, in another clause. */
  AfterOther: 9,
} as const;
export const NCROLE = 10;

export interface QuestionRole {
  role: number;
  /** Stem and lower-case form of the question's main verb, or null. */
  verb: string | null;
  verbLower: string | null;
  /** The preposition the answer follows (Prep role), lower case, or null. */
  prep: string | null;
}

const PREPS = new Set([
  'in', 'on', 'at', 'by', 'of', 'for', 'to', 'from', 'with', 'as', 'than', 'about', 'during', 'since', 'after',
  'before', 'into', 'through', 'between', 'under', 'over', 'within', 'against', 'among', 'upon', 'toward', 'towards',
]);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am']);
const DO = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall']);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);
const ADJUNCT_WH = new Set(['when', 'where', 'why', 'how']);
const VERBISH = new Set<number>([Cls.Verb, Cls.VerbPast, Cls.VerbIng]);

/** Can this word be a verb (the tagger's first reading, or any reading in Brill's lexicon)? */
function canBeVerb(t: Token): boolean {
  if (VERBISH.has(t.cls)) return true;
  if (t.cls !== Cls.Noun && t.cls !== Cls.Adj && t.cls !== Cls.Other) return false;
  const v: unknown = Object.prototype.hasOwnProperty.call(brill, t.lower) ? brill[t.lower] : undefined;
  return Array.isArray(v) && v.some((x) => typeof x === 'string' && x.startsWith('VB'));
}

/**
 * The role a question asks for, from its word tokens, the index of its wh-word (-1: none) and
 * the last token of its wh-phrase ("how many *people*", "which *company*"); `when` is set when
 * the wh-phrase asks for a time or place ("what year", "which city"), an adjunct as "when" is.
 */
export function questionRole(toks: readonly Token[], at: number, headEnd: number, when = false): QuestionRole {
  const none: QuestionRole = { role: QRole.None, verb: null, verbLower: null, prep: null };
  if (at < 0) return none;
  const low = toks.map((t) => t.lower);
  const wh = low[at];
  const last = low.length - 1;
  // A preposition before the wh-word or stranded at the end names the answer's relation.
  let prep: string | null = at > 0 && PREPS.has(low[at - 1]) ? low[at - 1] : null;
  if (prep === null && last > headEnd + 1 && PREPS.has(low[last])) prep = low[last];
  const out = (role: number, v: number): QuestionRole => {
    const r = prep === 'by' && role !== QRole.Adjunct ? QRole.Agent : prep !== null && role !== QRole.Adjunct ? QRole.Prep : role;
    return { role: r, verb: v >= 0 ? toks[v].stem : null, verbLower: v >= 0 ? low[v] : null, prep: r === QRole.Prep ? prep : null };
  };
  const adjunct = when || (ADJUNCT_WH.has(wh) && !(wh === 'how' && headEnd > at));
  const k = headEnd + 1;
  if (k > last) {
    // The wh-word ends the question ("X was listed by whom?", "Luther called the mass what?"):
    // the verb is the last one before it.
    let v = -1;
    for (let m = at - 1; m >= 0 && v < 0; m--) if (VERBISH.has(toks[m].cls)) v = m;
    if (v < 0 || adjunct) return out(adjunct ? QRole.Adjunct : QRole.None, v);
    const passive = toks[v].cls === Cls.VerbPast && v > 0 && BE.has(low[v - 1]);
    return out(passive || at - v > 2 ? QRole.Second : QRole.Patient, v);
  }
  if (BE.has(low[k]) || DO.has(low[k])) {
    // "wh + auxiliary": the main verb comes after the auxiliary (and the subject, if any).
    let v = -1;
    for (let m = k + 1; m <= last; m++) {
      if (VERBISH.has(toks[m].cls)) {
        v = m;
        break;
      }
    }
    // "What did Luther *call* ...": the tagger may read a base verb as a noun; not one after a determiner.
    for (let m = k + 2; v < 0 && DO.has(low[k]) && m <= last; m++) {
      if (canBeVerb(toks[m]) && toks[m].cls !== Cls.Adj && !NP_INSIDE.has(toks[m - 1].cls)) v = m;
    }
    if (adjunct) return out(QRole.Adjunct, v);
    // "Which entity *has* a monopoly", "Who *has* the record": "have" as the main verb.
    if (/^ha[sdv]e?$/.test(low[k]) && (headEnd > at || wh === 'who') && toks[k + 1] && NP_INSIDE.has(toks[k + 1].cls) && toks[k + 1].lower !== 'been') return out(QRole.Agent, k);
    if (v < 0) return out(BE.has(low[k]) ? QRole.Be : QRole.None, -1);
    // The verb right after the auxiliary: the wh-phrase is its subject ("Who may require",
    // "What was built" a passive one, so the patient); else a subject sits between.
    let first = k + 1;
    while (first < v && (toks[first].cls === Cls.Adv || toks[first].lower === 'not' || toks[first].lower === 'been' || toks[first].lower === 'being')) first++;
    const be = BE.has(low[k]) || toks[first - 1]?.lower === 'been' || toks[first - 1]?.lower === 'being';
    if (first === v) return out(be && toks[v].cls === Cls.VerbPast ? QRole.Patient : QRole.Agent, v);
    if (be && toks[v].cls === Cls.VerbPast) {
      // "What is X called?" asks for the complement; "What is an example of X that used Y" is a copula.
      for (let m = k + 1; m < v; m++) if (toks[m].cls === Cls.Wh || RELATIVE.has(low[m])) return out(QRole.Be, -1);
      return out(QRole.Second, v);
    }
    if (BE.has(low[k]) && toks[v].cls !== Cls.VerbIng) return out(QRole.Be, -1);
    // "What did X call Y": a noun phrase after the verb fills the object, so the answer is a second one.
    let m = v + 1;
    while (m <= last && (toks[m].cls === Cls.Det || toks[m].cls === Cls.Adj || toks[m].cls === Cls.Adv)) m++;
    const object = m <= last && (toks[m].cls === Cls.Noun || toks[m].cls === Cls.Cap || toks[m].cls === Cls.Pron);
    return out(object ? QRole.Second : QRole.Patient, v);
  }
  if (adjunct) return out(QRole.Adjunct, -1);
  // "Who listed X?", "Which company bought X?": the wh-phrase is the verb's subject.
  if (canBeVerb(toks[k])) return out(QRole.Agent, k);
  return out(QRole.None, -1);
}

/** Per-token facts for the candidates' roles in one sentence (from sentenceRoles). */
export interface SentenceRoles {
  /** Nearest counterpart of the question's verb at or before / at or after each token (-1: none). */
  prevVerb: Int32Array;
  nextVerb: Int32Array;
  /** Is the verb at this token passive ("was listed", "has been called")? */
  passive: Uint8Array;
  /** CRole of a span starting at k that follows prevVerb[k - 1], of one ending at k before nextVerb[k + 1]. */
  startRole: Int8Array;
  endRole: Int8Array;
}

/** Is this sentence token the question's verb said the same way, inflected, or by a synonym or antonym? */
export function alignsWithVerb(t: Token, verb: string, verbLower: string): boolean {
  if (!t.isWord) return false;
  if (t.stem === verb) return VERBISH.has(t.cls) || t.cls === Cls.Adj || t.cls === Cls.Noun;
  if (!VERBISH.has(t.cls)) return false;
  return (synonymStems(verbLower)?.has(t.stem) ?? false) || oppositeStems(verbLower).includes(t.stem);
}

/** Modifiers that may sit between a head word and its argument ("listed *the old* market"). */
const NP_INSIDE = new Set<number>([Cls.Det, Cls.Adj, Cls.Adv, Cls.Num]);

/** Where each possible span start and end sits relative to the counterparts of the question's verb. */
export function sentenceRoles(toks: readonly Token[], clause: Int32Array, q: QuestionRole): SentenceRoles {
  const n = toks.length;
  const prevVerb = new Int32Array(n).fill(-1);
  const nextVerb = new Int32Array(n).fill(-1);
  const passive = new Uint8Array(n);
  const startRole = new Int8Array(n);
  const endRole = new Int8Array(n);
  if (q.verb === null || q.verbLower === null) return { prevVerb, nextVerb, passive, startRole, endRole };
  const at = toks.map((t) => alignsWithVerb(t, q.verb!, q.verbLower!));
  for (let k = 0, last = -1; k < n; k++) {
    if (at[k]) last = k;
    prevVerb[k] = last;
  }
  for (let k = n - 1, next = -1; k >= 0; k--) {
    if (at[k]) next = k;
    nextVerb[k] = next;
  }
  for (let k = 0; k < n; k++) {
    if (!at[k] || (toks[k].cls !== Cls.VerbPast && !(toks[k].cls === Cls.Adj && toks[k].lower.endsWith('ed')))) continue;
    // "led by X", "attended by 2000 guests": a participle with its agent is passive without "be".
    let b = k + 1;
    while (b < n && toks[b].cls === Cls.Adv) b++;
    if (b < n && toks[b].lower === 'by') passive[k] = 1;
    // "was listed", "has been widely called": a form of "be" before the participle.
    for (let m = k - 1; m >= 0 && k - m <= 3; m--) {
      if (BE.has(toks[m].lower)) {
        passive[k] = 1;
        break;
      }
      if (toks[m].cls !== Cls.Adv && toks[m].cls !== Cls.Aux) break;
    }
  }
  for (let k = 0; k < n; k++) {
    const v = k > 0 ? prevVerb[k - 1] : -1;
    if (v >= 0) {
      // Walk back from the span start over modifiers: right after the verb, or after a preposition.
      let m = k - 1;
      while (m > v && NP_INSIDE.has(toks[m].cls)) m--;
      if (m === v) startRole[k] = CRole.After;
      else if (toks[m].cls === Cls.Prep || PREPS.has(toks[m].lower)) {
        const p = toks[m].lower;
        startRole[k] = p === 'by' ? CRole.AfterBy : p === q.prep ? CRole.AfterQPrep : CRole.AfterPrep;
      } else startRole[k] = clause[k] === clause[v] ? CRole.AfterFar : CRole.AfterOther;
    }
    const w = k + 1 < n ? nextVerb[k + 1] : -1;
    if (w >= 0) endRole[k] = clause[k] === clause[w] ? CRole.Before : CRole.BeforeFar;
  }
  return { prevVerb, nextVerb, passive, startRole, endRole };
}

/** The candidate [i, j]'s place relative to the nearest counterpart of the question's verb, and that verb (-1: none). */
export function candidateRole(sr: SentenceRoles, i: number, j: number, n: number): { role: number; verb: number } {
  const nv = sr.nextVerb[i];
  if (nv >= 0 && nv <= j) return { role: CRole.HasVerb, verb: nv };
  const before = i > 0 ? sr.prevVerb[i - 1] : -1;
  const after = j + 1 < n ? sr.nextVerb[j + 1] : -1;
  if (before < 0 && after < 0) return { role: CRole.NoVerb, verb: -1 };
  // The nearer verb; a span right after one verb and before another reads as the first's argument.
  if (after < 0 || (before >= 0 && i - before <= after - j)) return { role: sr.startRole[i], verb: before };
  return { role: sr.endRole[j], verb: after };
}

/**
 * Does the candidate's place fit the role asked for, the sentence's voice read in (0: no
 * verb to tell, 1: it fits, 2: it does not)? A passive sentence swaps subject and object, its
 * "by" phrase holds the doer.
 */
export function rolesAgree(q: number, c: number, passive: boolean): number {
  if (c === CRole.NoVerb || c === CRole.HasVerb || q === QRole.None || q === QRole.Be || q === QRole.Adjunct) return 0;
  const subject = c === CRole.Before;
  const object = c === CRole.After;
  let fits = false;
  if (q === QRole.Agent) fits = passive ? c === CRole.AfterBy : subject;
  else if (q === QRole.Patient) fits = passive ? subject : object;
  else if (q === QRole.Prep) fits = c === CRole.AfterQPrep;
  else if (q === QRole.Second) fits = passive ? object : c === CRole.AfterFar || c === CRole.AfterPrep;
  return fits ? 1 : 2;
}
