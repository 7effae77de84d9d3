// A content-hash cache of each report's extraction. The key covers everything the
// result depends on: the report's bytes and its place (id, jurisdiction, year),
// the dictionary, the tool version and the extraction code itself. The jurisdiction's
// name is part of it: a report reads its own name as the subject of a figure.
//
// An entry is not a file of its own: it is a section of the fragment of the unit
// it was extracted in (kept anyway, in the run's pack: units.ts), and one index per
// generation (reports/<generation>/index.json) says which file holds it and where.
// A file per report cost a file creation each (2,584 at 100 MB). A missing, moved or damaged entry, or an
// index that points at the wrong bytes, is simply recomputed: every entry carries
// its own key, which is checked. The cache is safe to delete.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { writeAtomic } from '../../core/atomic.js';

const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** A document's key: the fixed part, its content hash and its manifest entry's place. */
export function reportKey(
  base: string,
  contentHash: string,
  meta: { id: string; jurisdiction: string; report_year: number; doc_kind: string; jurisdiction_name: string },
): string {
  const { id, jurisdiction, report_year, doc_kind, jurisdiction_name } = meta;
  return sha(`${base}|${contentHash}|${id}|${jurisdiction}|${report_year}|${doc_kind}|${jurisdiction_name}`);
}

/** Where an entry lies: a file (absolute) and a stretch of its bytes. */
export interface EntryPlace {
  file: string;
  start: number;
  length: number;
}

/** The name of a report's section in a fragment, and back. */
export const entrySection = (key: string) => `report:${key}`;
export const entryKey = (section: string) => (section.startsWith('report:') ? section.slice(7) : undefined);

/** The entry at `place`, when it is there, whole, and under `key`. */
export function readEntry<T>(place: EntryPlace, key: string): T | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(place.file, 'r');
    const bytes = Buffer.allocUnsafe(place.length);
    if (fs.readSync(fd, bytes, 0, place.length, place.start) !== place.length) return undefined;
    const entry = JSON.parse(bytes.toString('utf8')) as { key?: string; value?: T };
    return entry.key === key ? entry.value : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** An entry's bytes, as a fragment section: its key, then its value. */
export const entryText = (key: string, value: unknown) => JSON.stringify({ key, value });

/**
 * Where each report's entry lies, by key: loaded at the start of a run, told of every
 * fragment the run hands on (new or from the cache), saved at the end. Places are kept
 * relative to the cache's root, so a moved cache still finds them.
 */
export class ReportIndex {
  private places: Record<string, [file: string, start: number, length: number]> = {};

  constructor(
    private file: string,
    private root: string,
  ) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (data && typeof data.places === 'object' && !Array.isArray(data.places)) this.places = data.places;
    } catch {
      // no index yet, or a damaged one: start empty
    }
  }

  get(key: string): EntryPlace | undefined {
    const p = this.places[key];
    if (!Array.isArray(p) || p.length !== 3) return undefined;
    return { file: path.join(this.root, String(p[0])), start: Number(p[1]), length: Number(p[2]) };
  }

  set(key: string, place: EntryPlace) {
    this.places[key] = [path.relative(this.root, place.file), place.start, place.length];
  }

  /** Whether some place lies in `file`. */
  holds(file: string): boolean {
    const rel = path.relative(this.root, file);
    return Object.values(this.places).some((p) => p[0] === rel);
  }

  /** Saved without the places whose fragment is gone (a generation removed, a cache cleaned). */
  save() {
    const exists = new Map<string, boolean>();
    const kept: typeof this.places = {};
    for (const [key, p] of Object.entries(this.places)) {
      const f = String(p[0]);
      if (!exists.has(f)) exists.set(f, fs.existsSync(path.join(this.root, f)));
      if (exists.get(f)) kept[key] = p;
    }
    try {
      writeAtomic(this.file, JSON.stringify({ places: kept }), { durable: false });
    } catch {
      // a cache that cannot be written only costs time
    }
  }
}
