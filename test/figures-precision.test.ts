// Classes of misreading found by auditing the default release's figures (issue 22: a wrong
// number is worse than a missing one), each on the real sentence it was found in:
// - a broader scope than the indicator's: the national communiqué's 全部工业增加值 (all of
//   industry) is not 规模以上工业增加值 (industry above designated size), the indicator's label.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, compiled, sentenceWith } from './helpers.js';
import { extractCommunique } from '../pipeline/extract/communique/index.js';

const communique = fs.readFileSync(
  path.join(ROOT, 'test', 'fixtures', 'statistics', 'china-2024-communique.txt'),
  'utf8',
);

describe('all of industry is a broader scope than industry above designated size', () => {
  // 全年全部工业增加值405442亿元，比上年增长5.7%。规模以上工业增加值增长5.8%。
  const s = sentenceWith(communique, '全年全部工业增加值405442亿元');
  const next = sentenceWith(communique, '规模以上工业增加值增长5.8%');
  const read = (source: string) =>
    extractCommunique({ id: 'china-2024-communique', jurisdiction: 'china', covers_year: 2024, source }, compiled);

  it('全部工业增加值 gives no figure of the indicator, and is set aside with a code', () => {
    const r = read(s);
    expect(r.observations.filter((o) => o.indicator === 'industrial_value_added')).toEqual([]);
    expect(r.dropped.filter((d) => d.indicator === 'industrial_value_added').map((d) => [d.text, d.code])).toEqual(
      expect.arrayContaining([[expect.stringContaining('405442'), 'not_jurisdiction']]),
    );
  });

  it('the above-size growth beside it is the one figure, and no longer goes to review', () => {
    const r = read(`${s}${next}`);
    const iva = r.observations.filter((o) => o.indicator === 'industrial_value_added');
    expect(iva.map((o) => [o.measure, o.value, o.text])).toEqual([['growth', 5.8, '规模以上工业增加值增长5.8%']]);
    expect(iva[0].confidence).toBeGreaterThanOrEqual(0.6);
  });
});
