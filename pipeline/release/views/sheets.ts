// The sheets of yoy.xlsx: a workbook for people, so the summary tables and the targets,
// not every row of the release. The sentences, the spans' offsets and the full list of
// observations stay in the CSVs (the README sheet says so). A sheet is one entry here:
// the table of the release it shows (its CSV is read back once the release is
// written) and, when not all of them, the columns it keeps, in the table's order.
import {
  AMPLIFICATION,
  COMMITMENTS,
  GROWTH_DELTAS,
  PIVOT_ACTUALS,
  PIVOT_TARGETS,
  SCORECARD,
  STATED_ATTAINMENT,
  SUMMARY,
  TARGETS_VS_ACTUALS,
  type TableDef,
} from '../../format/tables.js';

export interface SheetSpec {
  /** the table of the release the sheet shows, read back from its CSV */
  table: TableDef;
  /** the columns the sheet keeps (default: all of the table's; a pivot's year columns always) */
  columns?: readonly string[];
}

/** The columns that point into a report's text: for checking a figure, which the CSVs and bundle.json are for. */
const OFFSETS = /(^|_)(start|end)$/;
const without = (table: TableDef, drop: (name: string) => boolean) =>
  table.fields.map((f) => f.name).filter((n) => !drop(n));

export const SHEETS: readonly SheetSpec[] = [
  { table: SUMMARY },
  // who promised what, and whether it was achieved: the page's scorecard, row for row
  { table: SCORECARD, columns: without(SCORECARD, (n) => OFFSETS.test(n)) },
  {
    table: TARGETS_VS_ACTUALS,
    columns: without(TARGETS_VS_ACTUALS, (n) => OFFSETS.test(n) || n === 'sources' || n === 'target_ref'),
  },
  { table: PIVOT_TARGETS },
  { table: PIVOT_ACTUALS },
  { table: GROWTH_DELTAS },
  { table: AMPLIFICATION },
  { table: STATED_ATTAINMENT, columns: without(STATED_ATTAINMENT, (n) => OFFSETS.test(n)) },
  {
    table: COMMITMENTS,
    columns: without(
      COMMITMENTS,
      (n) => OFFSETS.test(n) || ['text', 'outcome_sentence', 'sources', 'rule', 'value_base', 'unit_base'].includes(n),
    ),
  },
];

/** What the README sheet says of the rest of the release. */
export const ELSEWHERE =
  'The sentences each figure was read from, the offsets of every span in its report, the full list of observations (observations.csv), the figures to review (review.csv), every source of each outcome (outcome_sources.csv) and revisions (revisions.csv) are in the CSV files beside this workbook and in bundle.json; this workbook holds the summary tables and the targets.';
