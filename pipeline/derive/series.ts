// The observations arranged as series: for each jurisdiction × indicator × measure,
// the target of each year (from the report of that year) and the outcome of each
// year, chosen by one precedence (outcomes.ts) from every document that states it.
import { big, round, ROUND } from './decimal.js';
import { outcomeRank, statesOutcome } from './outcomes.js';
import { hasValue, type Measured, type Observation } from '../core/model.js';

export type Key = string;
export const seriesKey = (o: { jurisdiction: string; indicator: string; measure: string }) => `${o.jurisdiction}|${o.indicator}|${o.measure}`;

export interface Series {
  jurisdiction: string;
  indicator: string;
  indicator_label: string;
  measure: Observation['measure'];
  /** the target of each year: a figure, or a target set in words (in_step_with, quota, declined) */
  targets: Map<number, Observation>;
  /** the outcome chosen for each year */
  actuals: Map<number, Measured>;
  /** every statement of each year's outcome, in the order read */
  outcomes: Map<number, Measured[]>;
  /** later work reports' statements of an actual that differ from the first (restatements) */
  revisions: Array<{ year: number; first: Measured; later: Measured }>;
}

/** Prefer what the reader can trust most: a figure over words, higher confidence, then the earlier span. */
function better<T extends Observation>(a: T, b: T): T {
  if ((a.value === null) !== (b.value === null)) return a.value === null ? b : a;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence ? a : b;
  return a.start <= b.start ? a : b;
}

/** Same figure in another unit (3.09万人 and 30899个): equal to the coarser rounding. */
export function sameFigure(a: Measured, b: Measured): boolean {
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
    // the target for Y comes from the report of Y; an outcome for Y from a document that
    // can state it (outcomes.ts). Anything else is set aside before its series exists: a
    // series of set-aside figures only would have no year at all (first and last ±Infinity)
    if (o.kind === 'target' ? o.doc_kind !== 'work_report' || o.report_year !== o.period : !statesOutcome(o)) continue;
    const k = seriesKey(o);
    let s = series.get(k);
    if (!s) {
      s = { jurisdiction: o.jurisdiction, indicator: o.indicator, indicator_label: o.indicator_label, measure: o.measure, targets: new Map(), actuals: new Map(), outcomes: new Map(), revisions: [] };
      series.set(k, s);
    }
    if (o.kind === 'target') {
      const cur = s.targets.get(o.period);
      s.targets.set(o.period, cur ? better(cur, o) : o);
    } else if (hasValue(o)) {
      const list = s.outcomes.get(o.period);
      if (list) list.push(o);
      else s.outcomes.set(o.period, [o]);
    }
  }
  for (const s of series.values()) {
    for (const [year, list] of s.outcomes) {
      const target = s.targets.get(year);
      s.actuals.set(year, choose(list, target));
      restatements(s, year, list.filter((o) => o.doc_kind === 'work_report' && o.override === null), target);
    }
  }
  return series;
}

/**
 * The outcome of a year: the statement of the most trusted kind; among statements
 * of one kind the earliest document's, and within one document the one in the
 * target's unit.
 */
function choose(list: Measured[], target?: Observation): Measured {
  let cur = list[0];
  for (let i = 1; i < list.length; i++) {
    const o = list[i];
    const r = outcomeRank(o) - outcomeRank(cur);
    if (r < 0) cur = o;
    else if (r === 0 && o.report_id === cur.report_id) cur = preferUnit(cur, o, target);
  }
  return cur;
}

/** Later work reports that state the year's figure differently from the first one that stated it. */
function restatements(s: Series, year: number, statements: Measured[], target?: Observation) {
  if (!statements.length) return;
  let first = statements[0];
  for (let i = 1; i < statements.length; i++) {
    const o = statements[i];
    if (o.report_id === first.report_id) first = preferUnit(first, o, target);
    else if (!sameFigure(first, o)) s.revisions.push({ year, first, later: o });
  }
}

/** Two statements of one actual in one report: keep the one in the target's unit, else the better. */
function preferUnit(a: Measured, b: Measured, target?: Observation): Measured {
  if (target && a.unit !== b.unit) {
    if (a.unit === target.unit) return a;
    if (b.unit === target.unit) return b;
  }
  return better(a, b);
}

/** A value expressed in another observation's unit, through the base units. */
export function inUnitOf(o: Observation, ref: Observation): number | null {
  if (o.value === null) return null;
  if (o.unit === ref.unit) return o.value;
  if (o.value_base === null || ref.value_base === null || ref.value === null || o.unit_base !== ref.unit_base || ref.value === 0) return null;
  const factor = big(ref.value_base).div(ref.value);
  return round(big(o.value_base).div(factor), ROUND.base);
}
