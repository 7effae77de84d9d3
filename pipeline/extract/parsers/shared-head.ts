// Two names that share their head noun: 完成全口径和区级地方财政收入242.8亿元和75.2亿元.
// "全口径" alone names nothing, but with the head of the next name (财政收入) it is
// 全口径财政收入. Such a word becomes a mention of its own, spanning only what is
// written, so the 分别 reader can pair it with its figure.
import type { Mention } from '../types.js';
import type { CompiledDictionary } from '../dictionary.js';
import type { Sentence } from '../context.js';

const BEFORE_JOIN = /([\u4e00-\u9fff]{1,4})(?:和|及|与|、)$/;

export function expandSharedHeads(text: string, sentence: Sentence, mentions: Mention[], dict: CompiledDictionary): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!m.valueFirst) {
      const before = text.slice(Math.max(sentence.from, m.from - 6), m.from);
      const j = BEFORE_JOIN.exec(before);
      const prev = out[out.length - 1];
      if (j && !(prev && prev.to > m.from - j[0].length)) {
        const found = shared(j[1], m, dict);
        if (found) {
          const from = m.from - j[0].length + (j[1].length - found.word.length);
          out.push({ name: found.name, indicator: found.indicator, from, to: from + found.word.length, valueFirst: false });
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
