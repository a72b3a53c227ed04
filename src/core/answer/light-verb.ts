/**
 * "At what time did the crash happen?", "Where did the stabbing happen?": a question that ends on
 * a verb of bare happening asks about the event its subject names ("the crash"); the verb itself
 * is a word no sentence needs to share ("... was in a crash with a van on the A595 at 19:55 BST on
 * Friday" answers it). Only the main clause's closing verb: "How old was he when the abuse
 * happened?" keeps it (the clause picks which time is meant), and "take place" is left alone (on
 * the dev questions it also asks a fiction's setting and how often a thing recurs).
 */
const LIGHT_ONE = /^(?:happen|happens|happened|occur|occurs|occurred)$/;
/** Words that open a clause of its own before the verb ("when the abuse happened"). */
const SUBORDINATE = /^(?:when|after|before|while|as|since|until|if|because|where)$/;

/** The index of the question's closing verb of happening (tokens lower-cased, "?" allowed last), or the length when there is none. */
export function lightVerbEnd(low: readonly string[]): number {
  let end = low.length;
  while (end > 0 && /^[?.!]+$/.test(low[end - 1])) end--;
  if (end < 3 || !LIGHT_ONE.test(low[end - 1])) return low.length;
  // (The question's own wh-word may be "when" / "where": only one after it opens a clause.)
  return low.slice(1, end - 1).some((w) => SUBORDINATE.test(w)) ? low.length : end - 1;
}
