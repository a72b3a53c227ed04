/**
 * Who holds a role. "Who is the chief executive of Rolls-Royce?", "Who is Pakistan's foreign
 * secretary?", "What is the name of Maximus's wife?", "What was the U-boat captain's name?" ask for
 * the holder of a role (a post or a family tie), and a careful reader takes the holder only from a
 * sentence that names the role beside the name: "chief executive Warren East", "Warren East, the
 * firm's chief executive", "the chief executive, Warren East". A sentence without the role word
 * ("JLR has been owned by India's Tata Motors" for the chairman of Tata Motors), or one that gives
 * the role beside another part of it ("said Syed Akbaruddin, a spokesman" far from "Pakistan's
 * foreign secretary"; "a legal analyst on L Street"; "Saudi Arabia's ambassador", whose owner is
 * no holder; "his wife and child in the suburbs") does not say who holds it.
 */
import { Cls, stem, type Token } from './spans.ts';
import { DEMONYMS } from '../entities/gazetteer.ts';

/** Not a word that ends the role's words (a preposition or a relative). */
const NOT_LINK = String.raw`(?!(?:of|at|for|in|to|on|who|whom|that|which|with|from|by)\b)`;
/** The role's own words: one to three lower-case words, none of them a link. */
const ROLE_WORDS = String.raw`(${NOT_LINK}[\p{Ll}][\p{L}-]*(?:\s+${NOT_LINK}[\p{Ll}][\p{L}-]*){0,2})`;
/** "Who is the chief executive of X?", "Who is the surrogate?", "Who will be the final guest?": the role's words. */
const WHO_THE = new RegExp(String.raw`^[Ww]ho\s+(?:is|was|are|were|will\s+be)\s+(?:the|a|an)\s+${ROLE_WORDS}(?:\s+(?:of|at|for|in|to|on)\b.*)?\s*\??$`, 'u');
/** "Who is Pakistan's foreign secretary?", "Who is the Lions' coach?": the role after an owner. */
const WHO_OWNED = new RegExp(String.raw`^[Ww]ho\s+(?:is|was|are|were)\s+(?:the\s+[\p{Ll}][\p{L}-]*(?:['’]s|s['’])|(?:the\s+)?(?:[\p{Lu}\d][\p{L}!.&-]*\s+){0,3}?[\p{Lu}\d][\p{L}!.&-]*(?:['’]s|s['’]|['’]))\s+${ROLE_WORDS}\s*\??$`, 'u');
/** "What is the name of (X's|the) ROLE (of X)?" */
const NAME_OF = new RegExp(String.raw`^[Ww]hat\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(?:(?:the|a|an|his|her|their|its)\s+|(?:[\p{Lu}\d][\p{L}!.&-]*\s+){0,3}?[\p{Lu}\d][\p{L}!.&-]*(?:['’]s|s['’]|['’])\s+)${ROLE_WORDS}(?:\s+(?:of|at|for|in|to|on)\b.*)?\s*\??$`, 'u');
/** "What was the U-boat captain's name?", "What are the parents' names?" */
const OWN_NAME = /^[Ww]hat\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[\p{L}!.&-]+\s+){0,3}?([\p{Ll}][\p{L}-]*?)(?:['’]s|s['’])\s+names?\s*\??$/u;

/** Words that say what kind of person without naming a role ("the man", "the person"): not checked. */
const NO_ROLE = /^(?:man|woman|men|women|person|people|one|boy|girl|child|children|victim|victims|suspect|suspects|winner|winners|culprit|gunman|driver|author|writer|speaker|player|players|name|names|team|first|last|next|latter|former|company|firm|group)$|^\p{L}{3,}ed$/u;

/** The role's head word (its last word) asked about, or null when the question is not of this shape. */
export function roleAsked(question: string): string | null {
  const q = question.trim();
  const m = WHO_THE.exec(q) ?? WHO_OWNED.exec(q) ?? NAME_OF.exec(q) ?? OWN_NAME.exec(q);
  if (!m) return null;
  const head = m[1].trim().split(/\s+/).pop()!.toLowerCase();
  return NO_ROLE.test(head) ? null : head;
}

