// The pipeline in order: load → extract → validate → derive → emit. Each stage is
// a module with typed input and output; this file only wires them and reports
// progress through a callback, so the CLI decides how progress looks.
import { compileLexicon, defaultLexicon, useLexicon } from '../lexicon/index.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadInput, type Input } from '../load/index.js';
import { ReleaseWriter, type Assembled } from '../release/assemble.js';
import { finishRelease } from '../release/index.js';
import { readRelease, type Release } from '../release/read.js';
import { writePages } from '../release/views/index.js';
import { WorkbookThread } from '../release/views/workbook.js';
import { PageCollector } from '../release/views/collect.js';
import type { RunMeta } from '../core/model.js';
import { runUnits, type Item } from './pool.js';
import type { Unit, UnitContext } from './unit.js';
import { RunRecord } from './record.js';
import { heapLog } from '../core/heap-log.js';
import { codeHash } from './cache/code-hash.js';
import { RunCache } from './cache/index.js';
import { YoyError } from '../core/errors.js';
import { version } from '../core/paths.js';
import type { Tolerance } from '../derive/attainment.js';
import { inputDate } from '../derive/input-date.js';
import { readReport } from '../load/read.js';
import { seriesYears } from '../extract/series-file.js';
import type { AmplificationRow } from '../derive/amplification.js';
import type { ScoreRow } from '../derive/scorecard.js';

