/**
 * A figure of another name. "How much did Apple shares rise?" over "Facebook's shares climbed
 * 2.4%"; "What share of Iowa Democrats picked Clinton?" over "O'Malley was also at 1% among Iowa
 * Democrats": a story of markets, polls or league tables gives one figure each for several names,
 * and the sentence chosen gives the figure of another name than the one asked, which it never says.
 *
 * Read for answers that are figures to questions that ask an amount (how much / how many / what
 * share, percentage, proportion, rate), when a name of the question (capitalised words after its
 * first) is not in the sentence, in the question's view of it (coref.ts: "Its shares rose" names
 * the firm the story is about), and the sentence names someone or something else with a capital
 * in the middle of it.
 */
import type { PreparedArticle } from './prepare.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../text/calendar-words.ts';
import { isStop, tokenize, type Token } from './spans.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { writtenAs, says } from './grounding-restrictor.ts';

/** Questions that ask an amount. */
const AMOUNT_ASKED = /^(?:by\s+)?(?:how\s+(?:much|many)|what\s+(?:share|percentage|proportion|percent|fraction|rate|portion)|what\s+per\s+cent)\b/i;
/** A figure in the answer: digits, a per cent, or a number word. */
const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter)\b/i;
/** Capitalised words that name a time, not a who (a clock's zone too: "by 1350 GMT" in market reports). */
const TIME_NAME = new RegExp(`^(?:${MONTH_WORDS}|${WEEKDAY_WORDS}|christmas|easter|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT)$`, 'i');

/** The word before an opponent's name. */
const OPPONENT_BEFORE = /^(?:against|versus|vs)$/;

/** Is token `j` in a name (a run of capitalised words) right after "against" / "versus"? */
function opponentAt(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k > 0 && /^\p{Lu}/u.test(tokens[k - 1].text) && tokens[k - 1].isWord) k--;
  return OPPONENT_BEFORE.test(tokens[k - 1]?.lower ?? '');
}

/** The question's names: runs of capitalised words after its first word ("Iowa Democrats", "Clinton"). */
function questionNames(question: string): string[][] {
  const toks = tokenize(question);
  const runs: string[][] = [];
  let run: string[] = [];
  toks.forEach((t, k) => {
    if (k > 0 && t.isWord && /^\p{Lu}/u.test(t.text) && t.text !== 'I') run.push(t.text);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs.map((r) => r.filter((w) => !isStop(w.toLowerCase()) && !TIME_NAME.test(w))).filter((r) => r.length > 0);
}

/** Why the figure answered from sentence `k` is another name's, or null. */
export function figureOfAnotherName(question: string, prep: PreparedArticle, k: number, answer: string): string | null {
  if (!AMOUNT_ASKED.test(question.trim()) || !FIGURE.test(answer)) return null;
  const s = prep.sentences[k];
  if (!s) return null;
  const tf = prep.index.tf[k];
  const askedWords = new Set(tokenize(question).map((t) => t.stem));
  for (const name of questionNames(question)) {
    const forms = writtenAs(name.join(' '));
    if (name.some((w) => tf.has(tokenize(w)[0]?.stem ?? '')) || says(s.text, forms)) continue;
    // The sentence names another: a capitalised word in the middle of it that the question does not have.
    // (Not the opponent after "against" / "over" / "versus": "They scored three tries ... against New Zealand".)
    const other = s.tokens.find((t, j) => j > 0 && t.isWord && /^\p{Lu}/u.test(t.text) && !isStop(t.lower) && !TIME_NAME.test(t.text) && !askedWords.has(t.stem) && !opponentAt(s.tokens, j));
    if (other) return `gives the figure of ${other.text}, not ${name.join(' ')}`;
  }
  return null;
}

/**
 * A pattern's figure whose sentence opens on another name as its subject: "How many seats did the
 * Greens win?" over "The CSU won 83 of the parliament's 180 seats." (the story names the Greens
 * elsewhere, with their own figures). Narrower than figureOfAnotherName: the other name must be
 * the sentence's first words and the asked name must be said in another sentence of the story.
 */
export function figureOfSubjectNamed(question: string, prep: PreparedArticle, k: number, answer: string): string | null {
  if (!AMOUNT_ASKED.test(question.trim()) || !FIGURE.test(answer)) return null;
  const s = prep.sentences[k];
  if (!s) return null;
  const subject = /^(?:The\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:'s?|’s?)?\s+(?:\p{Ll}+\s+){0,2}?(?:won|took|got|gained|scored|had|has|have|received|earned|collected|secured|lost|made|finished|rose|fell)\b/u.exec(s.text)?.[1];
  // (A pronoun opening the sentence stands for someone named before: coref.ts reads it.)
  if (!subject || /^(?:He|She|It|They|We|I|You|This|That|These|Those|His|Her|Its|Their|Our|There)$/.test(subject.split(/\s+/)[0])) return null;
  const askedWords = new Set(tokenize(question).map((t) => t.stem));
  if (tokenize(subject).some((t) => askedWords.has(t.stem))) return null;
  // (A name, not a capitalised first word: "CSU", or written with a capital inside some sentence.)
  const head = subject.split(/\s+/)[0];
  if (!/^\p{Lu}{2,}$/u.test(head) && !prep.sentences.some((o) => o.tokens.some((t, j) => j > 0 && t.text === head))) return null;
  const tf = prep.index.tf[k];
  for (const name of questionNames(question)) {
    // (Only a name that does the deed asked: not a place after "in" / "at" ("born in Scotland").)
    if (new RegExp(`\\b(?:in|at|on|from|to|of|near|across)\\s+(?:the\\s+)?${escapeRegExp(name[0])}\\b`).test(question)) continue;
    const forms = writtenAs(name.join(' '));
    if (name.some((w) => tf.has(tokenize(w)[0]?.stem ?? '')) || says(s.text, forms)) continue;
    if (!prep.sentences.some((o, j) => j !== k && says(o.text, forms))) continue;
    return `gives the figure of ${subject}, not ${name.join(' ')}`;
  }
  return null;
}
