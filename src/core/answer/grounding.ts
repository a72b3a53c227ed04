/**
 * Plain conflicts between what a question asks and what the article says, which refuse an answer
 * whatever the model's confidence: evidence sharing no word with the question; "how many documents" answered by a number that counts
 * something else ("two sides") while the sentence never counts the documents; and, in news copy,
 * a question about something the article never mentions at all ("the population of Kyrgyzstan").
 */
import type { PreparedArticle } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, isStop, tokenize, type Token } from './spans.ts';

/** Nouns that only say what kind of answer is wanted ("the *name* of ...", "what *number* ..."). */
const META_NOUNS = new Set([
  'name', 'names', 'number', 'numbers', 'kind', 'type', 'sort', 'time', 'times', 'year', 'years', 'date', 'day', 'days',
  'amount', 'thing', 'things', 'people', 'person', 'way', 'reason', 'place', 'part', 'role', 'job', 'position', 'happen',
]);

/**
 * Words a question may use for what the article says another way ("did takings *fall*" over
 * "takings were *down* 2%", "which police *force*" over "Greater Manchester *Police*"): a
 * question word is not "never mentioned" when the article has one of these.
 */
const SAID_OTHERWISE: Record<string, readonly string[]> = {
  fall: ['down', 'fell', 'drop', 'declin', 'lower', 'cut', 'slump', 'plung', 'slid'],
  drop: ['down', 'fell', 'fall', 'declin', 'lower', 'cut', 'slump', 'plung', 'slid'],
  declin: ['down', 'fell', 'fall', 'drop', 'lower'],
  rise: ['up', 'rose', 'risen', 'increas', 'gain', 'climb', 'jump', 'higher', 'soar'],
  increas: ['up', 'rose', 'rise', 'gain', 'climb', 'jump', 'higher', 'soar'],
  forc: ['polic', 'constabulari'],
  wit: ['stand', 'testifi', 'testimoni', 'evid'],
  lawyer: ['attornei', 'counsel', 'solicitor', 'barrist', 'advoc'],
  attornei: ['lawyer', 'counsel', 'solicitor'],
  compani: ['firm', 'group', 'busi', 'corpor'],
  firm: ['compani', 'group', 'busi'],
  salari: ['pai', 'wage', 'earn'],
  job: ['posit', 'post', 'role'],
};
/** An auxiliary before the question's last word makes that word its verb ("did takings fall"). */
const QUESTION_AUX = /^(did|does|do|will|would|can|could|should|has|have|had)$/i;

const prefixCache = new WeakMap<PreparedArticle, Set<string>>();
/** Four-letter beginnings of the article's word stems ("defend" and "defence" share "defe"). */
function prefixes(prep: PreparedArticle): Set<string> {
  let p = prefixCache.get(prep);
  if (!p) {
    p = new Set([...prep.index.df.keys()].filter((t) => t.length >= 4).map((t) => t.slice(0, 4)));
    prefixCache.set(prep, p);
  }
  return p;
}

/** Why the article cannot be said to answer, or null. */
export function groundingConflict(
  question: string,
  info: QuestionInfo,
  prep: PreparedArticle,
  sentence: readonly Token[],
  span: readonly Token[],
  news: boolean,
  coverage: number,
): string | null {
  // Evidence that shares no word with the question is no evidence ("Who won the figure skating?").
  if (coverage === 0) return 'shares no word with the question';
  if (info.wh === 'how many' && info.focus) {
    const k = span.findIndex((t) => t.cls === Cls.Num);
    const counted = k >= 0 ? span.slice(k + 1).find((t) => t.isWord) : undefined;
    const focus = info.focus;
    // The sentence counts the focus nowhere: no number right before it (allowing one modifier).
    const countsFocus = sentence.some((t, m) => t.stem === focus && (sentence[m - 1]?.cls === Cls.Num || sentence[m - 2]?.cls === Cls.Num));
    if (counted && !info.terms.includes(counted.stem) && !countsFocus) return 'counts something else';
  }
  if (news) {
    const pre = prefixes(prep);
    const toks = tokenize(question);
    const words = toks.filter((t) => t.isWord);
    // "By how much did box office takings fall?": the last word after "did" is a verb, not a noun.
    const verbAtEnd = words.some((t) => QUESTION_AUX.test(t.lower)) ? words[words.length - 1] : undefined;
    for (const t of toks) {
      if (!t.isWord || t.cls !== Cls.Noun || isStop(t.lower) || META_NOUNS.has(t.lower) || t.lower.length < 4 || t === verbAtEnd) continue;
      if (prep.index.df.has(t.stem) || pre.has(t.stem.slice(0, 4))) continue;
      const other = SAID_OTHERWISE[t.stem] ?? SAID_OTHERWISE[t.stem.slice(0, 4)];
      if (other?.some((o) => prep.index.df.has(o) || (o.length >= 4 && pre.has(o.slice(0, 4))))) continue;
      return `never mentions "${t.text}"`;
    }
  }
  return null;
}
