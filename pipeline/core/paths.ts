// Where the project's own files are. The same code runs from its TypeScript source
// (tests, development) and from the esbuild bundle in dist/, so the root is found by
// walking up to this package's package.json rather than by a fixed depth.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'yoy') return dir;
    if (path.dirname(dir) === dir) throw new Error(`yoy: no package.json of yoy above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
/** The project's complete default dictionary; an input directory's own indicators.json extends it. */
export const DEFAULT_DICTIONARY_PATH = path.join(PROJECT_ROOT, 'input', 'indicators.json');
/** The project's lexicon (the words the readers read), one file per topic; an input directory's own lexicon/ extends it. */
export const DEFAULT_LEXICON_DIR = path.join(PROJECT_ROOT, 'input', 'lexicon');
export const PACKAGE_JSON = path.join(PROJECT_ROOT, 'package.json');
export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schemas');
/** The build's output (scripts/build.mjs): the CLI, the worker and the compiled validators. */
export const DIST_DIR = path.join(PROJECT_ROOT, 'dist');

export function version(): string {
  return JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8')).version;
}
