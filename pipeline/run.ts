// The pipeline in order: load → extract → validate → derive → emit. Each stage is
// a module with typed input and output; this file only wires them and reports
// progress through a callback, so the CLI decides how progress looks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadInput } from './load/index.js';
import { readReport } from './load/read.js';
import type { Observation, StatedRecord } from './extract/index.js';
import { compileDictionary } from './extract/dictionary.js';
import { runTasks } from './extract/pool.js';
import { codeHash } from './extract/cache.js';
import type { Task, TaskResult } from './extract/task.js';
import { observationProblems } from './validate/index.js';
import { derive } from './derive/index.js';
import { emit, type Release, type RunMeta } from './emit/index.js';
import { applyOverrides } from './overrides.js';
import { YoyError, type ErrorCode } from './errors.js';
import { PACKAGE_JSON, PROJECT_ROOT } from './paths.js';
import type { Tolerance } from './derive/attainment.js';

export interface RunOptions {
  input: string;
  bom: boolean;
  reviewThreshold: number;
  maxFileBytes: number;
  keepGoing: boolean;
  tolerance: Tolerance;
  /** worker threads for extraction; 1 runs in this thread */
  jobs?: number;
  /** the extraction cache's directory, or null for none */
  cacheDir?: string | null;
  /** report.html draws charts for at most this many jurisdictions */
  reportMaxJurisdictions?: number;
  /** write report.html and yoy.xlsx (default true) */
  views?: boolean;
  onEvent?: (e: RunEvent) => void;
}

export type RunEvent =
  | { event: 'stage'; stage: string }
  | { event: 'stage-done'; stage: string; ms: number }
  | { event: 'report'; id: string; index: number; total: number; observations: number; cached: boolean }
  | { event: 'skipped'; file: string; code: string; message: string }
  | { event: 'warning'; message: string };

export interface RunResult {
  release: Release;
  files: string[];
}

export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, '.yoy-cache');
export const defaultJobs = () => Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

export function version(): string {
  return JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8')).version;
}

function createdDate(): string | null {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (!epoch || !/^\d+$/.test(epoch)) return null;
  return new Date(Number(epoch) * 1000).toISOString();
}

