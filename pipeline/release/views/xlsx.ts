// yoy.xlsx: a README sheet, then one sheet per entry of sheets.ts, each written whole
// (its rows read from its CSV as a stream and committed one by one) before the next,
// through exceljs's streaming writer straight into the file, so memory stays flat
// whatever the size of the release. Numbers are numeric cells with a number format by
// cell (number-formats.ts: their own decimals, percentages with a % sign, percentage
// points with pp, big levels grouped, years without a thousands separator), a missing
// value is a blank cell, the header is bold, frozen and filtered, columns are sized to
// their first rows, and no text from a report can become a formula. The document
// dates and the zip's entry times are fixed, so identical input gives identical bytes.
import ExcelJS from 'exceljs';
import type { Field, TableDef } from '../../format/tables.js';
import { textCell } from '../../format/csv.js';
import { cellFormats, columnFormat } from './number-formats.js';
import { fixEntryTimes } from './zip-times.js';
import { ELSEWHERE } from './sheets.js';

/** every data row's style (empty): one object for all, so exceljs looks it up once */
const ROW_STYLE = {};
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');
const BOLD = { bold: true };

/** Display width of a text: CJK characters take about two columns. */
function width(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) > 0x2e80 ? 2 : 1;
  return w;
}

/** A CSV cell as the sheet's value: numbers and booleans typed by the column, text as in the CSV (no formula). */
function cellValue(v: string, type: string): string | number | boolean | undefined {
  if (v === '') return undefined;
  if (type === 'number' || type === 'integer') return Number(v);
  if (type === 'boolean') return v === 'true';
  return textCell(v);
}

/** One sheet to write: its table, the columns the README lists, and its rows when their turn comes. */
export interface SheetInput {
  table: TableDef;
  fields: Field[];
  /** its columns (each with its index in a record) and its records, as CSV cells */
  open: () => Promise<{ fields: Array<Field & { at: number }>; rows: AsyncIterable<string[]> }>;
}

/** The README sheet: what the workbook is, where the rest is, and every column of every sheet with its meaning. */
function readmeRows(sheets: readonly SheetInput[]): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [
    ['yoy: targets and outcomes from government work reports', null, null, null],
    [
      'Each sheet is a table of the release (the CSV of the same name), some of its columns. Numbers are numeric cells, each shown with its own decimals; a blank cell is a missing value. Percentages are stored as percent numbers (8.5 is 8.5%) and shown with a % sign, percentage points with pp, amounts with thousands separators. Units: each series (jurisdiction × indicator × measure) has one unit, in its unit column.',
      null,
      null,
      null,
    ],
    [ELSEWHERE, null, null, null],
    ['sheet', 'column', 'type', 'meaning'],
  ];
  for (const { table, fields } of sheets) {
    rows.push([table.name, null, null, `${table.title}: ${table.description}`]);
    for (const f of fields) if (!/^\d+$/.test(f.name)) rows.push([table.name, f.name, f.type, f.description]);
    if (table.pivot)
      rows.push([
        table.name,
        '<year>',
        'number',
        `One column per year: the ${table.name === 'pivot_actuals' ? 'actual' : 'target'} of that year`,
      ]);
  }
  return rows;
}

/** Columns are sized to the header and to a sheet's first rows, held until they are in. */
const WIDTH_SAMPLE = 1000;

/** The shared style of each number format: exceljs then looks each up once, not once per cell. */
const formats = new Map<string, object>();
function format(numFmt: string): object {
  let style = formats.get(numFmt);
  if (!style) formats.set(numFmt, (style = { numFmt }));
  return style;
}

/**
 * exceljs's streaming writer hands a sheet's XML to the zip without waiting: each sheet's
 * stream passes it to a PassThrough that holds it until the zip's deflate takes it, so
 * the rows came in faster than zlib compressed them and the backlog grew to 50–60 MB of
 * the thread's memory at 100 MB of the mix (its external memory 75 MB, now 29 MB). The rows wait here while more than this is
 * held (the same bytes reach the zip in the same order: the file is the same).
 */
