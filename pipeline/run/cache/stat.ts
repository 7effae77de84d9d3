// The content hash seen for each stat signature (load/stat-signature.ts), kept between runs.
import fs from 'node:fs';
import { writeAtomic } from '../../core/atomic.js';

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
      writeAtomic(this.file, JSON.stringify({ entries: this.entries }), { durable: false });
    } catch {
      // a cache that cannot be written only costs time
    }
  }
}
