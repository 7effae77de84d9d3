// Which reader a document gets, by its kind (the manifest's `kind`): a work report
// its targets and last year's outcomes, a series file its rows. Every reader
// returns grounded observations; the runner stamps the document's kind, URL and
// date on them.
import { extractReport, type Extraction, type ReportInput } from './index.js';
import { readSeriesFile } from './series-file.js';
import type { CompiledDictionary } from './dictionary.js';
import type { DocKind } from '../core/model.js';

export interface DocumentInput extends ReportInput {
  doc_kind: DocKind;
  /** the file's name, for errors */
  display: string;
}

export function extractDocument(doc: DocumentInput, dict: CompiledDictionary): Extraction {
  switch (doc.doc_kind) {
    case 'series':
      return { observations: readSeriesFile(doc, dict.byId), stated: [] };
    case 'work_report':
      return extractReport(doc, dict);
    default:
      // communiqués, progress notices and commitments lists: readers of their own
      return { observations: [], stated: [] };
  }
}
