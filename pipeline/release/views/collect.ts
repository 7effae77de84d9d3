// What the pages need, gathered from the fragments as they reach the release: the
// rows of the jurisdictions report.html draws, and the counts of the whole release.
// The drawn jurisdictions are the first ones in the release's order (the nation, by
// level, by name: core/jurisdiction-order.ts) that have targets, and the fragments come in that order, so only their rows are ever parsed: the pages do not
// read the release back.
import type { Observation, RunMeta } from '../../core/model.js';
import type { Derived } from '../../derive/index.js';
import { countStatuses } from '../../derive/attainment.js';
import { sectionRows, type Fragment } from '../../format/fragment.js';
import type { Release } from '../read.js';
import type { AmplificationRow } from '../../derive/amplification.js';
import type { ScoreRow } from '../../derive/scorecard.js';
import { sortSlugs, knownJurisdictions } from '../../core/jurisdiction-order.js';

/** The tables of the drawn jurisdictions that the pages show. */
export type PageTables = Pick<Derived, 'targets_vs_actuals' | 'outcome_sources' | 'stated_attainment' | 'commitments'>;
const PAGE_ROWS = ['targets_vs_actuals', 'outcome_sources', 'stated_attainment', 'commitments'] as const;

export interface PageData {
  meta: RunMeta;
  /** the rows of the drawn jurisdictions only */
  observations: Observation[];
  derived: PageTables;
  /** of the whole release: every jurisdiction's target beside its ancestor's (the side-by-side section) */
  amplification: AmplificationRow[];
  /** of the whole release: scorecard.csv's rows */
  scorecard: ScoreRow[];
  /** of the whole release */
  totals: { observations: number; status: Record<string, number>; jurisdictions: number };
}

function emptyTables(): PageTables {
  return { targets_vs_actuals: [], outcome_sources: [], stated_attainment: [], commitments: [] };
}

export class PageCollector {
  private observations: Observation[] = [];
  private tables = emptyTables();
  private drawn = 0;
  /** jurisdictions with targets, drawn or not */
  private jurisdictions = 0;

  constructor(private max: number) {}

  /** A fragment, in release order (before the release writer closes its file); whether the pages draw it. */
  add(f: Fragment): boolean {
    if (!f.header.counts.targets_vs_actuals) return false;
    this.jurisdictions++;
    if (this.drawn >= this.max) return false;
    this.drawn++;
    for (const o of sectionRows<Observation>(f, 'observations')) this.observations.push(o);
    for (const t of PAGE_ROWS) for (const r of sectionRows(f, t)) (this.tables[t] as object[]).push(r as object);
    return true;
  }

  data(
    meta: RunMeta,
    counts: { observations: number; status: Record<string, number> },
    amplification: AmplificationRow[],
    scorecard: ScoreRow[],
  ): PageData {
    return {
      meta,
      observations: this.observations,
      derived: this.tables,
      amplification,
      scorecard,
      totals: { observations: counts.observations, status: counts.status, jurisdictions: this.jurisdictions },
    };
  }
}

/** The same from a release read back whole (the tests check that both give the same pages). */
export function pageData(release: Release, max: number): PageData {
  const all = sortSlugs(
    new Set(release.derived.targets_vs_actuals.map((r) => r.jurisdiction)),
    knownJurisdictions(release.meta),
  );
  const drawn = new Set(all.slice(0, max));
  const tables = emptyTables();
  for (const t of PAGE_ROWS)
    (tables[t] as object[]) = (release.derived[t] as Array<{ jurisdiction: string }>).filter((r) =>
      drawn.has(r.jurisdiction),
    );
  const status = countStatuses(release.derived.targets_vs_actuals);
  return {
    meta: release.meta,
    observations: release.observations.filter((o) => drawn.has(o.jurisdiction)),
    derived: tables,
    amplification: release.derived.amplification ?? [],
    scorecard: release.derived.scorecard ?? [],
    totals: { observations: release.observations.length, status, jurisdictions: all.length },
  };
}
