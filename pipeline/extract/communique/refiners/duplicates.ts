// Refiner: one figure per indicator and measure. A communiqué states its headline
// figure once, but a repost or a news item around it restates it (增长5% beside
// 增长5.0%, 超过134万亿元 beside 1349084亿元): a restatement that agrees is set
// aside. A second figure (a narrower scope, real growth) gives way to the headline
// one. Figures that disagree are all kept and sent to review: never guess.
import Big from 'big.js';
import type { Candidate } from '../../types.js';
import { splitMultiplier } from '../../units.js';
import { isSecondary } from './scope.js';

const key = (c: Candidate) => `${c.indicator.id}|${c.measure}`;

/** The value in the unit's base (亿元 → 元), or undefined for a unit not understood. */
function scaled(c: Candidate): Big | undefined {
  let v = new Big(c.number);
  if (c.negative) v = v.times(-1);
  if (c.measure !== 'level') return v;
  return v.times(splitMultiplier(c.unit).factor);
}

/** The unit without its multiplier for a level (亿元 and 万亿元 are both 元); the unit as written otherwise. */
function family(c: Candidate): string {
  return c.measure === 'level' ? splitMultiplier(c.unit).rest : c.unit;
}

/** Exact figures kept, by unit family, as sorted numbers: a rounded restatement is looked up, not compared with each. */
class Kept {
  /** qualifier (empty for exact) | unit family | value | the range's other end */
  private exact = new Set<string>();
  private levels = new Map<string, number[]>();
  private sorted = true;
  add(c: Candidate) {
    const v = scaled(c)!;
    this.exact.add(`${c.qualifier === 'exact' ? '' : c.qualifier}|${family(c)}|${v.toString()}|${c.number2 ?? ''}`);
    if (c.measure === 'level' && c.qualifier === 'exact') {
      const list = this.levels.get(family(c)) ?? [];
      list.push(Number(v));
      this.levels.set(family(c), list);
      this.sorted = false;
    }
  }
  /** Whether `c` (perhaps rounded, 超过134万亿元) restates a kept exact figure (1349084亿元), within 5%. */
  restated(c: Candidate): boolean {
    const v = scaled(c)!;
    // the same value, said exactly or as this one says it
    if (
      this.exact.has(`|${family(c)}|${v.toString()}|`) ||
      this.exact.has(`${c.qualifier === 'exact' ? '' : c.qualifier}|${family(c)}|${v.toString()}|${c.number2 ?? ''}`)
    )
      return true;
    if (c.measure !== 'level' || c.qualifier === 'exact' || c.qualifier === 'range') return false;
    if (!this.sorted) {
      for (const list of this.levels.values()) list.sort((a, b) => a - b);
      this.sorted = true;
    }
    const list = this.levels.get(family(c)) ?? [];
    const r = Number(v);
    // the kept value e must lie in [lo, hi]: 超过 r means e ≥ r, 近 r means e close to r
    const [lo, hi] =
      c.qualifier === 'at_least' ? [r, r / 0.95] : c.qualifier === 'at_most' ? [r * 0.95, r] : [r / 1.05, r / 0.95];
    const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
    let i = 0,
      j = list.length;
    while (i < j) {
      const m = (i + j) >> 1;
      if (list[m] < a) i = m + 1;
      else j = m;
    }
    return i < list.length && list[i] <= b;
  }
}

export function refineCommuniqueDuplicates(cands: Candidate[]): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (c.dropped) continue;
    const g = groups.get(key(c)) ?? [];
    g.push(c);
    groups.set(key(c), g);
  }
  for (const group of groups.values()) {
    const primary = group.filter((c) => !isSecondary(c));
    for (const c of group) {
      if (!isSecondary(c)) continue;
      if (primary.length) {
        c.code = 'secondary_figure';
        c.dropped = `${c.notes.find((n) => n.startsWith('secondary:'))!.slice(11)}, beside the headline figure`;
      } else {
        c.confidence = Math.min(c.confidence, 0.5);
      }
    }
    const live = group.filter((c) => !c.dropped);
    // exact figures first: a qualified one is more likely the rounded restatement
    const order = live
      .slice()
      .sort((a, b) => Number(a.qualifier !== 'exact') - Number(b.qualifier !== 'exact') || a.from - b.from);
    const kept: Candidate[] = [];
    const index = new Kept();
    for (const c of order) {
      if (index.restated(c)) {
        c.code = 'duplicate';
        c.dropped = 'restates a figure already read';
        continue;
      }
      kept.push(c);
      index.add(c);
    }
    if (kept.length > 1) {
      for (const c of kept) {
        c.confidence = Math.min(c.confidence, 0.5);
        c.notes.push('another figure for this indicator in the communiqué');
      }
    }
  }
}
