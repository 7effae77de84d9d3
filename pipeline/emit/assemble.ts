// Writing the data release from fragments, as they arrive in jurisdiction order:
// each CSV is its header and then every fragment's rows; the bundle's long arrays
// are gathered in part files beside it and joined under the run's metadata at the
// end (the metadata is only known then). No table is ever held whole in memory.
import fs from 'node:fs';
import path from 'node:path';
import { csvHeader, writeCsv } from './csv.js';
import { HashedFile } from './write.js';
import { OBSERVATIONS, TARGETS_VS_ACTUALS, GROWTH_DELTAS, SUMMARY, REVISIONS, REVIEW, STATED_ATTAINMENT, pivotTable, type TableDef } from './tables.js';
import { CSV_SECTIONS, JSON_SECTIONS, type CsvSection, type JsonSection, type Fragment } from '../jurisdiction/fragment.js';
import type { Pivot } from '../derive/pivot.js';
import { assertValid } from '../validate/index.js';
import type { RunMeta } from './index.js';

const TABLES: Record<CsvSection, TableDef> = {
  observations: OBSERVATIONS,
  targets_vs_actuals: TARGETS_VS_ACTUALS,
  growth_deltas: GROWTH_DELTAS,
  summary: SUMMARY,
  revisions: REVISIONS,
  review: REVIEW,
  stated_attainment: STATED_ATTAINMENT,
};

export interface Written {
  table: TableDef;
  bytes: number;
  sha256: string;
}

export interface Assembled {
  written: Written[];
  counts: Record<CsvSection, number> & { reports: number; status: Record<string, number>; warnings: number };
  pivots: { actuals: Pivot; targets: Pivot };
}

/** A stretch of bytes in an open file: a bundle section, left where it already is. */
interface Piece {
  fd: number;
  offset: number;
  length: number;
}

/**
 * The bundle's sections, gathered as pieces: a fragment from the cache is read
 * again from its cache file at the end (its file stays open, so it cannot change
 * under us); any other is appended to one part file beside the release.
 */
class Sections {
  private pieces = Object.fromEntries(JSON_SECTIONS.map((s) => [s, [] as Piece[]])) as Record<JsonSection, Piece[]>;
  private part: { fd: number; path: string; size: number } | undefined;
  private open: number[] = [];
  private static readonly MAX_OPEN = 256;

  constructor(private dir: string) {}

  add(f: Fragment, cacheFile?: string) {
    let fd: number | undefined;
    if (cacheFile && this.open.length < Sections.MAX_OPEN) {
      try {
        fd = fs.openSync(cacheFile, 'r');
        if (fs.fstatSync(fd).size !== f.size) {
          fs.closeSync(fd);
          fd = undefined;
        } else this.open.push(fd);
      } catch {
        fd = undefined;
      }
    }
    for (const s of JSON_SECTIONS) {
      const b = f.json[s];
      if (!b.length) continue;
      if (fd !== undefined) this.pieces[s].push({ fd, offset: f.jsonOffsets[s], length: b.length });
      else {
        this.part ??= { path: path.join(this.dir, '.bundle.part'), fd: fs.openSync(path.join(this.dir, '.bundle.part'), 'w+'), size: 0 };
        fs.writeSync(this.part.fd, b);
        this.pieces[s].push({ fd: this.part.fd, offset: this.part.size, length: b.length });
        this.part.size += b.length;
      }
    }
  }

  isEmpty(s: JsonSection) {
    return this.pieces[s].length === 0;
  }

  /** A section's pieces into the bundle, joined by commas. */
  copy(s: JsonSection, out: BundleFile) {
    const buf = Buffer.allocUnsafe(1 << 20);
    this.pieces[s].forEach((p, i) => {
      if (i) out.write(',\n');
      for (let done = 0; done < p.length; ) {
        const n = fs.readSync(p.fd, buf, 0, Math.min(buf.length, p.length - done), p.offset + done);
        if (n <= 0) throw new Error(`a bundle section ended early (${s})`);
        out.writeBytes(buf.subarray(0, n));
        done += n;
      }
    });
  }

  close() {
    for (const fd of this.open) fs.closeSync(fd);
    this.open = [];
    if (this.part) {
      fs.closeSync(this.part.fd);
      fs.rmSync(this.part.path);
      this.part = undefined;
    }
  }
}

/** bundle.json is not listed in the data package, so it is written without a hash. */
class BundleFile {
  private fd: number;
  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }
  write(s: string) {
    fs.writeSync(this.fd, s);
  }
  writeBytes(b: Uint8Array) {
    fs.writeSync(this.fd, b);
  }
  close() {
    fs.closeSync(this.fd);
  }
}

