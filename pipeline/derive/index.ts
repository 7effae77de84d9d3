// Stage: derive. Observations in; comparisons out. Pure: no I/O.
import type { StatedRecord } from '../extract/index.js';
import { statedAttainment, type StatedRow } from './stated.js';
import { compareSeries, buildSeries, type Series } from './series.js';
import { targetsVsActuals, type TargetRow } from './targets-vs-actuals.js';
import { growthDeltas, type DeltaRow } from './growth-deltas.js';
import { summarise, type SummaryRow } from './summary.js';
import { DEFAULT_TOLERANCE, type Tolerance } from './attainment.js';
import { pivotActuals, pivotTargets, type Pivot } from './pivot.js';
import type { Indicator, Observation } from '../core/model.js';
import { coverage, type DocumentInfo } from './outcomes.js';
import { outcomeSources, type OutcomeSourceRow } from './outcome-sources.js';
import { checkObservations, checkDerived } from './check.js';
import type { AmplificationRow } from './amplification.js';
import type { ScoreRow } from './scorecard.js';
import { matchCommitments, type CommitmentRow, type CommitmentReviewRow } from './commitments.js';
import type { CommitmentRecord, StatementRecord } from '../extract/commitments/index.js';

export interface RevisionRow {
  jurisdiction: string;
  indicator: string;
  measure: string;
  year: number;
  first_value: number;
  first_unit: string;
  first_report_id: string;
  later_value: number;
  later_unit: string;
  later_report_id: string;
  later_text: string;
}

export interface Derived {
  targets_vs_actuals: TargetRow[];
  growth_deltas: DeltaRow[];
  summary: SummaryRow[];
  revisions: RevisionRow[];
  pivot_actuals: Pivot;
  pivot_targets: Pivot;
  stated_attainment: StatedRow[];
  outcome_sources: OutcomeSourceRow[];
  /** across jurisdictions, so derived once for the release (amplification.ts), not per jurisdiction: absent from a unit's results */
  amplification?: AmplificationRow[];
  /** across jurisdictions too (scorecard.ts), derived once for the release */
  scorecard?: ScoreRow[];
  /** each numbered promise with the outcome a later document states, and its status */
  commitments: CommitmentRow[];
  /** outcomes that could not be set beside one commitment without a guess (they go to review.csv) */
  commitment_review: CommitmentReviewRow[];
}

/** What the commitments reader found in a jurisdiction's documents. */
export interface CommitmentsFound {
  commitments: CommitmentRecord[];
  statements: StatementRecord[];
}

/**
 * Observations in, every comparison out. Both ends are checked (check.ts): a number
 * that is not a finite decimal, or null where a number is required, stops here with
 * a YoyError (DERIVED_INVALID) that names the table, the row and the field.
 */
export function derive(
  observations: Observation[],
  indicators: Indicator[],
  tol: Tolerance = DEFAULT_TOLERANCE,
  stated: StatedRecord[] = [],
  documents: DocumentInfo[] = [],
  found: CommitmentsFound = { commitments: [], statements: [] },
  /** the whole input's date (input-date.ts); undefined: this jurisdiction's own documents date it */
  date?: string | null,
): Derived {
  checkObservations(observations);
  const seriesMap = buildSeries(observations);
  const series: Series[] = [...seriesMap.values()].sort(compareSeries);
  const dict = new Map(indicators.map((i) => [i.id, i]));
  const cover = coverage(documents, observations, date);
  const tva = targetsVsActuals(series, dict, tol, cover, stated);
  const deltas = growthDeltas(seriesMap).sort((a, b) => compareSeries(a, b) || a.year - b.year);
  const revisions = series.flatMap((s) =>
    s.revisions.map((r) => ({
      jurisdiction: s.jurisdiction,
      indicator: s.indicator,
      measure: s.measure,
      year: r.year,
      first_value: r.first.value,
      first_unit: r.first.unit,
      first_report_id: r.first.report_id,
      later_value: r.later.value,
      later_unit: r.later.unit,
      later_report_id: r.later.report_id,
      later_text: r.later.text,
    })),
  );
  const promised = matchCommitments(found.commitments, found.statements, documents, cover);
  const derived: Derived = {
    targets_vs_actuals: tva,
    growth_deltas: deltas,
    summary: summarise(series, tva),
    revisions,
    pivot_actuals: pivotActuals(series),
    pivot_targets: pivotTargets(series),
    stated_attainment: statedAttainment(stated, tva),
    outcome_sources: outcomeSources(series),
    commitments: promised.rows,
    commitment_review: promised.review,
  };
  checkDerived(derived);
  return derived;
}
