// The small input most CLI tests run: the real Shangcheng reports and their manifest entries,
// copied from input/. Plain node (no vitest), so that test/global-setup.ts can build its
// release once for the tests that only need a good release to start from.
import fs from 'node:fs';
import path from 'node:path';

/** Write the Shangcheng reports of `input` and a manifest of them alone into `dir`. */
export function writeShangchengInput(input: string, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(input, 'shangcheng-2015.txt'), path.join(dir, 'shangcheng-2015.txt'));
  fs.copyFileSync(path.join(input, 'shangcheng-2016-excerpt.txt'), path.join(dir, 'shangcheng-2016-excerpt.txt'));
  const manifest = JSON.parse(fs.readFileSync(path.join(input, 'manifest.json'), 'utf8'));
  manifest.reports = manifest.reports.filter((r: { jurisdiction: string }) => r.jurisdiction === 'shangcheng');
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