export async function buildRelease(opts: RunOptions): Promise<Release> {
  const say = opts.onEvent ?? (() => {});
  const timed = async <T>(stage: string, f: () => T | Promise<T>): Promise<T> => {
    say({ event: 'stage', stage });
    const t0 = performance.now();
    const r = await f();
    say({ event: 'stage-done', stage, ms: Math.round(performance.now() - t0) });
    return r;
  };
  const input = await timed('load', () => loadInput(opts.input, { maxFileBytes: opts.maxFileBytes, keepGoing: opts.keepGoing }));
  const dict = compileDictionary(input.dictionary);
  const warnings = [...input.warnings];
  const skipped: RunMeta['skipped'] = [...input.skipped];
  for (const k of input.skipped) say({ event: 'skipped', ...k });
  const reports: RunMeta['reports'] = [];
  const sources = new Map<string, { source: string; jurisdiction: string; report_year: number }>();
  let observations: Observation[] = [];
  const stated: StatedRecord[] = [];

  const cache = opts.cacheDir ? { dir: opts.cacheDir, base: `${version()}|${input.dictionaryHash}|${codeHash(PROJECT_ROOT)}` } : undefined;
  const tasks: Task[] = input.reports.map(({ meta, ref }, index) => ({ index, meta, ref, cache }));
  let done = 0;
  const results = await timed('extract', () =>
    runTasks(tasks, input.dictionary, dict, opts.jobs ?? 1, (r: TaskResult) => {
      done++;
      const meta = tasks[r.index].meta;
      if (r.ok) say({ event: 'report', id: meta.id, index: done, total: tasks.length, observations: r.observations.length, cached: r.cached });
    }),
  );
  const inputFiles = [...input.inputFiles];
  for (const r of results) {
    const { meta, ref } = tasks[r.index];
    if (!r.ok) {
      const e = new YoyError(r.error.code as ErrorCode, r.error.message, r.error.file, r.error.location);
      if (!opts.keepGoing || e.code === 'OBSERVATION_INVALID') throw e;
      skipped.push({ file: meta.path, code: e.code, message: e.message });
      say({ event: 'skipped', file: meta.path, code: e.code, message: e.message });
      continue;
    }
    if (ref.kind === 'file') inputFiles.push({ path: meta.path, sha256: r.sha256, bytes: r.bytes });
    if (!r.observations.length) {
      const w = { type: 'nothing-found', report_id: meta.id, file: meta.path, message: `no figures found in report ${meta.id} (${meta.path})` };
      warnings.push(w);
      say({ event: 'warning', message: w.message });
    }
    observations.push(...r.observations);
    stated.push(...r.stated);
    reports.push({
      id: meta.id, jurisdiction: meta.jurisdiction, jurisdiction_name: meta.jurisdiction_name, level: meta.level, report_year: meta.report_year,
      path: meta.path, sha256: r.sha256, encoding: r.encoding, excerpt: meta.excerpt, observations: r.observations.length,
      ...(meta.source_url ? { source_url: meta.source_url } : {}),
    });
  }

  await timed('validate', () => {
    const bad = observationProblems(observations, 'observations');
    if (bad.length) {
      const p = bad[0];
      throw new YoyError('OBSERVATION_INVALID', `report ${p.report_id}: ${p.path} ${p.message} at ${p.span?.start}-${p.span?.end} "${p.span?.text}"`, p.report_id);
    }
  });

  const overridesFile = path.join(opts.input, 'overrides.json');
  const indicators = new Map(input.dictionary.indicators.map((i) => [i.id, i]));
  // an added observation is grounded in its report's text: read those reports again
  for (const ov of input.overrides) {
    const r = input.reports.find((x) => x.meta.id === ov.report_id);
    if (r && !sources.has(r.meta.id)) sources.set(r.meta.id, { source: readReport(r.ref).source, jurisdiction: r.meta.jurisdiction, report_year: r.meta.report_year });
  }
  const { observations: corrected, applied } = applyOverrides(observations, input.overrides, sources, indicators, overridesFile);
  observations = corrected;
  const perReport = new Map<string, number>();
  for (const o of observations) perReport.set(o.report_id, (perReport.get(o.report_id) ?? 0) + 1);
  for (const r of reports) r.observations = perReport.get(r.id) ?? 0;

  const derived = await timed('derive', () => derive(observations, input.dictionary.indicators, opts.tolerance, stated));
  const review = observations
    .filter((o) => o.confidence < opts.reviewThreshold)
    .map((o) => ({ ...o, review_reason: `confidence ${o.confidence} under ${opts.reviewThreshold}` }));

  const meta: RunMeta = {
    tool: { name: 'yoy', version: version() },
    created: createdDate(),
    inputs: inputFiles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    reports,
    dictionary_sha256: input.dictionaryHash,
    settings: { review_threshold: opts.reviewThreshold, tolerance: opts.tolerance, bom: opts.bom },
    warnings,
    overrides_applied: applied,
    skipped,
  };
  return { meta, observations, review, derived };
}

export async function runInto(dir: string, opts: RunOptions): Promise<RunResult> {
  const release = await buildRelease(opts);
  opts.onEvent?.({ event: 'stage', stage: 'emit' });
  const t0 = performance.now();
  const files = await emit(release, dir, { bom: opts.bom, reportMaxJurisdictions: opts.reportMaxJurisdictions ?? 25, tolerance: opts.tolerance, views: opts.views ?? true });
  opts.onEvent?.({ event: 'stage-done', stage: 'emit', ms: Math.round(performance.now() - t0) });
  return { release, files };
}
