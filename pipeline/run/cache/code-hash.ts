// What the cache keys say of the code: a hash of the pipeline's sources, schemas and lexicon,
// and a hash of the locked dependency versions (an upgraded library can change a
// result as surely as a changed line of ours). The build writes both into
// dist/build.json; run from its sources, the pipeline computes them.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { DIST_DIR, PROJECT_ROOT } from '../../core/paths.js';

export function sourceHash(root: string = PROJECT_ROOT): string {
  const h = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(name)) h.update(path.relative(root, p)).update(fs.readFileSync(p));
    }
  };
  walk(path.join(root, 'pipeline'));
  walk(path.join(root, 'schemas'));
  // the lexicon is read at run time, and a word added there changes what is read as surely as code
  const lexicon = path.join(root, 'input', 'lexicon');
  if (fs.existsSync(lexicon)) walk(lexicon);
  return h.digest('hex');
}

export function depsHash(root: string = PROJECT_ROOT): string {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages?: Record<string, { version?: string }>;
  };
  const versions = Object.entries(lock.packages ?? {})
    .filter(([p]) => p.startsWith('node_modules/'))
    .map(([p, v]) => `${p}@${v.version}`)
    .sort();
  return crypto.createHash('sha256').update(versions.join('\n')).digest('hex');
}

/** True when this code runs from the bundle in dist/ rather than from its sources. */
export const RUNS_FROM_DIST = fileURLToPath(import.meta.url).startsWith(DIST_DIR + path.sep);

/** The code's part of every cache key. */
export function codeHash(): string {
  if (RUNS_FROM_DIST) {
    const b = JSON.parse(fs.readFileSync(path.join(DIST_DIR, 'build.json'), 'utf8')) as { code: string; deps: string };
    return `${b.code}:${b.deps}`;
  }
  return `${sourceHash()}:${depsHash()}`;
}
