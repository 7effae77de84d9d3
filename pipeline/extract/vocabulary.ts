// The words the readers read live in the lexicon (input/lexicon/, compiled by
// pipeline/lexicon/). What stays here is for the commitments reader, which reads the
// project's units until it takes them from the lexicon in use itself.
import { defaultLexicon, escape } from '../lexicon/index.js';

export { escape };
export const MULTIPLIERS = defaultLexicon().units.multipliers;
export const BASE_UNITS = defaultLexicon().units.base;
