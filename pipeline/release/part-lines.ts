// What waits for the release's end, one JSON line per item in a part file beside the
// release rather than in memory: a pivot's rows (its year columns span the whole
// release, known only at the end; 13 MB of the main thread's heap at 300 MB of the
// bench's mix) and the bundle's reports with each one's account (written under the
// run's metadata, known only at the end; 13 MB more). Both grew with the corpus.
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

const CHUNK = 1 << 20;

export class PartLines<T> {
  private fd: number | undefined;
  private file: string;
  count = 0;

  constructor(dir: string, name: string) {
    this.file = path.join(dir, `.${name}.part`);
  }

  add(item: T): void {
    this.fd ??= fs.openSync(this.file, 'w+');
    fs.writeSync(this.fd, JSON.stringify(item) + '\n');
    this.count++;
  }

  /** Every line as written (its JSON text), in order. */
  *texts(): Generator<string> {
    if (this.fd === undefined) return;
    const buf = Buffer.allocUnsafe(CHUNK);
    // a chunk may end inside a character: the decoder keeps its first bytes for the next
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let pos = 0; ;) {
      const n = fs.readSync(this.fd, buf, 0, CHUNK, pos);
      if (n <= 0) break;
      pos += n;
      const parts = (rest + decoder.write(buf.subarray(0, n))).split('\n');
      rest = parts.pop()!;
      yield* parts;
    }
    if (rest) yield rest;
  }

  /** Every item, in order. */
  *items(): Generator<T> {
    for (const t of this.texts()) yield JSON.parse(t) as T;
  }

  /** The part file removed (the release finished, or failed). */
  close(): void {
    if (this.fd === undefined) return;
    fs.closeSync(this.fd);
    fs.rmSync(this.file, { force: true });
    this.fd = undefined;
  }
}
