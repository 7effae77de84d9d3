// Refiner: a text with hardly a line break (a page whose paragraphs ran into one
// line) places no figure in time by its section or paragraph: such a year is a guess.
import type { Candidate } from '../types.js';

/**
 * A long text with hardly a line break (a page whose paragraphs ran into one line): no
 * heading or paragraph tells the review from the plan, or bounds the words of time a
 * figure takes its year from. One line break per 3,000 characters is a text of paragraphs.
 */
export function flattened(text: string): boolean {
  if (text.length < 3000) return false;
  let breaks = 0;
  for (let at = text.indexOf('\n'); at >= 0 && breaks * 3000 < text.length; at = text.indexOf('\n', at + 1)) breaks++;
  return breaks * 3000 < text.length;
}

export const FLATTENED =
  'the text has hardly a line break, so no heading or paragraph places its figures in time: those whose year is only implied go to review';

/** In a flattened text, a year implied by a section or a paragraph is a guess: to review. */
export function refineFlattened(cands: Candidate[]): void {
  for (const c of cands)
    if (!c.dropped && c.periodSource === 'implied') {
      c.confidence = Math.min(c.confidence, 0.5);
      c.notes.push('the text has hardly a line break: the year is implied by no section or paragraph');
    }
}
