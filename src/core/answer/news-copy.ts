/**
 * Is an article news copy? The answerer trusts a sentence that covers the whole question more in
 * news copy than in encyclopaedia text, and some plain conflicts (grounding.ts) refuse only there,
 * so undated stories must be recognised too: most stories reach us without a dateline (a BBC or
 * Daily Mail story pasted or fetched as plain text), and until this detector only a dateline or
 * two "said" sentences counted, so a story where people "joked", "admitted" or "stated" things
 * was read as an encyclopaedia paragraph.
 */
import type { PreparedArticle } from './prepare.ts';

/** The old signal, kept: two sentences of reported speech. */
const REPORTED = /\b(said|says|told|according to)\b/;

/**
 * Kinds of evidence that a text is a news story, each rare in encyclopaedia prose: reported
 * speech (a wider set of reporting verbs), a day relative to the story ("on Tuesday", "last
 * weekend", "tonight"), an age in the reporter's style ("the 29-year-old", "Falcao, 29,"), a
 * courtesy title ("Mr Carr"), and a quotation introduced or closed by a reporting verb.
 */
const FAMILIES: readonly RegExp[] = [
  /\b(said|says|told|tells|added|stated|explained|claimed|joked|insisted|revealed|admits?|admitted|confirmed|announced|commented|warned|according to)\b/,
  /\b(on|last|this|next|since|by|until|from|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|weekend|month|season|term)\b|\b(yesterday|tomorrow|tonight)\b/i,
  /\b\d{1,3}-year-olds?\b|\b[A-Z][a-z]+, \d{1,2},/,
  /\b(Mr|Mrs|Ms|Dr)\.? [A-Z]/i,
  /\b(said|says|told [a-zA-Z ]{1,30}|added|explained|joked|admitted|insisted)\s*:\s*['"‘“]|['"’”]\s*,? (he|she|they|[A-Z][a-z]+) (said|says|added|told)\b/,
];
/** The "day relative to the story" family: alone, it counts when two sentences use it. */
const WHEN = FAMILIES[1];

const cache = new WeakMap<PreparedArticle, boolean>();

/**
 * News copy: a dateline, or two sentences of reported speech, or two different kinds of news
 * evidence (FAMILIES) anywhere in the text, or two sentences that place events on days relative
 * to the story. On the SQuAD 2.0 dev paragraphs this flags 2 of 229 paragraphs (the old rule: 2),
 * on our news questions' 27 articles all 27 (the old rule: 22).
 */
export function isNewsCopy(prep: PreparedArticle, dated: boolean): boolean {
  if (dated) return true;
  let v = cache.get(prep);
  if (v === undefined) {
    v = detect(prep.sentences.map((s) => s.text));
    cache.set(prep, v);
  }
  return v;
}

function detect(texts: readonly string[]): boolean {
  if (texts.filter((t) => REPORTED.test(t)).length >= 2) return true;
  if (texts.filter((t) => WHEN.test(t)).length >= 2) return true;
  return FAMILIES.filter((re) => texts.some((t) => re.test(t))).length >= 2;
}

/**
 * Is the story written all in lower case ("(cnn) lois lilienstein ... has died")? Some feeds and
 * copied texts lose their capitals. The answerer reads such a story with its capitals given back
 * (prepare.ts), but a truecased name can still be missed, so the tests that read a capital as a
 * name do not ask for one there and role patterns read names in lower case too. The rule is the
 * briefing's (`isLowerCaseText`, text/lower-case-text.ts), applied to the sentences as written.
 */
export function isLowerCaseCopy(prep: PreparedArticle): boolean {
  return prep.lowerCase;
}