/** Tokens allowed between a role word and the holder's name written after it ("chief executive, Warren East"; "president of Petrobras, Maria Foster"). */
/** (A string of titles joins too: "Pole-sitter and defending race winner Helio Castroneves".) */
function joinsAfter(t: Token): boolean {
  return t.cls === Cls.Comma || t.cls === Cls.Open || t.cls === Cls.Cap || t.cls === Cls.Noun || t.cls === Cls.Adj || t.cls === Cls.VerbIng || /^(?:the|of|at|for|and|["“”'‘’:-])$/.test(t.lower) || /^\p{Lu}/u.test(t.text);
}

/** "the restaurant she owns, The Hot Pot": a short clause of the role's own, closed by a comma. */
function ownClause(gap: readonly Token[]): boolean {
  const c = gap.findIndex((t) => t.cls === Cls.Comma);
  return c >= 1 && c <= 3 && gap.slice(0, c).some((t) => t.cls === Cls.Pron) && gap.slice(c + 1).every(joinsAfter);
}

/**
 * Does the sentence give the span as the holder of the role whose head word is `head`? Yes when
 * the role word is written right before the name (up to six tokens of commas, "the", "of",
 * capitalised words between: "manager Arsene Wenger", "president of Petrobras, Maria Foster"), or
 * the name is followed by a comma and the role within eight tokens before any full stop or verb of
 * its own ("Warren East, the firm's chief executive"). The name written just before "'s ROLE" owns
 * the role, it does not hold it; a name after a preposition ("guard at Coachella") is a place.
 */
export function holdsRole(sentence: readonly Token[], span: readonly Token[], head: string): boolean {
  const want = stem(head);
  const roles = sentence.map((t, k) => (t.stem === want || t.lower === head || t.lower.endsWith(`-${head}`) ? k : -1)).filter((k) => k >= 0);
  if (roles.length === 0 || span.length === 0) return false;
  const s0 = sentence.indexOf(span[0]);
  const s1 = sentence.indexOf(span[span.length - 1]);
  if (s0 < 0 || s1 < 0) return true;
  return roles.some((r) => {
    if (r < s0) {
      const gap = sentence.slice(r + 1, s0);
      if (gap.length > 6 || !(gap.every(joinsAfter) || ownClause(gap))) return false;
      // "a legal analyst on L Street", "the guard at Coachella": the name after a preposition is where, not who.
      // ("The chief executive of Dunmore Foods": the name after "of" owns the role; "his wife and
      // children": what follows "and" is another one.)
      return !(gap.length > 0 && (gap[gap.length - 1].cls === Cls.Prep || gap[gap.length - 1].cls === Cls.Conj));
    }
    if (r > s1) {
      const gap = sentence.slice(s1 + 1, r);
      // "Saudi Arabia's ambassador": the owner.
      if (gap.length === 0) return !/['’]s?$/.test(span[span.length - 1].text) && !/['’]s?$/.test(sentence[s1].text);
      // "Rowland Phillips has not been replaced since leaving as head coach": the name's own clause, "as" the role.
      const as = [r - 1, r - 2].find((j) => j > s1 && sentence[j].lower === 'as');
      if (as !== undefined && gap.length <= 10 && !gap.some((t) => t.cls === Cls.Comma || t.cls === Cls.Punct || (t.cls === Cls.Cap && /^\p{Lu}/u.test(t.text)))) return true;
      if (gap[0].cls !== Cls.Comma && gap[0].cls !== Cls.Open) return false;
      return gap.length <= 8 && !gap.some((t) => t.cls === Cls.Punct || t.cls === Cls.VerbPast || t.cls === Cls.Verb || /^(?:said|says|told)$/.test(t.lower));
    }
    return true; // the role word is inside the span ("chief executive Warren East").
  });
}

/** "Who will be prime minister?", "Who will lead the party?": a holder to come, not the one now. */
const FUTURE_HOLDER = /^who\s+(?:will|is\s+going\s+to|is\s+set\s+to|is\s+expected\s+to)\s+(?:be|become|lead|head|succeed|replace|run|take\s+over|take\s+charge)\b/i;
/** What says a role is still to be taken ("will become", "is expected to lead", "incoming", "designate"). */
const SAYS_FUTURE = /^(?:will|would|shall|expected|set|likely|poised|tipped|named|nominated|chosen|elected|appointed|incoming|designate|elect|successor|succeed|succeeds|replace|replaces|next|future|favourite|favorite|frontrunner|front-runner)$/i;

/**
 * "Who will be prime minister?" over "Prime Minister Jonas Gahr Store conceded defeat": the
 * sentence names today's holder and says nothing of who comes next (any kind of text).
 */
export function notTheNextHolder(question: string, sentence: readonly Token[]): string | null {
  return FUTURE_HOLDER.test(question.trim()) && !sentence.some((t) => t.isWord && SAYS_FUTURE.test(t.text)) ? 'does not say who it will be' : null;
}

/** Why the span does not name the holder of the role asked about, or null. */
export function notTheHolder(question: string, sentence: readonly Token[], span: readonly Token[]): string | null {
  const head = roleAsked(question);
  if (!head) return null;
  return holdsRole(sentence, span, head) ? (anotherCountrys(question, sentence, span) ?? null) : `does not name the ${head}`;
}

/** The countries a people's adjective names ("Belgian" -> Belgium). */
const COUNTRIES: ReadonlySet<string> = new Set(Object.values(DEMONYMS));
/** "Who is Turkey's coach?", "Who is the Iranian president?": the country that owns the role asked. */
const COUNTRY_OWNER = /^[Ww]ho\s+(?:is|was|are|were)\s+(?:the\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)(?:['’]s?)?\s+\p{Ll}/u;

/**
 * "Who is Turkey's coach?" over "Belgian coach Wilfried Van Moer said he had not expected Turkey to
 * be so strong": the role written before the name belongs to another country, by the people's
 * adjective that opens it (Reuters: "Belgian coach", "Iranian President").
 */
function anotherCountrys(question: string, sentence: readonly Token[], span: readonly Token[]): string | null {
  const owner = COUNTRY_OWNER.exec(question.trim())?.[1];
  const country = owner && (DEMONYMS[owner] ?? (COUNTRIES.has(owner) ? owner : undefined));
  if (!country) return null;
  const s0 = sentence.indexOf(span[0]);
  for (let j = s0 - 1; j >= 0 && j >= s0 - 4; j--) {
    const t = sentence[j];
    if (!t.isWord) return null;
    const of = DEMONYMS[t.text];
    if (of !== undefined) return of === country ? null : `names the ${t.text} holder`;
  }
  return null;
}
