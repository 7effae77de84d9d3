// Commitments in whole provincial plans of the fifth held-out batch (吉林, 陕西, 青海:
// test/fixtures/heldout/commitments/provinces-5.json), whose misses and wrong attachments these
// rules were written for after the batch was scored: each test holds one class with the
// reports' own sentences (the 2025 plans in test/fixtures/provinces-2025, the 2026 reports in
// test/fixtures/provinces-2026).
import { describe, it, expect } from 'vitest';
import { province, matched } from './provincial-plans.js';

describe('wrong attachments of the fifth batch', () => {
  it('陕西: a thing named by its number (西安地铁15号线) is not what 3条高速 counts, nor its outcome', () => {
    const row = matched('陕西省').find((r) => r.text.includes('麟法等3条高速') && r.value === 3);
    expect(row).toBeDefined();
    expect(row!.object).toBe('高速');
    expect(row!.outcome_text ?? '').not.toContain('15号线');
  });

  it('陕西: 亿千瓦时 is one unit; the electricity sent out (外送电量) is an output level, no promise', () => {
    const { plan } = province('陕西省');
    expect(plan.filter((c) => c.item.includes('外送电量') || c.object === '时').map((c) => c.item)).toEqual([]);
    // the clause before it stays: 建成榆能西南70万千瓦热电项目 is read
    expect(plan.some((c) => c.value === 70 && c.unit === '万千瓦')).toBe(true);
  });

  it('陕西: 国家级中小企业特色产业集群 is another programme than the 国家级优势特色产业集群 promised', () => {
    const row = matched('陕西省').find((r) => r.item.includes('国家级优势特色产业集群'));
    expect(row).toMatchObject({ value: 1, outcome_value: null });
  });
});
