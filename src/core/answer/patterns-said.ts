/**
 * Attribution, read the way a reporter writes it: "What did Xi say about Taiwan?" is answered only
 * from Xi's own words (a quotation that runs on over several paragraphs stays his), and "Who
 * announced the recall?" by the one the sentence credits ("..., the FDA said Wednesday").
 */
import type { PreparedArticle } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import type { PatternResult } from './patterns-typed.ts';
import { isStop, stem } from './spans.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { SAY } from './speech-words.ts';
import { surname } from './patterns-words.ts';
import { TITLE_WORDS } from '../entities/gazetteer.ts';

/** A sentence that opens a quotation ("“Asda's initiative is ...", '"We are determined ...'). */
const OPENS_QUOTE = /^\s*["“‘']/;

/** A sentence that is a quotation then its credit: '"We are ready," the coach said.' */
const QUOTE_THEN_CREDIT = new RegExp(`^\\s*["“]([^"“”]{8,}?)["”]\\s*,?\\s+[^"“”]{1,80}?\\b${SAY}\\b[^"“”]*$`, 'u');

/**
 * The first names the story gives a person asked by one capitalised surname ("Silva" in "Thiago
 * Silva Neto" -> "thiago"), lower-cased; none for a word that is no part of a longer name.
 */
function firstNamesOf(topic: string, prep: PreparedArticle): string[] {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(topic)) return [];
  // (The word right before the surname, not a title: "Minister Mitsotakis" gives no first name.)
  const re = new RegExp(`\\b(\\p{Lu}[\\p{Ll}'’-]+)\\s+${esc(topic)}\\b`, 'gu');
  const out = new Set<string>();
  for (const s of prep.sentences) for (const m of s.text.matchAll(re)) if (!isStop(m[1].toLowerCase()) && !TITLE_WORDS.has(m[1]) && m.index !== 0) out.add(m[1].toLowerCase());
  return [...out].filter((n) => n.length > 2);
}

