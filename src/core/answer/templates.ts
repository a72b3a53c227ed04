/**
 * The span model's feature templates: the layout of its weights. A template is a named block
 * of weights, one per value of what it describes (a span's length bin, the class of its first
 * word ...), times the answer kinds for templates crossed with the kind the question expects.
 * The order of TEMPLATES fixes the layout (model.ts, weights.ts).
 */
import { NEXPECT } from './question-type.ts';
import { NCLS, NLEX } from './spans.ts';

/** Slots per value of a crossed template: one per answer kind plus the shared one (index NEXPECT). */
export const KIND_SLOTS = NEXPECT + 1;
const EX = KIND_SLOTS;

/** Feature templates: name and number of values. Order fixes the weight layout. */
export const TEMPLATES: readonly (readonly [string, number])[] = [
  // Templates crossed with the expected answer kind also keep a shared value (index NEXPECT),
  // so rare kinds back off to what all questions share.
  ['len', 9 * EX],
  ['first', NCLS * EX],
  ['last', NCLS * EX],
  ['left', NCLS * EX],
  ['right', NCLS * EX],
  ['firstLex', NLEX * EX],
  ['lastLex', NLEX * EX],
  ['leftLex', NLEX * EX],
  ['rightLex', NLEX * EX],
  ['overlap', 4 * EX],
  ['overlapFrac', 4 * EX],
  ['props', 19 * EX],
  ['leftDist', 7 * EX],
  ['rightDist', 7 * EX],
  ['focus', 5 * EX],
  ['sentRank', 3 * EX],
  ['sentRatio', 5],
  ['sentCover', 5 * EX],
  ['leftFirst', NCLS * NCLS],
  ['lastRight', NCLS * NCLS],
  ['firstLast', NCLS * NCLS],
  ['leftWindow', 4 * EX],
  ['rightWindow', 4 * EX],
  ['sides', 9 * EX],
  ['formPos', 16 * EX],
  ['near', 6 * 4],
  ['prevWord', EX],
  ['leftPath', NCLS * 5 * 4],
  ['rightPath', NCLS * 5 * 4],
  ['leftQ', 2 * 3 * 5 * 4],
  ['rightQ', 2 * 3 * 5 * 4],
  ['spanIdf', 4 * EX],
  ['bigrams', 3 * EX],
  ['gapLeft', 6 * 4],
  ['gapRight', 6 * 4],
  ['gapLeftX', 6 * EX],
  ['gapRightX', 6 * EX],
  ['typed', 5 * EX],
  ['sentTyped', 2 * EX],
  ['kindFocus', 8],
  ['decay', 6 * EX],
  ['clauseCover', 5 * EX],
  ['gapClause', 4 * 4],
  ['between', 4 * 4],
  ['bias', 1],
];
/** Offset of each template's first weight, by template name. */
export const OFFSETS: Record<string, number> = {};
let total = 0;
for (const [name, size] of TEMPLATES) {
  OFFSETS[name] = total;
  total += size;
}
/** Total number of features. */
export const NFEATURES = total;
