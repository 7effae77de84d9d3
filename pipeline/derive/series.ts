// The observations arranged as series: for each jurisdiction × indicator × measure,
// the target of each year (from the report of that year) and the actual of each
// year (from the first later report that states it), in harmonised units.
import type { Observation } from '../extract/index.js';
import { big, round, ROUND } from './decimal.js';

export type Key = string;
export const seriesKey = (o: { jurisdiction: string; indicator: string; measure: string }) => `${o.jurisdiction}|${o.indicator}|${o.measure}`;

export interface Series {
  jurisdiction: string;
  indicator: string;
  indicator_label: string;
  measure: Observation['measure'];
  targets: Map<number, Observation>;
  actuals: Map<number, Observation>;
  /** later statements of an actual that differ from the first (restatements) */
  revisions: Array<{ year: number; first: Observation; later: Observation }>;
}

/** Prefer what the reader can trust most: higher confidence, then the earlier span. */
function better(a: Observation, b: Observation): Observation {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence ? a : b;
  return a.start <= b.start ? a : b;
}

/** Same figure in another unit (3.09万人 and 30899个): equal to the coarser rounding. */
export function sameFigure(a: Observation, b: Observation): boolean {
  if (a.value_base !== null && b.value_base !== null && a.unit_base === b.unit_base) {
    const tol = Math.max(Math.abs(a.value_base), Math.abs(b.value_base)) * 0.005;
    return Math.abs(a.value_base - b.value_base) <= tol;
  }
  return a.value === b.value && a.unit === b.unit;
}

export function buildSeries(observations: Observation[]): Map<Key, Series> {
  const series = new Map<Key, Series>();
  const ordered = [...observations].sort((a, b) => a.report_year - b.report_year || a.start - b.start);
  for (const o of ordered) {
    // the target for Y comes from the report of Y; an actual for Y from a later report.
    // Anything else is set aside before its series exists: a series of set-aside figures
    // only would have no year at all (its first and last year were ±Infinity)
    if (o.kind === 'target' ? o.report_year !== o.period : o.report_year <= o.period) continue;
    const k = seriesKey(o);
    let s = series.get(k);
    if (!s) {
      s = { jurisdiction: o.jurisdiction, indicator: o.indicator, indicator_label: o.indicator_label, measure: o.measure, targets: new Map(), actuals: new Map(), revisions: [] };
      series.set(k, s);
    }
    if (o.kind === 'target') {
      const cur = s.targets.get(o.period);
      s.targets.set(o.period, cur ? better(cur, o) : o);
    } else {
      const cur = s.actuals.get(o.period);
      if (!cur) s.actuals.set(o.period, o);
      else if (cur.report_year === o.report_year) s.actuals.set(o.period, preferUnit(cur, o, s.targets.get(o.period)));
      else if (!sameFigure(cur, o)) s.revisions.push({ year: o.period, first: cur, later: o });
    }
  }
  return series;
}

/** Two statements of one actual in one report: keep the one in the target's unit, else the better. */
function preferUnit(a: Observation, b: Observation, target?: Observation): Observation {
  if (target && a.unit !== b.unit) {
    if (a.unit === target.unit) return a;
    if (b.unit === target.unit) return b;
  }
  return better(a, b);
}

/** A value expressed in another observation's unit, through the base units. */
export function inUnitOf(o: Observation, ref: Observation): number | null {
  if (o.unit === ref.unit) return o.value;
  if (o.value_base === null || ref.value_base === null || o.unit_base !== ref.unit_base || ref.value === 0) return null;
  const factor = big(ref.value_base).div(ref.value);
  return round(big(o.value_base).div(factor), ROUND.base);
}
