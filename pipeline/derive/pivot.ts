// Spreadsheet views: one row per jurisdiction × indicator × measure, one column
// per year, ready to paste into a sheet. Values in the series' one unit (series.ts:
// displayUnit, the same unit as targets_vs_actuals.csv); a target shows its value
// (the lower end of a range).
import type { Series } from './series.js';
import { hasValue, type Measured } from '../core/model.js';

export interface Pivot {
  years: number[];
  rows: Array<Record<string, string | number | null>>;
}

function pivot(series: Series[], pick: (s: Series) => Map<number, Measured>): Pivot {
  const all = new Set<number>();
  for (const s of series) for (const y of pick(s).keys()) all.add(y);
  // every year between the first and the last, so a sheet's columns are evenly spaced
  const years = all.size
    ? Array.from({ length: Math.max(...all) - Math.min(...all) + 1 }, (_, i) => Math.min(...all) + i)
    : [];
  const rows: Pivot['rows'] = [];
  for (const s of series) {
    const m = pick(s);
    if (!m.size) continue;
    const row: Record<string, string | number | null> = {
      jurisdiction: s.jurisdiction,
      indicator: s.indicator,
      indicator_label: s.indicator_label,
      measure: s.measure,
      unit: s.unit,
    };
    for (const y of years) row[String(y)] = m.get(y)?.value ?? null;
    rows.push(row);
  }
  return { years, rows };
}

export const pivotActuals = (series: Series[]) => pivot(series, (s) => s.actuals);
/** Targets with a figure: a target set in words (in_step_with, quota, declined) has no cell of its own. */
export const pivotTargets = (series: Series[]) =>
  pivot(series, (s) => new Map([...s.targets].filter((e): e is [number, Measured] => hasValue(e[1]))));
