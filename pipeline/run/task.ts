// One report's extraction as a task: read, decode, extract, check every span
// against the source. The same function runs in the main thread (--jobs 1) and
// in the worker pool, so the result cannot depend on the number of jobs.
import { readBytes, decodeReport, sha256, type SourceRef } from '../load/read.js';
import type { ReportMeta } from '../load/index.js';
import type { Dropped, Extraction, StatedRecord } from '../extract/index.js';
import { extractDocument, documentInput } from '../extract/documents.js';
import type { CompiledDictionary } from '../extract/dictionary.js';
import { unusualWarning } from '../load/unusual-chars.js';
import { YoyError } from '../core/errors.js';
import { definitionEnum } from '../core/schemas.js';
import { reportKey, readEntry, entryText, type EntryPlace } from './cache/reports.js';
import type { Observation } from '../core/model.js';
import type { CommitmentRecord, StatementRecord } from '../extract/commitments/index.js';
import type { Account } from '../extract/account.js';

export interface Task {
  index: number;
  meta: ReportMeta;
  ref: SourceRef;
  /**
   * The key's fixed part, or undefined for no cache; and where the report's entry
   * lies, when the index knows its key (worked out from the stat cache's hash)
   */
  cache?: { base: string; hint?: EntryPlace };
  /** another document of the same kind is in the jurisdiction: hash the text, to read a second copy once (unit.ts) */
  compareText?: boolean;
}

export interface TaskOk {
  ok: true;
  index: number;
  observations: Observation[];
  stated: StatedRecord[];
  /** the figures the rules set aside, and why (for the review pages; kept in the cache with the rest) */
  dropped?: Dropped[];
  /** every number of a prose document and what became of it (extract/account.ts) */
  account?: Account;
  /** the document's numbered promises, and its statements of how a year went */
  commitments: CommitmentRecord[];
  statements: StatementRecord[];
  /** what the reader found wrong with the document as a whole */
  warnings: string[];
  /** the look-alike characters folded as the text was read (load/lookalikes.ts) */
  lookalikes: { folded: number; examples: string };
  /** what to check when a tenth or more of the text's Chinese characters are unusual (load/unusual-chars.ts) */
  unusual?: string;
  encoding: string;
  sha256: string;
  /** the hash of the decoded text, where the task asked for it (compareText; else empty): two documents with the same text are read once (unit.ts) */
  text_sha256: string;
  bytes: number;
  cached: boolean;
  ms: { read: number; extract: number };
  /** the result as a cache entry (its key and text), for the unit's fragment to keep; absent when it came from the cache */
  entry?: { key: string; text: string };
  /**
   * For a PDF or a Word file: the text extracted from it, which the observations'
   * offsets point into (the file's bytes cannot check a span), and for a PDF where each
   * page begins in it. Kept in the cache with the rest, so a cached report has it too.
   */
  derived?: { text: string; pageStarts?: number[] };
}

export interface TaskFailed {
  ok: false;
  index: number;
  error: { code: string; message: string; file?: string; location?: string };
}

export type TaskResult = TaskOk | TaskFailed;

type Cached = Omit<TaskOk, 'index' | 'cached' | 'ms' | 'entry'>;

/**
 * The document's kind, URL, publisher and date, from the manifest, on every observation (a
 * series row keeps its own URL). Done after the cache, so that a changed URL in
 * the manifest never needs the report extracted again.
 */
function stamp<
  T extends { observations: Observation[]; commitments: CommitmentRecord[]; statements: StatementRecord[] },
>(r: T, meta: ReportMeta): T {
  for (const o of r.observations) {
    o.doc_kind = meta.doc_kind;
    o.source_url = o.source_url ?? meta.source_url ?? null;
    // a series row's publisher, else the manifest's: never guessed
    o.publisher = o.publisher ?? meta.publisher ?? null;
    o.as_of = meta.as_of ?? null;
    // every reader's observations carry the column, whether or not it sets it
    o.target_ref ??= null;
  }
  for (const c of [...r.commitments, ...r.statements]) {
    c.doc_kind = meta.doc_kind;
    c.as_of = meta.as_of ?? null;
  }
  return r;
}

