// Files written whole or not at all, with write-file-atomic: the bytes go to a
// temporary file beside the target (named by pid, thread and call), which is then
// renamed over it, so a reader sees the old file or the new one, never a torn one,
// even when a run is killed mid-write or several runs share a cache.
import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export interface AtomicOptions {
  /**
   * fsync before the rename (default true), so the new bytes survive a power loss.
   * A cache entry does without: losing one costs a recomputation, never a result.
   */
  durable?: boolean;
}

/** Write `data` to `file` atomically, creating its directory. */
export function writeAtomic(file: string, data: string | Uint8Array, opts: AtomicOptions = {}): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // a Buffer view of the same memory (no copy), as the library's types ask
  const bytes = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  writeFileAtomic.sync(file, bytes, { fsync: opts.durable ?? true });
}
