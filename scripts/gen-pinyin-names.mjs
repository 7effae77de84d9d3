// Writes pipeline/core/pinyin-names.json: the syllables, with their tones, that pinyin-pro
// gives each name of the division tables (@vant/area-data's current one and gb2260's
// revisions) and each name of the nation, and the plain syllables of each name's stem, from
// which a jurisdiction's id is made. Ordering jurisdictions by pinyin loaded
// pinyin-pro's dictionary at the start of most runs (about 60 ms, and more to read the
// names); a name kept here is read without it. test/jurisdiction-order.test.ts checks the
// file against pinyin-pro.
// Usage: node scripts/gen-pinyin-names.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FILE = path.join(root, 'pipeline', 'core', 'pinyin-names.json');

/** Every name the division tables and the lexicon's nation_names hold, in code-point order. */
export function divisionNames() {
  const names = new Set();
  const { areaList } = require('@vant/area-data');
  for (const list of ['province_list', 'city_list', 'county_list'])
    for (const n of Object.values(areaList[list])) names.add(n);
  for (const rev of require('gb2260/lib/revisions.json'))
    for (const n of Object.values(require(`gb2260/lib/${rev}.json`))) names.add(n);
  const lexicon = JSON.parse(fs.readFileSync(path.join(root, 'input', 'lexicon', 'jurisdiction.json'), 'utf8'));
  for (const n of lexicon.nation_names) names.add(n);
  return [...names].sort();
}

/** A name's syllables as core/pinyin.ts asks pinyin-pro for them (tone numbers, ü as v), a space apart. */
export function syllablesOf(name) {
  return require('pinyin-pro').pinyin(name, { toneType: 'num', v: true, type: 'array' }).join(' ');
}

/**
 * Every stem of those names, as load/jurisdiction-slug.ts makes a jurisdiction's id of a name (its administrative
 * suffix off, longest first, unless one character would be left), in code-point order.
 */
export function divisionStems() {
  const { suffixes } = JSON.parse(fs.readFileSync(path.join(root, 'pipeline', 'load', 'division-names.json'), 'utf8'));
  const longest = [...suffixes].sort((a, b) => b.length - a.length);
  const stemOf = (n) => {
    for (const s of longest) if (n.endsWith(s) && n.length - s.length >= 2) return n.slice(0, -s.length);
    return n;
  };
  return [...new Set(divisionNames().map((n) => stemOf(n.trim())))].sort();
}

/** A stem's syllables as the id asks pinyin-pro for them (no tones, ü as v, other characters in runs), a space apart. */
export function plainOf(stem) {
  return require('pinyin-pro')
    .pinyin(stem, { toneType: 'none', v: true, nonZh: 'consecutive', type: 'array' })
    .join(' ');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const syllables = Object.fromEntries(divisionNames().map((n) => [n, syllablesOf(n)]));
  const plain = Object.fromEntries(divisionStems().map((n) => [n, plainOf(n)]));
  fs.writeFileSync(FILE, `${JSON.stringify({ syllables, plain }, null, 2)}\n`);
  console.log(
    `${Object.keys(syllables).length} names and ${Object.keys(plain).length} stems written to ${path.relative(root, FILE)}`,
  );
}
