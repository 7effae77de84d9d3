// The derive boundary. Every number that leaves derive for a table is checked
// here, where the rows are made, rather than deep in the CSV writer: a number
// field holds a finite number (an integer where the column is one), a field that
// must hold a number is not null, and a decimal is a decimal as written or as
// rounded here (no unrounded binary fraction such as 0.30000000000000004).
// A failure names the table, the row (jurisdiction, indicator, measure, year,
// the reports it came from) and the field. It is a bug of yoy's, reached by data,
// so it stops the run with a named error rather than "[big.js] Invalid number".
import { YoyError } from '../core/errors.js';
import { WORD_QUALIFIERS, type Observation } from '../core/model.js';
import type { Derived, RevisionRow } from './index.js';
import type { TargetRow } from './targets-vs-actuals.js';
import type { DeltaRow } from './growth-deltas.js';
import type { SummaryRow } from './summary.js';
import type { StatedRow } from './stated.js';
import type { OutcomeSourceRow } from './outcome-sources.js';
import type { AmplificationRow } from './amplification.js';
import type { CommitmentRow } from './commitments.js';

type NumberKind = 'int' | 'num';
/** The fields of T that hold numbers. */
type NumericKeys<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends number ? (number extends NonNullable<T[K]> ? K : never) : never;
}[keyof T];
/** For each number field of T: its kind, with "?" where the row type allows null. The compiler keeps this in step with the row types. */
type Spec<T> = { [K in NumericKeys<T>]: null extends T[K] ? `${NumberKind}?` : NumberKind };

const OBSERVATION: Spec<Observation> = {
  report_year: 'int',
  period: 'int',
  value: 'num?',
  value_low: 'num?',
  value_high: 'num?',
  value_base: 'num?',
  start: 'int',
  end: 'int',
  confidence: 'num',
};
const TARGETS_VS_ACTUALS: Spec<TargetRow> = {
  year: 'int',
  target_value: 'num?',
  target_low: 'num?',
  target_high: 'num?',
  actual: 'num?',
  gap: 'num?',
  shortfall: 'num?',
  attainment_pct: 'num?',
  prev_actual: 'num?',
  ambition_vs_prev_actual: 'num?',
  prev_target: 'num?',
  ambition_vs_prev_target: 'num?',
  target_start: 'int?',
  target_end: 'int?',
  actual_start: 'int?',
  actual_end: 'int?',
  sources: 'int',
};
const GROWTH_DELTAS: Spec<DeltaRow> = {
  year: 'int',
  prev_year: 'int',
  prev_value: 'num',
  value: 'num',
  delta: 'num',
  delta_pct: 'num?',
  reported_growth: 'num?',
  implied_minus_reported_pp: 'num?',
};
const SUMMARY: Spec<SummaryRow> = {
  first_year: 'int',
  last_year: 'int',
  targets: 'int',
  actuals: 'int',
  years_compared: 'int',
  met: 'int',
  near: 'int',
  missed: 'int',
  hit_rate: 'num?',
  mean_gap: 'num?',
  median_gap: 'num?',
  sd_gap: 'num?',
  mean_ambition_vs_prev_actual: 'num?',
  actual_trend_per_year: 'num?',
  cagr_pct: 'num?',
};
const REVISIONS: Spec<RevisionRow> = { year: 'int', first_value: 'num', later_value: 'num' };
const STATED: Spec<StatedRow> = { year: 'int', start: 'int', end: 'int' };
const AMPLIFICATION: Spec<AmplificationRow> = {
  year: 'int',
  target_low: 'num?',
  target_high: 'num?',
  parent_target_low: 'num?',
  parent_target_high: 'num?',
  amplification: 'num',
};
const OUTCOME_SOURCES: Spec<OutcomeSourceRow> = {
  year: 'int',
  value: 'num?',
  difference: 'num?',
  value_as_stated: 'num',
  start: 'int',
  end: 'int',
};
const COMMITMENTS: Spec<CommitmentRow> = {
  year: 'int',
  value: 'num',
  value_base: 'num?',
  start: 'int',
  end: 'int',
  outcome_value: 'num?',
  outcome_value_base: 'num?',
  outcome_start: 'int?',
  outcome_end: 'int?',
  match_score: 'num?',
  value_low: 'num?',
  value_high: 'num?',
  baseline: 'num?',
  sources: 'int',
};

/** Decimals a figure may carry: values as stated, base values rounded to 6, derived figures to 4 or 2. */
const MAX_DECIMALS = 8;
const SCALE = 10 ** MAX_DECIMALS;

/** Why a value cannot go into a number column of this kind, or undefined when it can. */
export function numberProblem(v: unknown, kind: string): string | undefined {
  const nullable = kind.endsWith('?');
  if (v === null || v === undefined) return nullable ? undefined : `${v} where a number is required`;
  if (typeof v !== 'number')
    return `${typeof v === 'string' ? JSON.stringify(v) : String(v)} (a ${typeof v}, not a number)`;
  if (!Number.isFinite(v)) return `${v}, not a finite number`;
  if (kind.startsWith('int')) return Number.isInteger(v) ? undefined : `${v}, not an integer`;
  // below 10^7 a decimal of at most 8 places survives scaling exactly; above, only integers are checked
  if (!Number.isInteger(v) && Math.abs(v) < 1e7 && Math.round(v * SCALE) / SCALE !== v)
    return `${v}, a binary fraction that was never rounded to a decimal`;
  return undefined;
}

