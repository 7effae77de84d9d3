// yoy.xlsx, written by a thread of its own once the release's tables are written,
// while this thread writes the pages. The thread starts with the run, so that exceljs
// is loaded by the time the tables are there.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DIST_DIR } from '../../core/paths.js';

/** What the thread is sent: where the release is, its created date, and the cache's directory with the code's hash (or none). */
export interface WorkbookMessage {
  dir: string;
  created: string | null;
  cache: { dir: string; code: string } | null;
}

export class WorkbookThread {
  private worker: Worker;
  private failure: Error | undefined;
  private done: Promise<boolean>;

  constructor() {
    const here = fileURLToPath(import.meta.url);
    const fromDist = here.startsWith(DIST_DIR + path.sep);
    // the bundle the build wrote, or the TypeScript source under tsx when the pipeline runs from its sources
    const filename = fromDist
      ? path.join(DIST_DIR, 'release', 'views', 'workbook-worker.js')
      : path.join(path.dirname(here), 'workbook-worker.ts');
    this.worker = new Worker(filename, {
      execArgv: fromDist ? [] : ['--import', 'tsx'],
      // a sheet's cells are many short-lived objects, but a young generation of 192 MB (which the
      // command line's semi-space overrode until cli/node-options.ts cleared it) did not write the
      // 100 MB mix's workbook faster than 48 MB (5.1–5.4 s, two runs each) and took up to 157 MB
      // of heap against 99
      resourceLimits: { maxYoungGenerationSizeMb: 48 },
    });
    this.done = new Promise((resolve, reject) => {
      let finished: boolean | undefined;
      this.worker.once('message', (m: { reused: boolean }) => (finished = m.reused));
      this.worker.once('error', (e) => {
        this.failure = e;
        reject(e);
      });
      this.worker.once('exit', (code) =>
        finished !== undefined && code === 0
          ? resolve(finished)
          : reject(
              this.failure ?? new Error(`the workbook's thread stopped (exit ${code}) before yoy.xlsx was written`),
            ),
      );
    });
    // heard at finish(); until then a failure must not be an unhandled rejection
    this.done.catch(() => {});
  }

  /**
   * The release's tables are written in `dir`: the thread writes dir/yoy.xlsx from them,
   * or takes it from the cache (then true).
   */
  finish(dir: string, created: string | null, cache: WorkbookMessage['cache']): Promise<boolean> {
    const message: WorkbookMessage = { dir, created, cache };
    if (!this.failure) this.worker.postMessage(message);
    return this.done;
  }

  /** Stop the thread (a failed run). */
  async abort(): Promise<void> {
    await this.worker.terminate();
  }
}
