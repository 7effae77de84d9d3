// The observations arranged as series: for each jurisdiction × indicator × measure,
// the target of each year (from the report of that year) and the outcome of each
// year, chosen by one precedence (outcomes.ts) from every document that states it.
import Big from 'big.js';
import { big, round, ROUND } from './decimal.js';
import { outcomeRank, statesOutcome } from './outcomes.js';
import { baseOf } from '../extract/units.js';
import { hasValue, type Measured, type Observation } from '../core/model.js';

export type Key = string;
type SeriesId = { jurisdiction: string; indicator: string; measure: string };
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The release's order of series: jurisdiction, indicator, measure. */
export const compareSeries = (a: SeriesId, b: SeriesId) =>
  cmp(a.jurisdiction, b.jurisdiction) || cmp(a.indicator, b.indicator) || cmp(a.measure, b.measure);

export const seriesKey = (o: { jurisdiction: string; indicator: string; measure: string }) =>
  `${o.jurisdiction}|${o.indicator}|${o.measure}`;

export interface Series {
  jurisdiction: string;
  indicator: string;
  indicator_label: string;
  measure: Observation['measure'];
  /** the series' one display unit (displayUnit below): every derived table gives its figures in it */
  unit: string;
  /**
   * the target of each year: a figure, converted to the series' unit (text and span as
   * stated), or a target set in words (in_step_with, quota, declined)
   */
  targets: Map<number, Observation>;
  /** the outcome chosen for each year, converted to the series' unit (text and span as stated) */
  actuals: Map<number, Measured>;
  /** every statement of each year's outcome in the series' unit family, as stated, in the order read */
  outcomes: Map<number, Measured[]>;
  /**
   * statements in another unit family than the series' (a trade figure in 美元 where the
   * series is in 元): never compared nor drawn with it; listed in outcome_sources.csv
   */
  incomparable: Map<number, Measured[]>;
  /** later work reports' statements of an actual that differ from the first (restatements) */
  revisions: Array<{ year: number; first: Measured; later: Measured }>;
}

/** Prefer what the reader can trust most: a figure over words, higher confidence, then the earlier span. */
function better<T extends Observation>(a: T, b: T): T {
  if ((a.value === null) !== (b.value === null)) return a.value === null ? b : a;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence ? a : b;
  return a.start <= b.start ? a : b;
}

/**
 * Where a year's target comes from: the work report delivered that year, or a row of a
 * series file (a table of targets the user already has) for that year.
 */
const setsTarget = (o: Observation) =>
  (o.doc_kind === 'work_report' || o.doc_kind === 'series') && o.report_year === o.period;

/** Two targets for one year: the report's own words before a table's row, then the better reading. */
function betterTarget<T extends Observation>(a: T, b: T): T {
  if (a.doc_kind !== b.doc_kind) return a.doc_kind === 'work_report' ? a : b;
  return better(a, b);
}

/** Same figure in another unit (3.09万人 and 30899个): equal to the coarser rounding. */
export function sameFigure(a: Measured, b: Measured): boolean {
  if (a.value_base !== null && b.value_base !== null && a.unit_base === b.unit_base) {
    const tol = Math.max(Math.abs(a.value_base), Math.abs(b.value_base)) * 0.005;
    return Math.abs(a.value_base - b.value_base) <= tol;
  }
  return a.value === b.value && a.unit === b.unit;
}

/** The family of a unit: its base unit (亿元, 万亿元 → CNY; 万吨, 万亿斤 → kg), or the unit itself when it has none (件). */
export const unitFamily = (o: Pick<Observation, 'unit' | 'unit_base'>) => o.unit_base ?? `unit:${o.unit}`;

const FACTORS = new Map<string, Big | null>();
/** How many base units one of `unit` is (亿元 → 1e8), or null for a unit without a base. */
function unitFactor(unit: string): Big | null {
  let f = FACTORS.get(unit);
  if (f === undefined) {
    const b = baseOf(unit, new Big(1));
    f = b.value === null ? null : new Big(b.value);
    FACTORS.set(unit, f);
  }
  return f;
}

/** A value stated in `from` expressed in `to` (same family), rounded to the base precision; null when it cannot be. */
export function convert(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = unitFactor(from),
    b = unitFactor(to);
  if (a === null || b === null || b.eq(0)) return null;
  return round(big(value).times(a).div(b), ROUND.base);
}

/**
 * The display unit of a series, one rule everywhere: the unit of its targets, else of its
 * outcomes. Among them the family stated most often wins (元 over 美元), then the unit
 * stated most often within that family; ties go to the later figure (the later year, then
 * the later report). Figures in other families are incomparable; the rest are converted.
 */
