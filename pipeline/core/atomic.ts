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

/** The directories this process has made or found: a cache writes thousands of files into a few hundred. */
const made = new Set<string>();

/** Write `data` to `file` atomically, creating its directory. */
export function writeAtomic(file: string, data: string | Uint8Array, opts: AtomicOptions = {}): void {
  const dir = path.dirname(file);
  // a Buffer view of the same memory (no copy), as the library's types ask
  const bytes = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const write = () => writeFileAtomic.sync(file, bytes, { fsync: opts.durable ?? true });
  if (!made.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
    return write();
  }
  try {
    write();
  } catch (e) {
    // the directory was removed since (another run cleaning its cache): make it again, once
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    fs.mkdirSync(dir, { recursive: true });
    write();
  }
}
