// A word inside a name that stands for two parts: 实际使用内外资分别增长10%、6.4% is
// 实际使用内资 and 实际使用外资. Like a sector list (sector-list.ts), each part becomes a
// mention over the same span, so that the 分别 reader gives each its figure in order; a part
// the dictionary lacks (内资) keeps its place as a stand-in, and its figure is set aside.
// One figure for the word (实际利用内外资增长8%) is the two together: no part's.
import type { Mention } from '../types.js';
import type { CompiledDictionary } from '../dictionary.js';
import { isHan, lexicon } from '../../lexicon/index.js';
import { standIn } from './sector-list.js';

/** The longest stretch of a name before the word that, with a part, is a dictionary name. */
const LONGEST_BEFORE = 8;

/** The mentions of names with a split word, in place of any name read inside them (sorted by position). */
export function withSplitWords(text: string, mentions: Mention[], dict: CompiledDictionary): Mention[] {
  const { splitWord, splitParts } = lexicon().figures;
  const added: Mention[] = [];
  splitWord.lastIndex = 0;
  for (let m = splitWord.exec(text); m; m = splitWord.exec(text)) {
    const parts = splitParts[m[0]];
    const to = m.index + m[0].length;
    // the longest run of characters before the word that makes some part a name
    let found: { from: number; names: string[]; known: Array<Mention['indicator'] | undefined> } | undefined;
    for (let k = 1; k <= LONGEST_BEFORE && m.index - k >= 0 && isHan(text.charCodeAt(m.index - k)); k++) {
      const head = text.slice(m.index - k, m.index);
      const names = parts.map((p) => head + p);
      const known = names.map((n) => dict.byName.get(n));
      if (known.some((x) => x)) found = { from: m.index - k, names, known };
    }
    if (!found) continue;
    const like = found.known.find((k) => k !== undefined)!;
    const { from, names, known } = found;
    names.forEach((name, k) =>
      added.push({
        name,
        indicator: known[k] ?? standIn(name, like),
        from,
        to,
        valueFirst: false,
        split: true,
        apart: true,
      }),
    );
  }
  if (!added.length) return mentions;
  const outside = mentions.filter((n) => !added.some((a) => a.from < n.to && n.from < a.to));
  return [...outside, ...added].sort((a, b) => a.from - b.from);
}
