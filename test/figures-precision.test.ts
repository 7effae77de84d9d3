// Classes of misreading found by auditing the default release's figures (issue 22: a wrong
// number is worse than a missing one), each on the real sentence it was found in:
// - a broader scope than the indicator's: the national communiqué's 全部工业增加值 (all of
//   industry) is not 规模以上工业增加值 (industry above designated size), the indicator's label;
// - a bound written once after a 分别 list said of a past year: 分别控制在5%和3%以内 bounds the
//   first figure as it bounds the last, as 控制在5%以内 does a figure alone.
// - a time named at a sentence's start (下半年) reaches no figure after a clause that names the
//   one year (全年增长19·5％，全社会固定资产投资增长14·1％).
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, INPUT, compiled, extract, sentenceWith, national } from './helpers.js';
import { extractCommunique } from '../pipeline/extract/communique/index.js';
import { docxText } from '../pipeline/load/docx.js';

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

describe('a bound written once after a 分别 list, said of a past year', () => {
  // Xizang's report of 2025 reviewing 2024: …城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内，…
  const file = path.join(INPUT, 'provinces-2025', '2025年西藏政府工作报告.docx');
  const xizang = docxText(fs.readFileSync(file), file);
  const review = `一、2024年工作回顾\n${sentenceWith(xizang, '主要经济指标增速继续保持全国前列')}`;

  it('both outcomes are bounded (at most), not the first exact and the second bounded', () => {
    const read = extract(review, 2025)
      .filter((o) => o.indicator === 'surveyed_unemployment_rate' || o.indicator === 'cpi')
      .map((o) => [o.indicator, o.kind, o.period, o.value, o.qualifier]);
    expect(read).toEqual([
      ['surveyed_unemployment_rate', 'actual', 2024, 5, 'at_most'],
      ['cpi', 'actual', 2024, 3, 'at_most'],
    ]);
  });

  it('控制在 alone, said of a past year, still reports the figure itself (涨幅控制在2.6%)', () => {
    const read = extract('去年居民消费价格涨幅控制在2.6%。', 2014).filter((o) => o.indicator === 'cpi');
    expect(read.map((o) => [o.kind, o.value, o.qualifier])).toEqual([['actual', 2.6, 'exact']]);
  });
});

describe('a year inside a clause of circumstance earlier in the paragraph', () => {
  // Qinghai's report of 2025, reviewing 2024: a paragraph that begins …在2023年国家考评第三的好成绩基础上，
  // 全力打好乡村全面振兴“漂亮仗”… and goes on to 城镇新增就业6.45万人: 2023 is the base of the comparison,
  // not the year of the figures after it
  const file = path.join(INPUT, 'provinces-2025', '2025年青海省政府工作报告.docx');
  const qinghai = docxText(fs.readFileSync(file), file);
  const base = qinghai.indexOf('在2023年国家考评第三的好成绩基础上');
  const jobs = qinghai.indexOf('城镇新增就业6.45万人');
  if (base < 0 || jobs < base) throw new Error('not in the corpus: the paragraph of 城镇新增就业6.45万人');
  const paragraph = qinghai.slice(qinghai.lastIndexOf('\n', base) + 1, qinghai.indexOf('。', jobs) + 1);
  const read = (t: string) =>
    extract(`一、2024年工作回顾\n${t}`, 2025)
      .filter((o) => o.indicator === 'new_jobs')
      .map((o) => [o.kind, o.period, o.value]);

  it('the figures after it are the reviewed year’s', () => {
    expect(read(paragraph)).toEqual([['actual', 2024, 6.45]]);
  });

  it('a year that is no circumstance still places them (在2023年, without 基础上)', () => {
    expect(read(paragraph.replace('的好成绩基础上', '的好成绩'))).toEqual([['actual', 2023, 6.45]]);
  });
});

describe('a clause naming the one year ends the reach of an earlier time', () => {
  // 1999's report: 下半年国有单位固定资产投资增长显著加快，全年增长19·5％，全社会固定资产投资增长14·1％。
  const s = sentenceWith(national.get(1999)!, '全社会固定资产投资增长14');

  it("the whole society's investment after 全年 is the year's figure, not the second half's", () => {
    const fai = extract(s, 1999).filter((o) => o.indicator === 'fixed_asset_investment');
    expect(fai.map((o) => [o.kind, o.period, o.measure, o.value])).toEqual([['actual', 1998, 'growth', 14.1]]);
  });

  it('without 全年 between them, 下半年 still governs the figure', () => {
    const cut = s.replace(/全年增长[^，]*，/, '');
    expect(cut).not.toContain('全年');
    expect(extract(cut, 1999).filter((o) => o.indicator === 'fixed_asset_investment')).toEqual([]);
  });
});

describe('a target named through what it is of (的调控目标定为, 预定增长…或者更多一些)', () => {
  const targets = (year: number, needle: string, indicator: string) =>
    extract(sentenceWith(national.get(year)!, needle), year)
      .filter((o) => o.indicator === indicator)
      .map((o) => [o.kind, o.period, o.measure, o.value, o.qualifier]);

  it('经济增长速度的调控目标定为８％ (1997): the growth target, through 的 and the target word', () => {
    expect(targets(1997, '调控目标定为', 'gdp')).toEqual([['target', 1997, 'growth', 8, 'exact']]);
  });

  it('全社会固定资产投资调控目标为２５３００亿元 (1997): a level target', () => {
    expect(targets(1997, '固定资产投资调控目标为', 'fixed_asset_investment')).toEqual([
      ['target', 1997, 'level', 25300, 'exact'],
    ]);
  });

  it('预定增长1 0 ％或者更多一些 (1998): a target of intent, bounded below', () => {
    expect(targets(1998, '预定增长', 'fixed_asset_investment')).toEqual([['target', 1998, 'growth', 10, 'at_least']]);
  });

  it('a name that modifies a word that is no target (经济增长的质量) still gives no figure', () => {
    expect(extract('今年经济增长的贡献率为60%。', 2005).filter((o) => o.indicator === 'gdp')).toEqual([]);
  });
});
