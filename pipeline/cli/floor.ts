// The I/O floor for the benchmark: the time this process needs to read and decode
// the same reports and run one regular-expression pass for digits over them.
import { loadInput } from '../load/index.js';
import { readReport } from '../load/read.js';

export function measureFloor(input: string, maxFileBytes: number) {
  const t0 = performance.now();
  const { reports } = loadInput(input, { maxFileBytes });
  let bytes = 0;
  let digits = 0;
  for (const { ref } of reports) {
    const r = readReport(ref);
    bytes += r.bytes;
    const m = r.source.match(/\d+/g);
    digits += m ? m.length : 0;
  }
  return { ms: Math.round(performance.now() - t0), bytes, reports: reports.length, digits };
}
