// One jurisdiction, through every stage that needs only its own reports: extract
// each report, validate the observations, apply its overrides, derive its series,
// and format its share of every table. Every comparison the release makes is
// within one jurisdiction, so jurisdictions are independent: they run in any
// order, in any thread, and one that did not change is taken from the cache.
import crypto from 'node:crypto';
import type { ReportMeta, Warning } from '../load/index.js';
import { readReport } from '../load/read.js';
import type { CompiledDictionary } from '../extract/dictionary.js';
import type { LexiconData } from '../lexicon/types.js';
import type { StatedRecord } from '../extract/index.js';
import { runTask, type Task } from './task.js';
import { readingWarnings } from './reading-warnings.js';
import { entrySection } from './cache/reports.js';
import { observationProblems, itemProblems } from '../validate/index.js';
import { applyOverrides, type OverrideSource } from '../correct/overrides.js';
import { derive } from '../derive/index.js';
import { countStatuses } from '../derive/attainment.js';
import { targetBands } from '../derive/amplification.js';
import { scoreCandidates } from '../derive/scorecard.js';
import type { Tolerance } from '../derive/attainment.js';
import { csvRows, pivotLines } from '../format/csv.js';
import {
  ROW_TABLES,
  JSON_TABLES,
  PIVOT_TABLES,
  bundleItems,
  reviewRows,
  unitFields,
  pivotOf,
  type UnitRows,
} from '../format/tables.js';
import {
  encodeFragment,
  CSV_SECTIONS,
  JSON_SECTIONS,
  type FragmentHeader,
  type ReportOutcome,
} from '../format/fragment.js';
import { YoyError } from '../core/errors.js';
import type { Dictionary, Indicator, Observation, Override } from '../core/model.js';
import type { CommitmentRecord, StatementRecord } from '../extract/commitments/index.js';

export interface Unit {
  /** place in jurisdiction order */
  index: number;
  jurisdiction: string;
  tasks: Task[];
  overrides: Array<{ index: number; override: Override }>;
}

/** What every unit of a run shares; sent once to each worker. */
export interface UnitContext {
  dictionary: Dictionary;
  /** the run's lexicon as data, with its hash: each thread compiles it once (run/pool.ts, run/worker.ts) */
  lexicon: { data: LexiconData; hash: string };
  overridesFile: string;
  reviewThreshold: number;
  tolerance: Tolerance;
  keepGoing: boolean;
  /** the input's date (derive/input-date.ts), the same for every unit */
  inputDate: string | null;
  /** the fragment cache's key's fixed part (the run keeps the fragment: run/cache/units.ts), or undefined for none */
  fragments?: { base: string };
}

/** What the nothing-found warning says a document of each kind lacked (the rest: figures). */
const NOTHING_FOUND: Partial<Record<Observation['doc_kind'], string>> = {
  commitments: 'no commitments found in list',
  progress: 'no progress figures found in notice',
};

/**
 * A progress notice says how far a year's commitments went; with no commitments of
 * that year in the input (no list, no work report that promises them), what it says
 * has nothing to be held against and is in no table: a warning says so.
 */
function unheld(tasks: Task[], commitments: CommitmentRecord[], statements: StatementRecord[], warnings: Warning[]) {
  const promised = new Set(commitments.map((c) => c.year));
  for (const { meta } of tasks) {
    if (meta.doc_kind !== 'progress') continue;
    const years = new Map<number, number>();
    for (const s of statements)
      if (s.report_id === meta.id && !promised.has(s.year)) years.set(s.year, (years.get(s.year) ?? 0) + 1);
    for (const [year, n] of years)
      warnings.push({
        type: 'nothing-to-match',
        report_id: meta.id,
        file: meta.path,
        message: `${meta.id}: ${n} progress statement${n === 1 ? '' : 's'} on ${year}'s commitments, but the input has no commitments of ${meta.jurisdiction} for ${year} (a list or a work report) to hold them against (${meta.path})`,
      });
  }
}

const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/**
 * The fragment's cache key: the fixed part (tool version, dictionary, code, settings),
 * then each report's place and content hash, then the overrides that touch it.
 */
export function unitKey(base: string, unit: Unit, hashes: string[]): string {
  const reports = unit.tasks.map((t, i) => [
    t.meta,
    t.ref.kind,
    t.ref.kind === 'file' ? [t.ref.html, t.ref.encoding ?? null] : [t.ref.textField],
    hashes[i],
  ]);
  return sha(JSON.stringify([base, unit.jurisdiction, reports, unit.overrides]));
}

