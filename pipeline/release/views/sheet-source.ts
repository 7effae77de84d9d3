// The sheets' rows, read back from their tables' CSVs in the release by the sheets'
// reader (sheet-reader.ts, a thread of its own): the columns each entry of sheets.ts
// keeps, found by the CSV's header, and for a pivot the year columns the release has.
// The reader posts each sheet's header, rows and end in order; a sheet opened here
// takes them as they come and tells the reader each batch it has taken.
import { Worker } from 'node:worker_threads';
import { withYears } from '../../format/tables.js';
import { READER, csvParseUrl } from './sheet-reader.js';
import type { SheetSpec } from './sheets.js';
import type { SheetInput } from './xlsx.js';

const YEAR = /^\d+$/;

/** Whether a sheet keeps a column: a year's always (a pivot's), the others when listed, or all (as the reader does). */
const keeps = (spec: SheetSpec, name: string) => YEAR.test(name) || !spec.columns || spec.columns.includes(name);

/** What the reader is asked: the release's directory and each sheet's CSV with the columns it keeps (null: all). */
export interface ReaderRequest {
  dir: string;
  sheets: Array<{ file: string; columns: readonly string[] | null }>;
}

/** What the reader posts, in order: a sheet's header (its kept columns), batches of its rows, its end; or a failure. */
export type ReaderMessage =
  | { sheet: number; header: string[] }
  | { sheet: number; rows: string[][] }
  | { sheet: number; end: true }
  | { sheet: -1; error: string };

function startReader(request: ReaderRequest): Worker {
  return new Worker(READER, {
    eval: true,
    workerData: { ...request, csvParseUrl: csvParseUrl() },
    // a batch of rows at a time: parsing makes short-lived strings only (4 MB: the same time as 16,
    // about 8 MB less resident, on the 100 MB mix's tables)
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
}

/** The reader's messages in the order posted, taken one at a time. */
class Inbox {
  private queue: ReaderMessage[] = [];
  private waiting: ((m: ReaderMessage) => void) | undefined;
  private failure: Error | undefined;

  constructor(private worker: Worker) {
    worker.on('message', (m: ReaderMessage) => this.put(m));
    worker.on('error', (e) => this.fail(new Error(`yoy.xlsx: the sheets' reader failed: ${e.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`yoy.xlsx: the sheets' reader stopped (exit ${code})`));
    });
  }

  private put(m: ReaderMessage) {
    if ('error' in m) return this.fail(new Error(`yoy.xlsx: ${m.error}`));
    const w = this.waiting;
    this.waiting = undefined;
    if (w) w(m);
    else this.queue.push(m);
  }

  private fail(e: Error) {
    this.failure ??= e;
    const w = this.waiting;
    this.waiting = undefined;
    // a waiting take is woken to throw
    if (w) w({ sheet: -1, error: e.message });
  }

  async take(): Promise<ReaderMessage> {
    const m =
      this.queue.shift() ?? (this.failure ? undefined : await new Promise<ReaderMessage>((r) => (this.waiting = r)));
    if (!m || this.failure) throw this.failure;
    return m;
  }

  /** A batch has been written: the reader may read one more. */
  taken() {
    this.worker.postMessage(0);
  }

  stop() {
    return this.worker.terminate();
  }
}

/** The sheets of `specs`, their rows read from the release in `dir` by one reader thread, ahead of the writer. */
export function csvSheets(
  dir: string,
  specs: readonly SheetSpec[],
): { sheets: SheetInput[]; stop: () => Promise<number> } {
  const inbox = new Inbox(
    startReader({ dir, sheets: specs.map((s) => ({ file: s.table.file, columns: s.columns ?? null })) }),
  );
  const sheets = specs.map((spec, index): SheetInput => ({
    table: spec.table,
    fields: spec.table.fields.filter((f) => keeps(spec, f.name)),
    open: async () => {
      const first = await inbox.take();
      if (first.sheet !== index || !('header' in first))
        throw new Error(`yoy.xlsx: the rows of ${spec.table.file} came out of order`);
      const header = first.header;
      const table = spec.table.pivot
        ? withYears(spec.table, header.filter((h) => YEAR.test(h)).map(Number))
        : spec.table;
      const fields = table.fields.filter((f) => keeps(spec, f.name)).map((f) => ({ ...f, at: header.indexOf(f.name) }));
      const missing = fields.find((f) => f.at < 0);
      if (missing) throw new Error(`yoy.xlsx: ${spec.table.file} has no column "${missing.name}"`);
      async function* rows(): AsyncGenerator<string[]> {
        for (;;) {
          const m = await inbox.take();
          if ('end' in m) return;
          if (!('rows' in m)) throw new Error(`yoy.xlsx: the rows of ${spec.table.file} came out of order`);
          yield* m.rows;
          inbox.taken();
        }
      }
      return { fields, rows: rows() };
    },
  }));
  return { sheets, stop: () => inbox.stop() };
}
