// summary: the series statistics per jurisdiction × indicator × measure, computed
// with simple-statistics.
import { mean, median, standardDeviation, linearRegression } from 'simple-statistics';
import type { TargetRow } from './targets-vs-actuals.js';
import type { Series } from './series.js';
import { round, ROUND, type Num } from './decimal.js';

export interface SummaryRow {
  jurisdiction: string;
  indicator: string;
  indicator_label: string;
  measure: string;
  first_year: number;
  last_year: number;
  targets: number;
  actuals: number;
  years_compared: number;
  met: number;
  near: number;
  missed: number;
  hit_rate: Num;
  mean_gap: Num;
  median_gap: Num;
  sd_gap: Num;
  mean_ambition_vs_prev_actual: Num;
  actual_trend_per_year: Num;
  cagr_pct: Num;
}

const r = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : round(x, ROUND.stat));

export function summarise(series: Series[], rows: TargetRow[]): SummaryRow[] {
  const out: SummaryRow[] = [];
  const bySeries = new Map<string, TargetRow[]>();
  for (const x of rows) {
    const k = `${x.jurisdiction}|${x.indicator}|${x.measure}`;
    const list = bySeries.get(k);
    if (list) list.push(x);
    else bySeries.set(k, [x]);
  }
  for (const s of series) {
    const mine = bySeries.get(`${s.jurisdiction}|${s.indicator}|${s.measure}`) ?? [];
    const compared = mine.filter((x) => x.status === 'met' || x.status === 'near' || x.status === 'missed');
    const gaps = compared.map((x) => x.gap!).filter((g) => g !== null);
    const amb = mine.map((x) => x.ambition_vs_prev_actual).filter((x): x is number => x !== null);
    const years = mine.map((x) => x.year);
    const actualYears = [...s.actuals.keys()].sort((a, b) => a - b);
    const points = actualYears.map((y) => [y, s.actuals.get(y)!.value] as [number, number]);
    let trend: Num = null;
    if (s.measure === 'growth' && points.length >= 3) trend = r(linearRegression(points).m);
    let cagr: Num = null;
    if (s.measure === 'level' && actualYears.length >= 2) {
      const first = s.actuals.get(actualYears[0])!;
      const last = s.actuals.get(actualYears[actualYears.length - 1])!;
      const span = actualYears[actualYears.length - 1] - actualYears[0];
      if (first.unit === last.unit && first.value > 0 && last.value > 0 && span > 0)
        cagr = r((Math.pow(last.value / first.value, 1 / span) - 1) * 100);
    }
    out.push({
      jurisdiction: s.jurisdiction,
      indicator: s.indicator,
      indicator_label: s.indicator_label,
      measure: s.measure,
      first_year: Math.min(...years),
      last_year: Math.max(...years),
      targets: s.targets.size,
      actuals: s.actuals.size,
      years_compared: compared.length,
      met: compared.filter((x) => x.status === 'met').length,
      near: compared.filter((x) => x.status === 'near').length,
      missed: compared.filter((x) => x.status === 'missed').length,
      hit_rate: compared.length ? r(compared.filter((x) => x.status === 'met').length / compared.length) : null,
      mean_gap: gaps.length ? r(mean(gaps)) : null,
      median_gap: gaps.length ? r(median(gaps)) : null,
      sd_gap: gaps.length >= 2 ? r(standardDeviation(gaps)) : null,
      mean_ambition_vs_prev_actual: amb.length ? r(mean(amb)) : null,
      actual_trend_per_year: trend,
      cagr_pct: cagr,
    });
  }
  return out;
}
