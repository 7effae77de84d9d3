// The scorecard on the page: for each level and year of scorecard.csv, its
// jurisdictions down and the indicators across, each cell the status of a target
// against its outcome. The rows are scorecard.csv's, in its order: one cell per
// row, the first SCORECARD_MAX_JURISDICTIONS of a level and SCORECARD_MAX_ROWS in
// all (the CSV and the workbook hold every row). Hover (title) says target and
// outcome in words; a click opens both sentences. Under 600 px the table reflows
// into one list per jurisdiction.
import type { ScoreRow } from '../../derive/scorecard.js';
import { plain } from '../../derive/decimal.js';
import { esc, MEASURE_WORDS, STATUS_WORDS } from './page.js';

export interface ScorecardContext {
  /** a source entry's id for a span, or -1 */
  sourceId: (reportId: string | null, start: number | null, end: number | null, text: string | null) => number;
  /** an indicator's label (HTML) */
  label: (indicator: string, fallback: string) => string;
}

/** A cell's mark and its status in a word; no_actual and pending are both "not stated" here. */
const MARK: Record<string, [string, string]> = {
  met: ['✓', 'met'],
  near: ['≈', 'near'],
  missed: ['✗', 'missed'],
  no_actual: ['?', 'not stated'],
  pending: ['?', 'not stated'],
  declined: ['–', 'declined'],
};
const SIGN: Record<string, string> = { about: '≈', at_least: '≥', at_most: '≤' };

/** The target in figures (≥5.5%, 4.5–5%), or in words for a target without a number. */
function targetFigure(r: ScoreRow): string {
  const unit = r.unit;
  if (r.target_low !== null && r.target_high !== null && r.target_low !== r.target_high)
    return `${plain(r.target_low)}–${plain(r.target_high)}${unit}`;
  const v = r.target_low ?? r.target_high;
  if (v === null) return r.target_qualifier === 'in_step_with' ? 'in step with growth' : (r.target_qualifier ?? '');
  return `${SIGN[r.target_qualifier ?? ''] ?? ''}${plain(v)}${unit}`;
}

/** Target, outcome and what the next report says, in words (the cell's title, and its text on a phone). */
export function cellWords(r: ScoreRow): string {
  const target = `promised ${targetFigure(r)}${r.target_words ? ` (${r.target_words})` : ''}`;
  const outcome =
    r.actual !== null
      ? `achieved ${plain(r.actual)}${r.unit}`
      : r.status === 'pending'
        ? 'no outcome stated yet (not due at the input’s date)'
        : 'no outcome stated in the input';
  const said = r.stated_text ? ` · the report says: ${r.stated_text}` : '';
  return `${target} · ${outcome}${said}`;
}

const COLUMN_KEY = (r: ScoreRow) => `${r.indicator}|${r.measure}`;
const levelWords = (level: string) => (level === 'province' ? 'provinces' : `${level} jurisdictions`);

/**
 * Rows of jurisdictions a table shows: the whole of a province's table, the first of a
 * county's (2,800 at that level made a page of 17 MB that no one reads down; the
 * table is sorted by most missed, and scorecard.csv and yoy.xlsx hold every row).
 */
export const SCORECARD_MAX_JURISDICTIONS = 100;
/** And rows of the whole page: later tables (levels and years) past it are left to the CSV. */
export const SCORECARD_MAX_ROWS = 400;

