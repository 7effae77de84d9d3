// outcome_sources: every statement of a year's outcome, one row per document, side
// by side with the one chosen (outcomes.ts) and the difference from it: a
// communiqué against the next work report's review, a 预计 estimate against the
// final figure, an annual average against a December figure, a first release
// against a revision.
import { convert, sameFigure, type Series } from './series.js';
import { sub, type Num } from './decimal.js';
import { actualSource, isInterim, outcomeRank, type ActualSource } from './outcomes.js';
import type { Measured } from '../core/model.js';

export interface OutcomeSourceRow {
  jurisdiction: string;
  indicator: string;
  indicator_label: string;
  measure: string;
  year: number;
  source: ActualSource;
  report_id: string;
  chosen: boolean;
  value: Num;
  unit: string;
  difference: Num;
  same_figure: boolean;
  value_as_stated: number;
  unit_as_stated: string;
  estimated: boolean;
  interim: boolean;
  as_of: string | null;
  url: string | null;
  /** the body that publishes it officially, where the input names one */
  publisher: string | null;
  text: string;
  start: number;
  end: number;
}

const same = (a: Measured, b: Measured | undefined) =>
  b !== undefined && a.report_id === b.report_id && a.start === b.start && a.end === b.end;

/** One statement per document: where a document states the year twice, the one nearest the series' unit. */
function perDocument(list: Measured[], chosen: Measured | undefined, unit: string): Measured[] {
  const byDoc = new Map<string, Measured>();
  for (const o of list) {
    const cur = byDoc.get(o.report_id);
    if (!cur || same(o, chosen) || (!same(cur, chosen) && cur.unit !== unit && o.unit === unit))
      byDoc.set(o.report_id, o);
  }
  return [...byDoc.values()].sort(
    (a, b) => outcomeRank(a) - outcomeRank(b) || a.report_year - b.report_year || (a.report_id < b.report_id ? -1 : 1),
  );
}

export function outcomeSources(all: Series[]): OutcomeSourceRow[] {
  const rows: OutcomeSourceRow[] = [];
  for (const s of all) {
    const years = new Set([...s.outcomes.keys(), ...s.incomparable.keys()]);
    for (const year of [...years].sort((a, b) => a - b)) {
      const chosen = s.actuals.get(year);
      // statements in another unit family (美元 beside 元) are listed, with no value in the series' unit
      const aside = new Set((s.incomparable.get(year) ?? []).filter((o) => o.kind === 'actual'));
      for (const o of perDocument([...(s.outcomes.get(year) ?? []), ...aside], chosen, s.unit)) {
        const value = aside.has(o) ? null : convert(o.value, o.unit, s.unit);
        const comparable = value !== null;
        rows.push({
          jurisdiction: s.jurisdiction,
          indicator: s.indicator,
          indicator_label: s.indicator_label,
          measure: s.measure,
          year,
          source: actualSource(o),
          report_id: o.report_id,
          chosen: same(o, chosen),
          value: comparable ? value : null,
          unit: s.unit,
          difference: comparable && chosen ? sub(value!, chosen.value) : null,
          same_figure: chosen ? sameFigure(o, chosen) : false,
          value_as_stated: o.value,
          unit_as_stated: o.unit,
          estimated: o.estimated,
          interim: o.doc_kind === 'progress' && isInterim(o),
          as_of: o.as_of,
          url: o.source_url,
          publisher: o.publisher,
          text: o.text,
          start: o.start,
          end: o.end,
        });
      }
    }
  }
  return rows;
}
