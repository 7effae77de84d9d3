// Stage: emit. Writes the release into a directory: the CSVs, bundle.json and
// datapackage.json. Pure of the publish step: the CLI writes into a temporary
// directory and swaps it in only when everything is written.
import fs from 'node:fs';
import path from 'node:path';
import type { Observation } from '../extract/index.js';
import type { Derived } from '../derive/index.js';
import { OBSERVATIONS, TARGETS_VS_ACTUALS, GROWTH_DELTAS, SUMMARY, STATED_ATTAINMENT, pivotTable, type TableDef } from '../format/tables.js';
import { parse } from 'csv-parse/sync';
import type { ReleaseWriter, Assembled, Written } from './assemble.js';
import type { Pivot } from '../derive/pivot.js';

export interface RunMeta {
  tool: { name: string; version: string };
  /** ISO date from SOURCE_DATE_EPOCH, when set; never the wall clock */
  created: string | null;
  inputs: Array<{ path: string; sha256: string; bytes: number }>;
  reports: Array<{ id: string; jurisdiction: string; jurisdiction_name: string; level: string; report_year: number; path: string; sha256: string; encoding: string; excerpt: boolean; observations: number; source_url?: string }>;
  dictionary_sha256: string;
  settings: Record<string, unknown>;
  warnings: Array<{ type: string; file?: string; report_id?: string; message: string }>;
  overrides_applied: Array<{ index: number; action: string; report_id: string; reason: string; result: string }>;
  skipped: Array<{ file: string; code: string; message: string }>;
}

export interface Release {
  meta: RunMeta;
  observations: Observation[];
  review: Array<Observation & { review_reason: string }>;
  derived: Derived;
}

export interface EmitOptions {
  bom: boolean;
  /** report.html draws charts for at most this many jurisdictions */
  reportMaxJurisdictions: number;
  /** write report.html and yoy.xlsx (off for bulk runs that only want the data) */
  views: boolean;
  tolerance: { pp: number; levelPct: number };
}


/**
 * Fault injection for the crash tests: YOY_EMIT_PAUSE_MS makes emit pause after each
 * file, so a test can kill the process half-way through writing a release.
 */
const PAUSE_MS = Number(process.env.YOY_EMIT_PAUSE_MS ?? 0);
function pauseForTests() {
  if (PAUSE_MS > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_MS);
}

/**
 * The data release from fragments: the CSVs and bundle.json (written as the
 * fragments arrive), then datapackage.json with each CSV's size and hash.
 */
export function finishRelease(writer: ReleaseWriter, meta: RunMeta, dir: string, opts: { bom: boolean }): Assembled & { files: string[] } {
  const done = writer.finish(meta, pauseForTests);
  const pkg = dataPackage(meta, done.written, opts);
  fs.writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify(pkg, null, 2) + '\n');
  return { ...done, files: [...done.written.map((w) => w.table.file), 'bundle.json', 'datapackage.json'] };
}

/** The release as objects, read back from the bundle just written (for the views, the eval and tests). */
export function readRelease(dir: string): Release {
  const bundle = JSON.parse(fs.readFileSync(path.join(dir, 'bundle.json'), 'utf8'));
  const { counts: _counts, observations, targets_vs_actuals, growth_deltas, summary, revisions, stated_attainment, ...meta } = bundle;
  const threshold = meta.settings.review_threshold as number;
  const review = (observations as Observation[]).filter((o) => o.confidence < threshold).map((o) => ({ ...o, review_reason: `confidence ${o.confidence} under ${threshold}` }));
  return { meta, observations, review, derived: { targets_vs_actuals, growth_deltas, summary, revisions, stated_attainment, pivot_actuals: readPivot(dir, 'pivot_actuals'), pivot_targets: readPivot(dir, 'pivot_targets') } };
}

/** A pivot read back from its CSV (csv-parse), its year columns as numbers. */
function readPivot(dir: string, name: 'pivot_actuals' | 'pivot_targets'): Pivot {
  const [header, ...rows] = parse(fs.readFileSync(path.join(dir, `${name}.csv`)), { bom: true, record_delimiter: '\r\n' }) as string[][];
  const years = header.filter((h) => /^\d+$/.test(h)).map(Number);
  return {
    years,
    rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, /^\d+$/.test(h) ? (r[i] === '' ? null : Number(r[i])) : r[i]]))),
  };
}

/** The views people open: a workbook and a page (their libraries are loaded only when needed). */
export async function writeViews(release: Release, dir: string, opts: EmitOptions): Promise<string[]> {
  const { workbook } = await import('./views/xlsx.js');
  const { reportHtml } = await import('./views/report-html.js');
  const sheets: Array<[TableDef, object[]]> = [
    [OBSERVATIONS, release.observations],
    [TARGETS_VS_ACTUALS, release.derived.targets_vs_actuals],
    [GROWTH_DELTAS, release.derived.growth_deltas],
    [SUMMARY, release.derived.summary],
    [STATED_ATTAINMENT, release.derived.stated_attainment],
    [pivotTable('pivot_actuals', release.derived.pivot_actuals.years), release.derived.pivot_actuals.rows],
    [pivotTable('pivot_targets', release.derived.pivot_targets.years), release.derived.pivot_targets.rows],
  ];
  fs.writeFileSync(path.join(dir, 'yoy.xlsx'), await workbook(sheets, release.meta.created));
  fs.writeFileSync(path.join(dir, 'report.html'), await reportHtml(release, { maxJurisdictions: opts.reportMaxJurisdictions, tolerance: opts.tolerance }));
  return ['yoy.xlsx', 'report.html'];
}

function dataPackage(meta: RunMeta, written: Written[], opts: { bom: boolean }) {
  return {
    profile: 'tabular-data-package',
    name: 'yoy-release',
    title: 'Targets and actuals from Chinese government work reports',
    version: meta.tool.version,
    ...(meta.created ? { created: meta.created } : {}),
    sources: meta.reports.map((r) => ({ title: `${r.jurisdiction_name} ${r.report_year} 政府工作报告`, path: r.path, ...(r.source_url ? { url: r.source_url } : {}) })),
    resources: written.map(({ table, bytes, sha256 }) => ({
      name: table.name,
      path: table.file,
      title: table.title,
      description: table.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: opts.bom ? 'utf-8-sig' : 'utf-8',
      bytes,
      hash: `sha256:${sha256}`,
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: table.fields.map((fd) => ({ name: fd.name, type: fd.type, description: fd.description })),
        missingValues: [''],
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      },
    })),
  };
}
