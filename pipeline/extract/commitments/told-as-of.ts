// The month a figure is told as of, where the words before it on its line say one: a notice
// of dated parts (posts, a log's entries, 截至8月底…, 上半年…) tells one promise's figure as
// it stood on several dates, and the latest says how far the promise got (derive/commitments.ts).
import { commitmentsLexicon } from '../../lexicon/commitments.js';

const MONTHS_A_QUARTER = 3;

/** The month the last date or period in `before` names (截至8月底, 1—9月, 12月26日, 上半年), or null. */
export function monthToldAsOf(before: string): number | null {
  const { TOLD_AS_OF_MONTH_RE, TOLD_AS_OF_QUARTERS_RE } = commitmentsLexicon();
  let last: { at: number; month: number } | undefined;
  const keep = (at: number, month: number) => {
    if (month >= 1 && month <= 12 && (!last || at >= last.at)) last = { at, month };
  };
  for (const m of before.matchAll(TOLD_AS_OF_MONTH_RE)) keep(m.index!, Number(m.slice(1).find((g) => g !== undefined)));
  // (the group that matched is the quarters the figure runs to)
  for (const m of before.matchAll(TOLD_AS_OF_QUARTERS_RE))
    keep(m.index!, (m.slice(1).findIndex((g) => g !== undefined) + 1) * MONTHS_A_QUARTER);
  return last?.month ?? null;
}
