/**
 * "Why did profit fall?" over "Nordvik reported a 38% drop in net profit, hit by lower freight
 * rates and higher fuel costs": a reporter gives the cause of a change or an event after fixed
 * words ("hit by", "due to", "because of", "amid", "driven by", "citing"), often in a sentence that names
 * the change with another word of the same direction ("drop" for "fall"). The fixed "why"
 * pattern of patterns.ts reads only a predicate of two or more words followed by "because",
 * "after" and the like; this reads a one-word one ("fall", "resign", "close") and these words.
 */
import type { PreparedArticle } from './prepare.ts';
import { Cls, isStop, stem, type Token } from './spans.ts';
import { isDateToken } from './dates.ts';
import type { PatternResult } from './patterns-typed.ts';
import { DOWN_NOUNS, DOWN_VERBS, sentenceStems, UP_NOUNS, UP_VERBS } from './patterns-change.ts';

/** Words after which a reporter names a cause, whatever happened. */
const CAUSE = /\b(?:(?:caused|prompted|triggered) by|due to|because of|owing to|as a result of|thanks to|citing)\s+/i;
/** ... and those that name the cause of a change only ("profit fell, hit by ..."; "was hit by a car" is no cause). */
const CAUSE_OF_CHANGE = /\b(?:(?:hit|hurt|driven|dragged down|weighed down|held back|boosted|buoyed|lifted|fuell?ed|caused|prompted|triggered) by|due to|because of|owing to|as a result of|thanks to|amid|citing)\s+/i;

/** Words after which a reporter names what led to a deed written just before ("resigned on Wednesday after ..."). */
const AFTER = /^(?:after|amid|following)$/;

/**
 * "Dubois resigned on Wednesday after an ethics watchdog found ...": where the cause starts when
 * the asked deed (its stem) is followed, within four words, by "after" / "amid" / "following"
 * and a phrase that is no time ("after 12 years", "after Tuesday's match" are times); else -1.
 */
function afterDeed(toks: readonly Token[], deed: string): number {
  for (let v = 0; v < toks.length; v++) {
    if (toks[v].stem !== deed || !(toks[v].cls === Cls.Verb || toks[v].cls === Cls.VerbPast)) continue;
    for (let k = v + 1; k < toks.length && k <= v + 4; k++) {
      if (/^[,;.:]$/.test(toks[k].text)) break;
      if (!AFTER.test(toks[k].lower)) continue;
      const next = toks[k + 1];
      if (!next?.isWord || next.cls === Cls.Num || isDateToken(toks, k + 1) || isDateToken(toks, k + 2) || /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)$/.test(toks[k + 2]?.lower ?? '')) break;
      return next.start;
    }
  }
  return -1;
}

/** One direction of change, as stems: a question's "fall" is said by "drop", "decline", "slid" too. */
const FAMILIES = [`${DOWN_VERBS}|${DOWN_NOUNS}`, `${UP_VERBS}|${UP_NOUNS}`].map((f) => new Set(f.split('|').map((w) => stem(w))));

/** Does a sentence's stem set say the question's stem, itself or by a word of the same change? */
function says(have: ReadonlySet<string>, want: string): boolean {
  if (have.has(want)) return true;
  const family = FAMILIES.find((f) => f.has(want));
  return family !== undefined && [...family].some((w) => have.has(w));
}

/** The cause a sentence gives for what the question asks about, or null. */
export function cause(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = /^why\s+(?:did|does|do|has|have|had|was|were|is|are|will|would)\s+(.+?)\s*\??$/i.exec(q.trim());
  if (!m) return null;
  const needed = m[1]
    .split(/\s+/)
    .map((w) => w.toLowerCase().replace(/['’]s$/u, '').replace(/[^\p{L}\d-]/gu, ''))
    .filter((w) => w.length > 1 && !isStop(w))
    .map((w) => stem(w));
  if (needed.length === 0 || needed.length > 4) return null;
  const change = needed.some((w) => FAMILIES.some((f) => f.has(w)));
  for (const r of ranked) {
    const s = prep.sentences[r.sentence];
    const have = sentenceStems(s.tokens);
    if (!needed.every((w) => says(have, w))) continue;
    const x = (change ? CAUSE_OF_CHANGE : CAUSE).exec(s.text);
    const at = x ? x.index + x[0].length : afterDeed(s.tokens, needed[needed.length - 1]);
    if (at < 0) continue;
    const rest = s.text.slice(at);
    const stop = rest.search(/[,;.:]["”’]?(?:\s|$)|\s(?:and|but) (?:said|says|will|would)\b/);
    let text = (stop > 0 ? rest.slice(0, stop) : rest).trim();
    // (A quotation cut at its closing comma loses its closing mark: the opening one goes too.)
    if ((text.match(/["“”]/g) ?? []).length % 2 === 1) text = text.replace(/["“”]/g, '');
    // (A cause is a phrase, not a clause: a dozen words at most; one after "after", a clause of up to 25.)
    if (text && text.split(/\s+/).length <= (x ? 12 : 25)) return { text, sentence: r.sentence, kind: 'reason' };
  }
  return null;
}
