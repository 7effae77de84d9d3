// Commitments on plans never seen (issue 22, items 5 and 6): classes of misses that recur across the held-out
// batches (test/fixtures/heldout/commitments), each held with the reports' own sentences: the 2025 plans of
// input/provinces-2025 and what the 2026 reports of test/fixtures/provinces-2026 say of them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { INPUT } from './helpers.js';
import { docxText } from '../pipeline/load/docx.js';
import { read, report2026 } from './provincial-plans.js';
import { brief, plan2025 } from './plan-sentences.js';
import { matchCommitments } from '../pipeline/derive/commitments.js';

/** A province's whole 2025 plan (input/provinces-2025, named as its file is) matched with its 2026 report. */
const cache = new Map<string, ReturnType<typeof matchCommitments>>();
const matchedWhole = (file: string, province: string) => {
  let m = cache.get(province);
  if (!m) {
    const at = path.join(INPUT, 'provinces-2025', `2025年${file}政府工作报告.docx`);
    const plan = read(docxText(fs.readFileSync(at), at), 2025, 'plan', province).commitments;
    const later = read(report2026(province), 2026, 'later', province).statements;
    m = matchCommitments(
      plan.filter((c) => c.year === 2025),
      later,
      [
        { id: 'plan', doc_kind: 'work_report', report_year: 2025 },
        { id: 'later', doc_kind: 'work_report', report_year: 2026 },
      ],
    );
    cache.set(province, m);
  }
  return m;
};
const rowOf = (file: string, province: string, item: string) =>
  matchedWhole(file, province).rows.find((r) => r.item.includes(item));

describe('investment completed by the year’s key projects', () => {
  it('the body, 完成 and a word of money (…项目完成投资2300亿元) is a promise of the body’s investment', () => {
    expect(brief(plan2025('河北省', '年内省重点建设项目完成投资2300亿元'))).toContainEqual([
      '完成',
      '省重点建设项目投资',
      2300,
    ]);
  });

  it('a sum named by the year and 投资 after a count of projects is those projects’ investment', () => {
    expect(brief(plan2025('福建省', '年度计划投资7150亿元'))).toContainEqual(['计划投资', '省重点项目投资', 7150]);
    expect(brief(plan2025('浙江省', '完成年度投资1万亿元以上'))).toContainEqual(['完成', '重大项目投资', 1]);
  });

  it('the outcome: N个…项目完成投资 and its sum, each set beside its promise', () => {
    expect(rowOf('福建省', '福建省', '年度计划投资7150亿元')).toMatchObject({
      outcome_value: 7398,
      status: 'done',
    });
    expect(rowOf('浙江省', '浙江省', '完成年度投资1万亿元以上')).toMatchObject({ outcome_value: 1.5, status: 'done' });
    // the count of its sentence, tied between 安排重大项目1000个 and 推进重大项目500个, goes with the promise whose
    // sentence the sum beside it reports on
    expect(rowOf('浙江省', '浙江省', '安排重大项目1000个以上')).toMatchObject({ outcome_value: 1596 });
    expect(rowOf('浙江省', '浙江省', '推进重大项目500个以上')!.outcome_value).not.toBe(1596);
  });

  it('共建 in a name is one word: 320个共建重点项目 reports on 实施320个年度共建项目', () => {
    expect(rowOf('四川省', '四川省', '实施320个年度共建项目')).toMatchObject({ outcome_value: 320, status: 'done' });
  });
});
