// yoy.xlsx: a README sheet, then one sheet per table of the registry marked
// `workbook`, with exceljs's streaming writer. Rows are added as they come, a
// jurisdiction at a time and to any sheet in any order (exceljs holds a sheet's
// rows until the zip reaches it), so the workbook is written while the data run
// goes on. Numbers are numeric cells with a number format by cell (number-formats.ts:
// their own decimals, percentages with a % sign, percentage points with pp, big
// levels grouped, years without a thousands separator), a missing value is a blank
// cell, the header is bold, frozen and filtered, columns are sized to their first
// rows, and no text from a report can become a formula. The document dates and the
// zip's entry times are fixed, so identical input gives identical bytes.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Field, TableDef } from '../../format/tables.js';
import { textCell } from '../../format/csv.js';
import { cellFormats, columnFormat } from './number-formats.js';

/** every data row's style (empty): one object for all, so exceljs looks it up once */
const ROW_STYLE = {};
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** Display width of a text: CJK characters take about two columns. */
function width(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) > 0x2e80 ? 2 : 1;
  return w;
}

function cellValue(v: unknown, type: string): string | number | boolean | null {
  if (v === null || v === undefined || v === '') return null;
  if (type === 'number' || type === 'integer') return typeof v === 'number' ? v : null;
  if (type === 'boolean') return Boolean(v);
  return textCell(String(v));
}

/** The README sheet: what the workbook is, and every column of every sheet with its meaning (from the registry). */
function readmeRows(tables: readonly TableDef[]): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [
    ['yoy: targets and outcomes from government work reports', null, null, null],
    [
      'Each sheet is a table of the release (the CSV of the same name). Numbers are numeric cells, each shown with its own decimals; a blank cell is a missing value. Percentages are stored as percent numbers (8.5 is 8.5%) and shown with a % sign, percentage points with pp, amounts with thousands separators. Units: each series (jurisdiction × indicator × measure) has one unit, in its unit column.',
      null,
      null,
      null,
    ],
    [null, null, null, null],
    ['sheet', 'column', 'type', 'meaning'],
  ];
  for (const t of tables) {
    rows.push([t.name, null, null, `${t.title}: ${t.description}`]);
    for (const f of t.fields) if (!/^\d+$/.test(f.name)) rows.push([t.name, f.name, f.type, f.description]);
    if (t.pivot)
      rows.push([
        t.name,
        '<year>',
        'number',
        `One column per year: the ${t.name === 'pivot_actuals' ? 'actual' : 'target'} of that year`,
      ]);
  }
  return rows;
}

/** 2000-01-01 00:00:00 as a zip's DOS date and time. */
const FIXED_DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const FIXED_DOS_TIME = 0;

/**
 * exceljs's zip writer (archiver) stamps each entry with the moment it was added. For
 * the same bytes from the same input, every entry's DOS time and date is set to a
 * fixed one where the zip keeps them: its central directory and each entry's local
 * header (archiver writes no other time field, and no zip64 records below 4 GB).
 * DOS times have no time zone, so the bytes are the same in every zone.
 */
