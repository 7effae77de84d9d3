// Stage: emit. Writes the release into a directory: the CSVs, bundle.json and
// datapackage.json. Pure of the publish step: the CLI writes into a temporary
// directory and swaps it in only when everything is written.
import fs from 'node:fs';
import path from 'node:path';
import type { Observation } from '../extract/index.js';
import type { Derived } from '../derive/index.js';
import { writeCsv } from './csv.js';
import { HashedFile, writeJsonLines } from './write.js';
import { OBSERVATIONS, TARGETS_VS_ACTUALS, GROWTH_DELTAS, SUMMARY, REVISIONS, REVIEW, STATED_ATTAINMENT, pivotTable, type TableDef } from './tables.js';
import { assertValid } from '../validate/index.js';

export interface RunMeta {
  tool: { name: string; version: string };
  /** ISO date from SOURCE_DATE_EPOCH, when set; never the wall clock */
  created: string | null;
  inputs: Array<{ path: string; sha256: string; bytes: number }>;
  reports: Array<{ id: string; jurisdiction: string; jurisdiction_name: string; level: string; report_year: number; path: string; sha256: string; encoding: string; excerpt: boolean; observations: number; source_url?: string }>;
  dictionary_sha256: string;
  settings: Record<string, unknown>;
  warnings: Array<{ type: string; file?: string; report_id?: string; message: string }>;
  overrides_applied: Array<{ action: string; report_id: string; reason: string; result: string }>;
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

export async function emit(release: Release, dir: string, opts: EmitOptions): Promise<string[]> {
  const written: Array<{ table: TableDef; bytes: number; sha256: string }> = [];
  const tables: Array<[TableDef, object[]]> = [
    [OBSERVATIONS, release.observations],
    [TARGETS_VS_ACTUALS, release.derived.targets_vs_actuals],
    [GROWTH_DELTAS, release.derived.growth_deltas],
    [SUMMARY, release.derived.summary],
    [REVISIONS, release.derived.revisions],
    [REVIEW, release.review],
    [STATED_ATTAINMENT, release.derived.stated_attainment],
    [pivotTable('pivot_actuals', release.derived.pivot_actuals.years), release.derived.pivot_actuals.rows],
    [pivotTable('pivot_targets', release.derived.pivot_targets.years), release.derived.pivot_targets.rows],
  ];
  for (const [table, rows] of tables) {
    const out = new HashedFile(path.join(dir, table.file));
    writeCsv(out, table, rows, opts);
    written.push({ table, ...out.close() });
    pauseForTests();
  }
  const counts = {
    reports: release.meta.reports.length,
    observations: release.observations.length,
    review: release.review.length,
    targets_vs_actuals: release.derived.targets_vs_actuals.length,
    growth_deltas: release.derived.growth_deltas.length,
    summary: release.derived.summary.length,
    revisions: release.derived.revisions.length,
    stated_attainment: release.derived.stated_attainment.length,
    status: countBy(release.derived.targets_vs_actuals.map((r) => r.status)),
    warnings: release.meta.warnings.length,
  };
  const bundle = {
    ...release.meta,
    counts,
    observations: release.observations,
    targets_vs_actuals: release.derived.targets_vs_actuals,
    growth_deltas: release.derived.growth_deltas,
    summary: release.derived.summary,
    revisions: release.derived.revisions,
    stated_attainment: release.derived.stated_attainment,
  };
  // the pivots are views of targets_vs_actuals; the bundle keeps the long form only
  assertValid('bundle', bundle, path.join(dir, 'bundle.json'));
  writeJsonLines(path.join(dir, 'bundle.json'), bundle);
  const pkg = dataPackage(release.meta, written, opts);
  fs.writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify(pkg, null, 2) + '\n');
  if (!opts.views) return [...written.map((w) => w.table.file), 'bundle.json', 'datapackage.json'];
  // the views people open: a workbook and a page (their libraries are loaded only when needed)
  const { workbook } = await import('./xlsx.js');
  const { reportHtml } = await import('./report-html.js');
  const sheets = tables.filter(([t]) => t.name !== 'review' && t.name !== 'revisions');
  fs.writeFileSync(path.join(dir, 'yoy.xlsx'), await workbook(sheets, release.meta.created));
  fs.writeFileSync(path.join(dir, 'report.html'), await reportHtml(release, { maxJurisdictions: opts.reportMaxJurisdictions, tolerance: opts.tolerance }));
  return [...written.map((w) => w.table.file), 'bundle.json', 'datapackage.json', 'yoy.xlsx', 'report.html'];
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of [...xs].sort()) out[x] = (out[x] ?? 0) + 1;
  return out;
}

function dataPackage(meta: RunMeta, written: Array<{ table: TableDef; bytes: number; sha256: string }>, opts: EmitOptions) {
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
