// Refiner: which of a communiqué's figures for an indicator is the headline one.
// - The surveyed unemployment rate: the annual average (城镇调查失业率平均值为5.1%)
//   is the figure; the year-end or December one (年末…为5.1%, 12月份…) is not, and a
//   rate that says neither goes to review.
// - A narrower scope written after the name (固定资产投资（不含农户）) and real growth
//   (扣除价格因素，实际增长5.1%) are second figures: kept only where no headline figure
//   stands beside them (see duplicates), and then for review.
// - A clause before the name that leaves a part out (扣除房地产开发投资后，全省固定资产投资
//   增长7.9%) makes a narrower scope's figure, set aside as the work-report reader sets it
//   aside; one that adjusts the whole (扣除原料用能…后…能耗) does not.
import { lexicon } from '../../../lexicon/index.js';
import type { Candidate } from '../../types.js';
import { leadOf, afterNameOf } from './window.js';
import { setAsideNarrower } from '../../refiners/scope.js';

/** The figure's number, last in its span (a unit or a qualifier may follow it, never a digit). */
const LAST_NUMBER = /(\d+(?:\.\d+)?)\D*$/;

/** Indicators whose annual figure is an average over the year and whose year-end figure is another thing. */
const AVERAGED = new Set(['surveyed_unemployment_rate']);

export function refineCommuniqueScope(text: string, cands: Candidate[]): void {
  const { yearEnd: YEAR_END, average: AVERAGE, restricted: RESTRICTED, realGrowth: REAL } = lexicon().communique;
  for (const c of cands) {
    if (c.dropped) continue;
    const after = afterNameOf(text, c);
    const n = LAST_NUMBER.exec(after);
    if (n && /\d,$/.test(after.slice(Math.max(0, n.index - 2), n.index))) {
      c.code = 'broken_number';
      c.dropped = 'a piece of a number broken by a comma';
      continue;
    }
    if (setAsideNarrower(text, c)) continue;
    const lead = leadOf(text, c);
    if (AVERAGED.has(c.indicator.id)) {
      if (YEAR_END.test(lead + '|' + after)) {
        c.code = 'year_end';
        c.dropped = `the year-end figure ("${YEAR_END.exec(lead + '|' + after)![0]}"), not the annual average`;
        continue;
      }
      if (!c.notes.includes('the annual average') && !AVERAGE.test(after)) {
        c.confidence = Math.min(c.confidence, 0.5);
        c.notes.push('says neither the annual average nor the year-end');
      }
    }
    const r = RESTRICTED.exec(after);
    if (r) c.notes.push(`secondary: a narrower scope ${r[0]}`);
    if (c.measure === 'growth' && REAL.test(after)) c.notes.push('secondary: real growth beside the nominal');
  }
}

export function isSecondary(c: Candidate): boolean {
  return c.notes.some((n) => n.startsWith('secondary:'));
}
