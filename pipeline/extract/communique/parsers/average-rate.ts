// Rule: a rate stated as the year's average, the communiqué's way of giving the
// annual surveyed unemployment rate:
//   全年全国城镇调查失业率平均值为5.1% · 全国城镇调查失业率全年平均为5.6%
// (the work-report reader sets a name followed by 平均 aside, as it usually modifies what follows).
import { lexicon } from '../../../lexicon/index.js';
import { readFigureLists } from '../../figures.js';
import { measureOf, candidateFrom } from '../../parsers/name-then-figures.js';
import type { Candidate, Mention } from '../../types.js';
import type { Sentence } from '../../context.js';

export function averageRates(text: string, sentence: Sentence, mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const named = mentions.filter((m) => !m.valueFirst);
  named.forEach((m, k) => {
    if (m.indicator.percent_measure !== 'rate') return;
    const a = lexicon().communique.averageRate.exec(text.slice(m.to, m.to + 6));
    if (!a) return;
    const limit = k + 1 < named.length ? named[k + 1].from : sentence.to;
    for (const list of readFigureLists(text, m.to + a[0].length, limit)) {
      if (list.figures.length !== 1 || list.figures[0].gap) continue;
      const f = list.figures[0];
      const measure = measureOf(m.indicator, f, m.name);
      if (typeof measure !== 'string') continue;
      const c = candidateFrom(m, f, measure, sentence, 'communique:average', m.from);
      c.notes.push('the annual average');
      out.push(c);
    }
  });
  return out;
}
