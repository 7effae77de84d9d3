// Two names that share their head noun: 完成全口径和区级地方财政收入242.8亿元和75.2亿元.
// "全口径" alone names nothing, but with the head of the next name (财政收入) it is
// 全口径财政收入. Such a word becomes a mention of its own, spanning only what is
// written, so the 分别 reader can pair it with its figure.
//
// A word that stands for two parts at once splits a name the same way:
// 城乡居民人均可支配收入 is 城镇居民人均可支配收入 and 农村居民人均可支配收入, one
// mention each over the same span (分别增长6%和7.5% gives one figure to each).
import type { Mention } from '../types.js';
import type { CompiledDictionary } from '../dictionary.js';
import type { Sentence } from '../context.js';
import { HAN_CLASS, alt, lexicon, perLexicon } from '../../lexicon/index.js';

/** One to four characters and a one-character join (和, 及, 与, 、) before a name. */
const beforeJoin = perLexicon(
  ({ data }) => new RegExp(`([${HAN_CLASS}]{1,4})(?:${alt(data.figures.joins.filter((w) => w.length === 1))})$`),
);

/** 城乡 + 居民人均可支配收入 → the mentions of 城镇居民人均可支配收入 and 农村居民人均可支配收入, or undefined. */
function split(text: string, sentence: Sentence, m: Mention, dict: CompiledDictionary): Mention[] | undefined {
  for (const [word, parts] of Object.entries(lexicon().jurisdiction.splitPrefixes)) {
    const from = m.from - word.length;
    if (from < sentence.from || text.slice(from, m.from) !== word) continue;
    const found = parts.map((p) => dict.byName.get(p + m.name));
    if (found.some((x) => !x)) continue;
    return found.map((indicator, k) => ({
      name: parts[k] + m.name,
      indicator: indicator!,
      from,
      to: m.to,
      valueFirst: false,
      split: true,
    }));
  }
  return undefined;
}

export function expandSharedHeads(
  text: string,
  sentence: Sentence,
  mentions: Mention[],
  dict: CompiledDictionary,
): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const parts = m.valueFirst ? undefined : split(text, sentence, m, dict);
    if (parts) {
      out.push(...parts);
      continue;
    }
    if (!m.valueFirst) {
      const before = text.slice(Math.max(sentence.from, m.from - 6), m.from);
      const j = beforeJoin().exec(before);
      const prev = out[out.length - 1];
      if (j && !(prev && prev.to > m.from - j[0].length)) {
        const found = shared(j[1], m, dict);
        if (found) {
          const from = m.from - j[0].length + (j[1].length - found.word.length);
          out.push({
            name: found.name,
            indicator: found.indicator,
            from,
            to: from + found.word.length,
            valueFirst: false,
          });
        }
      }
    }
    out.push(m);
  }
  return out;
}

/** The longest ending of `word` that, with a head of the next name, is a known name of another indicator. */
function shared(word: string, m: Mention, dict: CompiledDictionary) {
  for (let k = word.length; k >= 2; k--) {
    const w = word.slice(word.length - k);
    for (let cut = 1; cut <= m.name.length - 2; cut++) {
      const name = w + m.name.slice(cut);
      const indicator = dict.byName.get(name);
      if (indicator && indicator.id !== m.indicator.id) return { name, indicator, word: w };
    }
  }
  return undefined;
}