export function runTask(task: Task, dict: CompiledDictionary): TaskResult {
  const { meta, ref } = task;
  try {
    const t0 = performance.now();
    const bytes = readBytes(ref);
    const hash = sha256(bytes);
    const key = task.cache ? reportKey(task.cache.base, hash, meta) : '';
    if (task.cache?.hint) {
      const hit = readEntry<Cached>(task.cache.hint, key);
      if (
        hit &&
        hit.sha256 === hash &&
        (hit.text_sha256 || !task.compareText) &&
        hit.commitments &&
        hit.statements &&
        hit.lookalikes
      )
        return {
          ...stamp(hit, meta),
          index: task.index,
          cached: true,
          ms: { read: performance.now() - t0, extract: 0 },
        };
    }
    const rep = decodeReport(ref, bytes);
    const t1 = performance.now();
    // explain: what was set aside is a few spans more, and saves reading every document again for its review page
    const {
      observations,
      stated,
      warnings = [],
      yearConflict,
      commitments,
      statements,
      dropped = [],
      account,
    } = extractDocument(documentInput(meta, rep, ref.display), dict, { explain: true });
    if (yearConflict) throw yearMismatch(meta, ref, yearConflict);
    for (const o of observations) {
      if (rep.source.slice(o.start, o.end) !== o.text) {
        throw new YoyError(
          'OBSERVATION_INVALID',
          `report ${meta.id}: the span ${o.start}-${o.end} is not its text "${o.text}"`,
          ref.display,
        );
      }
    }
    for (const c of [...commitments, ...statements]) {
      if (rep.source.slice(c.start, c.end) !== c.item) {
        throw new YoyError(
          'OBSERVATION_INVALID',
          `report ${meta.id}: the span ${c.start}-${c.end} of a commitment or an outcome is not its text "${c.item}"`,
          ref.display,
        );
      }
    }
    const result: Cached = {
      ok: true,
      observations,
      stated,
      commitments,
      statements,
      dropped,
      ...(account ? { account } : {}),
      warnings,
      lookalikes: rep.lookalikes,
      encoding: rep.encoding,
      sha256: hash,
      text_sha256: task.compareText ? sha256(rep.source) : '',
      bytes: rep.bytes,
    };
    const unusual = unusualWarning(rep.source, meta.id, Boolean(rep.derivedText));
    if (unusual) result.unusual = unusual;
    if (rep.derivedText)
      result.derived = rep.pageStarts ? { text: rep.source, pageStarts: rep.pageStarts } : { text: rep.source };
    // the entry's text before stamp() adds the manifest's fields, which are not part of the key
    const entry = task.cache ? { key, text: entryText(key, result) } : undefined;
    return {
      ...stamp(result, meta),
      ...(entry ? { entry } : {}),
      index: task.index,
      cached: false,
      ms: { read: t1 - t0, extract: performance.now() - t1 },
    };
  } catch (e) {
    if (e instanceof YoyError) {
      const message =
        e.code === 'DECODE_FAILED' && ref.kind === 'file' && !/encoding/.test(e.message)
          ? `${e.message}; ${encodingHint(meta.id, ref.encoding)}`
          : e.message;
      return { ok: false, index: task.index, error: { code: e.code, message, file: e.file, location: e.location } };
    }
    throw e;
  }
}

/** The manifest's report_year against the year the text's own dates agree on: an error naming the file, the value and the sentences. */
function yearMismatch(meta: ReportMeta, ref: SourceRef, c: NonNullable<Extraction['yearConflict']>): YoyError {
  const said = c.evidence
    .map((e) => `it ${e.what} ("${e.text.length > 80 ? `${e.text.slice(0, 80)}…` : e.text}", at ${e.start})`)
    .join('; ');
  return new YoyError(
    'REPORT_YEAR_MISMATCH',
    `report "${meta.id}" has "report_year": ${meta.report_year} in the manifest, but its text is the report of ${c.year}: ${said}. A work report reviews report_year − 1 and sets the targets of report_year: correct report_year in manifest.json (or check that the file is the right one)`,
    ref.display,
    ref.kind === 'jsonl' ? `line ${ref.line}` : ref.kind === 'csv' ? `row ${ref.row}` : undefined,
  );
}

/** What to do about a file that did not decode: the manifest entry's `encoding` field. */
function encodingHint(id: string, declared: string | undefined): string {
  if (declared)
    return `the manifest gives "encoding": "${declared}" for report "${id}": correct it, or remove it to let yoy detect the encoding`;
  return `if you know the file's encoding, give it in the manifest entry of report "${id}" as "encoding" (${definitionEnum('manifest', 'encoding').join(', ')}), or save the file as UTF-8`;
}
