// The date a figure is told as of, where the words before it on its line say one, or a dated heading above it: a
// notice of dated parts (posts, a log's entries, a week's report, 截至8月底…, 上半年…) tells one promise's figure as it
// stood on several dates, and the latest says how far the promise got (derive/commitments.ts).
import { commitmentsLexicon } from '../../lexicon/commitments.js';
import { findQuantities } from './quantities.js';

const MONTHS_A_QUARTER = 3;
/** A date as one number that sorts: month × 100 + day (1213 for 12月13日). */
const DAYS = 100;
/** The day a month named alone runs to (截至8月底, 1—9月): its end, whatever its length. */
const MONTH_END = 31;

/** The date the last date or period in `before` names (截至8月底 → 831, 1—9月 → 931, 12月26日 → 1226, 9月 → 931, 上半年 → 631), or null. */
export function dateToldAsOf(before: string): number | null {
  const { TOLD_AS_OF_MONTH_RE, TOLD_AS_OF_QUARTERS_RE } = commitmentsLexicon();
  let last: { at: number; date: number } | undefined;
  const keep = (at: number, month: number, day: number) => {
    if (month >= 1 && month <= 12 && day >= 1 && day <= MONTH_END && (!last || at >= last.at))
      last = { at, date: month * DAYS + day };
  };
  // (the groups: 截至's month and day, 1—N月's month, a date's month and day, a month alone)
  for (const m of before.matchAll(TOLD_AS_OF_MONTH_RE)) {
    const [, toMonth, toDay, runMonth, month, day, alone] = m;
    keep(m.index!, Number(toMonth ?? runMonth ?? month ?? alone), Number(toDay ?? day ?? MONTH_END));
  }
  // (the group that matched is the quarters the figure runs to)
  for (const m of before.matchAll(TOLD_AS_OF_QUARTERS_RE))
    keep(m.index!, (m.slice(1).findIndex((g) => g !== undefined) + 1) * MONTHS_A_QUARTER, MONTH_END);
  return last?.date ?? null;
}

/** The longest line that dates the lines under it (第50周（12月7日—12月13日）, 2026年12月10日), no sentence. */
const HEADING_MAX = 24;

/** A heading's words hold no list marker. */
const NO_MARKER = () => false;

/** The dated headings of the last text asked about: where each line starts, and its date. */
let lastHeadings: { text: string; lexicon: unknown; at: number[]; dates: number[] } | undefined;

function datedHeadings(text: string): { at: number[]; dates: number[] } {
  const lexicon = commitmentsLexicon();
  if (lastHeadings?.text === text && lastHeadings.lexicon === lexicon) return lastHeadings;
  const at: number[] = [];
  const dates: number[] = [];
  for (let from = 0; from < text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trim();
    // (a heading, no sentence, and counting nothing: ▶ 1—11月，城镇新增就业3.36万人 dates its own figure only)
    if (line.length <= HEADING_MAX && !/[。；;]/.test(line) && !findQuantities(line, NO_MARKER).length) {
      const date = dateToldAsOf(line);
      if (date !== null) {
        at.push(from);
        dates.push(date);
      }
    }
    from = to + 1;
  }
  lastHeadings = { text, lexicon, at, dates };
  return lastHeadings;
}

/** The longest line that is a date alone (2026年12月10日), its entry read on a line of its own. */
const DATE_LINE_MAX = 12;

/**
 * The date a figure at `at` is told as of: from the words before it on its line; or, where the line names none, from
 * a date alone on the line before it (a timeline's 12月10日, its entry read on a line of its own), or, for a figure
 * (`underHeading`), from the nearest short line above it that is dated (a week's heading). A completion without a
 * figure is dated by its own line only: a heading far above says little of when a word in passing was said.
 */
export function dateOfFigure(text: string, at: number, underHeading = true): number | null {
  const lineFrom = text.lastIndexOf('\n', at - 1) + 1;
  const date = dateToldAsOf(text.slice(lineFrom, at));
  if (date !== null) return date;
  if (!underHeading) {
    if (lineFrom === 0) return null;
    const prev = text.slice(text.lastIndexOf('\n', lineFrom - 2) + 1, lineFrom - 1).trim();
    return prev.length <= DATE_LINE_MAX ? dateToldAsOf(prev) : null;
  }
  const headings = datedHeadings(text);
  let k = headings.at.length - 1;
  while (k >= 0 && headings.at[k] >= lineFrom) k--;
  return k >= 0 ? headings.dates[k] : null;
}
