// Rule: a figure written with a minus sign, which the figure reader does not take:
//   自然增长率为-0.99‰ · 货物和服务净出口的贡献率为-8.6%
// Only a rate or a growth directly after its name (and 为/是/增长), never inside a list.
import { NUMBER, alt, lexicon, perLexicon } from '../../../lexicon/index.js';
import { measureOf, candidateFrom } from '../../parsers/name-then-figures.js';
import type { Candidate, Mention } from '../../types.js';
import type { Sentence } from '../../context.js';

const signed = perLexicon(({ communique, units }) => {
  const percent = Object.keys(units.percent).filter((u) => units.percent[u].base === 'percent');
  return new RegExp(`${communique.signedLead}\\s?-\\s?(${NUMBER})(${alt(percent)})`);
});

export function signedRates(text: string, sentence: Sentence, mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of mentions) {
    if (m.valueFirst) continue;
    const s = signed().exec(text.slice(m.to, Math.min(sentence.to, m.to + 24)));
    if (!s) continue;
    const [whole, verb, number, unit] = s;
    const to = m.to + whole.length;
    const figure = {
      from: to - number.length - unit.length,
      to,
      number,
      unit,
      qualifier: 'exact' as const,
      direction: (verb && !lexicon().communique.statingVerbs.includes(verb) ? 'rise' : 'none') as 'rise' | 'none',
    };
    const measure = measureOf(m.indicator, figure, m.name);
    if (typeof measure !== 'string') continue;
    const c = candidateFrom(m, figure, measure, sentence, 'communique:signed', m.from);
    c.negative = true;
    out.push(c);
  }
  return out;
}
