// The workbook's thread: once the release's tables are written, yoy.xlsx from their
// CSVs (parsed by a thread of its own, sheet-source.ts), sheet after sheet (sheets.ts), or the same bytes from the cache when nothing it
// is made of changed (workbook-cache.ts).
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { SHEETS } from './sheets.js';
import { csvSheets } from './sheet-source.js';
import { writeWorkbook } from './xlsx.js';
import { WorkbookCache } from './workbook-cache.js';
import type { WorkbookMessage } from './workbook.js';
import { heapLog } from '../../core/heap-log.js';

if (process.env.YOY_HEAP_LOG) setInterval(() => heapLog('workbook', 'tick'), 200).unref();

parentPort!.once('message', async (m: WorkbookMessage) => {
  const file = path.join(m.dir, 'yoy.xlsx');
  const cache = m.cache ? new WorkbookCache(m.cache.dir, m.cache.code, m.dir, SHEETS, m.created) : undefined;
  let reused = false;
  if (cache?.restore(file)) reused = true;
  else {
    const { sheets, stop } = csvSheets(m.dir, SHEETS);
    try {
      await writeWorkbook(file, sheets, m.created);
    } finally {
      await stop();
    }
    cache?.keep(file);
  }
  parentPort!.postMessage({ done: true, reused });
  // nothing more will come: let the thread end
  parentPort!.close();
});