export class ReleaseWriter {
  private csv: Record<CsvSection, HashedFile>;
  private sections: Sections;
  private counts = Object.fromEntries(CSV_SECTIONS.map((s) => [s, 0])) as Record<CsvSection, number>;
  private status: Record<string, number> = {};
  private pivotRows = { actuals: [] as Pivot['rows'], targets: [] as Pivot['rows'] };
  private pivotYears = { actuals: new Set<number>(), targets: new Set<number>() };

  constructor(
    private dir: string,
    private opts: { bom: boolean },
  ) {
    this.csv = Object.fromEntries(
      CSV_SECTIONS.map((s) => {
        const out = new HashedFile(path.join(dir, TABLES[s].file));
        out.write(csvHeader(TABLES[s], opts));
        return [s, out];
      }),
    ) as Record<CsvSection, HashedFile>;
    this.sections = new Sections(dir);
  }

  /** A fragment, in jurisdiction order; cacheFile is where the same bytes are kept, if anywhere. */
  add(f: Fragment, cacheFile?: string) {
    for (const s of CSV_SECTIONS) {
      this.csv[s].writeBytes(f.csv[s]);
      this.counts[s] += f.header.counts[s];
    }
    this.sections.add(f, cacheFile);
    for (const [k, n] of Object.entries(f.header.status)) this.status[k] = (this.status[k] ?? 0) + n;
    for (const which of ['actuals', 'targets'] as const) {
      const p = f.header.pivots[which];
      for (const r of p.rows) this.pivotRows[which].push(r);
      for (const y of p.years) this.pivotYears[which].add(y);
    }
  }

  /** Let go of every file held open (a failed run). */
  abort() {
    for (const s of CSV_SECTIONS) this.csv[s].close();
    this.sections.close();
  }

  /** The pivots, with every year between the first and the last of the whole release. */
  private pivot(which: 'actuals' | 'targets'): Pivot {
    const ys = [...this.pivotYears[which]];
    const years = ys.length ? Array.from({ length: Math.max(...ys) - Math.min(...ys) + 1 }, (_, i) => Math.min(...ys) + i) : [];
    return { years, rows: this.pivotRows[which] };
  }

  finish(meta: RunMeta, pause: () => void = () => {}): Assembled {
    const written: Written[] = [];
    for (const s of CSV_SECTIONS) {
      written.push({ table: TABLES[s], ...this.csv[s].close() });
      pause();
    }
    const pivots = { actuals: this.pivot('actuals'), targets: this.pivot('targets') };
    for (const [name, p] of [['pivot_actuals', pivots.actuals], ['pivot_targets', pivots.targets]] as const) {
      const table = pivotTable(name, p.years);
      const out = new HashedFile(path.join(this.dir, table.file));
      writeCsv(out, table, p.rows, this.opts);
      written.push({ table, ...out.close() });
      pause();
    }
    const status: Record<string, number> = {};
    for (const k of Object.keys(this.status).sort()) status[k] = this.status[k];
    const counts = { reports: meta.reports.length, ...this.counts, status, warnings: meta.warnings.length };
    const head = {
      ...meta,
      counts: {
        reports: counts.reports, observations: counts.observations, review: counts.review, targets_vs_actuals: counts.targets_vs_actuals, growth_deltas: counts.growth_deltas,
        summary: counts.summary, revisions: counts.revisions, stated_attainment: counts.stated_attainment, status, warnings: counts.warnings,
      },
    };
    // the long arrays were checked item by item as each jurisdiction was formatted; the rest is checked here
    const bundleFile = path.join(this.dir, 'bundle.json');
    assertValid('bundle', { ...head, ...Object.fromEntries(JSON_SECTIONS.map((s) => [s, []])) }, bundleFile);
    const out = new BundleFile(bundleFile);
    out.write('{\n');
    for (const [k, v] of Object.entries(head)) {
      out.write(` ${JSON.stringify(k)}: `);
      if (Array.isArray(v) && v.length) out.write(`[\n${v.map((el) => `  ${JSON.stringify(el)}`).join(',\n')}\n ]`);
      else out.write(JSON.stringify(v));
      out.write(',\n');
    }
    JSON_SECTIONS.forEach((s, i) => {
      out.write(` ${JSON.stringify(s)}: `);
      if (this.sections.isEmpty(s)) out.write('[]');
      else {
        out.write('[\n');
        this.sections.copy(s, out);
        out.write('\n ]');
      }
      out.write(i < JSON_SECTIONS.length - 1 ? ',\n' : '\n');
    });
    out.write('}\n');
    out.close();
    this.sections.close();
    return { written, counts, pivots };
  }
}
