// Writing a CSV in pieces: the file is never built as one string, so memory stays
// flat however many rows there are. The writer hashes what it writes, for the
// data package.
import fs from 'node:fs';
import crypto from 'node:crypto';

export class HashedFile {
  private fd: number;
  private hash = crypto.createHash('sha256');
  private pending: string[] = [];
  private pendingLength = 0;
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = fs.openSync(path, 'w');
  }

  write(s: string) {
    this.pending.push(s);
    this.pendingLength += s.length;
    if (this.pendingLength > 1 << 20) this.flush();
  }

  /** Bytes already encoded (a fragment's rows) go straight to the file. */
  writeBytes(b: Uint8Array) {
    if (!b.length) return;
    this.flush();
    this.hash.update(b);
    this.bytes += b.length;
    fs.writeSync(this.fd, b);
  }

  private flush() {
    if (!this.pending.length) return;
    const buf = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.hash.update(buf);
    this.bytes += buf.length;
    fs.writeSync(this.fd, buf);
  }

  close(): { bytes: number; sha256: string } {
    this.flush();
    fs.closeSync(this.fd);
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}
