import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The project's complete default dictionary; an input directory's own indicators.json extends it. */
export const DEFAULT_DICTIONARY_PATH = path.join(PROJECT_ROOT, 'input', 'indicators.json');
export const PACKAGE_JSON = path.join(PROJECT_ROOT, 'package.json');