export const BACKLOG_BYTES = 4 * 2 ** 20;
const CHECK_EVERY = 256;

/** The bytes of a sheet's XML not yet taken by the zip (exceljs's internals, read defensively: 0 when not found). */
export function backlog(ws: ExcelJS.Worksheet): number {
  type State = { length?: number } | undefined;
  // readable-stream 2 (archiver's), which has no readableLength and writableLength: the states' lengths
  const pipes = (ws as unknown as { _stream?: { pipes?: Array<{ _readableState: State; _writableState: State }> } })
    ._stream?.pipes;
  let n = 0;
  for (const p of pipes ?? []) n += (p._readableState?.length ?? 0) + (p._writableState?.length ?? 0);
  return n;
}

/** Wait while the zip has more than BACKLOG_BYTES of the sheet's XML to take. */
export async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  while (backlog(ws) > BACKLOG_BYTES) await new Promise((resolve) => setTimeout(resolve, 2));
}

async function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, { table, open }: SheetInput): Promise<void> {
  const { fields, rows } = await open();
  const ws = wb.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const cellFormat = cellFormats(fields);
  const styles = fields.map((f) => {
    const numFmt = columnFormat(f);
    return numFmt ? { numFmt } : {};
  });
  const widths = fields.map((f) => f.name.length);
  let held: string[][] | undefined = [];
  const start = () => {
    for (const r of held!)
      fields.forEach((f, j) => {
        if (r[f.at]) widths[j] = Math.max(widths[j], Math.min(60, width(String(cellValue(r[f.at], f.type)))));
      });
    // a number format per column: new cells typed in the sheet take it too
    ws.columns = fields.map((f, j) => ({ key: f.name, width: Math.min(62, widths[j] + 2), style: styles[j] }));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: fields.length } };
    const header = ws.addRow(fields.map((f) => f.name));
    header.eachCell((c: ExcelJS.Cell) => (c.style = { font: BOLD }));
    header.commit();
    const rows = held!;
    held = undefined;
    for (const r of rows) write(r);
  };
  const write = (r: string[]) => {
    const record: Record<string, unknown> = {};
    const values = fields.map((f) => {
      const v = cellValue(r[f.at], f.type);
      record[f.name] = v ?? null;
      return v;
    });
    const row = ws.addRow(values);
    // the row's own (empty) style too: exceljs keeps it untyped, as a plain property
    (row as unknown as { style: object }).style = ROW_STYLE;
    row.eachCell((c: ExcelJS.Cell, j: number) => {
      const v = values[j - 1];
      c.style = typeof v === 'number' ? format(cellFormat[j - 1](record, v)) : styles[j - 1];
    });
    row.commit();
  };
  let n = 0;
  for await (const r of rows) {
    if (held) {
      held.push(r);
      if (held.length >= WIDTH_SAMPLE) start();
    } else write(r);
    if (++n % CHECK_EVERY === 0) await drained(ws);
  }
  if (held) start();
  ws.commit();
}

/** The workbook into `file`, sheet after sheet; `created` dates the document (fixed when null). */
export async function writeWorkbook(
  file: string,
  sheets: readonly SheetInput[],
  created: string | null,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
    // zlib's level 1 (its threads compress while this one goes on) is fast and small enough
    zip: { zlib: { level: 1 } },
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  wb.creator = 'yoy';
  const date = created ? new Date(created) : FIXED_DATE;
  wb.created = date;
  wb.modified = date;
  const readme = wb.addWorksheet('README', { views: [{ state: 'frozen', ySplit: 4 }] });
  readme.columns = [{ width: 20 }, { width: 26 }, { width: 9 }, { width: 110 }];
  readmeRows(sheets).forEach((r, i) => {
    const row = readme.addRow(r);
    if (i === 0 || i === 3) row.font = BOLD;
    if (r[1] === null && r[0] && i > 3) row.font = BOLD;
    row.commit();
  });
  readme.commit();
  for (const sheet of sheets) await writeSheet(wb, sheet);
  await wb.commit();
  fixEntryTimes(file);
}