export function scorecardSection(
  rows: ScoreRow[],
  ctx: ScorecardContext,
  max = { jurisdictions: SCORECARD_MAX_JURISDICTIONS, rows: SCORECARD_MAX_ROWS },
): string {
  if (!rows.length) return '';
  // one table per level and year, in the CSV's order
  const sections: ScoreRow[][] = [];
  for (const r of rows) {
    const cur = sections[sections.length - 1];
    const curLevel = cur?.find((x) => x.level !== 'national')?.level;
    const same =
      cur !== undefined &&
      cur[0].year === r.year &&
      (r.level === 'national'
        ? cur.every((x) => x.jurisdiction === r.jurisdiction)
        : curLevel === undefined || curLevel === r.level);
    if (same) cur.push(r);
    else sections.push([r]);
  }
  let index = 0;
  let capped = false;
  let rowsShown = 0;
  const tables = sections.map((list) => {
    if (rowsShown >= max.rows) {
      index += list.length;
      return '';
    }
    const level = list.find((r) => r.level !== 'national')?.level ?? list[0].level;
    const year = list[0].year;
    // the columns: every indicator and measure of the section, in the order the rows give them (most often set first)
    const columns: ScoreRow[] = [];
    const seen = new Set<string>();
    const setBy = new Map<string, number>();
    for (const r of list) {
      if (r.level !== 'national') setBy.set(COLUMN_KEY(r), (setBy.get(COLUMN_KEY(r)) ?? 0) + 1);
      if (!seen.has(COLUMN_KEY(r))) {
        seen.add(COLUMN_KEY(r));
        columns.push(r);
      }
    }
    columns.sort((a, b) => (setBy.get(COLUMN_KEY(b)) ?? 0) - (setBy.get(COLUMN_KEY(a)) ?? 0));
    const heads = columns.map(
      (c) =>
        `<th scope="col">${ctx.label(c.indicator, c.indicator_label)} <span class="measure">${esc(MEASURE_WORDS[c.measure] ?? c.measure)}</span></th>`,
    );
    // the jurisdictions in the rows' order
    const order: string[] = [];
    const byJ = new Map<string, Map<string, ScoreRow & { index: number }>>();
    for (const r of list) {
      if (!byJ.has(r.jurisdiction)) {
        byJ.set(r.jurisdiction, new Map());
        order.push(r.jurisdiction);
      }
      byJ.get(r.jurisdiction)!.set(COLUMN_KEY(r), { ...r, index: index++ });
    }
    // the level above, for reference, and the first of this level
    const isRef = (j: string) => byJ.get(j)!.values().next().value!.level === 'national';
    const ofLevel = order.filter((j) => !isRef(j)).length;
    let kept = 0;
    const shown = order.filter((j) => isRef(j) || kept++ < max.jurisdictions);
    if (shown.length < order.length) capped = true;
    rowsShown += shown.length;
    const body = shown.map((j) => {
      const cells = byJ.get(j)!;
      const first = [...cells.values()][0];
      const tally = (['missed', 'near', 'met'] as const)
        .map((s) => [s, [...cells.values()].filter((r) => r.status === s).length] as const)
        .filter(([, n]) => n)
        .map(([s, n]) => `<span class="status ${s}">${n} ${MARK[s][1]}</span>`)
        .join(' ');
      const tds = columns.map((c) => {
        const r = cells.get(COLUMN_KEY(c));
        const labelWords = `${c.indicator_label} ${MEASURE_WORDS[c.measure] ?? c.measure}`;
        if (!r) return `<td class="none" data-label="${esc(labelWords)}"></td>`;
        const [mark, word] = MARK[r.status] ?? ['?', r.status];
        const t = ctx.sourceId(r.target_report_id, r.target_start, r.target_end, r.target_text);
        const a = ctx.sourceId(r.actual_report_id, r.actual_start, r.actual_end, r.actual_text);
        const words = cellWords(r);
        const shown = r.actual !== null ? `${plain(r.actual)}${r.unit === '%' ? '%' : ''}` : '';
        const src = `${t >= 0 ? ` data-src="${t}"` : ''}${a >= 0 ? ` data-src2="${a}"` : ''}`;
        const inner = `<span class="mark" aria-hidden="true">${mark}</span><span class="out">${esc(shown)}</span><span class="words">${esc(words)}</span>`;
        return `<td class="sc ${esc(r.status)}" data-row="${r.index}" data-jurisdiction="${esc(r.jurisdiction)}" data-indicator="${esc(r.indicator)}" data-measure="${esc(r.measure)}" data-status="${esc(r.status)}" data-label="${esc(labelWords)}">${
          t >= 0
            ? `<button class="num" type="button"${src} title="${esc(`${word}: ${words}`)}" aria-label="${esc(`${first.jurisdiction_name}, ${labelWords}: ${word}; ${words}`)}">${inner}</button>`
            : `<span title="${esc(`${word}: ${words}`)}">${inner}</span>`
        }</td>`;
      });
      return `<tr class="${first.level === 'national' ? 'ref' : ''}" data-jurisdiction="${esc(j)}"><th scope="row">${esc(first.jurisdiction_name)}${tally ? ` <span class="tally">${tally}</span>` : ''}</th>${tds.join('')}</tr>`;
    });
    const missedBy = order.filter((j) =>
      [...byJ.get(j)!.values()].some((r) => r.status === 'missed' && r.level !== 'national'),
    );
    return `<h3>${year}: ${order.length - (list[0].level === 'national' && level !== 'national' ? 1 : 0)} ${esc(levelWords(level))} — ${missedBy.length} missed at least one target</h3>
<div class="sc-scroll" role="region" aria-label="scorecard ${year}" tabindex="0"><table class="scorecard"><thead><tr><th scope="col">${esc(level)}</th>${heads.join('')}</tr></thead><tbody>
${body.join('\n')}
</tbody></table></div>${
      shown.length < order.length
        ? `\n<p class="note">The first ${max.jurisdictions} of ${ofLevel} ${esc(levelWords(level))}, by most missed: every row is in scorecard.csv and yoy.xlsx.</p>`
        : ''
    }`;
  });
  // the tables past the page's rows
  const left = tables.filter((t) => !t).length;
  return `<section id="scorecard">
<h2>Scorecard: what each one promised, and whether it was achieved</h2>
<p class="note">One row per jurisdiction, one column per indicator: ✓ met, ≈ near (an “about” target missed within the tolerance), ✗ missed, ? not stated in the input. The figure is the outcome; hover for the target in the report's own words, click for both sentences. Sorted by most missed; the level above leads, for reference. The same rows, in the same order, are in scorecard.csv and in yoy.xlsx${capped ? ` (a table here shows at most ${max.jurisdictions} jurisdictions)` : ''}.</p>
${tables.filter(Boolean).join('\n')}${
    left ? `\n<p class="note">${left} more tables (levels and years) are in scorecard.csv and yoy.xlsx.</p>` : ''
  }
</section>`;
}