/** A fragment that only carries the failure that ends the run. */
function failed(unit: Unit, error: FragmentHeader['error'], reports: ReportOutcome[] = []): Uint8Array {
  const each = <K extends string, V>(keys: readonly K[], v: V) =>
    Object.fromEntries(keys.map((k) => [k, v])) as Record<K, V>;
  return encodeFragment(
    {
      jurisdiction: unit.jurisdiction,
      key: '',
      error,
      reports,
      warnings: [],
      applied: [],
      counts: each(CSV_SECTIONS, 0),
      status: {},
      ms: { read: 0, extract: 0, validate: 0, derive: 0, format: 0 },
      pivots: {},
      targets: [],
    },
    each(CSV_SECTIONS, ''),
    each(JSON_SECTIONS, ''),
  );
}

/** Bundle lines: each row's JSON, with what the jurisdiction's rows hold alike after its own fields (as a spread would put them). */
const jsonLines = (rows: object[], same?: Record<string, unknown>) => {
  const tail = same ? JSON.stringify(same).slice(1) : '';
  return rows.map((r) => `  ${tail ? `${JSON.stringify(r).slice(0, -1)},${tail}` : JSON.stringify(r)}`).join(',\n');
};

export function processUnit(
  unit: Unit,
  ctx: UnitContext,
  dict: CompiledDictionary,
  indicators: Map<string, Indicator>,
): Uint8Array {
  const ms = { read: 0, extract: 0, validate: 0, derive: 0, format: 0 };
  const reports: ReportOutcome[] = [];
  const warnings: Warning[] = [];
  let observations: Observation[] = [];
  const stated: StatedRecord[] = [];
  const commitments: CommitmentRecord[] = [];
  const statements: StatementRecord[] = [];
  const hashes: string[] = [];
  // the reports' cache entries, kept in the fragment (run/cache/reports.ts)
  const entries: Array<[string, string]> = [];
  // documents of one kind already read, by their text's hash: a second copy of a text is read once
  const texts = new Map<string, string>();
  // a text is hashed only where another document of its kind could be a copy of it
  const ofKind = new Map<string, number>();
  for (const t of unit.tasks) ofKind.set(t.meta.doc_kind, (ofKind.get(t.meta.doc_kind) ?? 0) + 1);
  for (const task of unit.tasks) {
    const r = runTask(ofKind.get(task.meta.doc_kind)! > 1 ? { ...task, compareText: true } : task, dict);
    const meta: ReportMeta = task.meta;
    if (!r.ok) {
      if (!ctx.keepGoing || r.error.code === 'OBSERVATION_INVALID') return failed(unit, r.error, reports);
      reports.push({
        id: meta.id,
        ok: false,
        observations: 0,
        cached: false,
        skipped: { file: meta.path, code: r.error.code, message: r.error.message },
      });
      hashes.push('');
      continue;
    }
    ms.read += r.ms.read;
    ms.extract += r.ms.extract;
    if (r.entry) entries.push([entrySection(r.entry.key), r.entry.text]);
    hashes.push(r.sha256);
    const textKey = `${meta.doc_kind}/${r.text_sha256}`;
    const copyOf = r.text_sha256 ? texts.get(textKey) : undefined;
    if (copyOf !== undefined) {
      warnings.push({
        type: 'same-text',
        report_id: meta.id,
        file: meta.path,
        message: `${meta.id} (${meta.path}) has the same text as ${copyOf}: read once, as ${copyOf}`,
      });
      reports.push({
        id: meta.id,
        ok: true,
        sha256: r.sha256,
        bytes: r.bytes,
        encoding: r.encoding,
        observations: 0,
        cached: r.cached,
        dropped: [],
        same_text_as: copyOf,
      });
      continue;
    }
    if (r.text_sha256) texts.set(textKey, meta.id);
    // nothing read at all: a commitments list yields commitments and a progress notice statements, not observations
    if (!r.observations.length && !r.stated.length && !r.commitments.length && !r.statements.length)
      warnings.push({
        type: 'nothing-found',
        report_id: meta.id,
        file: meta.path,
        message: `${NOTHING_FOUND[meta.doc_kind] ?? 'no figures found in report'} ${meta.id} (${meta.path})`,
      });
    for (const message of r.warnings)
      warnings.push({ type: 'document', report_id: meta.id, file: meta.path, message: `${meta.id}: ${message}` });
    warnings.push(...readingWarnings(meta, r, task.ref.kind !== 'file'));
    for (const o of r.observations) observations.push(o);
    for (const s of r.stated) stated.push(s);
    for (const c of r.commitments) commitments.push(c);
    for (const s of r.statements) statements.push(s);
    reports.push({
      id: meta.id,
      ok: true,
      sha256: r.sha256,
      bytes: r.bytes,
      encoding: r.encoding,
      lookalikes_folded: r.lookalikes.folded,
      observations: r.observations.length,
      cached: r.cached,
      ms: { read: r.ms.read, extract: r.ms.extract },
      dropped: r.dropped ?? [],
      ...(r.account ? { account: r.account } : {}),
      ...(r.derived ? { derived_text: r.derived } : {}),
    });
  }

  unheld(unit.tasks, commitments, statements, warnings);

  let t = performance.now();
  const bad = observationProblems(observations, 'observations');
  if (bad.length) {
    const p = bad[0];
    return failed(
      unit,
      {
        code: 'OBSERVATION_INVALID',
        message: `report ${p.report_id}: ${p.path} ${p.message} at ${p.span?.start}-${p.span?.end} "${p.span?.text}"`,
        file: p.report_id,
      },
      reports,
    );
  }

  // an added observation is grounded in its report's text: read that report again
  const sources = new Map<string, OverrideSource>();
  for (const { override } of unit.overrides) {
    const task = unit.tasks.find((x) => x.meta.id === override.report_id);
    if (!task) continue;
    const known = sources.get(task.meta.id);
    if (known && (known.source || override.action !== 'add')) continue;
    sources.set(task.meta.id, {
      source: override.action === 'add' ? readReport(task.ref).source : '',
      jurisdiction: task.meta.jurisdiction,
      report_year: task.meta.report_year,
      doc_kind: task.meta.doc_kind,
      source_url: task.meta.source_url ?? null,
      publisher: task.meta.publisher ?? null,
      as_of: task.meta.as_of ?? null,
    });
  }
  let applied: FragmentHeader['applied'] = [];
  try {
    const r = applyOverrides(observations, unit.overrides, sources, indicators, ctx.overridesFile);
    observations = r.observations;
    applied = r.applied;
  } catch (e) {
    if (e instanceof YoyError)
      return failed(unit, { code: e.code, message: e.message, file: e.file, location: e.location }, reports);
    throw e;
  }
  const perReport = new Map<string, number>();
  for (const o of observations) perReport.set(o.report_id, (perReport.get(o.report_id) ?? 0) + 1);
  for (const r of reports) if (r.ok) r.observations = perReport.get(r.id) ?? 0;
  ms.validate += performance.now() - t;

  t = performance.now();
  // what the input holds for this jurisdiction, to tell a missing outcome from one not yet published
  const documents = unit.tasks
    .filter((_, i) => reports[i]?.ok)
    .map((t) => ({
      id: t.meta.id,
      doc_kind: t.meta.doc_kind,
      report_year: t.meta.report_year,
      as_of: t.meta.as_of,
      delivered_on: t.meta.delivered_on,
    }));
  let derived: ReturnType<typeof derive>;
  try {
    derived = derive(
      observations,
      ctx.dictionary.indicators,
      ctx.tolerance,
      stated,
      documents,
      { commitments, statements },
      ctx.inputDate,
    );
  } catch (e) {
    // the derive boundary names the row and field of a value no table may hold
    if (e instanceof YoyError)
      return failed(unit, { code: e.code, message: e.message, file: e.file, location: e.location }, reports);
    throw e;
  }
  const review = reviewRows(observations, ctx.reviewThreshold);
  ms.derive += performance.now() - t;

  t = performance.now();
  // the derived rows are checked against the bundle's schema here, one jurisdiction at a time
  const rows: UnitRows = { division_code: unit.tasks[0]?.meta.division_code ?? null, observations, review, derived };
  // observations were checked one by one above; the derived rows against the bundle's item schemas here
  const itemBad = itemProblems(bundleItems(rows));
  if (itemBad) return failed(unit, { code: 'BUNDLE_INVALID', message: itemBad, file: 'bundle.json' }, reports);
  ms.validate += performance.now() - t;

  t = performance.now();
  const same = unitFields(rows);
  const csv = Object.fromEntries(ROW_TABLES.map((t) => [t.name, csvRows(t, t.rows!(rows), same)]));
  const json = Object.fromEntries(JSON_TABLES.map((t) => [t.name, jsonLines(t.rows!(rows), same)]));
  const pivots = Object.fromEntries(PIVOT_TABLES.map((t) => [t.name, pivotLines(t, pivotOf(t, rows))]));
  const status = countStatuses(derived.targets_vs_actuals);
  ms.format += performance.now() - t;

  // a unit with a skipped report is not cached: the report is read again next time
  const cacheable = ctx.fragments && reports.every((r) => r.ok);
  const key = cacheable ? unitKey(ctx.fragments!.base, unit, hashes) : '';
  const bytes = encodeFragment(
    {
      jurisdiction: unit.jurisdiction,
      key,
      reports,
      warnings,
      applied,
      counts: Object.fromEntries(ROW_TABLES.map((t) => [t.name, t.rows!(rows).length])),
      status,
      ms,
      pivots,
      targets: targetBands(derived.targets_vs_actuals),
      scorecard: scoreCandidates(derived.targets_vs_actuals, derived.stated_attainment, {
        level: unit.tasks[0]?.meta.level ?? '',
        division_code: unit.tasks[0]?.meta.division_code ?? null,
        jurisdiction_name: unit.tasks[0]?.meta.jurisdiction_name ?? unit.jurisdiction,
      }),
    },
    csv,
    json,
    entries,
  );
  return bytes;
}
