// The pipeline in order: load → extract → validate → derive → emit. Each stage is
// a module with typed input and output; this file only wires them and reports
// progress through a callback, so the CLI decides how progress looks.
import fs from 'node:fs';
import path from 'node:path';
import { loadInput, type LoadedReport } from './load/index.js';
import { extractReport, type Observation, type StatedRecord } from './extract/index.js';
import { compileDictionary } from './extract/dictionary.js';
import { observationProblems } from './validate/index.js';
import { derive } from './derive/index.js';
import { emit, type Release, type RunMeta } from './emit/index.js';
import { applyOverrides } from './overrides.js';
import { YoyError } from './errors.js';
import { PACKAGE_JSON } from './paths.js';
import type { Tolerance } from './derive/attainment.js';

export interface RunOptions {
  input: string;
  bom: boolean;
  reviewThreshold: number;
  maxFileBytes: number;
  keepGoing: boolean;
  tolerance: Tolerance;
  onEvent?: (e: RunEvent) => void;
}

export type RunEvent =
  | { event: 'stage'; stage: string }
  | { event: 'report'; id: string; index: number; total: number; observations: number }
  | { event: 'skipped'; file: string; code: string; message: string }
  | { event: 'warning'; message: string };

export interface RunResult {
  release: Release;
  files: string[];
}

export function version(): string {
  return JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8')).version;
}

function createdDate(): string | null {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (!epoch || !/^\d+$/.test(epoch)) return null;
  return new Date(Number(epoch) * 1000).toISOString();
}

export function buildRelease(opts: RunOptions): Release {
  const say = opts.onEvent ?? (() => {});
  say({ event: 'stage', stage: 'load' });
  const input = loadInput(opts.input, { maxFileBytes: opts.maxFileBytes, keepGoing: opts.keepGoing });
  const dict = compileDictionary(input.dictionary);
  const warnings = [...input.warnings];
  const skipped: RunMeta['skipped'] = [...input.skipped];
  for (const k of input.skipped) say({ event: 'skipped', ...k });
  const reports: RunMeta['reports'] = [];
  const sources = new Map<string, { source: string; jurisdiction: string; report_year: number }>();
  let observations: Observation[] = [];
  const stated: StatedRecord[] = [];

  say({ event: 'stage', stage: 'extract' });
  input.reports.forEach(({ meta, read }, index) => {
    let rep: LoadedReport;
    try {
      rep = read();
    } catch (e) {
      if (!(e instanceof YoyError) || !opts.keepGoing) throw e;
      skipped.push({ file: meta.path, code: e.code, message: e.message });
      say({ event: 'skipped', file: e.file ?? meta.path, code: e.code, message: e.message });
      return;
    }
    const { observations: found, stated: says } = extractReport(rep, dict);
    stated.push(...says);
    // validate: every observation against its schema, and its span against its source
    const bad = observationProblems(found, path.join(opts.input, rep.path));
    for (const o of found) {
      if (rep.source.slice(o.start, o.end) !== o.text) bad.push({ type: 'schema-error', file: rep.path, path: '/text', rule: 'grounding', message: 'text is not source.slice(start, end)', report_id: rep.id, span: { start: o.start, end: o.end, text: o.text } });
    }
    if (bad.length) {
      const p = bad[0];
      throw new YoyError('OBSERVATION_INVALID', `report ${rep.id}: ${p.path} ${p.message} at ${p.span?.start}-${p.span?.end} "${p.span?.text}"`, path.join(opts.input, rep.path));
    }
    if (!found.length) {
      const w = { type: 'nothing-found', report_id: rep.id, file: rep.path, message: `no figures found in report ${rep.id} (${rep.path})` };
      warnings.push(w);
      say({ event: 'warning', message: w.message });
    }
    observations.push(...found);
    sources.set(rep.id, { source: rep.source, jurisdiction: rep.jurisdiction, report_year: rep.report_year });
    reports.push({
      id: rep.id, jurisdiction: rep.jurisdiction, jurisdiction_name: rep.jurisdiction_name, level: rep.level, report_year: rep.report_year,
      path: rep.path, sha256: rep.sha256, encoding: rep.encoding, excerpt: rep.excerpt, observations: found.length,
      ...(rep.source_url ? { source_url: rep.source_url } : {}),
    });
    say({ event: 'report', id: rep.id, index: index + 1, total: input.reports.length, observations: found.length });
  });

  const overridesFile = path.join(opts.input, 'overrides.json');
  const indicators = new Map(input.dictionary.indicators.map((i) => [i.id, i]));
  const { observations: corrected, applied } = applyOverrides(observations, input.overrides, sources, indicators, overridesFile);
  observations = corrected;
  for (const r of reports) r.observations = observations.filter((o) => o.report_id === r.id).length;

  say({ event: 'stage', stage: 'derive' });
  const derived = derive(observations, input.dictionary.indicators, opts.tolerance, stated);
  const review = observations
    .filter((o) => o.confidence < opts.reviewThreshold)
    .map((o) => ({ ...o, review_reason: `confidence ${o.confidence} under ${opts.reviewThreshold}` }));

  const meta: RunMeta = {
    tool: { name: 'yoy', version: version() },
    created: createdDate(),
    inputs: input.inputFiles,
    reports,
    dictionary_sha256: input.dictionaryHash,
    settings: { review_threshold: opts.reviewThreshold, tolerance: opts.tolerance, bom: opts.bom },
    warnings,
    overrides_applied: applied,
    skipped,
  };
  return { meta, observations, review, derived };
}

export function runInto(dir: string, opts: RunOptions): RunResult {
  const release = buildRelease(opts);
  opts.onEvent?.({ event: 'stage', stage: 'emit' });
  const files = emit(release, dir, { bom: opts.bom });
  return { release, files };
}