/** The scorecard's styles: a table in its own scroller, a list per jurisdiction on a phone. */
export const SCORECARD_STYLE = `
.sc-scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--line); border-radius: 6px; }
table.scorecard { border-collapse: collapse; font-size: 14px; min-width: 100%; }
table.scorecard th, table.scorecard td { padding: 4px 6px; border-bottom: 1px solid var(--line); text-align: center; white-space: nowrap; }
table.scorecard thead th { font-weight: 600; font-size: 12px; white-space: normal; min-width: 4.5em; vertical-align: bottom; }
table.scorecard tbody th { text-align: left; font-weight: 600; position: sticky; left: 0; background: #fff; }
table.scorecard tr.ref th, table.scorecard tr.ref td { background: var(--bg); }
table.scorecard .tally { display: block; font-weight: 400; font-size: 12px; }
table.scorecard td.sc button.num { border: 0; background: none; font: inherit; cursor: pointer; padding: 2px 4px; }
table.scorecard td.sc .words { display: none; }
table.scorecard td.met .mark { color: var(--met); } table.scorecard td.near .mark { color: var(--near); }
table.scorecard td.missed .mark { color: var(--missed); } table.scorecard td.missed { background: #ffebe9; }
table.scorecard td.near { background: #fff8c5; }
table.scorecard td.no_actual .mark, table.scorecard td.pending .mark { color: var(--muted); }
table.scorecard .mark { font-weight: 700; margin-right: 2px; }
@media (max-width: 600px) {
  .sc-scroll { border: 0; overflow: visible; }
  table.scorecard, table.scorecard tbody, table.scorecard tr, table.scorecard th, table.scorecard td { display: block; }
  table.scorecard thead { display: none; }
  table.scorecard tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 10px; padding: 4px 8px; }
  table.scorecard tbody th { position: static; border-bottom: 0; }
  table.scorecard td { text-align: left; white-space: normal; border-bottom: 0; padding: 3px 0; }
  table.scorecard td.none { display: none; }
  table.scorecard td::before { content: attr(data-label); display: block; color: var(--muted); font-size: 12px; }
  table.scorecard td.sc .words { display: inline; margin-left: 6px; font-size: 13px; }
  table.scorecard td.sc button.num { text-align: left; }
}
`;
