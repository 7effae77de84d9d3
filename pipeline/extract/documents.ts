// Which reader a document gets, by its kind (the manifest's `kind`): a work report
// its targets and last year's outcomes; a statistical communiqué and a progress
// notice the outcomes of the year they cover; a series file its rows. Every
// reader returns grounded observations; the runner stamps the document's kind,
// URL and date on them. The commitments reader runs beside them on work reports
// (the plan's numbered promises; the review's statements of last year), lists and
// progress notices: a figure is an observation or a commitment, never both.
import { extractReport, findMentions, type Extraction, type ReportInput } from './index.js';
import { readSeriesFile } from './series-file.js';
import { extractCommunique } from './communique/index.js';
import {
  readCommitments,
  type CommitmentExtraction,
  type CommitmentRecord,
  type StatementRecord,
} from './commitments/index.js';
import type { CompiledDictionary } from './dictionary.js';
import { normalize, type NormalText } from './normalize.js';
import type { DocKind, Observation } from '../core/model.js';
import type { ReportMeta } from '../load/index.js';
import type { ReadReport } from '../load/read.js';
import { accountOf, type Account, type AccountInput } from './account.js';
import { readsAsWholeReport } from './commitments/zones.js';

/** Said of a commitments document that is a whole work report rather than a list (the contract's kind is a list). */
const WHOLE_REPORT =
  'it reads as a whole work report (a review, then a plan), not a list: its review is read as statements of the years it reviews, and only the list its plan names (or, where it names none, its plan) as promises';

export interface DocumentInput extends ReportInput {
  doc_kind: DocKind;
  jurisdiction_name: string;
  level: string;
  /** the file's name, for errors */
  display: string;
}

/** A document as its reader takes it: what the manifest says of it, and its decoded text. */
export function documentInput(meta: ReportMeta, rep: ReadReport, display: string): DocumentInput {
  return {
    id: meta.id,
    doc_kind: meta.doc_kind,
    jurisdiction: meta.jurisdiction,
    jurisdiction_name: meta.jurisdiction_name,
    level: meta.level,
    report_year: meta.report_year,
    source: rep.source,
    segments: rep.segments,
    display,
  };
}

export interface DocumentExtraction extends Extraction {
  /** the numbered promises of the document, for its year */
  commitments: CommitmentRecord[];
  /** what it says of how a year went, to set beside earlier promises */
  statements: StatementRecord[];
  /** with { explain: true }, every number of a prose document and what became of it (account.ts) */
  account?: Account;
}

/** The headline indicator an object names (城镇新增就业 is new_jobs): in a work report such a figure stays with the dictionary. */
function headlineOf(dict: CompiledDictionary): (object: string) => string | undefined {
  return (object) => {
    const m = findMentions(object, dict).find((x) => !x.indicator.group || x.indicator.group === 'core');
    return m ? m.indicator.id : undefined;
  };
}

function commitmentsOf(doc: DocumentInput, dict: CompiledDictionary, observations: Observation[], norm?: NormalText) {
  return readCommitments({
    id: doc.id,
    jurisdiction: doc.jurisdiction,
    doc_kind: doc.doc_kind,
    year: doc.report_year,
    source: doc.source,
    segments: doc.segments,
    observed: observations.map((o) => ({ start: o.start, end: o.end })),
    headline: headlineOf(dict),
    norm,
  });
}

/**
 * With { explain: true }, a reader that sets figures aside also says which and why (`dropped`),
 * and a prose document gets its account (every number and what became of it), for the review pages.
 */
export function extractDocument(
  doc: DocumentInput,
  dict: CompiledDictionary,
  opts: { explain?: boolean } = {},
): DocumentExtraction {
  const read = readDocument(doc, dict, opts);
  if (!opts.explain || doc.doc_kind === 'series') return read;
  const { norm, commitmentsDropped, names, ...r } = read;
  // (a loop and literals, not spreads: V8 copies an object by spreading it several times slower)
  const dropped: Array<AccountInput['dropped'][number]> = [...(r.dropped ?? [])];
  for (const d of commitmentsDropped ?? [])
    if (d.figure) dropped.push({ start: d.figure.start, end: d.figure.end, code: d.code, whole: true });
  const account = accountOf(
    {
      source: doc.source,
      norm: norm ?? normalize(doc.source, doc.segments),
      observations: r.observations,
      commitments: [...r.commitments, ...r.statements],
      names,
      dropped,
    },
    dict,
  );
  // r is this call's own object: the account is its last field, as a spread would put it
  (r as DocumentExtraction).account = account;
  return r;
}

type Read = DocumentExtraction & {
  /** the text as the readers read it, where one normalised it already */
  norm?: NormalText;
  /** what the commitments reader set aside, for the account */
  commitmentsDropped?: CommitmentExtraction['dropped'];
};

function readDocument(doc: DocumentInput, dict: CompiledDictionary, opts: { explain?: boolean }): Read {
  switch (doc.doc_kind) {
    case 'series':
      return { observations: readSeriesFile(doc, dict.byId), stated: [], commitments: [], statements: [] };
    case 'work_report': {
      // both readers read the one normalised text
      const norm = normalize(doc.source, doc.segments);
      const r = extractReport(doc, dict, { norm, explain: opts.explain });
      const c = commitmentsOf(doc, dict, r.observations, norm);
      return { ...r, commitments: c.commitments, statements: c.statements, norm, commitmentsDropped: c.dropped };
    }
    case 'statistical_communique':
    case 'progress': {
      // both readers, and the account, read the one normalised text
      const norm = normalize(doc.source, doc.segments);
      // report_year is the year the document covers (load/index.ts)
      const r = extractCommunique(
        {
          id: doc.id,
          jurisdiction: doc.jurisdiction,
          covers_year: doc.report_year,
          report_year: doc.report_year,
          source: doc.source,
          segments: doc.segments,
          jurisdiction_name: doc.jurisdiction_name,
          level: doc.level,
          norm,
        },
        dict,
      );
      const dropped = opts.explain ? { dropped: r.dropped } : {};
      if (doc.doc_kind === 'statistical_communique')
        return {
          observations: r.observations,
          stated: [],
          warnings: r.warnings,
          commitments: [],
          statements: [],
          ...dropped,
          norm,
        };
      // a notice that restates the promise (承诺 then 进展情况): the promise is not an outcome
      const c = commitmentsOf(doc, dict, [], norm);
      const observations = r.observations.filter((o) => !c.commitments.some((p) => p.start < o.end && o.start < p.end));
      return {
        observations,
        stated: [],
        warnings: r.warnings,
        commitments: c.commitments,
        statements: c.statements,
        ...dropped,
        commitmentsDropped: c.dropped,
        norm,
      };
    }
    case 'commitments': {
      // the numbered promises of a list are commitments, not observations (the account reads the same text)
      const norm = normalize(doc.source, doc.segments);
      const c = commitmentsOf(doc, dict, [], norm);
      return {
        observations: [],
        stated: [],
        ...(readsAsWholeReport(norm.text, doc.report_year) ? { warnings: [WHOLE_REPORT] } : {}),
        commitments: c.commitments,
        statements: c.statements,
        commitmentsDropped: c.dropped,
        norm,
      };
    }
  }
}
