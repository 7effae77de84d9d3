// What the units hand on besides their rows, gathered in release order for the run's
// metadata: the documents read (with their hashes, and the texts of PDF and Word
// files), the input files, warnings, skips and overrides applied; the thread time of
// each step; and what the rules set aside in each document, for the review pages.
import type { Input } from '../load/index.js';
import type { RunMeta } from '../core/model.js';
import type { Dropped } from '../extract/index.js';
import type { Account } from '../extract/account.js';
import type { Fragment } from '../format/fragment.js';
import type { ReleaseWriter } from '../release/assemble.js';
import { YoyError, type ErrorCode } from '../core/errors.js';
import { version } from '../core/paths.js';
import type { Unit } from './unit.js';
import type { RunEvent } from './index.js';

function createdDate(): string | null {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (!epoch || !/^\d+$/.test(epoch)) return null;
  return new Date(Number(epoch) * 1000).toISOString();
}

export class RunRecord {
  /** the documents read, without their accounts (bundle.json has those: ReleaseWriter.addReport) */
  private reports: RunMeta['reports'] = [];
  private inputFiles: RunMeta['inputs'];
  private warnings: RunMeta['warnings'];
  private skipped: RunMeta['skipped'];
  private applied: RunMeta['overrides_applied'] = [];
  private done = 0;
  /** thread time of each step, summed over the units computed in this run */
  readonly cpu = { read: 0, extract: 0, validate: 0, derive: 0, format: 0 };
  /** what the rules set aside in each document of the jurisdictions the pages draw */
  readonly dropped = new Map<string, Dropped[]>();
  /** every number of each prose document of those jurisdictions and what became of it */
  readonly accounts = new Map<string, Account>();

  constructor(
    private input: Input,
    private writer: ReleaseWriter,
    private say: (e: RunEvent) => void,
  ) {
    this.inputFiles = [...input.inputFiles];
    this.warnings = [...input.warnings];
    this.skipped = [...input.skipped];
  }

  /**
   * A unit's outcome, told as events; a unit that failed ends the run here. What its
   * documents set aside is kept for the review pages when `forPages` (a jurisdiction
   * the pages draw): at 300 MB, kept for every document, it was a third of this thread's heap.
   */
  add(unit: Unit, f: Fragment, cached: boolean, forPages = false): void {
    const h = f.header;
    if (!cached) for (const k of Object.keys(this.cpu) as Array<keyof typeof this.cpu>) this.cpu[k] += h.ms[k];
    h.reports.forEach((r, i) => {
      const { meta, ref } = unit.tasks[i];
      if (r.ok) {
        if (forPages && r.dropped) this.dropped.set(meta.id, r.dropped);
        if (forPages && r.account) this.accounts.set(meta.id, r.account);
        this.say({
          event: 'report',
          id: meta.id,
          index: ++this.done,
          total: this.input.reports.length,
          observations: r.observations,
          cached: cached || r.cached,
          jurisdiction_cached: cached,
          doc_kind: meta.doc_kind,
          bytes: r.bytes ?? 0,
          ...(r.ms && !cached && !r.cached ? { read_ms: r.ms.read, extract_ms: r.ms.extract } : {}),
        });
        if (ref.kind === 'file') this.inputFiles.push({ path: meta.path, sha256: r.sha256!, bytes: r.bytes! });
        // a PDF's or Word file's text, or a text whose look-alikes were folded, goes into the release, so every span can still be checked
        const sourceText = r.derived_text ? this.writer.addSourceText(meta.id, r.derived_text.text) : undefined;
        const entry: RunMeta['reports'][number] = {
          id: meta.id,
          kind: meta.doc_kind,
          jurisdiction: meta.jurisdiction,
          jurisdiction_name: meta.jurisdiction_name,
          level: meta.level,
          report_year: meta.report_year,
          path: meta.path,
          sha256: r.sha256!,
          encoding: r.encoding!,
          lookalikes_folded: r.lookalikes_folded ?? 0,
          excerpt: meta.excerpt,
          observations: r.observations,
          ...(meta.source_url ? { source_url: meta.source_url } : {}),
          ...(meta.publisher ? { publisher: meta.publisher } : {}),
          ...(meta.as_of ? { as_of: meta.as_of } : {}),
          ...(meta.parent ? { parent: meta.parent } : {}),
          ...(sourceText ? { source_text: sourceText } : {}),
          // a collection's report: its offsets point into this field of the line or column of the row
          ...(ref.kind !== 'file' ? { text_field: ref.textField } : {}),
          ...(r.same_text_as ? { same_text_as: r.same_text_as } : {}),
          ...(r.derived_text?.pageStarts ? { page_starts: r.derived_text.pageStarts } : {}),
          ...(r.account ? { account: r.account } : {}),
        };
        // the entry with its account goes to the release now; this list keeps it without
        // (at 300 MB of the bench's mix the accounts were 13 MB of this thread's heap)
        this.writer.addReport(entry);
        const { account: _account, ...lean } = entry;
        this.reports.push(lean);
      } else if (r.skipped) {
        this.skipped.push(r.skipped);
        this.say({ event: 'skipped', ...r.skipped });
      }
    });
    if (h.error) throw new YoyError(h.error.code as ErrorCode, h.error.message, h.error.file, h.error.location);
    for (const w of h.warnings) {
      this.warnings.push(w);
      this.say({ event: 'warning', message: w.message });
    }
    for (const a of h.applied) this.applied.push(a);
  }

  /** The run's metadata, once every unit is in. */
  meta(settings: RunMeta['settings'], inputDate: string | null): RunMeta {
    return {
      tool: { name: 'yoy', version: version() },
      created: createdDate(),
      input_date: inputDate,
      inputs: this.inputFiles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      reports: this.reports,
      dictionary_sha256: this.input.dictionaryHash,
      settings,
      warnings: this.warnings,
      overrides_applied: this.applied.sort((a, b) => a.index - b.index),
      skipped: this.skipped,
      lines_skipped: this.input.linesSkipped,
      jurisdictions: this.input.jurisdictions,
    };
  }
}
