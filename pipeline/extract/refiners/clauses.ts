// How far a word of several years reaches in its sentence. A clause that opens
// the sentence as a topic (过去五年, / 五年来,) governs every clause after it; a
// clause that states a figure of its own (过去五年年均增长12.1%) governs only
// itself, so the one-year figures beside it (完成税收收入512.3亿元,比上年增长2.4%)
// are kept. A word of one year in a figure's own clause (全年进出口总额…) frees it
// from a topic before it (去年下半年开始进出口降幅明显收窄,…).
import { lexicon } from '../../lexicon/index.js';

const CLAUSE_BREAK = /[,，;；:：]/;

/** Start of the clause holding position `at`, not before `from`. */
export function clauseStart(text: string, from: number, at: number): number {
  let i = at - 1;
  while (i >= from && !CLAUSE_BREAK.test(text[i])) i--;
  return i + 1;
}

/** End of the clause holding position `at`, not after `to`. */
export function clauseEnd(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && !CLAUSE_BREAK.test(text[i])) i++;
  return i;
}

/**
 * Whether a marker at `markerAt` governs a figure whose own clause is [ownFrom, ownTo):
 * always inside that clause; from an earlier clause only when that clause states no
 * figure of its own and neither the figure's clause nor one between them has a word of one year.
 */
export function governs(text: string, sentenceFrom: number, markerAt: number, ownFrom: number, ownTo: number): boolean {
  if (markerAt >= ownFrom) return true;
  const from = clauseStart(text, sentenceFrom, markerAt);
  const to = clauseEnd(text, markerAt, ownFrom);
  const lx = lexicon();
  if (lx.figures.withUnit.test(text.slice(from, to))) return false;
  // a clause between them that names the one year (下半年…加快，全年增长19.5%，全社会…增长14.1%) ends its reach
  if (lx.time.oneYear.test(text.slice(to, ownFrom))) return false;
  return !lx.time.oneYear.test(text.slice(ownFrom, ownTo));
}

/** Whether the clause holding position `at` (not before `from`) has a number in it. */
export function numberInClause(text: string, from: number, at: number): boolean {
  return DIGIT.test(text.slice(clauseStart(text, from, at), clauseEnd(text, at, text.length)));
}
const DIGIT = /\d/;
