/**
 * "How many firefighters died?" over "Two firefighters suffered minor injuries, and no deaths have
 * been reported": a toll asked of deaths, answered by a count whose clause tells of injuries only
 * (or asked of injuries, by a count of the dead). News copy gives both tolls side by side; each
 * number belongs to the clause it stands in.
 */
const DEATH_ASKED = /^\s*how many\b.*\b(?:died|die|dead|deaths?|killed|fatalities|perished|lost (?:their|his|her) lives)\b/i;
const INJURY_ASKED = /^\s*how many\b.*\b(?:injured|injuries|hurt|wounded|injury)\b/i;
const DEATH = /\b(?:died|dies|dead|deaths?|killed|killing|fatal(?:ly|ities)?|perished|lives)\b/i;
const INJURY = /\b(?:injur(?:ed|ies|y|ing)|hurt|wounded|wounds?)\b/i;
/** Where one clause of a toll ends and the next begins. */
const CLAUSE = /,\s+(?:and|but|while)\s+|;\s+|\s+(?:and|but|while)\s+(?=(?:no|\d|one|two|three|four|five|six|seven|eight|nine|ten|another|at least|more than)\b)/i;

/** Why the count `answer` in sentence `text` is a toll of another kind than the one asked, or null. */
export function tollOfOtherKind(question: string, text: string, answer: string): string | null {
  const death = DEATH_ASKED.test(question);
  const injury = INJURY_ASKED.test(question);
  if (death === injury) return null;
  const clause = text.split(CLAUSE).find((c) => c.includes(answer));
  if (!clause) return null;
  if (death && INJURY.test(clause) && !DEATH.test(clause)) return 'counts the injured, not the dead';
  if (injury && DEATH.test(clause) && !INJURY.test(clause)) return 'counts the dead, not the injured';
  return null;
}
