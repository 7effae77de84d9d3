// Refiner: a notice that corrects a figure it told before (a work group's 接龙: 更正：政府消费券发放数应为7.6亿元, after
// 发放政府消费券7.2亿元; 上面第1条新增学位数统计有误…应为2205个): the correcting figure is of the thing the figure it
// corrects names, and that earlier figure, as first reported, is no outcome.
import type { Item } from '../types.js';
import { unitOfItem } from '../item.js';
import { normObject } from '../objects.js';
import { clauseStart, drop } from './set-aside.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';

export function refineCorrections(text: string, items: Item[]): void {
  const { CORRECTED_BEFORE_RE } = commitmentsLexicon();
  const figures = items.filter((it) => it.role === 'statement' && it.kind === 'figure' && it.q && !it.dropped);
  for (const fix of figures) {
    if (!CORRECTED_BEFORE_RE.test(text.slice(clauseStart(text, fix, fix.q!.numFrom), fix.q!.numFrom))) continue;
    // the words of its sentence before it: what it says was wrong (新增学位数统计有误)
    const said = normObject(text.slice(fix.sentence.from, fix.q!.numFrom));
    const own = normObject(fix.object);
    const base = unitOfItem(fix)?.base;
    // the latest figure before it counted alike whose thing its words name, or the other way round
    const told = figures
      .filter(
        (x) =>
          x !== fix &&
          !x.dropped &&
          x.from < fix.sentence.from &&
          unitOfItem(x)?.base === base &&
          normObject(x.object).length >= 2 &&
          (said.includes(normObject(x.object)) || (own.length >= 2 && normObject(x.object).includes(own))),
      )
      .pop();
    if (!told) continue;
    fix.object = told.object;
    fix.verb = told.verb;
    fix.objectInherited = true;
    drop(told, 'a figure the text corrects after it, not the outcome', 'as_reported');
  }
}
