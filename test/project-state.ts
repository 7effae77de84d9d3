// The project's own state that no test may change: output/ file by file, and the
// names at the project's top level, so that a stray file or folder a run leaves
// there (a cache, a changes.csv) is seen (test/hermetic.ts checks it).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function projectState(): string {
  const lines: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return void lines.push(`${path.relative(ROOT, dir)}/ absent`);
    for (const d of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else
        lines.push(`${path.relative(ROOT, p)} ${crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex')}`);
    }
  };
  walk(path.join(ROOT, 'output'));
  lines.push(`top level: ${fs.readdirSync(ROOT).sort().join(' ')}`);
  return lines.join('\n');
}
