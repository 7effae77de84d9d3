// Did an actual meet its target? One rule per qualifier and measure, with the
// direction of the indicator (higher or lower is better) and of the target (a
// fall: 能耗下降3.1%以上 is a growth of −3.1 or less). The README's attainment
// table is this file in prose.
import { sub, pct, big, round, ROUND, type Num } from './decimal.js';
import type { Measured, Observation } from '../core/model.js';

/**
 * A year's status. met, near and missed compare a target with its outcome; the rest
 * say why there is nothing to compare: no_actual (the outcome was due by the input's
 * date and no document in the input states it), pending (not yet due at the input's
 * date: derive/input-date.ts), no_target (the year's report sets none), no_report (no report for the
 * year in the input), declined (the report says in words that it sets no number).
 */
export const STATUSES = [
  'met',
  'near',
  'missed',
  'no_actual',
  'pending',
  'declined',
  'no_target',
  'no_report',
] as const;
export type Status = (typeof STATUSES)[number];

/** Every status counted, zeros included, in the order above: a headline that hides none of them. */
export function countStatuses(rows: Iterable<{ status: Status }>): Record<Status, number> {
  const out = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of rows) out[r.status]++;
  return out;
}

/** The headline in words: targets by status, then outcomes that had no target. */
export function headline(c: Record<string, number>): string {
  const n = (k: Status) => c[k] ?? 0;
  const targets = n('met') + n('near') + n('missed') + n('no_actual') + n('pending') + n('declined');
  return (
    `${targets} targets: met ${n('met')}, near ${n('near')}, missed ${n('missed')}; not stated in the input ${n('no_actual')}, not yet due at the input's date ${n('pending')}, declined ${n('declined')}` +
    `; ${n('no_target') + n('no_report')} outcomes without a target (${n('no_target')} in a report that set none, ${n('no_report')} in a year with no report in the input)`
  );
}

/** How far an `about` target may be missed and still count as near, per measure. */
export interface Tolerance {
  /** percentage points, for growth, rate and change_pp */
  pp: number;
  /** percent of the target, for levels */
  levelPct: number;
}
export const DEFAULT_TOLERANCE: Tolerance = { pp: 0.5, levelPct: 5 };

export interface Bounds {
  /** the lowest value that meets the target (signed), or null */
  low: Num;
  /** the highest value that meets the target (signed), or null */
  high: Num;
}

/**
 * The target as a band on the signed value. For a fall the qualifier reads on the
 * size of the fall: 下降3.1%以上 (−3.1, at_least) means at most −3.1.
 */
export function bounds(t: Observation): Bounds {
  const v = t.value;
  // a target set in words has no band of its own (in_step_with: see inStep)
  if (v === null) return { low: null, high: null };
  const fall = t.measure !== 'level' && v < 0;
  switch (t.qualifier) {
    case 'exact':
    case 'about':
      return { low: v, high: v };
    case 'at_least':
      return fall ? { low: null, high: v } : { low: v, high: null };
    case 'at_most':
      return fall ? { low: v, high: null } : { low: null, high: v };
    case 'range':
      return { low: t.value_low, high: t.value_high };
    default:
      return { low: null, high: null };
  }
}

export interface Attainment {
  gap: Num;
  shortfall: Num;
  attainment_pct: Num;
  status: Status;
}

/**
 * higherIsBetter: the favourable direction of the indicator. For exact and about
 * targets it decides which side of the target counts as met; bounded targets
 * (at_least, at_most, range) carry their own direction.
 */
export function attain(
  target: Observation,
  actual: number,
  higherIsBetter: boolean,
  tol: Tolerance = DEFAULT_TOLERANCE,
): Attainment {
  if (target.value === null)
    throw new Error(`a target without a number (${target.qualifier}) is not compared with attain()`);
  const t = target as Measured;
  const b = bounds(t);
  let bound: number;
  let wantHigher: boolean;
  if (t.qualifier === 'at_least' || t.qualifier === 'at_most') {
    wantHigher = b.low !== null;
    bound = (b.low ?? b.high)!;
  } else if (t.qualifier === 'range') {
    wantHigher = higherIsBetter;
    bound = (higherIsBetter ? b.low : b.high)!;
  } else {
    wantHigher = higherIsBetter;
    bound = t.value;
  }
  // gap per the contract: actual − target_low; for at_most, actual − target_high
  const gapBase =
    t.qualifier === 'at_most' || (t.qualifier === 'at_least' && b.low === null) ? (b.high ?? bound) : (b.low ?? bound);
  const gap = sub(actual, gapBase);
  const signedDistance = wantHigher ? sub(actual, bound) : sub(bound, actual);
  const shortfall = signedDistance >= 0 ? 0 : round(big(signedDistance).abs(), ROUND.gap);
  let status: Status = signedDistance >= 0 ? 'met' : 'missed';
  if (status === 'missed' && t.qualifier === 'about') {
    const allowed = t.measure === 'level' ? Math.abs(t.value) * (tol.levelPct / 100) : tol.pp;
    if (shortfall! <= allowed) status = 'near';
  }
  const attainment_pct =
    t.measure === 'level' ? pct(actual, t.qualifier === 'at_most' ? (b.high ?? t.value) : (b.low ?? t.value)) : null;
  return { gap, shortfall, attainment_pct, status };
}

/**
 * A target in step with another indicator's growth (居民收入增长与经济增长同步): its
 * band is known only once the reference's outcome is. The row's target_low is the
 * reference's actual growth; the gap is actual − that growth; the target is met
 * when the gap is at least −tolerance (0.5 pp by default), and the shortfall is 0
 * when met, else the distance to the reference's growth.
 */
export function inStep(
  actual: number,
  reference: number,
  tol: Tolerance = DEFAULT_TOLERANCE,
): Attainment & { low: number } {
  const gap = sub(actual, reference);
  const met = gap >= -tol.pp;
  return {
    low: reference,
    gap,
    shortfall: met ? 0 : round(big(reference).minus(actual), ROUND.gap),
    attainment_pct: null,
    status: met ? 'met' : 'missed',
  };
}
