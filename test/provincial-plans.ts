// Whole provincial plans for the commitments tests: a province's 2025 report (the Word
// copies in test/fixtures/provinces-2025) and its 2026 report (test/fixtures/provinces-2026),
// read as the pipeline reads them, each once, and the plan's promises matched with what the
// later report says of them.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { compiled } from './helpers.js';
import { extractDocument } from '../pipeline/extract/documents.js';
import { docxText } from '../pipeline/load/docx.js';
import { matchCommitments } from '../pipeline/derive/commitments.js';
import type { CommitmentRecord, StatementRecord } from '../pipeline/extract/commitments/index.js';

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');

export const plan2025 = (province: string) => {
  const file = path.join(FIXTURES, 'provinces-2025', `2025年${province}政府工作报告.docx`);
  return docxText(fs.readFileSync(file), file);
};

export const report2026 = (province: string) =>
  (
    parse(fs.readFileSync(path.join(FIXTURES, 'provinces-2026', `2026_${province}_政府工作报告.csv`)), {
      columns: true,
      bom: true,
    }) as Array<{ full_text: string }>
  )[0].full_text;

export const read = (source: string, year: number, id: string, jurisdiction: string) => {
  const r = extractDocument(
    {
      id,
      jurisdiction,
      jurisdiction_name: '',
      level: 'province',
      report_year: year,
      source,
      display: id,
      doc_kind: 'work_report',
    },
    compiled,
  );
  return { commitments: r.commitments, statements: r.statements };
};

/** A province's 2025 plan and its 2026 report, read once. */
const cache = new Map<string, { plan: CommitmentRecord[]; later: StatementRecord[] }>();
export const province = (name: string) => {
  let p = cache.get(name);
  if (!p) {
    const plan = read(plan2025(name), 2025, `${name}-2025`, name).commitments;
    const later = read(report2026(name), 2026, `${name}-2026`, name).statements;
    p = { plan: plan.filter((c) => c.year === 2025), later };
    cache.set(name, p);
  }
  return p;
};

/** The plan's promises matched with the later report's statements. */
export const matched = (name: string) => {
  const { plan, later } = province(name);
  return matchCommitments(plan, later, [
    { id: `${name}-2025`, doc_kind: 'work_report', report_year: 2025 },
    { id: `${name}-2026`, doc_kind: 'work_report', report_year: 2026 },
  ]).rows;
};
