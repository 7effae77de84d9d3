// Rule: a figure followed by the item it counts, in work plans and practical projects:
//   帮助3800名就业困难人员实现再就业 · 实施4600米河道水生态治理 · 7万人享受医养护一体化签约服务
import { HAN_CLASS, alt, lexicon, perLexicon, NUMBER } from '../../lexicon/index.js';
import type { Candidate, Mention } from '../types.js';
import type { Sentence } from '../context.js';
import { measureOf, candidateFrom } from './name-then-figures.js';
import { decodeInteger } from '../numerals.js';
import type { Qualifier } from '../../core/model.js';

/** The figure must end right before the name, after at most a few words of place or object. */
const FIGURE_BEFORE = perLexicon(
  ({ units, qualifiers, numerals }) =>
    new RegExp(
      `(${alt(Object.keys(qualifiers.before).filter((w) => qualifiers.before[w] === 'about'))})?(${NUMBER}|${numerals.integer})(${qualifiers.approxAlt})?(${units.unit})(${qualifiers.afterAlt})?([${HAN_CLASS}]{0,6})$`,
    ),
);

export function figureThenName(text: string, sentence: Sentence, mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of mentions) {
    if (!m.valueFirst) continue;
    const windowFrom = Math.max(sentence.from, m.from - 24);
    const before = text.slice(windowFrom, m.from);
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'), before.lastIndexOf('、'));
    const clause = before.slice(clauseStart + 1);
    const f = FIGURE_BEFORE().exec(clause);
    if (!f) continue;
    const [whole, pre, written, approx, unit, after] = f;
    const num = /^\d/.test(written) ? written : String(decodeInteger(written) ?? '');
    if (!num || written === lexicon().numerals.article) continue;
    let qualifier: Qualifier = 'exact';
    if (pre) qualifier = 'about';
    if (approx) qualifier = 'at_least';
    if (after) qualifier = lexicon().qualifiers.after[after];
    const figFrom = m.from - whole.length;
    const figure = { from: figFrom, to: m.to, number: num, unit, direction: 'none' as const, qualifier };
    const measure = measureOf(m.indicator, figure, m.name);
    if (typeof measure !== 'string') continue;
    const lead = /^\s*(?:\d{1,2}[.、])?\s*/.exec(clause)![0].length;
    const spanFrom = windowFrom + clauseStart + 1 + lead;
    const c = candidateFrom(m, figure, measure, sentence, 'figure-name', spanFrom);
    c.to = m.to;
    out.push(c);
  }
  return out;
}
