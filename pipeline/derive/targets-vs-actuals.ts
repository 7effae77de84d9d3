// targets_vs_actuals: one row per jurisdiction × indicator × measure × year with a
// target or an actual, the gap, the shortfall, the attainment and the ambition.
import type { Series } from './series.js';
import { seriesKey } from './series.js';
import { attain, bounds, inStep, type Status, type Tolerance } from './attainment.js';
import { sub, growthPct, type Num } from './decimal.js';
import type { Indicator, Observation } from '../core/model.js';
import type { StatedRecord } from '../extract/index.js';
import {
  actualSource,
  missingOutcome,
  missingReason,
  missingTarget,
  type ActualSource,
  type Coverage,
  type MissingReason,
} from './outcomes.js';

export interface TargetRow {
  jurisdiction: string;
  indicator: string;
  indicator_label: string;
  measure: string;
  year: number;
  target_qualifier: string | null;
  /** for an in_step_with target, the indicator whose growth it keeps pace with */
  target_ref: string | null;
  target_value: Num;
  target_low: Num;
  target_high: Num;
  actual: Num;
  unit: string;
  actual_estimated: boolean | null;
  gap: Num;
  shortfall: Num;
  attainment_pct: Num;
  status: Status;
  /** for no_actual: whether later documents of the jurisdiction are in the input and silent, or none is */
  missing_reason: MissingReason | null;
  prev_actual: Num;
  ambition_vs_prev_actual: Num;
  prev_target: Num;
  ambition_vs_prev_target: Num;
  target_report_id: string | null;
  actual_report_id: string | null;
  target_text: string | null;
  actual_text: string | null;
  target_start: number | null;
  target_end: number | null;
  actual_start: number | null;
  actual_end: number | null;
  actual_source: ActualSource | null;
  actual_url: string | null;
  /** the body that publishes the chosen outcome officially (a series row's publisher, or the manifest's) */
  actual_publisher: string | null;
  actual_as_of: string | null;
  sources: number;
}

/** How many documents state the year's outcome. */
function documentsStating(list: Array<{ report_id: string }> | undefined): number {
  if (!list) return 0;
  return new Set(list.map((o) => o.report_id)).size;
}

/** Target against a reference: the change in pp for growth and rates, the percent change for levels. */
function ambition(measure: string, target: number, ref: Num): Num {
  if (ref === null) return null;
  return measure === 'level' ? growthPct(target, ref) : sub(target, ref);
}

/** What the later reports say of each indicator's target in a year: met or missed (the last statement read wins). */
function statedByKey(stated: StatedRecord[]): Map<string, 'met' | 'missed'> {
  const m = new Map<string, 'met' | 'missed'>();
  for (const r of stated) if (r.indicator !== '*') m.set(`${r.jurisdiction}|${r.indicator}|${r.period}`, r.stated);
  return m;
}

/**
 * A target set in words. in_step_with is compared with the referenced indicator's
 * actual growth of the same year; quota and in_step_with without both outcomes take
 * their status from what a later report says of them; declined is declined.
 */
function wordStatus(
  t: Observation,
  actual: number | null,
  year: number,
  bySeries: Map<string, Series>,
  stated: Map<string, 'met' | 'missed'>,
  cover: Coverage,
  tol: Tolerance,
) {
  if (t.qualifier === 'declined') return { status: 'declined' as Status };
  if (t.qualifier === 'in_step_with' && t.target_ref && actual !== null) {
    const ref = bySeries
      .get(seriesKey({ jurisdiction: t.jurisdiction, indicator: t.target_ref, measure: 'growth' }))
      ?.actuals.get(year);
    if (ref) return inStep(actual, ref.value, tol);
  }
  const said = stated.get(`${t.jurisdiction}|${t.indicator}|${year}`);
  return { status: (said ?? missingOutcome(year, cover)) as Status };
}

export function targetsVsActuals(
  all: Series[],
  dict: Map<string, Indicator>,
  tol: Tolerance,
  cover: Coverage,
  stated: StatedRecord[] = [],
): TargetRow[] {
  const rows: TargetRow[] = [];
  const bySeries = new Map(all.map((s) => [seriesKey(s), s]));
  const said = statedByKey(stated);
  for (const s of all) {
    const years = [...new Set([...s.targets.keys(), ...s.actuals.keys()])].sort((a, b) => a - b);
    const higherIsBetter = (dict.get(s.indicator)?.better ?? 'higher') === 'higher';
    for (const year of years) {
      const t = s.targets.get(year);
      const a = s.actuals.get(year);
      // both are in the series' one unit already (series.ts): a figure in another unit family is not here
      const actual = a ? a.value : null;
      const b = t ? bounds(t) : { low: null, high: null };
      let status: Status = !t ? missingTarget(year, cover) : !a ? missingOutcome(year, cover) : 'met';
      let res = { gap: null as Num, shortfall: null as Num, attainment_pct: null as Num };
      if (t && t.value === null) {
        const w = wordStatus(t, actual, year, bySeries, said, cover, tol);
        status = w.status;
        if ('gap' in w) {
          res = w;
          b.low = w.low;
        }
      } else if (t && a && actual !== null) {
        const r = attain(t, actual, higherIsBetter, tol);
        res = r;
        status = r.status;
      }
      const prevA = s.actuals.get(year - 1);
      const prevT = s.targets.get(year - 1);
      const prevActual = prevA?.value ?? null;
      const prevTarget = t && prevT ? prevT.value : null;
      // the key columns are written out, not spread from a helper: a spread in an object
      // literal makes V8 build slow dictionary objects (derive and emit took three times as long)
      rows.push({
        jurisdiction: s.jurisdiction,
        indicator: s.indicator,
        indicator_label: s.indicator_label,
        measure: s.measure,
        year,
        target_qualifier: t?.qualifier ?? null,
        target_ref: t?.target_ref ?? null,
        target_value: t?.value ?? null,
        target_low: b.low,
        target_high: b.high,
        actual,
        unit: s.unit,
        actual_estimated: a ? a.estimated : null,
        gap: res.gap,
        shortfall: res.shortfall,
        attainment_pct: res.attainment_pct,
        status,
        missing_reason: status === 'no_actual' ? missingReason(year, cover) : null,
        prev_actual: prevActual,
        ambition_vs_prev_actual: t && t.value !== null ? ambition(s.measure, t.value, prevActual) : null,
        prev_target: prevTarget,
        ambition_vs_prev_target: t && t.value !== null ? ambition(s.measure, t.value, prevTarget) : null,
        target_report_id: t?.report_id ?? null,
        actual_report_id: a?.report_id ?? null,
        target_text: t?.text ?? null,
        actual_text: a?.text ?? null,
        target_start: t?.start ?? null,
        target_end: t?.end ?? null,
        actual_start: a?.start ?? null,
        actual_end: a?.end ?? null,
        actual_source: a ? actualSource(a) : null,
        actual_url: a?.source_url ?? null,
        actual_publisher: a?.publisher ?? null,
        actual_as_of: a?.as_of ?? null,
        sources: documentsStating(s.outcomes.get(year)),
      });
    }
  }
  return rows;
}
