// What a report's reading tells its user to check: look-alike characters that were
// folded (the text read is not the file's bytes decoded, and the release keeps it),
// a text with many unusual Chinese characters, and a work report that sets no
// target. A run that read a PDF's text layer wrongly used to exit 0 with "0
// warnings" and a fifth of the report's figures.
import { lexicon } from '../lexicon/index.js';
import type { ReportMeta, Warning } from '../load/index.js';
import type { TaskOk } from './task.js';

/** `collection`: the report is a line of a collection, whose entry cannot mark one line an excerpt. */
export function readingWarnings(meta: ReportMeta, r: TaskOk, collection: boolean): Warning[] {
  const out: Warning[] = [];
  const at = { report_id: meta.id, file: meta.path };
  const { folded, examples } = r.lookalikes;
  if (folded)
    out.push({
      type: 'lookalikes-folded',
      ...at,
      message: `${meta.id}: ${folded} look-alike character${folded === 1 ? '' : 's'} (Kangxi radicals, CJK radical forms or compatibility ideographs, which PDF text layers carry in place of ordinary characters: ${examples}) read as the ordinary ones; offsets point into the text so read, which the release keeps as sources/${meta.id}.txt`,
    });
  if (r.unusual) out.push({ type: 'unusual-characters', ...at, message: `${meta.id}: ${r.unusual}` });
  // nothing at all found has a warning of its own; an excerpt may hold no plan
  const found = r.observations.length + r.stated.length + r.commitments.length + r.statements.length;
  if (meta.doc_kind === 'work_report' && !meta.excerpt && found && !r.observations.some((o) => o.kind === 'target'))
    out.push({
      type: 'no-target',
      ...at,
      message: `${meta.id}: no target found in the work report (${meta.path}). A work report sets its year's targets (${lexicon().data.text.target_example}); check that the ${collection ? 'text' : 'file'} is the whole report and not its review alone${collection ? '' : ' (for a part, set "excerpt": true in its manifest entry)'}, that ${collection ? 'its year' : 'report_year'} ${meta.report_year} is the year it was delivered, and that the text yoy read${r.derived ? ` (sources/${meta.id}.txt in the release)` : ''} says what the document shows`,
    });
  return out;
}
