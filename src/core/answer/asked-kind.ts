/**
 * What KIND of name a question asks for, read from its wording: a person, a place or an
 * organisation (the entity finder's three kinds, src/core/entities), and the kinds that clearly
 * do not answer it. "Which party ...?" asks for an organisation and no person answers it; "Who
 * is the manager?" asks for a person and no club or country answers it; "Where ...?" asks for a
 * place (or a body: "at Google"), never a person. Plain "Who ...?" asks for a person or a body
 * and rules nothing out: countries and clubs act in news ("Who won?" -> "England").
 */
import type { QuestionInfo } from './question-type.ts';
import { ROLE_NOUNS } from '../entities/lexicon.ts';
import { ONE_PERSON } from './person-words.ts';

/** A kind of name, as the entity finder types them. */
export type NameKind = 'person' | 'place' | 'organization';

export interface AskedKind {
  /** Kinds that answer the question, the likeliest first. */
  want: readonly NameKind[];
  /** Kinds that clearly do not. */
  against: readonly NameKind[];
}

/** Nouns for bodies: "which party / company / club ...". */
const ORG_NOUNS = new Set(
  (
    'party parties company companies firm firms club clubs team teams side group organisation organization agency airline ' +
    'bank banks carmaker automaker broadcaster network channel newspaper paper union band retailer supermarket manufacturer ' +
    'insurer lender charity university college brand broadcasters newspapers carrier operator startup business businesses'
  ).split(' '),
);
/** Nouns for places: "which country / city ...". */
const PLACE_NOUNS = new Set(
  'country countries city cities town towns village villages state states region regions province provinces nation nations county counties island islands capital port district neighbourhood neighborhood suburb continent'.split(' '),
);
/** Nouns only a person is: "which player", "who is the manager". */
const PERSON_NOUNS = new Set([...ROLE_NOUNS, ...ONE_PERSON.split('|'), 'person', 'people', 'man', 'woman', 'men', 'women']);
/** Roles a body can hold too ("the sponsor", "the owner": a company; "the champion", "the winner": a team). */
const SHARED_ROLES = new Set(['owner', 'partner', 'champion', 'star', 'candidate', 'challenger', 'broker', 'dealer', 'trader', 'vendor', 'regulator', 'administrator', 'mediator', 'negotiator', 'investigator', 'researcher', 'organiser', 'organizer', 'winner', 'buyer', 'seller', 'sponsor', 'opener']);

const ORG: AskedKind = { want: ['organization'], against: ['person'] };
const PLACE: AskedKind = { want: ['place'], against: ['person'] };
const PERSON: AskedKind = { want: ['person'], against: ['place', 'organization'] };
const WHO: AskedKind = { want: ['person', 'organization'], against: [] };

/** The noun a "which/what" question asks about, lowercase: its focus, or "the name of the X". */
function askedNoun(q: string, info: QuestionInfo): string | null {
  // ("the name of the airline's chief executive" asks about the executive, not the airline.)
  const named = /\bname of (?:the|this|that|his|her|its|their) (?:[a-z]+'s?\s+)?([a-z]+)\b/i.exec(q);
  if (named) return named[1].toLowerCase();
  if ((info.wh === 'which' || info.wh === 'what') && info.focusWord) return info.focusWord.toLowerCase();
  return null;
}

/** The kinds asked for and ruled out, or null when the question asks for no name (a date, a number, a reason ...). */
export function askedKind(q: string, info: QuestionInfo): AskedKind | null {
  // ("Where did the money come from?" may be answered by a donor.)
  if (info.wh === 'where') return /\bfrom\s*\??\s*$/i.test(q) ? null : PLACE;
  const noun = askedNoun(q, info);
  if (noun !== null) {
    if (ORG_NOUNS.has(noun)) return ORG;
    if (PLACE_NOUNS.has(noun)) return PLACE;
    if (PERSON_NOUNS.has(noun) && !SHARED_ROLES.has(noun)) return PERSON;
    return null;
  }
  if (info.wh !== 'who' && info.wh !== 'whom') return null;
  // "Who is (X's / the) manager?", "Who was named coach?": a role only a person holds.
  const role = /^who\s+(?:is|was|are|were|will be|has been|became|becomes|is now|was named|was appointed|has been named|has been appointed)\s+(?:[\p{L}.'-]+\s+)*?(?:(?:new|current|former|interim|caretaker|acting|chief|head|deputy|assistant|team|club|party|company)\s+)*([a-z-]+)\s*(?:of\b|at\b|for\b|in\b|\?|$)/iu.exec(q);
  if (role && PERSON_NOUNS.has(role[1].toLowerCase()) && !SHARED_ROLES.has(role[1].toLowerCase())) return PERSON;
  return WHO;
}
