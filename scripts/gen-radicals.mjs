// Writes pipeline/load/radicals-supplement.json: for each character of the CJK
// Radicals Supplement (U+2E80–U+2EFF), the unified ideograph Unicode names as its
// equivalent (Equivalent_Unified_Ideograph, from the Unicode Character Database's
// EquivalentUnifiedIdeograph.txt). NFKC maps the Kangxi radicals and the
// compatibility ideographs but not these, so the table is kept as data.
// Usage: node scripts/gen-radicals.mjs [path/to/EquivalentUnifiedIdeograph.txt]
// (Debian's unicode-data package puts it in /usr/share/unicode/).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? '/usr/share/unicode/EquivalentUnifiedIdeograph.txt';
const text = fs.readFileSync(file, 'utf8');
const version = /EquivalentUnifiedIdeograph-([\d.]+)\.txt/.exec(text)?.[1] ?? 'unknown';
const map = {};
for (const line of text.split('\n')) {
  const m = /^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*([0-9A-F]{4,6})/.exec(line);
  if (!m) continue;
  const to = String.fromCodePoint(parseInt(m[3], 16));
  for (let c = parseInt(m[1], 16); c <= parseInt(m[2] ?? m[1], 16); c++)
    if (c >= 0x2e80 && c <= 0x2eff) map[String.fromCodePoint(c)] = to;
}
const out = {
  source: `Unicode ${version}, EquivalentUnifiedIdeograph.txt (Equivalent_Unified_Ideograph), the CJK Radicals Supplement (U+2E80–U+2EFF)`,
  map,
};
fs.writeFileSync(path.join(root, 'pipeline', 'load', 'radicals-supplement.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`${Object.keys(map).length} characters`);
