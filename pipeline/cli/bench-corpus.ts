// The benchmark's corpus: what a user feeds for each place. Every place gets a whole
// work report (the national ones of input/, the provincial ones of provinces-2026 and
// Shangcheng's), the statistical communiqué of the year before, a commitments list and
// a progress notice of the report's year (the local texts of ../shared/corpus/local);
// one place in PDF_EVERY gets its work report as a PDF, as some users download them.
// Copies are places of their own (renamed), their texts' years shifted so that joins
// and comparisons happen as they would in real input.
import fs from 'node:fs';
import path from 'node:path';
import { loadInput } from '../load/index.js';
import { readReport } from '../load/read.js';
import { PROJECT_ROOT } from '../core/paths.js';
import { escape, lexicon } from '../lexicon/index.js';

type Kind = 'work_report' | 'statistical_communique' | 'commitments' | 'progress';

interface Doc {
  kind: Kind;
  /** the year it is about: a report's year of delivery, otherwise covers_year */
  year: number;
  text: string;
  /** for work reports: whose */
  jurisdiction?: string;
  name?: string;
  level?: string;
}

/** One place in PDF_EVERY feeds its work report as a PDF. */
export const PDF_EVERY = 20;
/** Distinct PDFs made (pdfkit takes seconds for a report); the places that need one share them. */
const PDFS = 3;

/** A label per document for the table of extraction time by kind. */
export type KindLabel = string;

const LOCAL_DIRS = [
  path.join(PROJECT_ROOT, '..', 'shared', 'corpus', 'local'),
  path.join(PROJECT_ROOT, 'test', 'fixtures', 'local'),
];

function localDocs(kind: 'commitments' | 'progress'): Doc[] {
  const dir = LOCAL_DIRS.find((d) => fs.existsSync(d));
  if (!dir) throw new Error(`bench: no local texts in ${LOCAL_DIRS.join(' or ')}`);
  return fs
    .readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const m = new RegExp(`^[a-z]+-(\\d{4})-${kind}\\.txt$`).exec(f);
      return m ? [{ kind, year: Number(m[1]), text: fs.readFileSync(path.join(dir, f), 'utf8') }] : [];
    });
}

function inputDocs(): { reports: Doc[]; communiques: Doc[] } {
  const input = loadInput(path.join(PROJECT_ROOT, 'input'), { maxFileBytes: 200e6 });
  const reports: Doc[] = [];
  const communiques: Doc[] = [];
  for (const { meta, ref } of input.reports) {
    if (meta.doc_kind === 'work_report' && !meta.excerpt)
      reports.push({
        kind: 'work_report',
        year: meta.report_year,
        text: readReport(ref).source,
        jurisdiction: meta.jurisdiction,
        name: meta.jurisdiction_name,
        level: meta.level,
      });
    if (meta.doc_kind === 'statistical_communique')
      communiques.push({ kind: 'statistical_communique', year: meta.report_year, text: readReport(ref).source });
  }
  return { reports, communiques };
}

export interface BaseDocs {
  reports: Doc[];
  communiques: Doc[];
  commitments: Doc[];
  progress: Doc[];
}

export function baseDocs(): BaseDocs {
  return { ...inputDocs(), commitments: localDocs('commitments'), progress: localDocs('progress') };
}

/** Every year written in the text moved by `by` (2025年 → 2027年), the year's word from the lexicon. */
const shiftYears = (text: string, by: number) => {
  if (!by) return text;
  const suffix = lexicon().sections.yearSuffix;
  return text.replace(
    new RegExp(`(19[5-9]\\d|20\\d\\d)${escape(suffix)}`, 'g'),
    (_, y) => `${Number(y) + by}${suffix}`,
  );
};

/** The label a document is counted under in the table by kind. */
function labelOf(kind: Kind, level: string | undefined, pdf: boolean): KindLabel {
  if (kind !== 'work_report')
    return kind === 'statistical_communique' ? 'communiqué' : `${kind} ${kind === 'progress' ? 'notice' : 'list'}`;
  return `${level === 'national' ? 'national' : level === 'province' ? 'provincial' : 'local'} report${pdf ? ' (PDF)' : ''}`;
}

export interface Corpus {
  mb: number;
  reports: number;
  places: number;
  /** each report's id and the label it is counted under */
  kinds: Map<string, KindLabel>;
  /** bytes on disk by label */
  bytes: Record<KindLabel, number>;
}

/**
 * Writes a corpus of about `targetMb` MB into `dir` (a manifest and one file per
 * document), places in turn until the size is reached. `pdf(text)` makes a PDF.
 */
export async function buildCorpus(
  dir: string,
  targetMb: number,
  base: BaseDocs,
  pdf: ((text: string) => Promise<Buffer>) | undefined,
): Promise<Corpus> {
  fs.mkdirSync(dir, { recursive: true });
  const entries: object[] = [];
  const kinds = new Map<string, KindLabel>();
  const bytes: Record<KindLabel, number> = {};
  const pdfs: Array<{ bytes: Buffer; report: Doc }> = [];
  let total = 0;
  let place = 0;
  const write = (file: string, content: string | Buffer, entry: Record<string, unknown>, label: KindLabel) => {
    fs.writeFileSync(path.join(dir, file), content);
    const n = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    total += n;
    bytes[label] = (bytes[label] ?? 0) + n;
    kinds.set(String(entry.id), label);
    entries.push({ ...entry, path: file });
  };
  for (; total < targetMb * 1e6; place++) {
    const asPdf = pdf !== undefined && place % PDF_EVERY === PDF_EVERY - 1;
    let report = base.reports[place % base.reports.length];
    let shift = Math.floor(place / base.reports.length) % 7;
    let pdfBytes: Buffer | undefined;
    if (asPdf) {
      // a PDF cannot have its years shifted: the place keeps the report's own year
      const k = Math.floor(place / PDF_EVERY) % PDFS;
      if (!pdfs[k]) pdfs[k] = { report, bytes: await pdf(report.text) };
      ({ report, bytes: pdfBytes } = pdfs[k]);
      shift = 0;
    }
    const jurisdiction = `p${place}-${report.jurisdiction}`;
    const year = report.year + shift;
    const common = { jurisdiction, jurisdiction_name: report.name, level: report.level };
    const id = (what: string) => `${jurisdiction}-${year}-${what}`;
    write(
      `${id('report')}.${asPdf ? 'pdf' : 'txt'}`,
      pdfBytes ?? shiftYears(report.text, shift),
      { id: id('report'), ...common, report_year: year },
      labelOf('work_report', report.level, asPdf),
    );
    const communique = base.communiques[place % base.communiques.length];
    const commitments = base.commitments[place % base.commitments.length];
    const progress = base.progress[place % base.progress.length];
    for (const [doc, covers] of [
      [communique, year - 1],
      [commitments, year],
      [progress, year],
    ] as const) {
      write(
        `${id(doc.kind)}.txt`,
        shiftYears(doc.text, covers - doc.year),
        { id: id(doc.kind), ...common, kind: doc.kind, covers_year: covers },
        labelOf(doc.kind, undefined, false),
      );
    }
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports: entries }));
  return { mb: total / 1e6, reports: entries.length, places: place, kinds, bytes };
}
