// Which reader a document gets, by its kind (the manifest's `kind`): a work report
// its targets and last year's outcomes; a statistical communiqué and a progress
// notice the outcomes of the year they cover; a series file its rows. Every
// reader returns grounded observations; the runner stamps the document's kind,
// URL and date on them.
import { extractReport, type Extraction, type ReportInput } from './index.js';
import { readSeriesFile } from './series-file.js';
import { extractCommunique } from './communique/index.js';
import type { CompiledDictionary } from './dictionary.js';
import type { DocKind } from '../core/model.js';

export interface DocumentInput extends ReportInput {
  doc_kind: DocKind;
  jurisdiction_name: string;
  level: string;
  /** the file's name, for errors */
  display: string;
}

/** With { explain: true }, a reader that sets figures aside also says which and why (`dropped`), for the review pages. */
export function extractDocument(doc: DocumentInput, dict: CompiledDictionary, opts: { explain?: boolean } = {}): Extraction {
  switch (doc.doc_kind) {
    case 'series':
      return { observations: readSeriesFile(doc, dict.byId), stated: [] };
    case 'work_report':
      return extractReport(doc, dict, opts);
    case 'statistical_communique':
    case 'progress': {
      // report_year is the year the document covers (load/index.ts)
      const r = extractCommunique({ ...doc, covers_year: doc.report_year }, dict);
      return { observations: r.observations, stated: [], warnings: r.warnings, ...(opts.explain ? { dropped: r.dropped } : {}) };
    }
    case 'commitments':
      // the numbered promises of a list are read by the commitments reader
      return { observations: [], stated: [] };
  }
}
