// What the commitments refiners share: setting an item aside once, with its reason and
// code, and finding where the clause that holds a figure starts.
import { CLAUSE_END } from '../text.js';
import type { Item } from '../types.js';
import type { SetAsideCode } from '../../set-aside.js';

/** Set an item aside with its reason and code; the first refiner to do so keeps its reason. */
export const drop = (it: Item, why: string, code: SetAsideCode) => {
  if (it.dropped) return;
  it.dropped = why;
  it.code = code;
};

/** Where the clause of the item's sentence that holds `at` starts. */
export function clauseStart(text: string, it: Item, at: number): number {
  return clauseFrom(text, it.sentence.from, at);
}

/** Where the clause that holds `at` starts, in a sentence that starts at `sentenceFrom`. */
export function clauseFrom(text: string, sentenceFrom: number, at: number): number {
  let from = at;
  while (from > sentenceFrom && !CLAUSE_END[text.charCodeAt(from - 1)]) from--;
  return from;
}
