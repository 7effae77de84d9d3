// The sheets' reader: a thread of the workbook's thread that parses the release's CSVs
// (csv-parse) while exceljs writes the sheet before, so that parsing, a third of the
// workbook's time, is done on the other core. It reads the sheets in their order and
// posts, for each, its header, then its rows in batches (only the columns the sheet
// keeps: a year's always, the others when listed), then its end. It stays at most AHEAD
// batches in front of the writer, which acknowledges each batch it has written, so the
// rows in flight stay few whatever the size of the release. Like the PDF reader
// (load/bridge.ts) it is plain JavaScript given as a string, loading csv-parse by its
// path, so it runs the same from the bundle and from the sources under the tests.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** The thread's code; its workerData is a ReaderRequest and csv-parse's URL. */
export const READER = String.raw`
const fs = require('node:fs');
const path = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const { dir, sheets, csvParseUrl } = workerData;
const BATCH = 512;
const AHEAD = 8;
const YEAR = /^\d+$/;

let unanswered = 0;
let wake;
parentPort.on('message', () => {
  unanswered--;
  if (wake) wake();
});
async function room() {
  while (unanswered >= AHEAD) await new Promise((resolve) => (wake = resolve));
  wake = undefined;
}
async function send(sheet, rows) {
  await room();
  unanswered++;
  parentPort.postMessage({ sheet, rows });
}

async function readSheet(parse, sheet, file, columns) {
  const keep = columns ? new Set(columns) : undefined;
  const input = fs.createReadStream(path.join(dir, file));
  const records = input.pipe(parse({ bom: true, record_delimiter: '\r\n' }));
  // pipe() does not pass a read error on: the rows end in it
  input.on('error', (e) => records.destroy(e));
  let at;
  let rows = [];
  for await (const r of records) {
    if (!at) {
      at = [];
      r.forEach((h, i) => (YEAR.test(h) || !keep || keep.has(h)) && at.push(i));
      parentPort.postMessage({ sheet, header: at.map((i) => r[i]) });
      continue;
    }
    rows.push(at.map((i) => r[i]));
    if (rows.length === BATCH) {
      await send(sheet, rows);
      rows = [];
    }
  }
  if (!at) parentPort.postMessage({ sheet, header: [] });
  if (rows.length) await send(sheet, rows);
  parentPort.postMessage({ sheet, end: true });
}

(async () => {
  try {
    const { parse } = await import(csvParseUrl);
    for (const [i, s] of sheets.entries()) await readSheet(parse, i, s.file, s.columns);
  } catch (e) {
    parentPort.postMessage({ sheet: -1, error: (e && e.message) || String(e) });
  }
  parentPort.close();
})();
`;

/** Where the thread loads csv-parse from (its ESM entry, by absolute URL). */
export const csvParseUrl = () => pathToFileURL(require.resolve('csv-parse')).href;
