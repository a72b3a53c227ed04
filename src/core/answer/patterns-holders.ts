/**
 * The names a fixed news pattern gives for a role or a deed (patterns-typed.ts roleName,
 * patterns.ts relative), read whole:
 * - a plural kind asked ("Which charities ...?", "Which hostages ...?") gets the whole list the
 *   sentence gives ("charities Unicef and Children in Crisis");
 * - a deed done by several ("Royal Mail and ParcelForce refused to ship it") gets every doer;
 * - a holder "identified (Monday) as" someone is that someone ("the victim, identified Monday as
 *   Jonathan Camilien").
 * Sentences are read as the answerer reads them (truecased when the story lost its capitals).
 */

/** One capitalised word of a name (with its dots and apostrophes: "U.S.", "O'Neill"). */
const CAP = "\\p{Lu}[\\p{L}.'’-]*";
/** Small words inside a name ("Children in Crisis", "Giovanni lo Porto", "Bank of England"). */
const PARTICLE = '(?:of|in|for|and the|lo|la|le|de|da|di|del|van|von|der|den|al|bin|ibn)';
/** A name: capitalised words, with small words between them. */
const NAME = `${CAP}(?:\\s+(?:${PARTICLE}\\s+)?${CAP})*`;
/** What may follow a listed name: where the person or body is from ("of the United States", "from Italy"). */
const FROM = `(?:\\s+(?:of|from|in)\\s+(?:the\\s+)?${NAME})?`;
/** The rest of a list after its first name: ", B, C and D" or " and D", each with its "from". */
const LIST_TAIL = new RegExp(`^${FROM}(?:,\\s+${NAME}${FROM})*,?\\s+and\\s+${NAME}${FROM}`, 'u');

/** Is the asked kind plural ("charities", "hostages", "clubs"), not a singular ending in -s ("boss", "series")? */
export function pluralKind(word: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*(?:[^su]s|ies)$/u.test(word) && !/(?:ss|us|is|ics|news|series|species)$/.test(word);
}

/**
 * The list a name begins, when a plural kind is asked: from the name at `at` in `text`, through
 * ", B and C" (each name perhaps with "of/from X"). Null when the name ends no list.
 */
export function listFrom(text: string, at: number, name: string): string | null {
  const start = text.indexOf(name, at);
  if (start < 0) return null;
  const tail = LIST_TAIL.exec(text.slice(start + name.length));
  return tail ? (name + tail[0]).replace(/[,;:]+$|(?<=\p{Ll})\.$/u, '') : null;
}

/**
 * The doer written before the last one: "Royal Mail and ParcelForce" for "ParcelForce refused".
 * (One, joined by "and": a capitalised word before a comma may open the sentence, "Later, X and Y".)
 */
const BEFORE_LAST = new RegExp(`(?:^|[^\\p{L}])(${NAME}\\s+and\\s+)$`, 'u');

/** The whole subject list that ends with the name at `at` ("Royal Mail and ParcelForce"), or the name alone. */
export function subjectList(text: string, at: number, name: string): string {
  const m = BEFORE_LAST.exec(text.slice(0, at));
  return m ? m[1] + name : name;
}

/** "identified Monday as Jonathan Camilien", "named as John Smith": the name after "as". */
const IDENTIFIED_AS = new RegExp(`^(?:identified|named|described)\\s+(?:[\\p{L}]+\\s+){0,2}?as\\s+(${CAP}(?:\\s+${CAP}){0,2})`, 'u');

/** The name a role's holder is "identified as", when the words taken for the name begin with "identified ... as". */
export function identifiedAs(text: string, at: number): string | null {
  const m = IDENTIFIED_AS.exec(text.slice(at));
  return m ? m[1].replace(/[.,;:]+$/, '') : null;
}

/** "Maclachlan is the only cast member ...": the name that is the role's subject, right before "is the (only)". */
const SUBJECT_IS = new RegExp(`(?:^|[^\\p{L}])(${CAP}(?:\\s+${CAP}){0,2})\\s+(?:is|was|are|were)\\s+(?:the|a|an)\\s+(?:(?:only|sole|first|last|new|latest)\\s+)?$`, 'u');

/**
 * "Which cast member is confirmed?" over "Maclachlan is the only cast member currently confirmed":
 * the words after the role repeat the question ("member currently confirmed"), so the holder is
 * the subject the role is said of. Null when the words taken are no echo or no subject stands there.
 */
export function subjectOfRole(question: string, text: string, roleAt: number, taken: string): string | null {
  const asked = new Set(question.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2));
  if (!taken.toLowerCase().split(/\s+/).some((w) => asked.has(w))) return null;
  return SUBJECT_IS.exec(text.slice(0, roleAt))?.[1] ?? null;
}
