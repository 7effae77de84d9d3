// yoy.xlsx takes its rows from the release's CSVs, parsed by a thread of its own that stays a
// few batches ahead of the writer (release/views/sheet-source.ts, sheet-reader.ts). These tests
// read the committed release's own tables through it: every row, in order, with the columns the
// sheet keeps; the reader waits for the writer; a damaged table fails with the file named.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvSheets } from '../pipeline/release/views/sheet-source.js';
import { SHEETS } from '../pipeline/release/views/sheets.js';
import { ROOT, tmpdir } from './helpers.js';

const OUTPUT = path.join(ROOT, 'output');

/** A release directory whose tables are the committed release's, the commitments repeated `times` times. */
function release(times: number): string {
  const dir = tmpdir('yoy-sheets-');
  for (const s of SHEETS) {
    const text = fs.readFileSync(path.join(OUTPUT, s.table.file), 'utf8');
    if (s.table.name !== 'commitments') fs.writeFileSync(path.join(dir, s.table.file), text);
    else {
      const [header, ...body] = text.split(/(?<=\r\n)/);
      fs.writeFileSync(path.join(dir, s.table.file), header + body.join('').repeat(times));
    }
  }
  return dir;
}

async function readAll(dir: string, pause = false) {
  const { sheets, stop } = csvSheets(dir, SHEETS);
  const out: Record<string, { fields: string[]; rows: string[][] }> = {};
  try {
    for (const s of sheets) {
      const { fields, rows } = await s.open();
      const got: string[][] = [];
      for await (const r of rows) {
        got.push(fields.map((f) => r[f.at]));
        // a slow writer: the reader must wait rather than run ahead
        if (pause && got.length % 1000 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      out[s.table.name] = { fields: fields.map((f) => f.name), rows: got };
    }
  } finally {
    await stop();
  }
  return out;
}

describe("yoy.xlsx: the sheets' reader", () => {
  it('gives every row of every sheet, in order, with the columns the sheet keeps, whatever the pace of the writer', async () => {
    const dir = release(8);
    const got = await readAll(dir, true);
    for (const s of SHEETS) {
      const [header, ...records] = parse(fs.readFileSync(path.join(dir, s.table.file)), {
        bom: true,
        record_delimiter: '\r\n',
      }) as string[][];
      const { fields, rows } = got[s.table.name];
      const want = records.map((r) => fields.map((f) => r[header.indexOf(f)]));
      expect(rows, s.table.name).toEqual(want);
      if (s.columns) expect(fields.every((f) => /^\d+$/.test(f) || s.columns!.includes(f))).toBe(true);
    }
    // the commitments sheet, 8 times the release's, is many batches: the flow control was exercised
    expect(got.commitments.rows.length).toBeGreaterThan(8 * 1000);
    expect(got.commitments.fields).not.toContain('text');
  });

  it('a table without a column its sheet keeps fails, naming the file and the column', async () => {
    const dir = release(1);
    const file = path.join(dir, 'commitments.csv');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('outcome_value,', 'outcome_valu,'));
    await expect(readAll(dir)).rejects.toThrow(/commitments\.csv has no column "outcome_value"/);
  });

  it('a table that is missing fails with its file named', async () => {
    const dir = release(1);
    fs.rmSync(path.join(dir, 'summary.csv'));
    await expect(readAll(dir)).rejects.toThrow(/yoy\.xlsx: .*summary\.csv/);
  });
});
