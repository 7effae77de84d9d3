// A sheet's rows, read back from its table's CSV in the release as a stream (csv-parse):
// the columns its entry in sheets.ts keeps, found by the CSV's header, and for a pivot
// the year columns the release has.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { withYears } from '../../format/tables.js';
import type { SheetSpec } from './sheets.js';
import type { SheetInput } from './xlsx.js';

const YEAR = /^\d+$/;

export function csvSheet(dir: string, spec: SheetSpec): SheetInput {
  const keep = spec.columns ? new Set(spec.columns) : undefined;
  const kept = (name: string) => YEAR.test(name) || !keep || keep.has(name);
  return {
    table: spec.table,
    fields: spec.table.fields.filter((f) => kept(f.name)),
    open: async () => {
      const file = path.join(dir, spec.table.file);
      const records = fs.createReadStream(file).pipe(parse({ bom: true, record_delimiter: '\r\n' }));
      const it = records[Symbol.asyncIterator]() as AsyncIterator<string[]>;
      const first = await it.next();
      const header: string[] = first.done ? [] : first.value;
      const table = spec.table.pivot
        ? withYears(spec.table, header.filter((h) => YEAR.test(h)).map(Number))
        : spec.table;
      const fields = table.fields.filter((f) => kept(f.name)).map((f) => ({ ...f, at: header.indexOf(f.name) }));
      const missing = fields.find((f) => f.at < 0);
      if (missing) throw new Error(`yoy.xlsx: ${spec.table.file} has no column "${missing.name}"`);
      return { fields, rows: { [Symbol.asyncIterator]: () => it } };
    },
  };
}
