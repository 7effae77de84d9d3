// A file's stat signature, so that a re-run can know a file has not changed
// without reading it (as git's index does). Device, inode, size and the change
// time: any write to a file moves its change time, which no program can set back.
// A file changed in the last two seconds gets no signature: a write in the same
// clock tick as our look could otherwise leave the signature as it was.
import fs, { type BigIntStats } from 'node:fs';
import path from 'node:path';

const QUIET_NS = 2_000_000_000n;

/** The signature, or '' when the file changed too recently to trust one. */
export function statSignature(st: BigIntStats, nowNs: bigint = BigInt(Date.now()) * 1_000_000n): string {
  if (st.ctimeNs > nowNs - QUIET_NS || st.mtimeNs > nowNs - QUIET_NS) return '';
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}

/**
 * Content hashes by stat signature, kept in the cache directory between runs: a
 * file whose signature is unchanged need not be read to know its hash. An entry
 * is only a shortcut to a hash; a wrong or missing one costs a read, never a result.
 */
export class StatCache {
  private entries: Record<string, { stat: string; sha256: string }> = {};

  constructor(private file: string) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (data && typeof data.entries === 'object') this.entries = data.entries;
    } catch {
      // no cache yet, or a damaged one: start empty
    }
  }

  hash(file: string, stat: string): string | undefined {
    const e = this.entries[file];
    return stat && e && e.stat === stat ? e.sha256 : undefined;
  }

  record(file: string, stat: string, sha256: string) {
    if (stat) this.entries[file] = { stat, sha256 };
  }

  save() {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ entries: this.entries }));
      fs.renameSync(tmp, this.file);
    } catch {
      // a cache that cannot be written only costs time
    }
  }
}
