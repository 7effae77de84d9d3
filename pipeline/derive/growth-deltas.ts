// growth_deltas: consecutive years of actuals. For growth and rates, the change in
// percentage points; for levels, the change in the unit and in percent, set beside
// the growth the report itself states for that year.
import type { Series } from './series.js';
import { sub, growthPct, type Num } from './decimal.js';

export interface DeltaRow {
  jurisdiction: string;
  indicator: string;
  indicator_label: string;
  measure: string;
  year: number;
  prev_year: number;
  prev_value: number;
  value: number;
  unit: string;
  delta: number;
  delta_pct: Num;
  reported_growth: Num;
  implied_minus_reported_pp: Num;
  growth_basis: string;
  prev_report_id: string;
  report_id: string;
}

/** Thresholds (pp) between the growth implied by two levels and the reported growth. */
export const BASIS_LIMITS = { priceBasis: 5, restatement: 15 };

/**
 * Why implied and reported growth differ. Reported growth is usually at comparable
 * (constant) prices while levels are at current prices, and a later report may
 * restate last year's level; a large difference is more likely a misread figure.
 */
export function growthBasis(diff: Num): string {
  if (diff === null) return '';
  const d = Math.abs(diff);
  if (d <= 0.5) return 'consistent';
  if (d <= BASIS_LIMITS.priceBasis) return 'comparable_prices';
  if (d <= BASIS_LIMITS.restatement) return 'restated_base';
  return 'check_extraction';
}

export function growthDeltas(all: Map<string, Series>): DeltaRow[] {
  const rows: DeltaRow[] = [];
  for (const s of all.values()) {
    const growth = s.measure === 'level' ? all.get(`${s.jurisdiction}|${s.indicator}|growth`) : undefined;
    const years = [...s.actuals.keys()].sort((a, b) => a - b);
    for (const year of years) {
      const cur = s.actuals.get(year)!;
      const prev = s.actuals.get(year - 1);
      if (!prev) continue;
      // both in the series' one unit (series.ts)
      const prevValue = prev.value;
      const level = s.measure === 'level';
      const implied = level ? growthPct(cur.value, prevValue) : null;
      const reported = level ? (growth?.actuals.get(year)?.value ?? null) : null;
      const diff = implied !== null && reported !== null ? sub(implied, reported, 2) : null;
      // key columns written out, not spread (see targets-vs-actuals.ts)
      rows.push({
        jurisdiction: s.jurisdiction,
        indicator: s.indicator,
        indicator_label: s.indicator_label,
        measure: s.measure,
        year,
        prev_year: year - 1,
        prev_value: prevValue,
        value: cur.value,
        unit: s.unit,
        delta: sub(cur.value, prevValue),
        delta_pct: implied,
        reported_growth: reported,
        implied_minus_reported_pp: diff,
        growth_basis: growthBasis(diff),
        prev_report_id: prev.report_id,
        report_id: cur.report_id,
      });
    }
  }
  return rows;
}
