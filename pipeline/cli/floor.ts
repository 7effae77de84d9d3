// The I/O floor for the benchmark: the time this process needs to read the same
// reports, decode them (bytes to text, a collection's line or row parsed) and run one
// regular-expression pass for digits over them. The project's own passes over a text
// (the statistics that refuse mojibake, the folding of look-alike characters) are
// the pipeline's, not the floor's; so is taking a PDF or a Word file apart (pdf.js,
// mammoth), whose bytes the floor reads as they are.
import { parse } from 'csv-parse/sync';
import { loadInput } from '../load/index.js';
import { readBytes, documentKind, type SourceRef } from '../load/read.js';
import { decode } from '../load/decode.js';

function decoded(ref: SourceRef): string {
  const bytes = readBytes(ref);
  if (ref.kind === 'jsonl') return String(JSON.parse(bytes.toString('utf8'))[ref.textField] ?? '');
  if (ref.kind === 'csv')
    return String((parse(bytes, { bom: true, relax_column_count: true }) as string[][])[1]?.[ref.column] ?? '');
  const kind = ref.encoding || ref.html ? 'text' : documentKind(ref.file, bytes);
  if (kind !== 'text') return bytes.toString('latin1');
  return decode(bytes, ref.display, ref.encoding).text;
}

export function measureFloor(input: string, maxFileBytes: number) {
  const t0 = performance.now();
  const { reports } = loadInput(input, { maxFileBytes });
  let bytes = 0;
  let digits = 0;
  for (const { ref } of reports) {
    bytes += ref.kind === 'file' ? ref.size : ref.length;
    const m = decoded(ref).match(/\d+/g);
    digits += m ? m.length : 0;
  }
  return { ms: Math.round(performance.now() - t0), bytes, reports: reports.length, digits };
}
