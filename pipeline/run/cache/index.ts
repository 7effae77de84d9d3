// The run's cache in one place: stat signatures (stat.ts), each report's extraction
// found through its index (reports.ts), and each jurisdiction's fragment in the run's
// pack (units.ts), each part in generations (generations.ts). The runner asks it for a
// report's entry and a unit's fragment, hands it what every unit produced, and saves it.
import path from 'node:path';
import { readBytes, sha256, type SourceRef } from '../../load/read.js';
import type { Fragment } from '../../format/fragment.js';
import { unitKey, type Unit } from '../unit.js';
import { StatCache } from './stat.js';
import { ReportIndex, reportKey, entryKey } from './reports.js';
import { UnitCache } from './units.js';
import { generationDir, keepRecent } from './generations.js';

export class RunCache {
  private stats: StatCache;
  private reports: ReportIndex;
  private reportDir: string;
  private units: UnitCache;

  /** `reportBase` keys the reports' entries; `unitBase` (that and the settings) the units' fragments */
  constructor(
    root: string,
    readonly reportBase: string,
    readonly unitBase: string,
  ) {
    this.stats = new StatCache(path.join(root, 'stat.json'));
    this.reportDir = generationDir(root, 'reports', reportBase);
    this.reports = new ReportIndex(path.join(this.reportDir, 'index.json'), root);
    this.units = new UnitCache(generationDir(root, 'units', unitBase));
  }

  /** Hashes of files read here because their signature was unknown (each file read once). */
  private read = new Map<string, string | undefined>();

  /**
   * A document's content hash: from its stat signature when that is known, else, when the
   * cache holds anything to find, from its bytes. A corpus copied, checked out or restored
   * anew has new signatures (inodes, change times) and a file written in the last two
   * seconds has none: without the bytes' hash every jurisdiction would be computed again.
   */
  private hashOf(ref: SourceRef): string | undefined {
    if (ref.kind !== 'file') return ref.sha256;
    const known = this.stats.hash(ref.file, ref.stat);
    if (known || this.units.empty) return known;
    if (!this.read.has(ref.file)) {
      let hash: string | undefined;
      try {
        hash = sha256(readBytes(ref));
      } catch {
        // a file that cannot be read fails in its unit, with its own error
      }
      this.read.set(ref.file, hash);
    }
    return this.read.get(ref.file);
  }

  /** Every task whose entry the index knows gets its place, so that it is read without a search. */
  hint(units: Unit[]): void {
    for (const u of units)
      for (const t of u.tasks) {
        const hash = this.hashOf(t.ref);
        if (!hash || !t.cache) continue;
        const hint = this.reports.get(reportKey(t.cache.base, hash, t.meta));
        if (hint) t.cache.hint = hint;
      }
  }

  /** The unit's fragment, when every document's hash is known and the fragment is kept. */
  fragment(unit: Unit): Fragment | undefined {
    const hashes = unit.tasks.map((t) => this.hashOf(t.ref));
    if (hashes.some((h) => !h)) return undefined;
    return this.units.get(unitKey(this.unitBase, unit, hashes as string[]));
  }

  /**
   * What a unit handed on: its documents' signatures, the fragment itself when it was
   * just computed (its file and offset are set: the release reads its bundle lines from
   * there), and where its reports' entries lie.
   */
  keep(unit: Unit, f: Fragment, cached: boolean): void {
    f.header.reports.forEach((r, i) => {
      const { ref } = unit.tasks[i];
      if (r.ok && ref.kind === 'file') this.stats.record(ref.file, ref.stat, r.sha256!);
    });
    // a jurisdiction with a report skipped (--keep-going) has no key: kept for its good reports' entries
    if (!cached && !f.header.error && f.bytes && (f.header.key || Object.keys(f.at).some(entryKey))) {
      const kept = this.units.put(f.header.key || undefined, f.bytes);
      if (kept) [f.file, f.offset] = [kept.file, kept.offset];
    }
    if (!f.file) return;
    for (const [name, [start, length]] of Object.entries(f.at)) {
      const key = entryKey(name);
      if (key) this.reports.set(key, { file: f.file, start: (f.offset ?? 0) + start, length });
    }
  }

  /** Everything saved (after a failed run too, so that what it computed is kept), older generations removed. */
  save(): void {
    this.stats.save();
    this.units.save((file) => this.reports.holds(file));
    keepRecent(this.reportDir);
    keepRecent(this.units.dir);
    // after the pruning, so that places in a removed generation are dropped now
    this.reports.save();
  }
}
