// yoy.xlsx from a release: the registry's tables marked `workbook`, the pivots
// widened to their years; and the thread that writes it beside the page.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TABLES, withYears, type TableDef } from '../../format/tables.js';
import type { Pivot } from '../../derive/pivot.js';
import type { Release } from '../read.js';
import { DIST_DIR } from '../../core/paths.js';

export async function writeWorkbook(release: Release, dir: string): Promise<void> {
  const { workbook } = await import('./xlsx.js');
  const sheets = TABLES.filter((t) => t.workbook).map((t): [TableDef, object[]] => {
    if (!t.pivot) return [t, t.rows!(release)];
    const p = t.pivot(release.derived) as Pivot;
    return [withYears(t, p.years), p.rows];
  });
  fs.writeFileSync(path.join(dir, 'yoy.xlsx'), await workbook(sheets, release.meta.created));
}

/**
 * yoy.xlsx written by a worker thread from the release in `dir` (the bundle the build
 * wrote, or the TypeScript source under tsx when the pipeline runs from its sources).
 * Resolves when the file is written; rejects with the worker's error.
 */
export function writeWorkbookInThread(dir: string): Promise<void> {
  const here = fileURLToPath(import.meta.url);
  const fromDist = here.startsWith(DIST_DIR + path.sep);
  const filename = fromDist
    ? path.join(DIST_DIR, 'release', 'views', 'workbook-worker.js')
    : path.join(path.dirname(here), 'workbook-worker.ts');
  return new Promise((resolve, reject) => {
    const worker = new Worker(filename, {
      workerData: { dir },
      execArgv: fromDist ? [] : ['--import', 'tsx'],
      // the workbook's text is many short strings: a young generation as large as the main thread's
      resourceLimits: { maxYoungGenerationSizeMb: 192 },
    });
    let done = false;
    worker.once('message', () => (done = true));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      done && code === 0
        ? resolve()
        : reject(new Error(`the workbook's thread stopped (exit ${code}) before yoy.xlsx was written`)),
    );
  });
}
