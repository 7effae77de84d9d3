// The cache in generations. Every key includes the tool version, the dictionary
// and a hash of the code, so when any of them changes every older entry is dead.
// Entries of one key base live in one directory (a generation); each run marks its
// generations as used, and only the few most recently used are kept, so a cache
// under a scheduled job or a developer's checkout does not grow without end.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/** Generations kept for each kind of entry (the current one among them). */
export const KEEP_GENERATIONS = 3;

/** The directory of one generation: kind (reports, units) and a hash of the key base. */
export function generationDir(root: string, kind: string, base: string): string {
  return path.join(root, kind, crypto.createHash('sha256').update(base).digest('hex').slice(0, 16));
}

/** Mark a generation as just used, and remove all but the most recently used of its kind. */
export function keepRecent(dir: string, keep: number = KEEP_GENERATIONS): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const now = new Date();
    fs.utimesSync(dir, now, now);
    const parent = path.dirname(dir);
    const gens = fs
      .readdirSync(parent, { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^[0-9a-f]{16}$/.test(d.name))
      .map((d) => ({ p: path.join(parent, d.name), used: fs.statSync(path.join(parent, d.name)).mtimeMs }))
      .sort((a, b) => b.used - a.used || (a.p < b.p ? -1 : 1));
    for (const g of gens.slice(keep)) if (g.p !== dir) fs.rmSync(g.p, { recursive: true, force: true });
  } catch {
    // pruning a cache only saves space; a failure costs nothing else
  }
}
