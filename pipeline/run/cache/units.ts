// Each jurisdiction's fragment, kept for the next run. A run appends the fragments it
// computes to one pack file of its own (units/<generation>/<run>.pack), and an index
// (units/<generation>/index.json) says which pack holds each unit's fragment and
// where. One file is created per run: a file per jurisdiction cost a file creation
// each, 0.3–1.6 s of system time at 100 MB on this machine's disk (914 files in 256
// directories). A missing, moved or damaged fragment, or an index that points at the
// wrong bytes, is computed again: a fragment's header carries its own key, which is
// checked. A pack that neither this index nor the reports' index points at any more
// is removed when the index is saved. The cache is safe to delete.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { writeAtomic } from '../../core/atomic.js';
import { readFragmentAt, type Fragment } from '../../format/fragment.js';

type Place = [pack: string, start: number, length: number];

const PACK = /^[\w-]+\.pack$/;

function isPlace(p: unknown): p is Place {
  return (
    Array.isArray(p) &&
    p.length === 3 &&
    typeof p[0] === 'string' &&
    PACK.test(p[0]) &&
    Number.isSafeInteger(p[1]) &&
    Number.isSafeInteger(p[2]) &&
    p[1] >= 0 &&
    p[2] > 0
  );
}

export class UnitCache {
  private places: Record<string, Place> = {};
  private pack: { name: string; fd: number; size: number } | undefined;
  private readonly started = Date.now();

  constructor(readonly dir: string) {
    try {
      const data = JSON.parse(fs.readFileSync(this.indexFile, 'utf8'));
      if (data && typeof data.places === 'object' && !Array.isArray(data.places))
        for (const [key, p] of Object.entries(data.places)) if (isPlace(p)) this.places[key] = p;
    } catch {
      // no index yet, or a damaged one: start empty
    }
  }

  /** Whether the index knows no fragment at all (a cache just made, or of other code). */
  get empty(): boolean {
    for (const _ in this.places) return false;
    return true;
  }

  private get indexFile() {
    return path.join(this.dir, 'index.json');
  }

  /** The unit's fragment, when the index knows it and the bytes there are that fragment. */
  get(key: string): Fragment | undefined {
    const p = this.places[key];
    return p ? readFragmentAt(path.join(this.dir, p[0]), p[1], p[2], key) : undefined;
  }

  /**
   * A fragment just computed, appended to this run's pack: where it now lies, or undefined
   * when it could not be kept. Without a key it is kept for its reports' entries only (a
   * jurisdiction with a report skipped is not reused whole).
   */
  put(key: string | undefined, bytes: Uint8Array): { file: string; offset: number } | undefined {
    try {
      if (!this.pack) {
        fs.mkdirSync(this.dir, { recursive: true });
        const name = `${Date.now().toString(36)}-${process.pid}-${crypto.randomBytes(4).toString('hex')}.pack`;
        this.pack = { name, fd: fs.openSync(path.join(this.dir, name), 'wx'), size: 0 };
      }
      const pack = this.pack;
      for (let done = 0; done < bytes.length;)
        done += fs.writeSync(pack.fd, bytes, done, bytes.length - done, pack.size + done);
      const offset = pack.size;
      pack.size += bytes.length;
      if (key) this.places[key] = [pack.name, offset, bytes.length];
      return { file: path.join(this.dir, pack.name), offset };
    } catch {
      // a cache that cannot be written only costs time
      return undefined;
    }
  }

  /**
   * The index saved (after a failed run too, so that what was computed is kept), without
   * places whose pack is gone; then the packs no place points at removed, unless written
   * since this run began (another run's, not yet in the index) or still `needed` (a pack
   * that holds reports' entries the reports' index points at).
   */
  save(needed: (file: string) => boolean = () => false): void {
    try {
      if (this.pack) {
        const { fd } = this.pack;
        this.pack = undefined;
        fs.closeSync(fd);
      }
      const packs = new Set(fs.readdirSync(this.dir).filter((n) => PACK.test(n)));
      const kept: Record<string, Place> = {};
      for (const [key, p] of Object.entries(this.places)) if (packs.has(p[0])) kept[key] = p;
      writeAtomic(this.indexFile, JSON.stringify({ places: kept }), { durable: false });
      const used = new Set(Object.values(kept).map((p) => p[0]));
      for (const name of packs) {
        const file = path.join(this.dir, name);
        if (used.has(name) || needed(file)) continue;
        if (fs.statSync(file).mtimeMs < this.started) fs.rmSync(file, { force: true });
      }
    } catch {
      // a cache that cannot be written only costs time
    }
  }
}
