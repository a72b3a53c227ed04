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
  const named = /^\p{Lu}/u.test(who) && !/^the\s/i.test(who);
  // A name is found by its surname ("Zhaparov" for "Sadyr Zhaparov"); a description as asked, without "the".
  const key = named ? (who.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [who]).pop()! : who.replace(/^(?:the|a|an)\s+/i, '');
  const keyRe = new RegExp(String.raw`(?<![\p{L}])${esc(key)}(?![\p{L}])`, named ? 'u' : 'iu');
  // The role the briefing gives this person ("Kyrgyz President"): "The Kyrgyz president noted ..." is them.
  const person = named ? rankedEntities(article).find((e) => e.type === 'person' && keyRe.test(e.name)) : undefined;
  const roleRe = person?.role ? new RegExp(String.raw`^\s*the\s+${esc(person.role)}\b`, 'i') : null;
  const found: number[] = [];
  let lastTheirs = -2;
  for (let k = 0; k < prep.sentences.length && found.length < MAX_STATEMENTS; k++) {
    const t = prep.sentences[k].text;
    const mentions = keyRe.test(t) || (roleRe?.test(t) ?? false);
    const continues = /^\s*(?:He|She)\b/.test(t) && lastTheirs === k - 1;
    // '"Nobody came into politics to close libraries," Dyer told reporters. "But we have a legal
    // duty ..."': a quotation right after one of theirs, credited to no one, goes on in their words.
    const quoteGoesOn = /^\s*["“]/.test(t) && lastTheirs === k - 1 && !SAYS.test(t);
    if (!(mentions || continues || quoteGoesOn) || (!SAYS.test(t) && !quoteGoesOn)) {
      if (mentions) lastTheirs = k;
      continue;
    }
    // "Zhaparov expressed ..." asked about Xi: another speaker opens the sentence.
    if (named && otherSpeaker(t, key)) continue;
    lastTheirs = k;
    if (topic === null || t.toLowerCase().includes(topic)) found.push(k);
  }
  if (found.length === 0) {
    if (topic !== null) return null;
    const at = prep.sentences.findIndex((s) => keyRe.test(s.text));
    return { question, answer: `The article does not say what ${who} said.`, found: false, confidence: 0, evidence: at >= 0 ? [evidenceAt(prep, at)] : [] };
  }
  const first = prep.sentences[found[0]].text;
  const clause = new RegExp(String.raw`\b(${SAY})\s+(that\s+)?(.{12,}?)[.]?$`, 'iu').exec(first);
  // "Xi also said China stands ready to ..." -> "China stands ready to ..."; "Zhaparov expressed
  // support ..." keeps its verb ("expressed support ..."); anything else is the sentence itself.
  const keepsVerb = topic === null && clause !== null && !clause[2] && /^(?:expressed|voiced|urged|called|warned)$/i.test(clause[1]);
  const credited = clause !== null && (keyRe.test(first.slice(0, clause.index)) || (roleRe?.test(first.slice(0, clause.index)) ?? false));
  // "told analysts that the cuts were painful": what was told, not whom.
  const told = clause && !clause[2] && /^(?:told|tells|tell)$/i.test(clause[1]) ? /^(?:[\p{L}'’-]+\s+){1,3}?that\s+(.{12,})$/u.exec(clause[3])?.[1] : undefined;
  const text = clause && credited ? (keepsVerb ? `${clause[1]} ${clause[3]}` : (told ?? clause[3])) : first.trim().replace(/^["“]\s*(.+?)[.,]?\s*["”]$/u, '$1');
  return { question, answer: text, found: true, confidence: STATEMENT_CONFIDENCE, evidence: found.map((k) => evidenceAt(prep, k)) };
}
