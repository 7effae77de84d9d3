// The number format of each cell of yoy.xlsx, so that a number reads as it is: with
// its own decimals (8.5 is 8.5, never 9), percentages with a % sign and percentage
// points with "pp" (the values are percent numbers, 8.5 meaning 8.5%: the sign is a
// literal suffix, not Excel's ×100 percent), big levels with thousands separators.
// What a number is depends on its column and on its row: a target is a percentage in
// a growth row and an amount of 亿元 in a level row.
import type { Field } from '../../format/tables.js';

/**
 * What a column's numbers are:
 * - value: a figure in the row's unit (a percentage for growth and rates, an amount for levels);
 * - base: a figure in the row's base unit (unit_base: percent, CNY, persons…);
 * - difference: between two figures of the row (percentage points for growth and rates, the unit for levels);
 * - points: always percentage points (implied_minus_reported_pp, a difference of two growths);
 * - ambition: a change of target (pp for growth and rates; a percent change for levels);
 * - percent: always a percentage (attainment_pct, delta_pct…);
 * - share: a share of 1 (hit_rate), shown with Excel's ×100 percent;
 * - plain: a score or a ratio, as it is.
 */
type Role = 'value' | 'base' | 'difference' | 'points' | 'ambition' | 'percent' | 'share' | 'plain';

const ROLES: Record<string, Role> = {
  value: 'value',
  value_low: 'value',
  value_high: 'value',
  target_value: 'value',
  target_low: 'value',
  target_high: 'value',
  actual: 'value',
  prev_actual: 'value',
  prev_target: 'value',
  prev_value: 'value',
  first_value: 'value',
  later_value: 'value',
  value_as_stated: 'value',
  parent_target_low: 'value',
  parent_target_high: 'value',
  outcome_value: 'value',
  baseline: 'value',
  value_base: 'base',
  outcome_value_base: 'base',
  gap: 'difference',
  shortfall: 'difference',
  delta: 'difference',
  difference: 'difference',
  mean_gap: 'difference',
  median_gap: 'difference',
  sd_gap: 'difference',
  mean_ambition_vs_prev_actual: 'difference',
  actual_trend_per_year: 'difference',
  amplification: 'difference',
  implied_minus_reported_pp: 'points',
  ambition_vs_prev_actual: 'ambition',
  ambition_vs_prev_target: 'ambition',
  attainment_pct: 'percent',
  delta_pct: 'percent',
  reported_growth: 'percent',
  cagr_pct: 'percent',
  hit_rate: 'share',
};

/** The unit column that says what a value column is in (outcome_sources states its figures in unit_as_stated). */
const UNIT_OF: Record<string, string> = {
  outcome_value: 'outcome_unit',
  value_as_stated: 'unit_as_stated',
  value_base: 'unit_base',
  outcome_value_base: 'unit_base',
};

/** How many decimals a number has as written (8.5: 1, 0.939: 3, 46950: 0), at most 10. */
export function decimals(v: number): number {
  if (Number.isInteger(v)) return 0;
  // one string per number, no arrays: this runs for every numeric cell of the workbook
  const s = String(v);
  const dot = s.indexOf('.');
  const e = s.indexOf('e-');
  if (e >= 0) return Math.min(10, Number(s.slice(e + 2)) + (dot >= 0 && dot < e ? e - dot - 1 : 0));
  return Math.min(10, dot < 0 ? 0 : s.length - dot - 1);
}

const digits = (d: number) => '#,##0' + (d > 0 ? '.' + '0'.repeat(d) : '');
const FORMATS = {
  plain: (d: number) => digits(d),
  percent: (d: number) => `${digits(d)}"%"`,
  permille: (d: number) => `${digits(d)}"‰"`,
  pp: (d: number) => `${digits(d)}" pp"`,
  share: (d: number) => '0' + (d > 2 ? '.' + '0'.repeat(d - 2) : '') + '%',
};
type Kind = keyof typeof FORMATS;

/** What a figure in a unit is shown as: % and ‰ by their sign, a percentage of a growth or rate row without a unit column too. */
function unitKind(unit: unknown, measure: unknown): Kind {
  if (unit === '%' || unit === 'percent') return 'percent';
  if (unit === '‰') return 'permille';
  if (typeof unit === 'string' && unit !== '') return 'plain';
  if (measure === 'change_pp') return 'pp';
  return measure === 'growth' || measure === 'rate' ? 'percent' : 'plain';
}

/** What a column's numbers are, read once per column (the year columns of a pivot are values). */
const roleOf = (field: string): Role =>
  /^\d+$/.test(field) ? 'value' : (ROLES[field] ?? (field.endsWith('_pct') ? 'percent' : 'plain'));

/** What a number of a column of `role` in `row` is shown as. */
function kindOf(field: string, role: Role, row: Record<string, unknown>): Kind {
  const measure = row.measure;
  switch (role) {
    case 'value':
    case 'base': {
      const unitColumn = UNIT_OF[field] ?? 'unit';
      // a growth row's base unit is a percentage whatever it is named
      if (measure === 'growth' || measure === 'rate' || measure === 'change_pp')
        return unitKind(row[unitColumn] === '‰' ? '‰' : undefined, measure);
      return unitKind(row[unitColumn], measure);
    }
    case 'difference':
      return measure === 'level' || measure === undefined ? 'plain' : 'pp';
    case 'points':
      return 'pp';
    case 'ambition':
      return measure === 'level' ? 'percent' : 'pp';
    case 'percent':
      return 'percent';
    case 'share':
      return 'share';
    default:
      return 'plain';
  }
}

/** Every format string, made once: by kind, then by the number of decimals (0–10). */
const MADE = Object.fromEntries(
  (Object.keys(FORMATS) as Kind[]).map((k) => [k, Array.from({ length: 11 }, (_, d) => FORMATS[k](d))]),
) as Record<Kind, string[]>;

/**
 * A table's cell formats, compiled once: for each column, the format of its numbers from the row
 * and the value (its own decimals, its sign of percent or pp, thousands grouped).
 */
export function cellFormats(fields: Field[]): Array<(row: Record<string, unknown>, v: number) => string> {
  return fields.map((f) => {
    if (f.type === 'integer') return () => '0';
    const role = roleOf(f.name);
    return (row, v) => MADE[kindOf(f.name, role, row)][decimals(v)];
  });
}

/** A column's format for cells typed into it later: integers (years, offsets, counts) plain; other numbers General. */
export function columnFormat(field: Field): string | undefined {
  return field.type === 'integer' ? '0' : undefined;
}