/** "What did Xi say about Taiwan?": only a sentence that has Xi saying it answers. */
export function said(q: string, prep: PreparedArticle, info: QuestionInfo): PatternResult | null {
  const m = /^[Ww]hat did ((?:\p{Lu}[\p{L}'’.-]*\s*){1,4}) (?:say|said|tell|told|think) (?:about|of|on|regarding) (.+?)\??$/u.exec(q.trim());
  if (!m) return null;
  const who = surname(m[1]);
  const topic = m[2].replace(/^(the|a|an)\s+/i, '');
  if (!who) return null;
  // "What did Clement say about Silva?" over '"Thiago is a player we have followed ...," Clement said':
  // a person asked by surname is also spoken of by the first name the story gives them.
  const names = [topic.toLowerCase(), ...firstNamesOf(topic, prep)];
  const aboutTopic = prep.sentences.map((s, k) => ({ s, k })).filter(({ s }) => names.some((n) => s.text.toLowerCase().includes(n)));
  if (aboutTopic.length === 0) return null;
  const speakerRe = new RegExp(`\\b${esc(who)}\\b`);
  const own = (k: number) => speakerRe.test(prep.sentences[k].text) && !otherSpeaker(prep.sentences[k].text, who);
  for (const { s, k } of aboutTopic) {
    // The person named in the sentence, or "He" continuing a sentence about them.
    const named = speakerRe.test(s.text);
    const continued = /^\s*(He|She)\b/.test(s.text) && k > 0 && speakerRe.test(prep.sentences[k - 1].text) && !otherSpeaker(prep.sentences[k - 1].text, who);
    if ((named && !otherSpeaker(s.text, who)) || continued) {
      const x = new RegExp(`\\b${SAY}\\s+(?:that\\s+)?(.+?)[.]?$`).exec(s.text);
      if (x) return { text: x[1], sentence: k, kind: 'said' };
      // '"Thiago is a player we have followed," Clement said.': the quotation before the credit.
      const quoted = QUOTE_THEN_CREDIT.exec(s.text);
      if (quoted && named) return { text: quoted[1].replace(/[,.]$/, ''), sentence: k, kind: 'said' };
    }
    // A quotation that runs on: 'Tom Madders said: "It can cause ..."' then a new paragraph
    // '"Asda's initiative is a great example ..."' with no one else credited is still his.
    const runsOn = quoteRunsOnFrom(prep, k);
    if (runsOn >= 0 && own(runsOn)) return { text: s.text.trim().replace(/^["“‘']\s*/, '').replace(/["”’']\s*$/, '').replace(/[.]$/, ''), sentence: k, kind: 'said' };
  }
  void info;
  // Someone else said it: the article does not say what this person said about it.
  return { text: null, sentence: aboutTopic[0].k, kind: 'said' };
}

/**
 * The sentence that introduced the quotation sentence `k` belongs to, or -1. Reporters leave a
 * quotation open at a paragraph's end when the next paragraph goes on quoting the same person
 * ('Madders said: "It can cause ... / This can be ... / "Asda's initiative is ...'): going back
 * (at most six sentences) over sentences without quotation marks or opening a new quoted
 * paragraph, to the one that credits a speaker and leaves its quotation open.
 */
function quoteRunsOnFrom(prep: PreparedArticle, k: number): number {
  const credits = (t: string) => new RegExp(`\\b${SAY}\\b`).test(t);
  if (!OPENS_QUOTE.test(prep.sentences[k].text) || credits(prep.sentences[k].text)) return -1;
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const t = prep.sentences[j].text;
    const marks = (t.match(/["“”]/g) ?? []).length;
    if (marks === 0) continue;
    if (marks % 2 === 1 && credits(t)) return j;
    if (marks % 2 === 1 && OPENS_QUOTE.test(t)) continue;
    return -1;
  }
  return -1;
}

/**
 * Does the sentence open with another speaker ("Zhaparov expressed ..." when Xi is asked about)?
 * The name before the verb is the asked person's when any of its words is theirs ("Chinese
 * President Xi Jinping said ..." is Xi speaking: family name first).
 */
export function otherSpeaker(text: string, who: string): boolean {
  // (Lower-case words of a title may stand between: "Bayern coach Vincent Kompany said ...".)
  const m = new RegExp(`^\\s*((?:[\\p{Lu}][\\p{L}'’-]+\\s+(?:\\p{Ll}+\\s+){0,2}){0,3}?([\\p{Lu}][\\p{L}'’-]+))\\s+(?:also\\s+)?${SAY}\\b`, 'u').exec(text);
  return m !== null && !m[1].split(/\s+/).includes(who) && !/^(He|She|They|It)$/.test(m[2]);
}

/** The verbs of "Who announced / reported / confirmed ... ?", asking who the news came from. */
const ANNOUNCED = /^who (announced|reported|confirmed|revealed|disclosed|said|declared)\s+(.+?)\??$/i;
/** A sentence's credit at its end: "..., the u.s. food and drug administration said wednesday." */
const CREDIT_AFTER = new RegExp(`,\\s+((?:the\\s+)?[\\p{L}][\\p{L}.&'’-]*(?:\\s+[\\p{L}][\\p{L}.&'’-]*){0,6}?)\\s+${SAY}(?:\\s+\\p{L}+day)?\\s*[.]?$`, 'u');
/** Or "according to X" at the end. */
const ACCORDING = /\baccording to\s+((?:the\s+)?[\p{L}][\p{L}.&'’-]*(?:\s+[\p{L}][\p{L}.&'’-]*){0,6}?)\s*[.]?$/u;

/**
 * "Who announced the hummus recall?": in the sentence that says the rest of the question (every
 * content word, in any form), the one it is credited to ("..., the FDA said Wednesday").
 */
export function announcedBy(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = ANNOUNCED.exec(q.trim());
  if (!m) return null;
  const words = m[2].split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}-]/gu, '')).filter((w) => w.length > 2 && !isStop(w));
  if (words.length === 0) return null;
  const prefixes = words.map((w) => stem(w).slice(0, Math.max(4, Math.min(5, stem(w).length))));
  // "Who reported from Peshawar?" over "journalist zahir shah reported from peshawar, and ...": the
  // asked verb and the question's words written after a subject, before any credit at a sentence's end.
  const stated = new RegExp(`(?:^|[,;:]\\s+|\\band\\s+)((?:the\\s+)?[\\p{L}][\\p{L}.&'’-]*(?:\\s+[\\p{L}][\\p{L}.&'’-]*){0,3}?)\\s+${esc(m[1])}\\s+${esc(m[2]).replace(/\s+/g, '\\s+')}\\b`, 'iu');
  for (const r of ranked) {
    const x = stated.exec(prep.sentences[r.sentence].text);
    if (x && !/^(?:he|she|they|it|we|i|who|which|that)$/i.test(x[1].trim()) && !isStop(x[1].trim().split(/\s+/)[0].toLowerCase())) return { text: x[1].trim(), sentence: r.sentence, kind: 'said' };
  }
  for (const r of ranked) {
    const s = prep.sentences[r.sentence];
    if (!prefixes.every((p) => s.tokens.some((t) => t.isWord && t.stem.startsWith(p)))) continue;
    const x = CREDIT_AFTER.exec(s.text) ?? ACCORDING.exec(s.text);
    if (!x) continue;
    const who = x[1].trim();
    // A pronoun credits no one by name: the article does not say who, in this sentence.
    if (/^(he|she|they|it|we|i)$/i.test(who)) continue;
    return { text: who, sentence: r.sentence, kind: 'said' };
  }
  return null;
}
