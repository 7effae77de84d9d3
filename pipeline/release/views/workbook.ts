// yoy.xlsx, written by a thread of its own while the data run goes on: every
// fragment's rows are handed to it as the fragment reaches the release (in release
// order), and at the end the pivots and the tables across jurisdictions. The two
// cores then share the work: this thread extracts, the other writes the workbook.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WORKBOOK_TABLES } from '../../format/tables.js';
import { copySection, type Fragment } from '../../format/fragment.js';
import { DIST_DIR } from '../../core/paths.js';

/** What the thread is sent: a fragment's rows of some sheets (JSON lines), or the end. */
export type WorkbookMessage =
  | { type: 'rows'; bytes: Uint8Array; sections: Array<[sheet: string, start: number, length: number]> }
  | { type: 'finish'; dir: string; across: Record<string, object[]>; created: string | null };

/** The sheets whose rows come with each fragment (the pivots and the tables across jurisdictions come at the end). */
const FED = WORKBOOK_TABLES.filter((t) => t.rows && !t.across).map((t) => t.name);

export class WorkbookThread {
  private worker: Worker;
  private failure: Error | undefined;
  private done: Promise<void>;

  constructor() {
    const here = fileURLToPath(import.meta.url);
    const fromDist = here.startsWith(DIST_DIR + path.sep);
    // the bundle the build wrote, or the TypeScript source under tsx when the pipeline runs from its sources
    const filename = fromDist
      ? path.join(DIST_DIR, 'release', 'views', 'workbook-worker.js')
      : path.join(path.dirname(here), 'workbook-worker.ts');
    this.worker = new Worker(filename, {
      execArgv: fromDist ? [] : ['--import', 'tsx'],
      // the workbook's text is many short strings: a young generation as large as the main thread's
      resourceLimits: { maxYoungGenerationSizeMb: 192 },
    });
    this.done = new Promise((resolve, reject) => {
      let finished = false;
      this.worker.once('message', () => (finished = true));
      this.worker.once('error', (e) => {
        this.failure = e;
        reject(e);
      });
      this.worker.once('exit', (code) =>
        finished && code === 0
          ? resolve()
          : reject(
              this.failure ?? new Error(`the workbook's thread stopped (exit ${code}) before yoy.xlsx was written`),
            ),
      );
    });
    // heard at finish(); until then a failure must not be an unhandled rejection
    this.done.catch(() => {});
  }

  /** A fragment's rows of every sheet, copied out of its bytes or its cache file (call before the release writer closes it). */
  add(f: Fragment): void {
    if (this.failure) return;
    const sections: Array<[string, number, number]> = [];
    let total = 0;
    for (const name of FED) {
      const n = f.at[`json:${name}`]?.[1] ?? 0;
      if (n) (sections.push([name, total, n]), (total += n));
    }
    if (!total) return;
    const bytes = new Uint8Array(total);
    for (const [name, pos] of sections) copySection(f, `json:${name}`, bytes, pos);
    const message: WorkbookMessage = { type: 'rows', bytes, sections };
    this.worker.postMessage(message, [bytes.buffer]);
  }

  /** The end: the thread adds the pivots (read from `dir`) and the rows across jurisdictions, and writes dir/yoy.xlsx. */
  finish(dir: string, across: Record<string, object[]>, created: string | null): Promise<void> {
    const message: WorkbookMessage = { type: 'finish', dir, across, created };
    if (!this.failure) this.worker.postMessage(message);
    return this.done;
  }

  /** Stop the thread (a failed run). */
  async abort(): Promise<void> {
    await this.worker.terminate();
  }
}
