// Writing the data release from fragments, as they arrive in jurisdiction order:
// each CSV is its header and then every fragment's rows; the bundle's long arrays
// are gathered in part files beside it and joined under the run's metadata at the
// end (the metadata is only known then). No table is ever held whole in memory.
import fs from 'node:fs';
import path from 'node:path';
import { csvHeader, csvRows, pivotRow, type PivotLines } from '../format/csv.js';
import { PartLines } from './part-lines.js';
import { HashedFile } from './hashed-file.js';
import { ROW_TABLES, PIVOT_TABLES, ACROSS_TABLES, BUNDLE_TABLES, withYears, type TableDef } from '../format/tables.js';
import type { TargetBand, Level, AmplificationRow } from '../derive/amplification.js';
import type { ScoreRow } from '../derive/scorecard.js';
import { checkAmplification } from '../derive/check.js';
import { itemProblems } from '../validate/index.js';
import { YoyError } from '../core/errors.js';
import { CSV_SECTIONS, type Fragment } from '../format/fragment.js';
import { assertValid } from '../core/schemas.js';
import { STATUSES } from '../derive/attainment.js';
import type { RunMeta } from '../core/model.js';

export interface Written {
  table: TableDef;
  bytes: number;
  sha256: string;
}

export interface Assembled {
  written: Written[];
  /** the texts of PDF and Word reports, relative to the release */
  sourceTexts: string[];
  /** the rows of the tables across jurisdictions, derived at the end (for the workbook) */
  across: Record<string, object[]>;
  /** the bundle's counts: reports, every table's rows (observations and review first), target statuses, warnings */
  counts: {
    reports: number;
    observations: number;
    review: number;
    [table: string]: number | Record<string, number>;
  } & { status: Record<string, number>; warnings: number };
}

/** A stretch of bytes in an open file: a bundle section, left where it already is. */
interface Piece {
  fd: number;
  offset: number;
  length: number;
}

const scratch = Buffer.allocUnsafe(1 << 20);

/** The bundle's arrays, in its order (a fragment carries a few JSON sections more, for the workbook). */
const BUNDLE_SECTIONS = BUNDLE_TABLES.map((t) => t.name);

/** Copy a stretch of a file into a sink, a megabyte at a time. */
function copyRange(fd: number, offset: number, length: number, sink: { writeBytes(b: Uint8Array): void }) {
  for (let done = 0; done < length;) {
    const n = fs.readSync(fd, scratch, 0, Math.min(scratch.length, length - done), offset + done);
    if (n <= 0) throw new Error('a cached fragment ended early');
    sink.writeBytes(scratch.subarray(0, n));
    done += n;
  }
}

/**
 * The bundle's sections, gathered as pieces: a fragment kept in the cache is read
 * again from its cache file at the end (the file stays open, so it cannot change
 * under us); any other is appended to one part file beside the release.
 */
class Sections {
  private pieces = Object.fromEntries(BUNDLE_SECTIONS.map((s) => [s, [] as Piece[]])) as Record<string, Piece[]>;
  private part: { fd: number; path: string; size: number } | undefined;
  private open: number[] = [];
  private static readonly MAX_OPEN = 256;

  constructor(private dir: string) {}

  /** Whether the fragment's file may be kept open for the end (not too many files at once). */
  canKeep() {
    return this.open.length < Sections.MAX_OPEN;
  }

  /** The fragment's sections; fd is its file when kept open (the Sections close it). */
  add(f: Fragment, fd: number | undefined, keep: boolean) {
    if (keep && fd !== undefined) this.open.push(fd);
    const base = f.offset ?? 0;
    for (const s of BUNDLE_SECTIONS) {
      const [start, n] = f.at[`json:${s}`];
      if (!n) continue;
      if (keep && fd !== undefined) {
        this.pieces[s].push({ fd, offset: base + start, length: n });
        continue;
      }
      this.part ??= {
        path: path.join(this.dir, '.bundle.part'),
        fd: fs.openSync(path.join(this.dir, '.bundle.part'), 'w+'),
        size: 0,
      };
      const part = this.part;
      const append = { writeBytes: (b: Uint8Array) => void fs.writeSync(part.fd, b) };
      if (f.bytes) append.writeBytes(f.bytes.subarray(start, start + n));
      else copyRange(fd!, base + start, n, append);
      this.pieces[s].push({ fd: part.fd, offset: part.size, length: n });
      part.size += n;
    }
  }

  isEmpty(s: string) {
    return this.pieces[s].length === 0;
  }

