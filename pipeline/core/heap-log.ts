// Memory by thread, for measuring (docs/speed.md): with YOY_HEAP_LOG=<file> each
// thread that calls heapLog appends a JSON line of its V8 heap (used and committed),
// with the process's resident set, to that file. Off (one comparison) otherwise.
import fs from 'node:fs';
import v8 from 'node:v8';
import { threadId } from 'node:worker_threads';

const FILE = process.env.YOY_HEAP_LOG;

/** The process's resident set in MB, from /proc (Linux), or the process's figure elsewhere. */
function rssMb(): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Math.round(Number(m[1]) / 1024);
  } catch {
    // not Linux
  }
  return Math.round(process.memoryUsage.rss() / 2 ** 20);
}

export function heapLog(thread: string, at: string): void {
  if (!FILE) return;
  const h = v8.getHeapStatistics();
  const spaces = Object.fromEntries(
    v8.getHeapSpaceStatistics().map((s) => [s.space_name.replace(/_space$/, ''), Math.round(s.space_size / 2 ** 20)]),
  );
  const line = {
    // wall-clock: the threads' own clocks start at different times
    at_ms: Date.now(),
    thread,
    tid: threadId,
    at,
    used_mb: Math.round(h.used_heap_size / 2 ** 20),
    heap_mb: Math.round(h.total_heap_size / 2 ** 20),
    external_mb: Math.round(h.external_memory / 2 ** 20),
    rss_mb: rssMb(),
    spaces,
  };
  fs.appendFileSync(FILE, JSON.stringify(line) + '\n');
}
