// The project's own state that no test may change: output/ file by file (size, modification
// time and inode), and the names at the project's top level, so that a stray file or folder
// a run leaves there (a cache, a changes.csv) is seen (test/hermetic.ts checks it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function projectState(): string {
  const lines: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return void lines.push(`${path.relative(ROOT, dir)}/ absent`);
    for (const d of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else {
        // a write changes the size or the modification time (to the nanosecond), and a file put in place of another
        // its inode: checked after every file, hashing output/'s 17 MB each time cost the suite seconds of CPU
        const st = fs.statSync(p, { bigint: true });
        lines.push(`${path.relative(ROOT, p)} ${st.size} ${st.mtimeNs} ${st.ino}`);
      }
    }
  };
  walk(path.join(ROOT, 'output'));
  lines.push(`top level: ${fs.readdirSync(ROOT).sort().join(' ')}`);
  return lines.join('\n');
}
