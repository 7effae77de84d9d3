// A re-run writes yoy.xlsx only when something it shows changed. The workbook is kept
// in the cache directory under a key made of all it depends on: the bytes of the CSVs
// its sheets are read from, the sheets' entries, the created date and the code (with
// the locked dependency versions: exceljs writes the bytes). An unchanged workbook is
// copied from there; the cache keeps only the latest one.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { SheetSpec } from './sheets.js';

const CHUNK = 1 << 20;

function hashFile(h: crypto.Hash, file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (let n; (n = fs.readSync(fd, buf, 0, CHUNK, null)) > 0;) h.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
}

export class WorkbookCache {
  private dir: string;
  private file: string;

  /** `code` is the code's part of every cache key (run/cache/code-hash.ts) */
  constructor(cacheDir: string, code: string, release: string, sheets: readonly SheetSpec[], created: string | null) {
    const h = crypto.createHash('sha256');
    h.update(JSON.stringify([code, created, sheets.map((s) => [s.table.name, s.columns ?? null])]));
    for (const s of sheets) {
      h.update(`\n${s.table.file}\n`);
      hashFile(h, path.join(release, s.table.file));
    }
    this.dir = path.join(cacheDir, 'views');
    this.file = path.join(this.dir, `yoy-${h.digest('hex').slice(0, 32)}.xlsx`);
  }

  /** The workbook copied to `to` from the cache; false when the cache has none for this key. */
  restore(to: string): boolean {
    try {
      fs.copyFileSync(this.file, to);
      return true;
    } catch {
      return false;
    }
  }

  /** The workbook just written, kept for the next run in place of the one before (a failure only costs the next run a rewrite). */
  keep(from: string): void {
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const tmp = `${this.file}.tmp-${process.pid}`;
      fs.copyFileSync(from, tmp);
      fs.renameSync(tmp, this.file);
      for (const name of fs.readdirSync(this.dir))
        if (name.startsWith('yoy-') && path.join(this.dir, name) !== this.file)
          fs.rmSync(path.join(this.dir, name), { force: true });
    } catch {
      // the cache only saves time
    }
  }
}