  /** A section's pieces into the bundle, joined by commas. */
  copy(s: string, out: BundleFile) {
    this.pieces[s].forEach((p, i) => {
      if (i) out.write(',\n');
      copyRange(p.fd, p.offset, p.length, out);
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
  /**
   * An array, one item a line, written in pieces of about a megabyte: the run's reports
   * (with the account of every figure) made one string of 10 MB and more at 100 MB.
   */
  writeArray(items: readonly unknown[]) {
    let piece = '[\n';
    items.forEach((el, i) => {
      piece += `${i ? ',\n' : ''}  ${JSON.stringify(el)}`;
      if (piece.length > 2 ** 20) {
        this.write(piece);
        piece = '';
      }
    });
    this.write(piece + '\n ]');
  }
  /** An array from items already in JSON, laid out as writeArray lays them out. */
  writeLines(texts: Iterable<string>) {
    let piece = '[\n';
    let first = true;
    for (const t of texts) {
      piece += `${first ? '' : ',\n'}  ${t}`;
      first = false;
      if (piece.length > 2 ** 20) {
        this.write(piece);
        piece = '';
      }
    }
    this.write(piece + '\n ]');
  }
  close() {
    fs.closeSync(this.fd);
  }
}

export class ReleaseWriter {
  private csv: Record<string, HashedFile>;
  private sections: Sections;
  private counts: Record<string, number> = Object.fromEntries(CSV_SECTIONS.map((s) => [s, 0]));
  private status: Record<string, number> = {};
  private pivotLines: Record<string, PartLines<PivotLines>>;
  /** the first and last year of each pivot's lines so far */
  private pivotYears: Record<string, { first: number; last: number }>;
  /** the bundle's reports, each with its account */
  private reports: PartLines<RunMeta['reports'][number]>;
  /** every jurisdiction's numeric targets, for the tables derived across jurisdictions */
  private targets = new Map<string, TargetBand[]>();
  /** every jurisdiction's candidate rows of the scorecard */
  private scoreCandidates = new Map<string, ScoreRow[]>();

  constructor(
    private dir: string,
    private opts: { bom: boolean; levels?: Level[] },
  ) {
    this.csv = Object.fromEntries(
      ROW_TABLES.map((t) => {
        const out = new HashedFile(path.join(dir, t.file));
        out.write(csvHeader(t, opts));
        return [t.name, out];
      }),
    );
    this.sections = new Sections(dir);
    this.pivotLines = Object.fromEntries(PIVOT_TABLES.map((t) => [t.name, new PartLines<PivotLines>(dir, t.name)]));
    this.pivotYears = Object.fromEntries(PIVOT_TABLES.map((t) => [t.name, { first: Infinity, last: -Infinity }]));
    this.reports = new PartLines(dir, 'reports');
  }

  /** A fragment, in jurisdiction order. */
  add(f: Fragment) {
    let fd = f.fd;
    if (fd === undefined && f.file) {
      try {
        fd = fs.openSync(f.file, 'r');
        if (fs.fstatSync(fd).size < (f.offset ?? 0) + f.size) {
          fs.closeSync(fd);
          fd = undefined;
        }
      } catch {
        fd = undefined;
      }
    }
    if (!f.bytes && fd === undefined) throw new Error(`the cached fragment ${f.file} can no longer be read`);
    for (const s of CSV_SECTIONS) {
      const [start, n] = f.at[`csv:${s}`];
      if (f.bytes) this.csv[s].writeBytes(f.bytes.subarray(start, start + n));
      else copyRange(fd!, (f.offset ?? 0) + start, n, this.csv[s]);
      this.counts[s] += f.header.counts[s];
    }
    const keep = fd !== undefined && this.sections.canKeep();
    this.sections.add(f, fd, keep);
    if (fd !== undefined && !keep) fs.closeSync(fd);
    for (const [k, n] of Object.entries(f.header.status)) this.status[k] = (this.status[k] ?? 0) + n;
    for (const t of PIVOT_TABLES) {
      const p = f.header.pivots[t.name];
      if (!p) continue;
      this.pivotLines[t.name].add(p);
      const years = this.pivotYears[t.name];
      years.first = Math.min(years.first, p.first);
      years.last = Math.max(years.last, p.last);
    }
    if (f.header.targets?.length) this.targets.set(f.header.jurisdiction, f.header.targets);
    if (f.header.scorecard?.length) this.scoreCandidates.set(f.header.jurisdiction, f.header.scorecard);
  }

  /**
   * The tables across jurisdictions (amplification), derived now that every unit is in,
   * checked like every derived row (numbers at the derive boundary, items against the
   * bundle's schema), and their rows added to their CSVs.
   */
  private across(): Record<string, object[]> {
    const out: Record<string, object[]> = {};
    for (const t of ACROSS_TABLES) {
      const rows = t.across!({
        targets: this.targets,
        scorecard: this.scoreCandidates,
        levels: this.opts.levels ?? [],
      });
      if (t.name === 'amplification') checkAmplification(rows as AmplificationRow[]);
      const bad = t.bundle?.itemSchema
        ? itemProblems([{ name: t.name, itemSchema: t.bundle.itemSchema, rows }])
        : undefined;
      if (bad) throw new YoyError('BUNDLE_INVALID', bad, 'bundle.json');
      this.csv[t.name].write(csvRows(t, rows));
      this.counts[t.name] += rows.length;
      out[t.name] = rows;
    }
    return out;
  }

  private sourceTexts: string[] = [];

  /**
   * The text read from a PDF or Word report, as sources/<id>.txt: UTF-8 without a BOM,
   * exactly as extracted, since observation offsets are string indices into it.
   */
  addSourceText(reportId: string, text: string): string {
    const rel = `sources/${reportId}.txt`;
    fs.mkdirSync(path.join(this.dir, 'sources'), { recursive: true });
    fs.writeFileSync(path.join(this.dir, rel), text);
    this.sourceTexts.push(rel);
    return rel;
  }

  /**
   * A document's entry of the bundle's reports, with its account, checked against the
   * bundle schema's item now and kept in a part file until the bundle is written.
   */
  addReport(entry: RunMeta['reports'][number]): void {
    const bad = itemProblems([{ name: 'reports', itemSchema: 'bundle_reports', rows: [entry] }]);
    if (bad) throw new YoyError('BUNDLE_INVALID', bad, 'bundle.json');
    this.reports.add(entry);
  }

  /** Let go of every file held open (a failed run). */
  abort() {
    for (const s of CSV_SECTIONS) this.csv[s].close();
    this.sections.close();
    for (const p of Object.values(this.pivotLines)) p.close();
    this.reports.close();
  }

  finish(meta: RunMeta, pause: () => void = () => {}): Assembled {
    const across = this.across();
    const written: Written[] = [];
    for (const t of ROW_TABLES) {
      written.push({ table: t, ...this.csv[t.name].close() });
      pause();
    }
    // the pivots: one column for every year between the first and the last of the whole release
    for (const t of PIVOT_TABLES) {
      const spill = this.pivotLines[t.name];
      const { first, last } = this.pivotYears[t.name];
      const table = withYears(t, spill.count ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : []);
      const out = new HashedFile(path.join(this.dir, table.file));
      out.write(csvHeader(table, this.opts));
      for (const lines of spill.items()) for (const row of lines.rows) out.write(pivotRow(lines, row, first, last));
      spill.close();
      written.push({ table, ...out.close() });
      pause();
    }
    const status: Record<string, number> = {};
    // every status in its fixed order, zeros included (derive/attainment.ts STATUSES)
    for (const k of STATUSES) status[k] = this.status[k] ?? 0;
    const rows = this.counts;
    const counts: Assembled['counts'] = {
      reports: meta.reports.length,
      // the observations and how many are to be reviewed first, then every other table's rows
      observations: rows.observations,
      review: rows.review,
      ...Object.fromEntries(
        CSV_SECTIONS.filter((s) => s !== 'observations' && s !== 'review').map((s) => [s, rows[s]]),
      ),
      status,
      warnings: meta.warnings.length,
    };
    const head = { ...meta, counts };
    // the long arrays were checked item by item as each jurisdiction was formatted, and the reports as each
    // was added (addReport); the rest is checked here
    const bundleFile = path.join(this.dir, 'bundle.json');
    assertValid(
      'bundle',
      { ...head, reports: [], ...Object.fromEntries(BUNDLE_SECTIONS.map((s) => [s, []])) },
      bundleFile,
    );
    const out = new BundleFile(bundleFile);
    out.write('{\n');
    // the reports as added, each with its account (the metadata's own list leaves the accounts out)
    if (this.reports.count !== meta.reports.length)
      throw new Error(
        `${meta.reports.length} reports in the run's metadata, ${this.reports.count} added to the release`,
      );
    for (const [k, v] of Object.entries(head)) {
      out.write(` ${JSON.stringify(k)}: `);
      if (k === 'reports' && this.reports.count) out.writeLines(this.reports.texts());
      else if (Array.isArray(v) && v.length) out.writeArray(v);
      else out.write(JSON.stringify(v));
      out.write(',\n');
    }
    BUNDLE_SECTIONS.forEach((s, i) => {
      out.write(` ${JSON.stringify(s)}: `);
      if (across[s]?.length) out.writeArray(across[s]);
      else if (this.sections.isEmpty(s)) out.write('[]');
      else {
        out.write('[\n');
        this.sections.copy(s, out);
        out.write('\n ]');
      }
      out.write(i < BUNDLE_SECTIONS.length - 1 ? ',\n' : '\n');
    });
    out.write('}\n');
    out.close();
    this.sections.close();
    this.reports.close();
    return { written, counts, sourceTexts: this.sourceTexts, across };
  }
}
