/**
 * Polarity features for the answerability model: a question that turns the evidence's event
 * around. SQuAD 2.0's unanswerable questions are often an answerable one with its verb replaced
 * by a verb of another polarity or phase - "When did the Il-khanate stop experimenting with paper
 * money?" over "issued paper money in 1294", "When did Li Tan reject a revolt?" over "instigated
 * a revolt ... in 1262", "When did Kublai defend Xiangyang?" over "besieged Xiangyang" - or a word
 * given a negative prefix the sentence does not have ("nonconservative" / "conservative",
 * "misunderstandings" / "understandings"). The rest of the question still matches the sentence,
 * so coverage reads it as answered. The verbs are a closed linguistic class, not words of the
 * data: verbs of negative implication (refuse, fail, deny, prevent, avoid ...), of phase (begin,
 * stop, end ...) and of reversal (win / lose, create / destroy, encourage / discourage ...).
 */
import type { ContrastInput } from './answerable-contrast.ts';
import { stem, tokenize, type Token } from './spans.ts';
import { saidOtherwise } from './synonyms.ts';
import { wordTable } from '../text/word-table.ts';

/** Names of the features polarFeatures sets (each 0 or 1). */
export const POLAR_FEATURES: readonly string[] = [
  'polarMiss', // a verb of polarity or phase in the question that the evidence sentence neither uses nor says another way
  'polarAbsent', // ... that the whole article never uses
  'prefixFlip', // a question word the sentence has only with (or without) a negative prefix ("conservative" / "nonconservative")
];

/** Verbs of negative implication, phase and reversal, with their inflections. */
const POLAR =
  /^(reject(s|ed|ing|ion)?|refus(e|es|ed|ing|al)|den(y|ies|ied|ying|ial)|fail(s|ed|ing|ure)?|stop(s|ped|ping)?|ceas(e|es|ed|ing)|begin(s|ning)?|began|begun|start(s|ed|ing)?|finish(es|ed|ing)?|end(s|ed|ing)?|quit(s|ting)?|destroy(s|ed|ing)?|demolish(es|ed|ing)?|kill(s|ed|ing)?|defend(s|ed|ing)?|defeat(s|ed|ing)?|los(e|es|ing)|lost|win(s|ning)?|won|discourag(e|es|ed|ing)|encourag(e|es|ed|ing)|hat(e|es|ed|ing)|dislik(e|es|ed|ing)|oppos(e|es|ed|ing)|abolish(es|ed|ing)?|ban(s|ned|ning)?|forb(id|ids|ade|idden)|prevent(s|ed|ing)?|abandon(s|ed|ing)?|avoid(s|ed|ing)?|declin(e|es|ed|ing)|surrender(s|ed|ing)?|retreat(s|ed|ing)?|decreas(e|es|ed|ing)|increas(e|es|ed|ing)|shorten(s|ed|ing)?|lengthen(s|ed|ing)?|weaken(s|ed|ing)?|strengthen(s|ed|ing)?|ignor(e|es|ed|ing)|forg(et|ets|ot|otten|etting)|remov(e|es|ed|ing|al)|cancel(s|led|ed|ling|ing)?|disband(s|ed|ing)?|dissolv(e|es|ed|ing)|resign(s|ed|ing)?)$/;
/** Irregular forms to the root they share with the regular ones. */
const IRREGULAR: Record<string, string> = wordTable({ began: 'begin', begun: 'begin', lost: 'lose', won: 'win', forbade: 'forbid', forgot: 'forget', forgotten: 'forget', denial: 'deny', refusal: 'refus', failure: 'fail', removal: 'remov', rejection: 'reject' });
/** The first five letters of a word's root: "rejected" and "rejects" meet, "began" and "beginning" too. */
const root = (lower: string): string => (IRREGULAR[lower] ?? lower).slice(0, 5);

/** Negative prefixes; "micro" and "macro" are each other's opposite. */
const PREFIX = /^(non|un|dis|in|im|ir|il|mis|anti|counter)(\w{4,})$/;
const SCALE = /^(micro|macro)(\w{4,})$/;

/** The polarity features of one answer; `questionTokens`: tokenize(x.question), when the caller has it. */
export function polarFeatures(x: ContrastInput, questionTokens: readonly Token[] = tokenize(x.question)): Record<string, number> {
  const sent = x.prep.sentences[x.evidence.sentence].tokens.filter((t) => t.isWord);
  const q = questionTokens.filter((t) => t.isWord);
  let polarMiss = 0;
  let polarAbsent = 0;
  const polar = q.filter((t) => POLAR.test(t.lower));
  if (polar.length) {
    const roots = new Set(sent.map((t) => root(t.lower)));
    for (const t of polar) {
      if (roots.has(root(t.lower)) || saidOtherwise(t.lower, t.stem, sent)) continue;
      polarMiss = 1;
      if (!x.prep.index.df.has(t.stem)) polarAbsent = 1;
    }
  }
  return { polarMiss, polarAbsent, prefixFlip: prefixFlip(q, sent) };
}

/** Joined and without hyphens: "non-zero" and "nonzero" are one word. */
const bare = (t: Token): string => t.lower.replace(/[-‐]/g, '');

/** A question word the sentence has only with a negative prefix added or removed, or "micro" for "macro". */
function prefixFlip(q: readonly Token[], sent: readonly Token[]): number {
  const sentWords = new Set(sent.map(bare));
  const sentStems = new Set(sent.map((t) => t.stem));
  // The sentence's prefixed words without their prefix: "nonconservative" -> "conservative".
  const unprefixed = new Set<string>();
  for (const s of sentWords) {
    const n = PREFIX.exec(s);
    if (n) unprefixed.add(n[2]);
  }
  for (let k = 0; k < q.length; k++) {
    let w = bare(q[k]);
    if (w === 'non' && q[k + 1]) {
      // "non fundamental" over "fundamental", written as two words, is read as one.
      w = `non${bare(q[++k])}`;
      if (!sentWords.has(w) && !sentWords.has('non') && sentStems.has(q[k].stem)) return 1;
    }
    if (w.length < 4 || sentWords.has(w)) continue;
    if (sentStems.has(q[k].stem)) continue;
    const m = PREFIX.exec(w);
    if (m && (sentWords.has(m[2]) || sentStems.has(stem(m[2])))) return 1;
    if (unprefixed.has(w)) return 1;
    const sc = SCALE.exec(w);
    if (sc && sentWords.has(`${sc[1] === 'micro' ? 'macro' : 'micro'}${sc[2]}`)) return 1;
  }
  return 0;
}
