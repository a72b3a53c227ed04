/**
 * "What did Zhaparov say?" with no topic: what the article has that person saying. The first
 * sentence that credits them (named, "He also said" right after, or "The Kyrgyz president noted"
 * when the briefing gives them that role) is the answer, the next ones (up to three in all) are
 * quoted with it. Someone the article never has speaking gets "the article does not say", never
 * another speaker's words (patterns-said.ts does the same for "What did X say about Y?").
 */
import { rankedEntities } from '../entities/entities.ts';
import type { Answer, Article } from '../types.ts';
import { otherSpeaker } from './patterns-said.ts';
import { SAY, SAYS_WORD as SAYS } from './speech-words.ts';
import { evidenceAt, type PreparedArticle } from './prepare.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { anotherOfSurname, firstAndSurname } from './same-surname.ts';
import { NAME_PARTICLE_ALT, NAME_PARTICLES } from '../text/name-particles.ts';

/** A name asked about that opens with its particle ("van Dijkman"). */
const PARTICLE_FIRST = new RegExp(`^(?:${NAME_PARTICLE_ALT})\\s+\\p{Lu}`, 'u');

const ASKED = /^what\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|add|added|note|noted|have to say|had to say|(?:say to|tell)\s+(?![\p{L}'’ .-]*\b(?:about|regarding|on|of|that|was|is|were)\b)[\p{L}'’ .-]{1,40})\s*[?.!]*$/iu;
/** At most this many of the speaker's sentences are quoted. */
const MAX_STATEMENTS = 3;

/** The speaker asked about: a name as written, or a description ("the boy's father"); null for a pronoun. */
export function speakerOf(q: string): string | null {
  const m = ASKED.exec(q.trim());
  if (!m) return null;
  const who = m[1].trim();
  if (/^(?:he|she|they|it|you|we|i|the article|this article|the story|this story|the report|it all)$/i.test(who)) return null;
  return who;
}

/** Confidence of such an answer: that of the fixed news patterns (answer.ts PATTERN_CONFIDENCE). */
const STATEMENT_CONFIDENCE = 0.8;

/** "What did Zhaparov say about the railway?": the speaker and the topic. */
const ABOUT = /^what\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|think|note|noted)\s+(?:about|of|on|regarding)\s+(.+?)\s*[?.!]*$/iu;

/**
 * What the person asked about says, quoting up to three of their sentences; a refusal when the
 * article has them saying nothing; null when the question is not this shape. Asked about a topic
 * ("What did Zhaparov say about the railway?"), their sentences that name it; null when none does
 * (patterns-said.ts then reads the question: it refuses when only someone else speaks of the topic).
 */
