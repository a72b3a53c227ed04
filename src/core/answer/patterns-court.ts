/**
 * Court reports: "How long was Morsy sentenced to?" / "What was Jaycee Chan sentenced to?" read
 * the sentence's own "sentenced to 20 years in prison", in a sentence about that person, not
 * another date or name the span model finds beside it ("in december 2012").
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

const NUM = '(?:\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)';
/** What a court gives, as written after "sentenced to" / "jailed for". */
const TERM = `((?:life|death|${NUM}(?:[- ]and[- ]a[- ]half)?[- ](?:years?|months?|weeks?|days?))(?:\\s+in\\s+(?:prison|jail))?)`;

/** Someone a lead describes without a name: "A 34-year-old man", "a woman", "a teenager". */
const UNNAMED = /\b(?:a|an)\s+(?:\d{1,3}-year-old\s+)?(?:man|woman|boy|girl|teenager|youth|person|mother|father|driver|student|nurse|teacher)\b/i;

/** A lead that opens on someone by description: "A former branch manager at a regional bank was jailed ...". */
const OPENS_UNNAMED = /^(?:A|An)\s+(?:\d{1,3}-year-old\s+|former\s+)?\p{Ll}/u;

/** The sentence given to the person asked about, or null when the question is of another shape. */
export function sentenced(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = /^(how long|what) (?:was|were|is|has|have) (.+?) (?:been )?(?:sentenced|jailed) (?:to|for)\??$/i.exec(q.trim().replace(/\s*\?$/, '?'));
  if (!m) return null;
  const names = m[2].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/['’]s$/u, ''));
  const who = names.length ? names[names.length - 1].toLowerCase() : null;
  // (Or the active voice with its object between, "sentenced former mayor Giorgio Bassi to six
  // years", and the noun, "received sentences of three years each".)
  const re = new RegExp(`\\b(?:sentenced\\s+(?:[^,.;]{1,60}?\\s+)?to|jailed\\s+for|sentences?\\s+of)\\s+${TERM}`, 'i');
  for (const r of ranked) {
    const text = prep.sentences[r.sentence].text;
    // The person asked about is in the sentence (or is "he"/"she" right after a sentence about them).
    const before = prep.sentences[r.sentence - 1]?.text ?? '';
    const after = prep.sentences[r.sentence + 1]?.text ?? '';
    const whoRe = who ? new RegExp(`\\b${esc(who)}\\b`, 'i') : null;
    // "A 34-year-old man was jailed for 12 years ..." then "Daniel Hughes, of Eccles, admitted ...":
    // a lead about someone unnamed, and the next sentence opens with the name asked about.
    const unnamedLead = r.sentence === 0 && whoRe !== null && (UNNAMED.test(text) || OPENS_UNNAMED.test(text)) && whoRe.test(after.split(/\s+/).slice(0, 4).join(' '));
    const about = !whoRe || whoRe.test(text) || (/^(he|she)\b/i.test(text.trim()) && whoRe.test(before)) || unnamedLead;
    if (!about) continue;
    const x = re.exec(text);
    if (!x) continue;
    // "How long": the term alone ("20 years"); "what": as written ("six months in prison").
    const term = /^how long/i.test(m[1]) ? x[1].replace(/\s+in\s+(?:prison|jail)$/i, '') : x[1];
    return { text: term, sentence: r.sentence, kind: 'duration' };
  }
  return null;
}

/** "What was Ortega convicted of?", "What is Bates charged with?", "What crime was Lockett convicted of?". */
const CHARGE_ASKED = /^what (?:crimes?|offen[cs]es?|charges?\s+)?\s*(?:was|were|is|are|has|have|had) (.+?) (?:been )?(convicted|accused|charged|suspected|found guilty|indicted|arrested|acquitted|cleared) (of|with|for|on)\??$/i;
/** The deed charged, as written after the verb: up to a clause's end ("..., police said", "after", "in exchange for"). */
const CHARGED = (verb: string): RegExp =>
  new RegExp(`\\b${verb.slice(0, 6)}\\p{L}*\\s+(?:[^,.;]{1,60}?\\s+)??(?:of|with|on charges? of|on suspicion of)\\s+((?:(?!\\s(?:after|before|when|while|because|following|in exchange|and (?:was|is|were|are|faces?|may|could|will|would|has|had)|but|which|who|Mr|Mrs|Ms|(?:in|at|on|during) the)\\b)(?:\\d[,.]\\d|[^,.;:"“”()]))+)`, 'iu');

/** The charge against the person asked about, as the sentence writes it, or null when the question is of another shape. */
export function charge(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = CHARGE_ASKED.exec(q.trim().replace(/\s*\?$/, '?'));
  if (!m) return null;
  const names = m[1].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/['’]s$/u, ''));
  const who = names.length ? names[names.length - 1].toLowerCase() : null;
  const whoRe = who ? new RegExp(`\\b${esc(who)}\\b`, 'i') : null;
  const re = CHARGED(m[2].split(' ')[0].toLowerCase());
  for (const r of ranked) {
    const text = prep.sentences[r.sentence].text;
    const before = prep.sentences[r.sentence - 1]?.text ?? '';
    if (whoRe && !whoRe.test(text) && !(/^(he|she)\b/i.test(text.trim()) && whoRe.test(before))) continue;
    const x = re.exec(text);
    if (!x) continue;
    const deed = x[1].trim().split(/\s+/).slice(0, 12).join(' ');
    if (deed.split(/\s+/).length < 1 || /^(?:the|a|an|his|her|their)$/i.test(deed)) continue;
    return { text: deed, sentence: r.sentence, kind: 'unique' };
  }
  return null;
}