export interface RunOptions {
  input: string;
  bom: boolean;
  reviewThreshold: number;
  maxFileBytes: number;
  keepGoing: boolean;
  tolerance: Tolerance;
  /** worker threads, one jurisdiction per task; 1 runs in this thread; 'auto' decides by the corpus's size */
  jobs?: number | 'auto';
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
  /** wall time, and the time of every thread of the process (the garbage collector's and the workers' too) */
  | { event: 'stage-done'; stage: string; ms: number; cpu_ms: number }
  /** cached: the report's extraction was not run again; jurisdiction_cached: nor anything else of its jurisdiction */
  | {
      event: 'report';
      id: string;
      index: number;
      total: number;
      observations: number;
      cached: boolean;
      jurisdiction_cached: boolean;
      doc_kind: string;
      bytes: number;
      /** thread time of reading and of extracting the report, when it was not taken from the cache */
      read_ms?: number;
      extract_ms?: number;
    }
  | { event: 'plan'; reports: number; jurisdictions: number; mb: number; jobs: number }
  | { event: 'skipped'; file: string; code: string; message: string }
  | { event: 'warning'; message: string }
  /** yoy.xlsx written, or taken from the cache when nothing it shows changed */
  | { event: 'workbook'; reused: boolean }
  /** thread time of each step inside 'process', summed over jurisdictions computed in this run */
  | { event: 'stage-cpu'; ms: Record<string, number> };

export const cores = () => Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

/**
 * Workers for --jobs auto: one per 300 MB of reports, up to the cores, so none below
 * 600 MB. A worker is a V8 of its own that compiles the pipeline's code again before it
 * runs fast, and now that this thread really runs with a larger semi-space and without
 * TurboFan's inlining (cli/node-options.ts), two workers were slower than this thread on
 * the real mix on two cores (benchmark, one run each on a busy machine: 0.56× as fast
 * at 100 MB, 0.84× at 300 MB, and 1.0 GB of peak memory against 0.58 GB).
 */
export function autoJobs(bytes: number, available: number = cores()): number {
  return Math.max(1, Math.min(available, Math.floor(bytes / 300e6)));
}

/** Group the reports by jurisdiction (load has sorted them by jurisdiction, then year). */
function planUnits(input: Input, base: string | undefined): Unit[] {
  const units: Unit[] = [];
  input.reports.forEach(({ meta, ref }, index) => {
    let u = units[units.length - 1];
    if (!u || u.jurisdiction !== meta.jurisdiction)
      units.push((u = { index: units.length, jurisdiction: meta.jurisdiction, tasks: [], overrides: [] }));
    u.tasks.push({ index, meta, ref, ...(base !== undefined ? { cache: { base } } : {}) });
  });
  const unitOf = new Map(units.flatMap((u) => u.tasks.map((t) => [t.meta.id, u] as const)));
  const overridesFile = path.join(input.dir, 'overrides.json');
  input.overrides.forEach((override, index) => {
    const u = unitOf.get(override.report_id);
    if (!u)
      throw new YoyError(
        'OVERRIDES_INVALID',
        `overrides[${index}]: no report "${override.report_id}" in the manifest`,
        overridesFile,
        `overrides[${index}]`,
      );
    u.overrides.push({ index, override });
  });
  return units;
}

export interface RunSummary {
  meta: RunMeta;
  counts: Assembled['counts'];
  files: string[];
}

/**
 * The whole run into a directory: load; then each jurisdiction through extract,
 * validate, derive and format (in workers for --jobs > 1, or from the cache);
 * then the release assembled from the fragments, and the views.
 */
export async function runInto(dir: string, opts: RunOptions): Promise<RunSummary> {
  const say = opts.onEvent ?? (() => {});
  const stage = (name: string) => {
    say({ event: 'stage', stage: name });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    return () => {
      heapLog('main', `${name} done`);
      const c = process.cpuUsage(c0);
      say({
        event: 'stage-done',
        stage: name,
        ms: Math.round(performance.now() - t0),
        cpu_ms: Math.round((c.user + c.system) / 1000),
      });
    };
  };
  let end = stage('load');
  const { input, units, ctx, cache, settings, jobs, date } = planRun(opts, say);
  end();

  end = stage('process');
  // the levels of government, for the tables derived across jurisdictions (amplification)
  const writer = new ReleaseWriter(dir, { bom: opts.bom, levels: input.jurisdictions });
  // yoy.xlsx is written by a thread of its own from the release's tables, beside this one writing the pages
  const views = opts.views ?? true;
  const book = views ? new WorkbookThread() : undefined;
  // and the pages' rows are picked up from the fragments, so the pages need not read the release back
  const maxJurisdictions = opts.reportMaxJurisdictions ?? 25;
  const pageRows = views ? new PageCollector(maxJurisdictions) : undefined;
  try {
    const record = new RunRecord(input, writer, say);
    const items: Item[] = units.map((unit) => ({ unit, cached: () => cache?.fragment(unit) }));
    await runUnits(items, ctx, jobs, (unit, f, cached) => {
      cache?.keep(unit, f, cached);
      // the pages' share first: the writer may close a cached fragment's file
      const drawn = pageRows?.add(f) ?? false;
      // what was set aside is kept only for the review pages, which only drawn jurisdictions have
      record.add(unit, f, cached, drawn);
      writer.add(f);
    }).catch((e) => {
      writer.abort();
      // what was computed before the failure is kept for the next run
      cache?.save();
      throw e;
    });
    cache?.save();
    end();
    const cpu = Object.fromEntries(Object.entries(record.cpu).map(([k, v]) => [k, Math.round(v)]));
    say({ event: 'stage-cpu', ms: cpu });

    end = stage('emit');
    const meta = record.meta(settings, date);
    const release = finishRelease(writer, meta, dir, { bom: opts.bom });
    const files = [...release.files];
    heapLog('main', 'release written');
    if (book && pageRows) {
      // the workbook's thread reads the tables just written while this one writes the pages
      const workbook = book.finish(dir, meta.created, cache ? { dir: opts.cacheDir!, code: codeHash() } : null);
      const pages = await writePages(
        pageRows.data(
          meta,
          release.counts,
          (release.across.amplification ?? []) as AmplificationRow[],
          (release.across.scorecard ?? []) as ScoreRow[],
        ),
        dir,
        {
          reportMaxJurisdictions: maxJurisdictions,
          tolerance: opts.tolerance,
          input,
          dropped: record.dropped,
          accounts: record.accounts,
        },
      );
      heapLog('main', 'pages written');
      say({ event: 'workbook', reused: await workbook });
      files.push('yoy.xlsx', ...pages);
    }
    end();
    return { meta, counts: release.counts, files };
  } catch (e) {
    // a failed run stops the workbook's thread too, or it would keep the process alive
    await book?.abort();
    throw e;
  }
}

/**
 * The plan: the input loaded, its units, what they share, the cache (each task told
 * where its report's entry lies, when the index knows it) and the number of jobs.
 */
function planRun(opts: RunOptions, say: (e: RunEvent) => void) {
  const input = loadInput(opts.input, { maxFileBytes: opts.maxFileBytes, keepGoing: opts.keepGoing });
  // the run's lexicon, compiled once, is the one in use in this thread from here on (workers compile their own)
  useLexicon(
    input.lexicon.hash === defaultLexicon().hash
      ? defaultLexicon()
      : compileLexicon(input.lexicon.data, input.lexicon.hash),
  );
  for (const k of input.skipped) say({ event: 'skipped', ...k });
  const settings = { review_threshold: opts.reviewThreshold, tolerance: opts.tolerance, bom: opts.bom };
  const cacheDir = opts.cacheDir ?? null;
  // the lexicon decides what is read as surely as the dictionary: its hash keys the cache too
  const reportBase = `${version()}|${input.dictionaryHash}|${input.lexicon.hash}|${cacheDir ? codeHash() : ''}`;
  const date = datedBy(input);
  // the input's date decides pending against no_actual in every jurisdiction: a unit's fragment depends on it
  const unitBase = `${reportBase}|${JSON.stringify(settings)}|${date}`;
  const cache = cacheDir ? new RunCache(cacheDir, reportBase, unitBase) : undefined;
  const ctx: UnitContext = {
    dictionary: input.dictionary,
    lexicon: { data: input.lexicon.data, hash: input.lexicon.hash },
    overridesFile: path.join(opts.input, 'overrides.json'),
    reviewThreshold: opts.reviewThreshold,
    tolerance: opts.tolerance,
    keepGoing: opts.keepGoing,
    inputDate: date,
    fragments: cache ? { base: unitBase } : undefined,
  };
  const units = planUnits(input, cache?.reportBase);
  cache?.hint(units);
  const bytes = input.reports.reduce((a, { ref }) => a + (ref.kind === 'file' ? ref.size : ref.length), 0);
  const jobs = opts.jobs === undefined || opts.jobs === 'auto' ? autoJobs(bytes) : opts.jobs;
  say({
    event: 'plan',
    reports: input.reports.length,
    jurisdictions: units.length,
    mb: Math.round(bytes / 1e5) / 10,
    jobs,
  });
  return { input, units, ctx, cache, settings, jobs, date };
}

/** The input's date (derive/input-date.ts): every document's, a series file's by the years of its rows. */
function datedBy(input: Input): string | null {
  const years: number[] = [];
  for (const { meta, ref } of input.reports)
    if (meta.doc_kind === 'series') {
      try {
        years.push(...seriesYears(readReport(ref).source));
      } catch {
        // a file that cannot be read fails in its unit, with its own error
      }
    }
  return inputDate(
    input.reports.map((r) => r.meta),
    years,
  );
}

/** The release as objects (for the eval and tests): a run into a temporary directory, read back. */
export async function buildRelease(opts: RunOptions): Promise<Release> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yoy-release-'));
  try {
    await runInto(dir, { ...opts, views: false });
    return readRelease(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
