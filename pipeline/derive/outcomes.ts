// Which outcome a year's comparison uses when several documents state it, and what
// a missing outcome or target means. One precedence, written once: the README's
// table is this list in prose.
import type { DocKind, Observation } from '../core/model.js';
import { inputDate, isDue } from './input-date.js';

export type ActualSource = DocKind | 'override';

/** The order in which an outcome is chosen, most trusted first. */
export const OUTCOME_PRECEDENCE: ReadonlyArray<{ source: string; why: string }> = [
  { source: 'override', why: 'a person corrected or added it (overrides.json)' },
  { source: 'statistical_communique', why: "the statistics bureau's own figure for the year" },
  { source: 'series', why: 'a series file the user supplied, with a source for each row' },
  { source: 'work_report (next year)', why: "the review in the next year's work report" },
  { source: 'progress', why: 'a notice of how far the year was achieved; a final one before an interim one' },
  { source: 'work_report (later)', why: 'a later work report restating the figure' },
];

/**
 * An observation's place in the precedence (lower wins). A work report states an
 * outcome only for a year before its own; a communiqué, a series row or a progress
 * notice states the year it covers.
 */
export function outcomeRank(o: Observation): number {
  if (o.override !== null) return 0;
  switch (o.doc_kind) {
    case 'statistical_communique':
      return 1;
    case 'series':
      return 2;
    case 'work_report':
      return o.report_year === o.period + 1 ? 3 : 5;
    case 'progress':
      return isInterim(o) ? 4.5 : 4;
    default:
      return 6;
  }
}

/** A progress notice dated before the year's end reports part of the year. */
export const isInterim = (o: Pick<Observation, 'as_of' | 'period'>) =>
  o.as_of !== null && o.as_of < `${o.period}-12-31`;

/** Whether an observation can be a year's outcome at all. */
export function statesOutcome(o: Observation): boolean {
  if (o.kind !== 'actual') return false;
  if (o.doc_kind === 'work_report') return o.report_year > o.period;
  return o.doc_kind !== 'commitments';
}

export const actualSource = (o: Observation): ActualSource => (o.override !== null ? 'override' : o.doc_kind);

/** What the input holds for one jurisdiction: which years have a work report, and the last year any document reports on; and the input's date. */
export interface Coverage {
  workReportYears: Set<number>;
  /** the last year for which a document of the jurisdiction published after it is in the input (null: none) */
  lastReported: number | null;
  /** the input's date (input-date.ts): the latest publication date of any document in the whole input */
  inputDate: string | null;
}

export interface DocumentInfo {
  id: string;
  doc_kind: DocKind;
  /** a work report's year, or the year a communiqué, progress notice or list covers */
  report_year: number;
  as_of?: string;
  delivered_on?: string;
}

/**
 * The input's date comes from the whole input (run/index.ts); without it (a derive
 * of one jurisdiction alone), from this jurisdiction's documents and series rows.
 */
export function coverage(documents: DocumentInfo[], observations: Observation[], date?: string | null): Coverage {
  const workReportYears = new Set<number>();
  let last: number | null = null;
  const upTo = (y: number) => (last = last === null ? y : Math.max(last, y));
  for (const d of documents) {
    if (d.doc_kind === 'work_report') {
      workReportYears.add(d.report_year);
      upTo(d.report_year - 1);
    } else if (d.doc_kind === 'statistical_communique') upTo(d.report_year);
    else if (d.doc_kind === 'progress' && !isInterim({ as_of: d.as_of ?? null, period: d.report_year }))
      upTo(d.report_year);
  }
  // a series file reports on every year it has an outcome for (a target row reports nothing)
  const outcomeYears = observations.filter((o) => o.doc_kind === 'series' && o.kind === 'actual').map((o) => o.period);
  for (const y of outcomeYears) upTo(y);
  return {
    workReportYears,
    lastReported: last,
    inputDate: date === undefined ? inputDate(documents, outcomeYears) : date,
  };
}

/**
 * Why a year has a target and no outcome: the outcome was due by the input's date
 * and no document states it (no_actual), or it was not yet due (pending: the year
 * is not over, or ended less than three months before the input's date).
 */
export const missingOutcome = (year: number, c: Coverage) => (isDue(year, c.inputDate) ? 'no_actual' : 'pending');

/** Which silence a missing outcome is: documents of the jurisdiction after the year are in the input and do not state it, or none is. */
export type MissingReason = 'later_documents_silent' | 'no_later_document';
export const missingReason = (year: number, c: Coverage): MissingReason =>
  c.lastReported !== null && year <= c.lastReported ? 'later_documents_silent' : 'no_later_document';

/** Why a year has an outcome and no target: the year's report sets none, or there is no report for the year. */
export const missingTarget = (year: number, c: Coverage) => (c.workReportYears.has(year) ? 'no_target' : 'no_report');