export function statementsAnswer(question: string, q: string, article: Article, prep: PreparedArticle): Answer | null {
  const about = ABOUT.exec(q.trim());
  const who = about ? (speakerOf(`What did ${about[1]} say?`) ?? null) : speakerOf(q);
  if (!who) return null;
  const topic = about ? about[2].replace(/^(?:the|a|an)\s+/i, '').toLowerCase() : null;
  // "What did Kekula's mother say?": the mother speaks, not Kekula; she is found by "mother".
  const relation = /^.+?['’]s?\s+(\p{Ll}[\p{L}-]*)$/u.exec(who)?.[1];
  // ("van Dijkman", "de Gaulle": a surname with its particle is a name too.)
  const named = (/^\p{Lu}/u.test(who) || PARTICLE_FIRST.test(who)) && !/^the\s/i.test(who) && !relation;
  // A name is found by its surname ("Zhaparov" for "Sadyr Zhaparov"); a description as asked, without "the".
  const key = named ? (who.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [who]).pop()! : (relation ?? who.replace(/^(?:the|a|an)\s+/i, ''));
  const keyRe = new RegExp(String.raw`(?<![\p{L}])${esc(key)}(?![\p{L}])`, named ? 'u' : 'iu');
  // The role the briefing gives this person ("Kyrgyz President"): "The Kyrgyz president noted ..." is them.
  const person = named ? rankedEntities(article).find((e) => e.type === 'person' && keyRe.test(e.name)) : undefined;
  const roleRe = person?.role ? new RegExp(String.raw`^\s*the\s+${esc(person.role)}\b`, 'i') : null;
  const found: number[] = [];
  let lastTheirs = -2;
  let lastOthers = -2;
  // "What did Justin Griner say?" over "Griner told ..." of Laney Griner: another of the family.
  const full = named ? firstAndSurname(who) : null;
  for (let k = 0; k < prep.sentences.length && found.length < MAX_STATEMENTS; k++) {
    const t = prep.sentences[k].text;
    // ('"Alastair Cook is so important ...," he said.': one named only inside the quotation is spoken of, not speaking.)
    const mentions = (keyRe.test(t) && !(full && anotherOfSurname(prep, k, full[0], full[1])) && (!named || keyRe.test(outsideAsides(outsideQuotes(t))))) || (roleRe?.test(t) ?? false);
    const credit = creditOf(t);
    // "He also said ..." or '"...," she said.' right after a sentence about them.
    const continues = (/^\s*(?:He|She)\b/.test(t) || (credit !== null && PRONOUN.test(credit))) && lastTheirs === k - 1;
    // '"Nobody came into politics to close libraries," Dyer told reporters. "But we have a legal
    // duty ..."': a quotation right after one of theirs, credited to no one, goes on in their words.
    // (Not after a sentence that names them but credits its quotation to another: '"... keep Scott
    // Williams," Davies told Radio Wales Sport. "The central contract ..."' goes on in Davies's words.)
    const quoteGoesOn = /^\s*["“]/.test(t) && lastTheirs === k - 1 && lastOthers !== k - 1 && !SAYS.test(t);
    if (!(mentions || continues || quoteGoesOn) || (!saysActively(t) && !quoteGoesOn && !PUT_IT.test(t))) {
      // ("Cleverley thought he had a future under manager Louis van Gaal." then '"...," he said.': he is Cleverley.)
      if (mentions && !(named && objectOnly(t, keyRe))) lastTheirs = k;
      continue;
    }
    // ("What if Abbott had said it?": one who only might have said something says nothing.)
    if (HYPOTHETICAL.test(t)) continue;
    // "Zhaparov expressed ..." asked about Xi: another speaker opens the sentence; '"...," Shah
    // said' or "organizers said they agreed with X" credits the words to another.
    if (named && otherSpeaker(t, key)) continue;
    // "Hughes's lawyer said his client was sorry": the lawyer speaks, not Hughes.
    if (named && !continues && !quoteGoesOn && spokenByTheirs(t, key)) continue;
    if (!continues && !quoteGoesOn && creditedToAnother(t, keyRe, credit)) {
      lastTheirs = k;
      if (/["“”]/.test(t)) lastOthers = k;
      continue;
    }
    // "In her resignation letter to the prime minister, she wrote: ...": one written to is not the
    // one who writes; a sentence naming the person only after a preposition is someone else's words.
    if (!continues && !quoteGoesOn && objectOnly(t, keyRe)) continue;
    lastTheirs = k;
    if (topic === null || t.toLowerCase().includes(topic)) found.push(k);
  }
  if (found.length === 0) {
    if (topic !== null) return null;
    const at = prep.sentences.findIndex((s) => keyRe.test(s.text));
    return { question, answer: `The article does not say what ${who} said.`, found: false, confidence: 0, evidence: at >= 0 ? [evidenceAt(prep, at)] : [] };
  }
  // "Boluarte declared a 60-day state of emergency" is a deed; '"We will not leave anyone ...," she
  // said.' after it is what she said: a sentence whose only saying is such a deed yields to one that says.
  // Their own words quoted outright answer before words reported ("Wylie told the BBC that many
  // attempts ..." then '"We know that people who ...," she said.').
  const says = found.find((k) => quotedWords(prep.sentences[k].text) !== null) ?? found.find((k) => !onlyDeclares(prep.sentences[k].text)) ?? found[0];
  // '"You do not need a gym membership. A brisk walk ... is enough," said lead author ...': a
  // quotation the sentence closes but an earlier one opened is quoted whole, from its opening.
  const opened = quoteOpenedBefore(prep, says);
  const first = prep.sentences[says].text;
  const whole = opened >= 0 ? prep.sentences.slice(opened, says + 1).map((s) => s.text).join(' ') : first;
  const text = quotedWords(whole) ?? clauseWords(first, keyRe, roleRe, topic === null);
  // (The sentences the words are cut from are quoted first.)
  const from = opened >= 0 ? Array.from({ length: says - opened + 1 }, (_, j) => opened + j) : [says];
  return { question, answer: text, found: true, confidence: STATEMENT_CONFIDENCE, evidence: [...from, ...found.filter((k) => !from.includes(k))].map((k) => evidenceAt(prep, k)) };
}

/**
 * "What did X say about Y?" when the article has X saying nothing at all (no sentence credits X
 * with words, by the same reading as "What did X say?"): the article does not say, whatever
 * sentence mentions Y. Null when the shape differs or X does speak somewhere (patterns-said.ts
 * then looks for X's words about Y).
 */
export function neverSaidAbout(question: string, q: string, article: Article, prep: PreparedArticle): Answer | null {
  const m = ABOUT.exec(q.trim());
  if (!m || /^(?:he|she|they|it|you|we|i)$/i.test(m[1].trim())) return null;
  const plain = statementsAnswer(question, `What did ${m[1].trim()} say?`, article, prep);
  if (!plain || plain.found) return null;
  return { ...plain, answer: `The article does not say what ${m[1].trim()} said about ${m[2].trim()}.` };
}

/** The sentence names the person only as the owner of whoever speaks ("Hughes's lawyer said ..."). */
function spokenByTheirs(t: string, key: string): boolean {
  const owned = new RegExp(String.raw`(?<![\p{L}])${esc(key)}['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}(?:also\s+)?${SAY}\b`, 'u');
  const anyMention = new RegExp(String.raw`(?<![\p{L}])${esc(key)}(?![\p{L}])`, 'gu');
  return owned.test(t) && [...t.matchAll(anyMention)].length === 1;
}

/** Words only supposed: "What if Abbott had said it?", "if she had told them ...". */
const HYPOTHETICAL = new RegExp(String.raw`\bif\s+(?:[\p{L}'’.-]+\s+){1,4}(?:had|were to|would have)\s+${SAY}\b`, 'iu');
/** A pronoun crediting words: the person the sentences before are about. */
const PRONOUN = /^(?:he|she)$/i;
/** '"We are using forms ...," Ms. Cattet said about ...': a sentence that opens with the quotation, then credits it. */
const QUOTE_FIRST = new RegExp(String.raw`^\s*["“‘']\s*(.{8,}?)\s*[,.!?]?\s*["”’']\s*,?\s+(?:(\p{L}[\p{L}.'’ -]{0,60}?)\s+)?(?:also\s+)?${SAY}\b`, 'u');
/** 'He said: ‘ every day ...', 'laura said: " it has been ...': the words after the colon. */
const COLON = new RegExp(String.raw`\b${SAY}\s*:\s*["“‘']?\s*(.{8,})$`, 'u');
/** A sentence without its quotations ('"..."', and ' ... ' as lower-case copy writes them). */
function outsideQuotes(t: string): string {
  return t.replace(/["“][^"”]*["”]/gu, ' ').replace(/(^|\s)['‘]\s[^'’]*?\s['’](?=[\s,.]|$)/gu, ' ');
}

/** "The Fall - also starring Gillian Anderson - is ...", "(pictured)": a name in an aside is spoken of, not speaking. */
function outsideAsides(t: string): string {
  return t.replace(/\s[-–—]\s[^-–—]{1,80}?\s[-–—]\s/gu, ' ').replace(/\([^()]{1,80}\)/gu, ' ');
}

/** Every mention of the person comes a few words after a preposition ("a future under new manager Louis van Gaal"): they are spoken of, no one a pronoun after would stand for. */
function objectOnly(t: string, keyRe: RegExp): boolean {
  const all = new RegExp(keyRe.source, keyRe.flags.includes('g') ? keyRe.flags : `${keyRe.flags}g`);
  const at = [...t.matchAll(all)].map((m) => m.index);
  // ("For Gauthier, the discovery means ...": a sentence that opens on the person is about them.)
  return at.length > 0 && at.every((i) => /\S\s+(?:under|with|against|to|by|for|from|of|at|on|about|beside|alongside|over|than)\s+(?:[\p{L}'’.-]+\s+){0,5}$/iu.test(t.slice(0, i)) && !/[,;:]\s*(?:[\p{L}'’.-]+\s+){0,5}$/u.test(t.slice(0, i)));
}

/** "declared a state of emergency", "announced a plan", "called an election": a verb of saying whose object is a deed, not words. */
const DECLARES_DEED = /\b(?:declared|announced|called)\s+(?:(?:a|an)\b|\d)/iu;
const DECLARES_AT = new RegExp(`^${DECLARES_DEED.source.slice(2)}`, 'iu');

/** Does the sentence say nothing but such a deed (no quotation, no other verb of saying)? */
function onlyDeclares(t: string): boolean {
  if (!DECLARES_DEED.test(t) || /["“”]/u.test(t)) return false;
  return [...t.matchAll(new RegExp(String.raw`\b${SAY}\b`, 'giu'))].every((m) => DECLARES_AT.test(t.slice(m.index)));
}

/** A reporting verb not in the passive: "the film will be told from Davis' point of view", "he was told to leave" say nothing of theirs. */
function saysActively(t: string): boolean {
  const re = new RegExp(String.raw`\b${SAY}\b`, 'giu');
  for (const m of t.matchAll(re)) {
    if (!/\b(?:be|been|being|is|are|was|were|am|get|got)\s+(?:\p{L}+ly\s+)?$/iu.test(t.slice(0, m.index))) return true;
  }
  return false;
}

/** 'As one senior official put it, "You don't want to ..."': the words after "put it". */
const PUT_IT = /\bput it\s*[,:]\s*["“‘]\s*(.{8,})$/u;
/** '..., saying "america should be burnt," shah said.': the one credited at the sentence's end. */
const CREDIT_END = new RegExp(String.raw`[,"”’']\s*(\p{L}[\p{L}.'’ -]{0,50}?)\s+${SAY}(?:\s+\p{L}+day)?\s*[.]?\s*$`, 'u');

/** '..., said shah.': the one credited after the verb at the sentence's end. */
/** (A name of up to five words, not a clause: ", said residents would challenge the decision in court." credits no one.) */
const CREDIT_END_AFTER = new RegExp(String.raw`,\s*${SAY}\s+((?!(?:\S+\s+){0,5}(?:would|will|had|has|have|was|were|is|are|could|should|may|might|must)\b)\p{L}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4})\s*[.]?\s*$`, 'u');

/** Who the sentence credits its words to, when it says (the words before or after a closing reporting verb), or null. */
function creditOf(t: string): string | null {
  const q = QUOTE_FIRST.exec(t);
  if (q) return q[2]?.trim() ?? null;
  return (CREDIT_END.exec(t) ?? CREDIT_END_AFTER.exec(t))?.[1].trim() ?? null;
}

/**
 * Are the sentence's words someone else's than the person asked about? Credited at the end to
 * another ('..., shah said.'), or the person named only after the first reporting verb, as what
 * another said is about ("organizers said they agreed with sanchez's mother, donna cimarelli").
 */
function creditedToAnother(t: string, keyRe: RegExp, credit: string | null): boolean {
  if (credit !== null && !PRONOUN.test(credit) && !keyRe.test(credit)) return true;
  const verb = new RegExp(String.raw`\b${SAY}\b`, 'u').exec(t);
  const at = t.search(keyRe);
  if (!verb || at < 0 || at < verb.index) return false;
  // "said Zhaparov" / "said Kyrgyz President Zhaparov": the speaker written after the verb.
  // (The rest of the person's own name does not count: "said lead author Borja del Pozo Cruz".)
  const between = t.slice(verb.index + verb[0].length, at).trim().split(/\s+/).filter(Boolean);
  // (A title stays: "said the Government believes Mr Gordon" names him in another's words.)
  while (between.length && !/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?$/.test(between[between.length - 1]) && (/^\p{Lu}[\p{L}.'’-]*$/u.test(between[between.length - 1]) || NAME_PARTICLES.has(between[between.length - 1]))) between.pop();
  return between.length > 3;
}

/** The quotation of a sentence that quotes (opening with it, or after "said:"), up to its first paragraph's end. */
/**
 * The sentence that opened the quotation sentence `k` closes, or -1: `k` has an odd number of
 * quotation marks, the first of them closing, and an earlier sentence (at most three back, the
 * ones between without marks) opens with a quotation mark it leaves open.
 */
function quoteOpenedBefore(prep: PreparedArticle, k: number): number {
  const t = prep.sentences[k].text;
  const marks = t.match(/["“”]/g) ?? [];
  if (marks.length % 2 === 0 || /^\s*["“]/.test(t)) return -1;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const o = prep.sentences[j].text;
    const n = (o.match(/["“”]/g) ?? []).length;
    if (n === 0) continue;
    return n % 2 === 1 && /^\s*["“]/.test(o) ? j : -1;
  }
  return -1;
}

function quotedWords(t: string): string | null {
  const words = QUOTE_FIRST.exec(t)?.[1] ?? COLON.exec(t)?.[1] ?? PUT_IT.exec(t)?.[1];
  if (!words) return null;
  // A quotation that runs into a new quoted paragraph ('... roads. ‘ nobody wants ...') is cut there.
  // ('said: ‘ Astounded would be an under-statement ’, while fly-half Andy Goode added: ...': the
  // quotation closes before the clause that joins another's words on.)
  return words.split(/(?<=[.!?])\s*["”’']?\s+["“‘']\s*/u)[0].split(/\s*["”’]\s*,?\s+(?=(?:while|whereas|and|but|as)\s+(?:\p{L}[\p{L}-]*\s+){0,3}\p{L}[\p{L}'’.-]*\s+(?:also\s+)?(?:said|added|says|adds|told|insisted|argued|claimed)\b)/u)[0].replace(/\s*["”’']\s*[.]?\s*$/u, '').replace(/[.,]$/, '').trim();
}

/**
 * "Xi also said China stands ready to ..." -> "China stands ready to ..."; "Zhaparov expressed
 * support ..." keeps its verb ("expressed support ...") when no topic was asked; "told analysts that
 * the cuts were painful" gives what was told, not whom; anything else is the sentence itself (a
 * quotation that runs on without a credit, without its quotation marks).
 */
function clauseWords(first: string, keyRe: RegExp, roleRe: RegExp | null, verbMayStay: boolean): string {
  const clause = new RegExp(String.raw`\b(${SAY})\s+(that\s+)?(.{12,}?)[.]?$`, 'iu').exec(first);
  const keepsVerb = verbMayStay && clause !== null && !clause[2] && /^(?:expressed|voiced|urged|called|warned)$/i.test(clause[1]);
  // (Or "She said ..." right after a sentence about them: the statements loop only takes it then.)
  const credited = clause !== null && (keyRe.test(first.slice(0, clause.index)) || (roleRe?.test(first.slice(0, clause.index)) ?? false) || /^\s*(?:He|She)\s+(?:also\s+)?$/.test(first.slice(0, clause.index)));
  // "Train services were suspended until Sunday, the rail operator SNCF said.": the words before the credit.
  const creditEnd = clause ? null : CREDIT_END.exec(first);
  if (creditEnd && keyRe.test(creditEnd[1])) return first.slice(0, creditEnd.index).trim().replace(/^["“]\s*/u, '');
  const told = clause && !clause[2] && /^(?:told|tells|tell)$/i.test(clause[1]) ? toldWords(clause[3], first.slice(0, clause.index)) : undefined;
  return clause && credited ? (keepsVerb ? `${clause[1]} ${clause[3]}` : (told ?? withoutWhenSaid(clause[3]))) : first.trim().replace(/^["“]\s*(.+?)[.,]?\s*["”]$/u, '$1');
}

/** "said on Tuesday the economy was ...", "said in a statement that ...": when or how it was said is not what was said. */
function withoutWhenSaid(words: string): string {
  const m = /^(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|earlier|last\s+(?:week|month|year)|in\s+(?:a|an)\s+(?:statement|interview)|on\s+(?:Twitter|Facebook|X))\s*,?\s+(?:that\s+)?((?:the|a|an|he|she|it|they|we|his|her|its|their|there|this|these|those|\p{Lu}[\p{L}'’.-]*)\s.{8,})$/u.exec(words);
  if (m) return m[1];
  // "said at the launch event last month that the watch will last 18 hours": where and when it was said, up to "that".
  const at = /^(?:at|in|on|during|after|before|from)\s+((?:[\p{L}\d'’.-]+\s+){1,6}?)that\s+(.{12,})$/u.exec(words);
  return at && !SAYS_ITSELF.test(at[1]) ? at[2] : words;
}

/** Words that make the part before "that" a clause of its own ("in court he admitted that ..."): a pronoun or a verb of saying or knowing. */
const SAYS_ITSELF = /\b(?:he|she|it|they|we|i|you|who|which|said|says|told|knew|know|knows|thought|think|believed|believes|admitted|added|was|were|is|are|had|has|have|would|will|could)\b/i;

/** Whom words are told: a plural audience, a conference, a court, or a named outlet ("told Reuters", "told Sky News"). */
const AUDIENCE = String.raw`(?:him|her|them|us|me|(?:(?:the|a|an)\s+)?(?:(?:news|press)\s+conference|reporters|journalists|investors|analysts|lawmakers|legislators|shareholders|supporters|delegates|students|staff|employees|workers|parliament|congress|senators|court|jury|committee|newspaper|audience|crowd|police|officers|deputies|detectives|investigators|officials|media|(?:\p{Lu}[\p{L}&.'’-]*\s*){1,3}))`;
/** "told reporters in Washington.": the audience (and where) ends the sentence; nothing follows. */
const AUDIENCE_ONLY = new RegExp(String.raw`^${AUDIENCE}(?:\s+(?:in|at|on|during|after|before)\s+[^,.;]{1,40})?\s*[.]?$`, 'u');
/** "told us when we interviewed him recently.": the audience, then only when it was told. */
const AUDIENCE_WHEN = new RegExp(String.raw`^${AUDIENCE}\s+(?:when|as|while|after|before|during)\b[^"“”‘’]*$`, 'u');
/** "told investors the company would cut prices": the audience, then the clause told. */
const AUDIENCE_THEN = new RegExp(String.raw`^${AUDIENCE}(?:\s+on\s+\p{Lu}\p{Ll}+day)?\s+(?!(?:in|at|on|during|after|before|that)\b)(\p{L}.{11,})$`, 'u');

/**
 * What a "told" sentence says, without whom it was told to: "told analysts that the cuts were
 * painful" and "told investors the company would cut prices" give the clause; "The Fed held
 * rates steady, Chair Jerome Powell told reporters in Washington." gives what comes before the
 * credit. Undefined when the sentence is none of these.
 */
function toldWords(rest: string, before: string): string | undefined {
  const that = /^(?:[\p{L}'’-]+\s+){1,3}?that\s+(.{12,})$/u.exec(rest)?.[1];
  if (that) return that;
  // "told the BBC News website that ...", "told news outlet france 24 last year that ...": a longer audience, up to "that".
  const far = /^((?:[\p{L}\d'’.-]+\s+){4,7}?)that\s+(.{12,})$/u.exec(rest);
  if (far && !SAYS_ITSELF.test(far[1])) return far[2];
  // '"We need heroes," Aaron Norris, brother of Chuck, told us when we interviewed him.': whom and
  // when, nothing told after them: the quotation before the credit.
  if (AUDIENCE_WHEN.test(rest)) {
    const quoted = /^\s*["“‘]?\s*(.{8,}?)\s*[,.!?]?\s*["”’]/u.exec(before)?.[1];
    if (quoted) return quoted;
  }
  if (AUDIENCE_ONLY.test(rest)) return /^\s*(.{12,}?)\s*,\s*(?:[\p{L}.'’-]+\s+){1,5}$/u.exec(before)?.[1].replace(/^["“]|["”]$/gu, '');
  return AUDIENCE_THEN.exec(rest)?.[1];
}
