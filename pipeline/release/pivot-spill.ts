// A pivot's rows wait for the release's last fragment: its columns are every year from
// the first to the last of the whole release, known only then. They wait in a part file
// beside the release, one JSON line per jurisdiction, not in memory (at 300 MB of the
// bench's mix 13 MB of the main thread's heap, growing with the corpus).
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { PivotLines } from '../format/csv.js';

const CHUNK = 1 << 20;

export class PivotSpill {
  private fd: number | undefined;
  private file: string;
  /** the first and last year of every jurisdiction's lines so far */
  first = Infinity;
  last = -Infinity;
  count = 0;

  constructor(dir: string, name: string) {
    this.file = path.join(dir, `.${name}.part`);
  }

  add(lines: PivotLines): void {
    this.fd ??= fs.openSync(this.file, 'w+');
    fs.writeSync(this.fd, JSON.stringify(lines) + '\n');
    this.first = Math.min(this.first, lines.first);
    this.last = Math.max(this.last, lines.last);
    this.count++;
  }

  /** Every jurisdiction's lines, in the order they were added. */
  *lines(): Generator<PivotLines> {
    if (this.fd === undefined) return;
    const buf = Buffer.allocUnsafe(CHUNK);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let pos = 0; ;) {
      const n = fs.readSync(this.fd, buf, 0, CHUNK, pos);
      if (n <= 0) break;
      pos += n;
      // a chunk may end inside a character: the decoder keeps its first bytes for the next
      const text = rest + decoder.write(buf.subarray(0, n));
      const parts = text.split('\n');
      rest = parts.pop()!;
      for (const p of parts) yield JSON.parse(p) as PivotLines;
    }
    if (rest) yield JSON.parse(rest) as PivotLines;
  }

  /** The part file removed (the release finished, or failed). */
  close(): void {
    if (this.fd === undefined) return;
    fs.closeSync(this.fd);
    fs.rmSync(this.file, { force: true });
    this.fd = undefined;
  }
}
