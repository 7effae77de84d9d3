// yoy.xlsx: one sheet per table, with exceljs's streaming writer (rows are written
// as they come, so memory stays flat). Numbers are numeric cells, the header is
// frozen and filtered, columns are sized to their content, and no text from a
// report can become a formula. The document dates are fixed and the zip is
// rewritten with fixed timestamps (fflate), so identical input gives identical bytes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { TableDef } from '../../format/tables.js';
import { neutralise } from '../../format/csv.js';

const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** Display width of a text: CJK characters take about two columns. */
function width(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) > 0x2e80 ? 2 : 1;
  return w;
}

function cellValue(v: unknown, type: string): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (type === 'number' || type === 'integer') return typeof v === 'number' ? v : null;
  if (type === 'boolean') return Boolean(v);
  return neutralise(String(v));
}

export async function workbook(tables: Array<[TableDef, object[]]>, created: string | null): Promise<Uint8Array> {
  const date = created ? new Date(created) : FIXED_DATE;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yoy-xlsx-'));
  const file = path.join(tmp, 'yoy.xlsx');
  try {
    // exceljs stores the parts uncompressed (zlib level 0); fflate compresses them once, below
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false, zip: { zlib: { level: 0 } } } as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions);
    wb.creator = 'yoy';
    wb.created = date;
    wb.modified = date;
    for (const [table, rows] of tables) {
      // column widths from the header and a sample of the rows, before any row is written
      const widths = table.fields.map((f) => f.name.length);
      const step = Math.max(1, Math.floor(rows.length / 2000));
      for (let i = 0; i < rows.length; i += step) {
        table.fields.forEach((f, j) => {
          const v = cellValue((rows[i] as Record<string, unknown>)[f.name], f.type);
          if (v !== null) widths[j] = Math.max(widths[j], Math.min(60, width(String(v))));
        });
      }
      const ws = wb.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = table.fields.map((f, j) => ({ key: f.name, width: Math.min(62, widths[j] + 2) }));
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.fields.length } };
      // no per-cell styles (they cost more than the rest of the sheet): the header is set apart by the freeze and the filter
      ws.addRow(table.fields.map((f) => f.name)).commit();
      for (const r of rows) ws.addRow(table.fields.map((f) => cellValue((r as Record<string, unknown>)[f.name], f.type))).commit();
      ws.commit();
    }
    await wb.commit();
    // the zip entries carry the current time: rewrite them with a fixed one. Zip times are
    // local wall-clock fields, so a date built from local fields is the same bytes in every time zone
    const entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
    const mtime = new Date(2000, 0, 1, 0, 0, 0);
    const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
    for (const [name, data] of Object.entries(entries)) out[name] = [data, { mtime }];
    return zipSync(out, { level: 1 });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
