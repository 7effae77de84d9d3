// What the refiners read around a figure: the sentence before its name and the words
// from its name to the figure. Both bounded, so that a sentence of many thousand
// figures (a table flattened into one line) is read in linear time.
import type { Candidate } from '../../types.js';

const MAX = 400;

/** The sentence before the name (its last MAX characters). */
export function leadOf(text: string, c: Candidate): string {
  return text.slice(Math.max(c.sentence.from, c.nameFrom - MAX), c.nameFrom);
}

/** From the end of the name to the end of the figure (its first and last MAX characters). */
export function afterNameOf(text: string, c: Candidate): string {
  return c.to - c.nameTo <= 2 * MAX
    ? text.slice(c.nameTo, c.to)
    : `${text.slice(c.nameTo, c.nameTo + MAX)}|${text.slice(c.to - MAX, c.to)}`;
}