export function displayUnit(targets: Observation[], outcomes: Observation[]): { unit: string; family: string } {
  // a target set in words (in_step_with, quota, declined) has no unit to count
  const figures = targets.filter(hasValue);
  const pool = figures.length ? figures : outcomes;
  if (!pool.length) return { unit: targets[0]?.unit ?? '', family: targets[0] ? unitFamily(targets[0]) : '' };
  const count = (key: (o: Observation) => string, list: Observation[]) => {
    const m = new Map<string, { n: number; last: Observation }>();
    for (const o of list) {
      const k = key(o);
      const c = m.get(k);
      if (!c) m.set(k, { n: 1, last: o });
      else {
        c.n++;
        if (later(o, c.last)) c.last = o;
      }
    }
    let best: [string, { n: number; last: Observation }] | undefined;
    for (const e of m)
      if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && later(e[1].last, best[1].last))) best = e;
    return best![0];
  };
  const family = count(unitFamily, pool);
  const unit = count(
    (o) => o.unit,
    pool.filter((o) => unitFamily(o) === family),
  );
  return { unit, family };
}
const later = (a: Observation, b: Observation) =>
  a.period > b.period ||
  (a.period === b.period && (a.report_year > b.report_year || (a.report_year === b.report_year && a.start > b.start)));

/** An observation's figures in another unit of its family (the text and span stay as stated). */
function inDisplayUnit<T extends Observation>(o: T, unit: string): T {
  if (o.unit === unit || o.value === null) return o;
  const c = (v: number | null) => (v === null ? null : convert(v, o.unit, unit));
  return { ...o, value: c(o.value)!, value_low: c(o.value_low), value_high: c(o.value_high), unit };
}

export function buildSeries(observations: Observation[]): Map<Key, Series> {
  const series = new Map<Key, Series>();
  const ordered = [...observations].sort((a, b) => a.report_year - b.report_year || a.start - b.start);
  for (const o of ordered) {
    // the target for Y comes from the report of Y; an outcome for Y from a document that
    // can state it (outcomes.ts). Anything else is set aside before its series exists: a
    // series of set-aside figures only would have no year at all (first and last ±Infinity)
    if (o.kind === 'target' ? !setsTarget(o) : !statesOutcome(o)) continue;
    const k = seriesKey(o);
    let s = series.get(k);
    if (!s) {
      s = {
        jurisdiction: o.jurisdiction,
        indicator: o.indicator,
        indicator_label: o.indicator_label,
        measure: o.measure,
        unit: '',
        targets: new Map(),
        actuals: new Map(),
        outcomes: new Map(),
        incomparable: new Map(),
        revisions: [],
      };
      series.set(k, s);
    }
    if (o.kind === 'target') {
      const cur = s.targets.get(o.period);
      s.targets.set(o.period, cur ? betterTarget(cur, o) : o);
    } else if (hasValue(o)) {
      const list = s.outcomes.get(o.period);
      if (list) list.push(o);
      else s.outcomes.set(o.period, [o]);
    }
  }
  for (const s of series.values()) {
    const { unit, family } = displayUnit([...s.targets.values()], [...s.outcomes.values()].flat());
    s.unit = unit;
    const aside = (year: number, o: Measured) => {
      const l = s.incomparable.get(year);
      if (l) l.push(o);
      else s.incomparable.set(year, [o]);
    };
    for (const [year, t] of s.targets) {
      if (!hasValue(t) || unitFamily(t) === family) s.targets.set(year, inDisplayUnit(t, unit));
      else {
        s.targets.delete(year);
        aside(year, t);
      }
    }
    for (const [year, all] of s.outcomes) {
      const list = all.filter((o) => unitFamily(o) === family);
      for (const o of all) if (unitFamily(o) !== family) aside(year, o);
      if (!list.length) {
        s.outcomes.delete(year);
        continue;
      }
      s.outcomes.set(year, list);
      s.actuals.set(year, inDisplayUnit(choose(list, unit), unit));
      restatements(
        s,
        year,
        list.filter((o) => o.doc_kind === 'work_report' && o.override === null),
        unit,
      );
    }
  }
  return series;
}

/**
 * The outcome of a year: the statement of the most trusted kind; among statements
 * of one kind the earliest document's, and within one document the one in the
 * target's unit.
 */
function choose(list: Measured[], unit: string): Measured {
  let cur = list[0];
  for (let i = 1; i < list.length; i++) {
    const o = list[i];
    const r = outcomeRank(o) - outcomeRank(cur);
    if (r < 0) cur = o;
    else if (r === 0 && o.report_id === cur.report_id) cur = preferUnit(cur, o, unit);
  }
  return cur;
}

/** Later work reports that state the year's figure differently from the first one that stated it. */
function restatements(s: Series, year: number, statements: Measured[], unit: string) {
  if (!statements.length) return;
  let first = statements[0];
  for (let i = 1; i < statements.length; i++) {
    const o = statements[i];
    if (o.report_id === first.report_id) first = preferUnit(first, o, unit);
    else if (!sameFigure(first, o)) s.revisions.push({ year, first, later: o });
  }
}

/** Two statements of one actual in one report: keep the one in the series' unit, else the better. */
function preferUnit(a: Measured, b: Measured, unit: string): Measured {
  if (a.unit !== b.unit) {
    if (a.unit === unit) return a;
    if (b.unit === unit) return b;
  }
  return better(a, b);
}

/** A value expressed in another observation's unit, through the base units. */
export function inUnitOf(o: Observation, ref: Observation): number | null {
  if (o.value === null) return null;
  if (o.unit === ref.unit) return o.value;
  if (
    o.value_base === null ||
    ref.value_base === null ||
    ref.value === null ||
    o.unit_base !== ref.unit_base ||
    ref.value === 0
  )
    return null;
  const factor = big(ref.value_base).div(ref.value);
  return round(big(o.value_base).div(factor), ROUND.base);
}
