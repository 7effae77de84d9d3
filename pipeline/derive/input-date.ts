// The input's date: how far the documents in the input reach, so that a target
// whose outcome was due by then and is not stated reads as missing, and one not
// yet due as pending. Taken from the documents, never from the clock, so the
// release is the same whenever it is built.
import type { DocKind } from '../core/model.js';

export interface DatedDocument {
  doc_kind: DocKind;
  /** a work report's year; the year a communiqué, progress notice or list covers; 0 for a series file */
  report_year: number;
  delivered_on?: string;
  as_of?: string;
}

/** A document without a date counts as published on 1 March of its year of publication. */
const march = (year: number) => `${year}-03-01`;

/**
 * When a document counts as published: its delivered_on or as_of (the later), else
 * 1 March of the year it came out in: a work report's or list's own year, the year
 * after the one a communiqué or a final progress notice covers. A series file's rows
 * date it (seriesYears): an outcome for Y is published in Y + 1.
 */
export function publishedOn(d: DatedDocument): string | null {
  const stated = [d.delivered_on, d.as_of].filter((x): x is string => !!x).sort();
  if (stated.length) return stated[stated.length - 1];
  switch (d.doc_kind) {
    case 'work_report':
    case 'commitments':
      return march(d.report_year);
    case 'statistical_communique':
    case 'progress':
      return march(d.report_year + 1);
    default:
      return null;
  }
}

/** The latest publication date of any document in the input, or null when none has one. */
export function inputDate(documents: DatedDocument[], seriesYears: Iterable<number> = []): string | null {
  let latest: string | null = null;
  const see = (d: string | null) => {
    if (d !== null && (latest === null || d > latest)) latest = d;
  };
  for (const d of documents) see(publishedOn(d));
  for (const y of seriesYears) see(march(y + 1));
  return latest;
}

/**
 * Whether a year's outcome was due by a date: three months after the year's end
 * (communiqués come out by the end of March). With no date, nothing is due.
 */
export const isDue = (year: number, date: string | null): boolean => date !== null && date >= `${year + 1}-03-31`;