/** "summary.csv (jurisdiction x, indicator gdp, measure growth, field first_year): DERIVED_INVALID: Infinity, not a finite number; …" */
function fail(table: string, row: string, field: string, problem: string, reports?: string): never {
  throw new YoyError(
    'DERIVED_INVALID',
    `${problem}; no table may hold it. This is a fault in yoy: please report it${reports ? ` with the text of ${reports}` : ''}`,
    `${table}.csv`,
    `${row}, field ${field}`,
  );
}

function checkRows<T>(
  table: string,
  rows: readonly T[],
  spec: Spec<T>,
  name: (r: T) => string,
  file?: (r: T) => string | undefined,
): void {
  const fields = Object.entries(spec) as Array<[string, string]>;
  for (const r of rows) {
    const rec = r as Record<string, unknown>;
    for (const [field, kind] of fields) {
      const p = numberProblem(rec[field], kind);
      if (p !== undefined) fail(table, name(r), field, p, file?.(r));
    }
  }
}

const seriesName = (r: { jurisdiction: string; indicator: string; measure: string }) =>
  `jurisdiction ${r.jurisdiction}, indicator ${r.indicator}, measure ${r.measure}`;
const reportsOf = (...ids: Array<string | null | undefined>) =>
  [...new Set(ids.filter(Boolean))].join(', ') || undefined;

/** Observations as they enter derive (and go to observations.csv). */
export function checkObservations(observations: readonly Observation[]): void {
  const name = (o: Observation) =>
    `jurisdiction ${o.jurisdiction}, indicator ${o.indicator}, measure ${o.measure}, year ${o.period}, report ${o.report_id}, span ${o.start}-${o.end} "${o.text}"`;
  checkRows('observations', observations, OBSERVATION, name, (o) => o.report_id);
  // only a target set in words (in_step_with, quota, declined) goes without a value
  for (const o of observations) {
    const words = WORD_QUALIFIERS.has(o.qualifier);
    if ((o.value === null) !== words)
      fail(
        'observations',
        name(o),
        'value',
        words ? `${o.value} for a ${o.qualifier} target, which has no number` : 'null where a number is required',
        o.report_id,
      );
  }
}

/** Every derived row, before it leaves derive. */
export function checkDerived(d: Derived): void {
  checkRows(
    'targets_vs_actuals',
    d.targets_vs_actuals,
    TARGETS_VS_ACTUALS,
    (r) => `${seriesName(r)}, year ${r.year}`,
    (r) => reportsOf(r.target_report_id, r.actual_report_id),
  );
  checkRows(
    'growth_deltas',
    d.growth_deltas,
    GROWTH_DELTAS,
    (r) => `${seriesName(r)}, year ${r.year}`,
    (r) => reportsOf(r.prev_report_id, r.report_id),
  );
  checkRows('summary', d.summary, SUMMARY, (r) => seriesName(r));
  checkRows(
    'revisions',
    d.revisions,
    REVISIONS,
    (r) => `${seriesName(r)}, year ${r.year}`,
    (r) => reportsOf(r.first_report_id, r.later_report_id),
  );
  checkRows(
    'outcome_sources',
    d.outcome_sources,
    OUTCOME_SOURCES,
    (r) => `${seriesName(r)}, year ${r.year}, report ${r.report_id}`,
    (r) => r.report_id,
  );
  checkRows(
    'commitments',
    d.commitments,
    COMMITMENTS,
    (r) =>
      `jurisdiction ${r.jurisdiction}, year ${r.year}, report ${r.report_id}, span ${r.start}-${r.end} "${r.item}"`,
    (r) => reportsOf(r.report_id, r.outcome_report_id),
  );
  checkRows(
    'stated_attainment',
    d.stated_attainment,
    STATED,
    (r) => `jurisdiction ${r.jurisdiction}, indicator ${r.indicator}, year ${r.year}`,
    (r) => r.report_id,
  );
  for (const [table, p] of [
    ['pivot_actuals', d.pivot_actuals],
    ['pivot_targets', d.pivot_targets],
  ] as const) {
    for (const y of p.years) {
      const bad = numberProblem(y, 'int');
      if (bad !== undefined) fail(table, 'the header', 'year', bad);
    }
    for (const row of p.rows) {
      for (const y of p.years) {
        const bad = numberProblem(row[String(y)], 'num?');
        if (bad !== undefined)
          fail(
            table,
            `jurisdiction ${row.jurisdiction}, indicator ${row.indicator}, measure ${row.measure}`,
            String(y),
            bad,
          );
      }
    }
  }
}

/** The rows derived across jurisdictions, once for the release (amplification.ts). */
export function checkAmplification(rows: readonly AmplificationRow[]): void {
  checkRows('amplification', rows, AMPLIFICATION, (r) => `${seriesName(r)}, year ${r.year}, against ${r.parent}`);
}
