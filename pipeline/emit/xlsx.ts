// yoy.xlsx: one sheet per table, with exceljs. Numbers are numeric cells, the
// header is frozen and filtered, columns are sized to their content, and no text
// from a report can become a formula. The document dates are fixed and the zip is
// rewritten with fixed timestamps (fflate), so identical input gives identical bytes.
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { TableDef } from './tables.js';
import { neutralise } from './csv.js';

const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

export async function workbook(tables: Array<[TableDef, object[]]>, created: string | null): Promise<Uint8Array> {
  const date = created ? new Date(created) : FIXED_DATE;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'yoy';
  wb.created = date;
  wb.modified = date;
  for (const [table, rows] of tables) {
    const ws = wb.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths = table.fields.map((f) => f.name.length);
    ws.addRow(table.fields.map((f) => f.name)).font = { bold: true };
    for (const r of rows) {
      const values = table.fields.map((f, i) => {
        const v = (r as Record<string, unknown>)[f.name];
        if (v === null || v === undefined) return null;
        if (f.type === 'number' || f.type === 'integer') return typeof v === 'number' ? v : null;
        if (f.type === 'boolean') return Boolean(v);
        const s = neutralise(String(v));
        // CJK characters are about two columns wide
        widths[i] = Math.max(widths[i], Math.min(60, [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
        return s;
      });
      table.fields.forEach((f, i) => {
        if (f.type === 'number' || f.type === 'integer') widths[i] = Math.max(widths[i], String(values[i] ?? '').length);
      });
      ws.addRow(values);
    }
    ws.columns.forEach((c, i) => (c.width = Math.min(62, widths[i] + 2)));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.fields.length } };
  }
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  // exceljs stamps every zip entry with the current time: rewrite them fixed
  const entries = unzipSync(raw);
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // zip times are local wall-clock fields: a date built from local fields is the same bytes in every time zone
  const mtime = new Date(2000, 0, 1, 0, 0, 0);
  for (const [name, data] of Object.entries(entries)) out[name] = [data, { mtime }];
  return zipSync(out, { level: 6 });
}
