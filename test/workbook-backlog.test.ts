// yoy.xlsx is written through exceljs's streaming writer, which hands each sheet's XML to
// the zip without waiting for it (release/views/xlsx.ts): the sheet's rows wait while the
// zip has more than BACKLOG_BYTES to take. These tests hold that reading of exceljs's
// internals to the exceljs installed: were the backlog no longer found there, it would
// read 0 and the rows would never wait.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { BACKLOG_BYTES, backlog, drained } from '../pipeline/release/views/xlsx.js';
import { tmpdir } from './helpers.js';

describe("yoy.xlsx: a sheet's rows wait for the zip", () => {
  it('rows committed without a pause pile up before the zip; drained() waits until it has taken them', async () => {
    const file = path.join(tmpdir(), 'backlog.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const ws = wb.addWorksheet('rows');
    // a real sentence of a report, as the commitments sheet carries them
    const text = '全年地区生产总值增长6%左右，城镇新增就业15万人以上，居民消费价格涨幅3%左右。';
    let most = 0;
    // nothing here lets the event loop run, so nothing reaches zlib while the rows come
    for (let i = 0; i < 40_000; i++) {
      ws.addRow([i, text, `${i}.5`]).commit();
      most = Math.max(most, backlog(ws));
    }
    expect(most).toBeGreaterThan(BACKLOG_BYTES);
    await drained(ws);
    expect(backlog(ws)).toBeLessThanOrEqual(BACKLOG_BYTES);
    ws.commit();
    await wb.commit();
    // the rows all reached the file
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.getWorksheet('rows')!.rowCount).toBe(40_000);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });
});