function fixEntryTimes(zip: Buffer): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('yoy.xlsx: the zip has no end record');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('yoy.xlsx: a damaged central directory');
    zip.writeUInt16LE(FIXED_DOS_TIME, at + 12);
    zip.writeUInt16LE(FIXED_DOS_DATE, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('yoy.xlsx: a damaged local header');
    zip.writeUInt16LE(FIXED_DOS_TIME, local + 10);
    zip.writeUInt16LE(FIXED_DOS_DATE, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

/** Columns are sized to the header and to a table's first rows, taken before its first row is written. */
const WIDTH_SAMPLE = 1000;

interface Sheet {
  table: TableDef;
  ws: ExcelJS.Worksheet;
  /** rows held until the sample for the widths is in */
  pending: object[];
  started: boolean;
  /** one style object per column, for the cells that are not numbers */
  styles: object[];
}

/**
 * A workbook written as its rows come: `add` a table's rows (a jurisdiction's share, in
 * release order), then `finish` with the pivots (whose year columns are known only at
 * the end) and the created date, for the file's bytes.
 */
export class WorkbookStream {
  private wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private sheets = new Map<string, Sheet>();
  private chunks: Buffer[] = [];
  private bold = { bold: true };
  /** one style object per number format, shared by its cells: exceljs then looks each up once, not once per cell */
  private formats = new Map<string, object>();

  constructor(tables: readonly TableDef[]) {
    // into memory; zlib's level 1 (its threads compress while this one goes on) is fast and small enough
    const sink = new PassThrough();
    sink.on('data', (c: Buffer) => this.chunks.push(c));
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: sink,
      useStyles: true,
      useSharedStrings: false,
      zip: { zlib: { level: 1 } },
    } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
    this.wb.creator = 'yoy';
    const readme = this.wb.addWorksheet('README', { views: [{ state: 'frozen', ySplit: 4 }] });
    readme.columns = [{ width: 20 }, { width: 26 }, { width: 9 }, { width: 110 }];
    readmeRows(tables).forEach((r, i) => {
      const row = readme.addRow(r);
      if (i === 0 || i === 3) row.font = this.bold;
      if (r[1] === null && r[0] && i > 3) row.font = this.bold;
      row.commit();
    });
    readme.commit();
    // every sheet now, in the registry's order, so rows can come for any of them
    for (const table of tables)
      this.sheets.set(table.name, {
        table,
        ws: this.wb.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] }),
        pending: [],
        started: false,
        styles: [],
      });
  }

  add(name: string, rows: object[]): void {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`yoy.xlsx has no sheet "${name}"`);
    if (sheet.started) return this.write(sheet, rows);
    for (const r of rows) sheet.pending.push(r);
    if (sheet.pending.length >= WIDTH_SAMPLE) this.start(sheet);
  }

  /** The sheet's columns (widths from the rows held so far), filter and header, then the rows held. */
  private start(sheet: Sheet): void {
    const { table, ws, pending } = sheet;
    const widths = table.fields.map((f) => f.name.length);
    for (const r of pending.slice(0, WIDTH_SAMPLE))
      table.fields.forEach((f, j) => {
        const v = cellValue((r as Record<string, unknown>)[f.name], f.type);
        if (v !== null) widths[j] = Math.max(widths[j], Math.min(60, width(String(v))));
      });
    sheet.styles = table.fields.map((f) => {
      const numFmt = columnFormat(f);
      return numFmt ? { numFmt } : {};
    });
    // a number format per column: new cells typed in the sheet take it too
    ws.columns = table.fields.map((f, j) => ({
      key: f.name,
      width: Math.min(62, widths[j] + 2),
      style: sheet.styles[j],
    }));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.fields.length } };
    const header = ws.addRow(table.fields.map((f) => f.name));
    header.eachCell((c: ExcelJS.Cell) => (c.style = { font: this.bold }));
    header.commit();
    sheet.started = true;
    sheet.pending = [];
    this.write(sheet, pending);
  }

  private write({ table, ws, styles }: Sheet, rows: object[]): void {
    const formats = this.cellFormats(table);
    for (const r of rows) {
      const record = r as Record<string, unknown>;
      // a missing value is no cell at all (undefined), which is a blank cell in the sheet
      const values = table.fields.map((f) => cellValue(record[f.name], f.type) ?? undefined);
      const row = ws.addRow(values);
      // the row's own (empty) style too: exceljs keeps it untyped, as a plain property
      (row as unknown as { style: object }).style = ROW_STYLE;
      row.eachCell((c: ExcelJS.Cell, j: number) => {
        const v = values[j - 1];
        c.style = typeof v === 'number' ? this.format(formats[j - 1](record, v)) : styles[j - 1];
      });
      row.commit();
    }
  }

  private compiled = new Map<TableDef, ReturnType<typeof cellFormats>>();
  /** A table's cell formats, compiled on its first rows (a pivot's table is its own). */
  private cellFormats(table: TableDef) {
    let f = this.compiled.get(table);
    if (!f) this.compiled.set(table, (f = cellFormats(table.fields)));
    return f;
  }

  /** The shared style of a number format. */
  private format(numFmt: string): object {
    let style = this.formats.get(numFmt);
    if (!style) this.formats.set(numFmt, (style = { numFmt }));
    return style;
  }

  /**
   * The pivots, widened to the release's years (their tables replace the registry's),
   * then every sheet closed and the workbook's bytes.
   */
  async finish(pivots: Array<[TableDef, object[]]>, created: string | null): Promise<Buffer> {
    for (const [table, rows] of pivots) {
      const sheet = this.sheets.get(table.name);
      if (!sheet || sheet.started) throw new Error(`yoy.xlsx: the pivot "${table.name}" came twice`);
      sheet.table = table;
      this.add(table.name, rows);
    }
    for (const sheet of this.sheets.values()) {
      if (!sheet.started) this.start(sheet);
      sheet.ws.commit();
    }
    const date = created ? new Date(created) : FIXED_DATE;
    this.wb.created = date;
    this.wb.modified = date;
    await this.wb.commit();
    return fixEntryTimes(Buffer.concat(this.chunks));
  }
}
