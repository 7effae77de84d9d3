// One sentence of a real report read as a plan of its year, for the commitments tests that
// hold a reading of the default release's reports (input/national, input/provinces-2025, the
// 2026 reports of test/fixtures) to what the sentence says.
import fs from 'node:fs';
import path from 'node:path';
import { INPUT, national, sentenceWith } from './helpers.js';
import { docxText } from '../pipeline/load/docx.js';
import { read, report2026 } from './provincial-plans.js';
import { readCommitments } from '../pipeline/extract/commitments/index.js';

/** The commitments of the sentence of `source` holding `needle`, read as a plan of `year`. */
export const planOf = (source: string, year: number, needle: string) =>
  read(`二、${year}年工作安排\n${sentenceWith(source, needle)}`, year, 'p', 'p').commitments;

/** …of a national report of `year`. */
export const china = (year: number, needle: string) => planOf(national.get(year)!, year, needle);

/** The commitments reader's whole reading of that sentence: its promises, and what it set aside and why. */
export const chinaRead = (year: number, needle: string) =>
  readCommitments({
    id: 'p',
    jurisdiction: 'p',
    doc_kind: 'work_report',
    year,
    source: `二、${year}年工作安排\n${sentenceWith(national.get(year)!, needle)}`,
  });

/**
 * …of the clause (between commas) of a national report's sentence holding `needle`, read alone, from the
 * first `from` in it if given.
 */
export const chinaClause = (year: number, needle: string, from?: string) => {
  const clause = sentenceWith(national.get(year)!, needle)
    .split('，')
    .find((c) => c.includes(needle))!;
  return read(`二、${year}年工作安排\n${clause.slice(from ? clause.indexOf(from) : 0)}`, year, 'p', 'p').commitments;
};

/** …of a province's 2025 report (Word), named as its file is (安徽省, 重庆市). */
export const plan2025 = (file: string, needle: string) => {
  const at = path.join(INPUT, 'provinces-2025', `2025年${file}政府工作报告.docx`);
  return planOf(docxText(fs.readFileSync(at), at), 2025, needle);
};

/** …of a province's 2026 report. */
export const plan2026 = (province: string, needle: string) => planOf(report2026(province), 2026, needle);

/** Verb, object and value of each commitment, for comparing readings at a glance. */
export const brief = (cs: Array<{ verb: string; object: string; value: number }>) =>
  cs.map((c) => [c.verb, c.object, c.value]);
