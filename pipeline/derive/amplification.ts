// amplification: how much higher a jurisdiction sets its target than the level
// above (a district than its city, a province than the nation). Every other table
// compares within one jurisdiction and is derived unit by unit; this one compares
// across jurisdictions, so it is derived once for the whole release (release/
// assemble.ts) from each jurisdiction's numeric targets, which a unit hands on
// with its fragment (targetBands).
import { big, round, ROUND, type Num } from './decimal.js';
import type { TargetRow } from './targets-vs-actuals.js';
import { compareSeries } from './series.js';

/** One numeric target of a jurisdiction, as a band (targets_vs_actuals' target_low and target_high). */
export interface TargetBand {
  indicator: string;
  measure: string;
  year: number;
  unit: string;
  low: Num;
  high: Num;
}

/** A jurisdiction's level and its ancestors, nearest first (load/levels.ts). */
export interface Level {
  jurisdiction: string;
  /** its administrative division code (GB/T 2260); null for the nation */
  division_code?: string | null;
  level: string;
  ancestors: string[];
}

export interface AmplificationRow {
  jurisdiction: string;
  division_code: string | null;
  level: string;
  /** the ancestor compared with: the nearest one that sets a numeric target for the same indicator, measure and year */
  parent: string;
  parent_level: string;
  indicator: string;
  measure: string;
  year: number;
  target_low: Num;
  target_high: Num;
  parent_target_low: Num;
  parent_target_high: Num;
  /** midpoint of the target − midpoint of the parent's, in percentage points */
  amplification: number;
}

/** Growth, rates and changes in pp are on one scale at every level; a level (亿元, 万人) is not. */
const COMPARABLE = new Set(['growth', 'rate', 'change_pp']);

/** The targets of a jurisdiction that can be compared across levels: numeric, in growth, rates or pp. */
export function targetBands(rows: TargetRow[]): TargetBand[] {
  return rows
    .filter(
      (r) => r.target_value !== null && COMPARABLE.has(r.measure) && (r.target_low !== null || r.target_high !== null),
    )
    .map((r) => ({
      indicator: r.indicator,
      measure: r.measure,
      year: r.year,
      unit: r.unit,
      low: r.target_low,
      high: r.target_high,
    }));
}

/** The middle of a band; a one-sided target (5%以上, 4.5%以内) stands for its bound. */
function midpoint(b: TargetBand): number {
  if (b.low !== null && b.high !== null) return round(big(b.low).plus(b.high).div(2), ROUND.gap)!;
  return (b.low ?? b.high)!;
}

const key = (b: { indicator: string; measure: string; year: number }) => `${b.indicator}|${b.measure}|${b.year}`;

/** levels: the jurisdictions in the release's order (core/jurisdiction-order.ts), which the rows keep. */
export function amplification(targets: Map<string, TargetBand[]>, levels: Level[]): AmplificationRow[] {
  const levelOf = new Map(levels.map((l) => [l.jurisdiction, l]));
  const place = new Map(levels.map((l, i) => [l.jurisdiction, i]));
  const byJurisdiction = new Map([...targets].map(([j, list]) => [j, new Map(list.map((b) => [key(b), b]))]));
  const rows: AmplificationRow[] = [];
  for (const j of [...targets.keys()].sort()) {
    const me = levelOf.get(j);
    if (!me || !me.ancestors.length) continue;
    for (const b of targets.get(j)!) {
      for (const a of me.ancestors) {
        const p = byJurisdiction.get(a)?.get(key(b));
        if (!p) continue;
        // the nearest ancestor with a target for the same key; a band in another unit (‰ against %) is not compared
        if (p.unit === b.unit) {
          rows.push({
            jurisdiction: j,
            division_code: me.division_code ?? null,
            level: me.level,
            parent: a,
            parent_level: levelOf.get(a)?.level ?? '',
            indicator: b.indicator,
            measure: b.measure,
            year: b.year,
            target_low: b.low,
            target_high: b.high,
            parent_target_low: p.low,
            parent_target_high: p.high,
            amplification: round(big(midpoint(b)).minus(midpoint(p)), ROUND.gap)!,
          });
        }
        break;
      }
    }
  }
  return rows.sort(
    (x, y) =>
      (place.get(x.jurisdiction) ?? levels.length) - (place.get(y.jurisdiction) ?? levels.length) ||
      compareSeries(x, y) ||
      x.year - y.year,
  );
}
