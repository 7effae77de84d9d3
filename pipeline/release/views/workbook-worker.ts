// The workbook's thread: a fragment's rows for each sheet as they come (JSON lines,
// parsed here), then at the end the pivots, read back from the release's CSVs with
// their year columns, and the rows across jurisdictions; then yoy.xlsx.
import fs from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { WORKBOOK_TABLES, PIVOT_TABLES, withYears, type TableDef } from '../../format/tables.js';
import { readPivot } from '../read.js';
import { WorkbookStream } from './xlsx.js';
import type { WorkbookMessage } from './workbook.js';

const book = new WorkbookStream(WORKBOOK_TABLES);
const decoder = new TextDecoder();

parentPort!.on('message', async (m: WorkbookMessage) => {
  if (m.type === 'rows') {
    for (const [sheet, start, n] of m.sections)
      book.add(sheet, JSON.parse(`[${decoder.decode(m.bytes.subarray(start, start + n))}]`));
    return;
  }
  for (const [sheet, rows] of Object.entries(m.across))
    if (rows.length && WORKBOOK_TABLES.some((t) => t.name === sheet)) book.add(sheet, rows);
  const pivots = PIVOT_TABLES.map((t): [TableDef, object[]] => {
    const p = readPivot(path.join(m.dir, t.file));
    return [withYears(t, p.years), p.rows];
  });
  fs.writeFileSync(path.join(m.dir, 'yoy.xlsx'), await book.finish(pivots, m.created));
  parentPort!.postMessage('done');
  // nothing more will come: let the thread end
  parentPort!.close();
});
