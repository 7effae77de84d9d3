// The pages people open: report.html, and a review page per document of the
// jurisdictions it draws, written from what the run gathered for them (collect.ts)
// rather than from the release read back. Their modules are
// loaded only when views are written. The other view, yoy.xlsx, is written by a
// thread of its own while the data run goes on (workbook.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { PageData } from './collect.js';
import type { Input } from '../../load/index.js';
import type { Observation } from '../../core/model.js';
import type { Dropped } from '../../extract/index.js';
import type { Account } from '../../extract/account.js';
import { reviewFile, DOC_KIND_WORDS, COMMITMENT_WORDS } from './page.js';
import type { CommitmentSpan } from './review-html.js';

export interface ViewOptions {
  /** report.html draws charts for at most this many jurisdictions */
  reportMaxJurisdictions: number;
  tolerance: { pp: number; levelPct: number };
  /** the input the release was made from: its dictionary names the indicators, and the review pages read its documents again */
  input?: Input;
  /** what the rules set aside in each document, as the data run found it (a document without an entry is read again) */
  dropped?: Map<string, Dropped[]>;
  /** every number of each prose document and what became of it, as the data run found it */
  accounts?: Map<string, Account>;
}

/** The jurisdictions report.html draws: those the pages' data holds rows of. */
const drawnJurisdictions = (data: PageData) => new Set(data.derived.targets_vs_actuals.map((r) => r.jurisdiction));

/** report.html and the review pages of the release in `dir`; the files written. */
export async function writePages(release: PageData, dir: string, opts: ViewOptions): Promise<string[]> {
  const { reportHtml } = await import('./report-html.js');
  const files: string[] = [];
  const reviewed = opts.input
    ? await writeReviews(release, dir, opts.input, drawnJurisdictions(release), opts.dropped, opts.accounts)
    : [];
  const indicators = opts.input
    ? new Map(
        opts.input.dictionary.indicators.map((i) => [
          i.id,
          { label: i.label, label_en: i.label_en, names: i.names, better: i.better },
        ]),
      )
    : undefined;
  fs.writeFileSync(
    path.join(dir, 'report.html'),
    await reportHtml(release, {
      maxJurisdictions: opts.reportMaxJurisdictions,
      tolerance: opts.tolerance,
      indicators,
      reviewed: new Set(reviewed),
    }),
  );
  files.push('report.html');
  return [...files, ...reviewed.map((id) => `review/${reviewFile(id)}`)];
}

/** review/<report>.html for every document of the jurisdictions drawn; the ids of those written. */
async function writeReviews(
  release: PageData,
  dir: string,
  input: Input,
  shown: Set<string>,
  known: Map<string, Dropped[]> = new Map(),
  accounts: Map<string, Account> = new Map(),
): Promise<string[]> {
  const { reviewHtml } = await import('./review-html.js');
  const { readReport } = await import('../../load/read.js');
  const { extractDocument, documentInput } = await import('../../extract/documents.js');
  const { compileDictionary } = await import('../../extract/dictionary.js');
  const read = new Set(release.meta.reports.map((r) => r.id));
  const docs = input.reports.filter(({ meta }) => shown.has(meta.jurisdiction) && read.has(meta.id));
  if (!docs.length) return [];
  const dict = compileDictionary(input.dictionary);
  const byReport = new Map<string, Observation[]>();
  for (const o of release.observations) {
    const l = byReport.get(o.report_id);
    if (l) l.push(o);
    else byReport.set(o.report_id, [o]);
  }
  const stated = new Map<string, Map<string, { start: number; end: number; stated: string; indicator: string }>>();
  for (const s of release.derived.stated_attainment) {
    let m = stated.get(s.report_id);
    if (!m) stated.set(s.report_id, (m = new Map()));
    const k = `${s.start}|${s.end}`;
    if (!m.has(k)) m.set(k, { start: s.start, end: s.end, stated: s.stated, indicator: s.indicator });
  }
  const commitments = commitmentSpans(release);
  fs.mkdirSync(path.join(dir, 'review'), { recursive: true });
  const titles = new Map(release.meta.reports.map((r) => [r.id, r]));
  const written: string[] = [];
  for (const { meta, ref } of docs) {
    const r = titles.get(meta.id)!;
    // a PDF's or Word file's text is in the release already, exactly as read: not taken apart
    // again (that started the PDF reader's thread anew at the end of the run, 100 MB and more)
    // (a document with the same text as another was read once, as the other: its text is the other's)
    const sourceText = r.source_text ?? (r.same_text_as ? titles.get(r.same_text_as)?.source_text : undefined);
    const kept = known.has(meta.id) && sourceText;
    const rep = kept ? undefined : readReport(ref);
    const source = rep ? rep.source : fs.readFileSync(path.join(dir, sourceText!), 'utf8');
    // the figures the rules set aside, and why: as the data run found them, else the document read again with { explain: true }
    const { dropped = [], account } =
      known.has(meta.id) || !rep
        ? { dropped: known.get(meta.id), account: accounts.get(meta.id) }
        : extractDocument(documentInput(meta, rep, ref.display), dict, { explain: true });
    const title =
      meta.doc_kind === 'work_report'
        ? `${r.jurisdiction_name} ${r.report_year}年政府工作报告`
        : (meta.title ??
          `${r.jurisdiction_name} ${DOC_KIND_WORDS[meta.doc_kind] ?? meta.doc_kind}${r.report_year > 0 ? ` ${r.report_year}` : ''}`);
    const html = reviewHtml(
      {
        id: meta.id,
        title,
        jurisdiction: meta.jurisdiction,
        doc_kind: meta.doc_kind,
        source_url: meta.source_url ?? null,
        publisher: meta.publisher ?? null,
        source,
        observations: byReport.get(meta.id) ?? [],
        dropped: dropped.sort((a, b) => a.start - b.start || a.end - b.end),
        stated: [...(stated.get(meta.id)?.values() ?? [])],
        commitments: commitments.get(meta.id) ?? [],
        account,
      },
      `../report.html#j-${meta.jurisdiction}`,
    );
    fs.writeFileSync(path.join(dir, 'review', reviewFile(meta.id)), html);
    written.push(meta.id);
  }
  return written;
}

/** The spans of commitments.csv by document: each commitment where it is made, and its outcome where it is stated. */
function commitmentSpans(release: PageData): Map<string, CommitmentSpan[]> {
  const m = new Map<string, CommitmentSpan[]>();
  const add = (report: string, span: CommitmentSpan) => {
    const l = m.get(report);
    if (l) l.push(span);
    else m.set(report, [span]);
  };
  for (const c of release.derived.commitments) {
    const status = COMMITMENT_WORDS[c.status] ?? c.status;
    add(c.report_id, {
      start: c.start,
      end: c.end,
      outcome: false,
      words: `a commitment for ${c.year}: ${c.item} — ${status}${c.outcome_text ? `: ${c.outcome_text} (${c.outcome_report_id})` : ''}`,
    });
    if (c.outcome_report_id !== null && c.outcome_start !== null && c.outcome_end !== null)
      add(c.outcome_report_id, {
        start: c.outcome_start,
        end: c.outcome_end,
        outcome: true,
        words: `the outcome of a commitment for ${c.year} (${c.report_id}: ${c.item}) — ${status}`,
      });
  }
  return m;
}
