// Cache entries written by a thread of their own while this one goes on extracting:
// on the 100 MB benchmark the first run writes 1,848 report entries and 154
// fragments, some 0.7–0.9 s of file-system calls that need not hold up the run. Each
// entry is written to a temporary file beside its target and renamed over it (as
// write-file-atomic does without fsync), so a reader sees a whole entry or none. A
// write that fails only costs a recomputation next time, as before.
import { Worker } from 'node:worker_threads';
import { deferNonDurable } from '../../core/atomic.js';

const CODE = `
const { parentPort, threadId } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
let n = 0;
parentPort.on('message', (m) => {
  if (m === 'flush') return parentPort.postMessage('flushed');
  try {
    fs.mkdirSync(path.dirname(m.file), { recursive: true });
    const tmp = m.file + '.' + process.pid + '.' + threadId + '.' + n++ + '.tmp';
    try {
      fs.writeFileSync(tmp, m.data);
      fs.renameSync(tmp, m.file);
    } catch (e) {
      try { fs.unlinkSync(tmp); } catch {}
    }
  } catch {}
});
`;

export interface CacheWriter {
  /** Wait until every entry handed over is written, and stop the thread. */
  close(): Promise<void>;
}

/** Route this thread's cache writes to a writer thread until close(). */
export function startCacheWriter(): CacheWriter {
  const worker = new Worker(CODE, { eval: true });
  worker.unref();
  deferNonDurable((file, data) => worker.postMessage({ file, data }));
  return {
    async close() {
      deferNonDurable();
      await new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.once('error', () => resolve());
        worker.once('exit', () => resolve());
        worker.postMessage('flush');
      });
      await worker.terminate();
    },
  };
}
