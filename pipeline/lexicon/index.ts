// The run's lexicon. A run loads and compiles it once (the project's files, extended
// by the input directory's own: load.ts) and makes it the one in use, in the main
// thread and in each worker (run/pool.ts, run/worker.ts); a reader asks for it when it
// reads. Code that reads without a run (the tests, the eval's scorer) gets the
// project's own, compiled on first use.
import { compileLexicon, type Lexicon } from './compile.js';
import { loadLexicon } from './load.js';

export { alt, escape, escapeClass, NUMBER, type Lexicon } from './compile.js';
export { loadLexicon, type LoadedLexicon } from './load.js';
export { HAN_CLASS, isHan, WHITE_SPACE } from './script.js';
export { compileLexicon };

let active: Lexicon | undefined;
let projectLexicon: Lexicon | undefined;

/** The project's lexicon, without any input directory's words. */
export function defaultLexicon(): Lexicon {
  if (!projectLexicon) {
    const { data, hash } = loadLexicon();
    projectLexicon = compileLexicon(data, hash);
  }
  return projectLexicon;
}

/** The lexicon in use. */
export function lexicon(): Lexicon {
  return active ?? defaultLexicon();
}

/** Make `lx` the lexicon in use (a run's, chosen once); returns the one it replaces. */
export function useLexicon(lx: Lexicon | undefined): Lexicon | undefined {
  const before = active;
  active = lx;
  return before;
}

/**
 * What a reader builds from the lexicon (its own expressions around the lexicon's
 * words), built once per lexicon: the getter returns the same object until another
 * lexicon is in use.
 */
export function perLexicon<T>(build: (lx: Lexicon) => T): () => T {
  let builtFor: Lexicon | undefined;
  let built: T;
  return () => {
    const lx = lexicon();
    if (lx !== builtFor) {
      built = build(lx);
      builtFor = lx;
    }
    return built;
  };
}
