// Refiners: figures that cannot be right, and the same figure read twice.
import { splitMultiplier } from '../units.js';
import Big from 'big.js';
import type { Candidate } from '../types.js';

/** Growth beyond these bounds is more likely a misread than a fact; such figures go to review. */
const IMPLAUSIBLE_GROWTH = 60;

export function refinePlausible(cands: Candidate[]): void {
  for (const c of cands) {
    if (c.dropped || c.word) continue;
    const v = Number(c.number);
    if (c.measure === 'rate' && v > 100) {
      c.code = 'implausible';
      c.dropped = 'a rate above 100%';
    } else if (c.measure === 'growth' && v > IMPLAUSIBLE_GROWTH) {
      c.confidence = Math.min(c.confidence, 0.5);
      c.notes.push(`growth of ${v}% is unusual`);
    }
    if (c.rule === 'names-shared-figure') {
      c.confidence = Math.min(c.confidence, 0.8);
      c.notes.push('one figure shared by several names');
    }
  }
}

const key = (c: Candidate) => `${c.indicator.id}|${c.kind}|${c.period}|${c.measure}`;

/**
 * The same key and value stated twice (经济增长预期目标为7.5%左右 … 国内生产总值增长7.5%左右):
 * keep the first. Different values for one key in one report: keep both, flag for review.
 */
export function refineDuplicates(cands: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const byKey = new Map<string, Candidate[]>();
  for (const c of cands) {
    const k = key(c);
    const same = byKey.get(k) ?? [];
    const dup = same.find(
      (o) => o.number === c.number && o.negative === c.negative && o.unit === c.unit && o.number2 === c.number2,
    );
    if (dup) {
      if (dup.qualifier === 'exact' && c.qualifier !== 'exact') dup.qualifier = c.qualifier;
      // kept as set aside, so the account can say what became of its number
      c.code = 'duplicate';
      c.dropped = 'restates a figure already read';
      continue;
    }
    same.push(c);
    byKey.set(k, same);
    kept.push(c);
  }
  for (const all of byKey.values()) {
    // a milestone passed (突破300亿元, 迈上2000亿元新台阶) beside the figure that passes it says nothing more
    // (of targets, 1万人以上 beside 1.2万人 is two targets: both go to review below)
    for (const m of all)
      if (m.kind === 'actual' && m.measure === 'level' && m.qualifier === 'at_least' && all.some((o) => passes(o, m))) {
        m.code = 'milestone';
        m.dropped = 'a milestone beside the figure that passes it';
      }
    // a quota met (…等指标完成国家下达目标任务) beside the year's own figure for the same key says less than the figure
    if (all.some((o) => !o.word && !o.dropped && o.kind === 'target'))
      for (const o of all)
        if (o.word === 'quota' && !o.dropped) {
          o.code = 'duplicate';
          o.dropped = 'a quota in words beside the figure set for the same year';
        }
    // a target in words beside a figure for the same key does not contradict it
    const same = all.filter((o) => !o.word && !o.dropped);
    if (same.length < 2) continue;
    const agree = same.every((o) => close(o, same[0]));
    for (const o of same) {
      if (!agree) {
        o.confidence = Math.min(o.confidence, 0.5);
        o.notes.push('another figure for the same year in this report');
      }
    }
  }
  return kept.filter((c) => !c.dropped);
}

/** An exact level at or above a milestone's bound. */
function passes(o: Candidate, milestone: Candidate): boolean {
  if (o === milestone || o.measure !== 'level' || o.qualifier !== 'exact' || o.negative) return false;
  const a = scaled(o),
    b = scaled(milestone);
  return a !== undefined && b !== undefined && a >= b;
}

/** Two statements of one level in different units (30899个, 3.09万人) agree to their rounding. */
function close(a: Candidate, b: Candidate): boolean {
  if (a.measure !== 'level' || b.measure !== 'level') return a.number === b.number && a.negative === b.negative;
  const va = scaled(a),
    vb = scaled(b);
  if (va === undefined || vb === undefined) return false;
  return Math.abs(va - vb) <= 0.005 * Math.max(Math.abs(va), Math.abs(vb));
}

function scaled(c: Candidate): number | undefined {
  return Number(new Big(c.number).times(splitMultiplier(c.unit).factor));
}
