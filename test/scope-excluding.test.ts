// A clause that leaves a part out of the whole (扣除…) makes the figure after it a
// narrower scope's, set aside with its code; one that adjusts the whole (扣除价格因素:
// real growth) does not. Real pieces: the seed's review clause on fixed-asset
// investment, behind the 2024 national communiqué's own exclusion clause.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { INPUT, seed, extract } from './helpers.js';

const communique = fs.readFileSync(path.join(INPUT, 'statistics', 'china-2024-communique.txt'), 'utf8');
const clause = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in the corpus: ${needle}`);
  return text.slice(at, text.indexOf('，', at) + 1);
};
// 扣除房地产开发民间投资，  and  扣除价格因素，
const leavesOut = clause(communique, '扣除房地产开发');
const adjusts = clause(communique, '扣除价格因素');
// 固定资产投资77.64亿元,同比增长21.6%
const fai = seed.slice(seed.indexOf('固定资产投资77.64亿元'), seed.indexOf('21.6%') + 5);

describe('a clause that leaves a part out', () => {
  it('the figure it governs is not the whole: set aside as a narrower scope', () => {
    expect(extract(`${fai}。`, 2015).filter((o) => o.indicator === 'fixed_asset_investment')).toHaveLength(2);
    expect(extract(`${leavesOut}${fai}。`, 2015).filter((o) => o.indicator === 'fixed_asset_investment')).toEqual([]);
  });

  it('leaving out the prices adjusts the whole: still read', () => {
    expect(extract(`${adjusts}${fai}。`, 2015).filter((o) => o.indicator === 'fixed_asset_investment')).toHaveLength(2);
  });
});
