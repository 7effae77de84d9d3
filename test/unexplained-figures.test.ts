// The figures next to an indicator's name that no rule explained (npm run account), read
// class by class on real sentences: each either becomes an observation, or is set aside
// with the code that says why (extract/set-aside.ts), and none is taken for what it is not.
import { describe, it, expect } from 'vitest';
import { extractReport } from '../pipeline/extract/index.js';
import { INPUT, ROOT, compiled, national, sentenceWith } from './helpers.js';
import { plan2025, report2026 } from './provincial-plans.js';
import { docxText } from '../pipeline/load/docx.js';
import { normalize } from '../pipeline/extract/normalize.js';
import fs from 'node:fs';
import path from 'node:path';

/** What the work-report reader makes of one real sentence, read as a report of `year`. */
function read(sentence: string, year: number) {
  const r = extractReport({ id: 't', jurisdiction: 't', report_year: year, source: sentence }, compiled, {
    explain: true,
  });
  return {
    observations: r.observations.map((o) => [o.indicator, o.measure, o.value]),
    setAside: r.dropped!.map((d) => [d.indicator, d.code, d.text]),
  };
}

/** A whole text's observations, each as [indicator, kind, period, measure, value, qualifier]. */
const observedIn = (source: string, year: number) =>
  extractReport({ id: 't', jurisdiction: 't', report_year: year, source }, compiled).observations.map((o) => [
    o.indicator,
    o.kind,
    o.period,
    o.measure,
    o.value,
    o.qualifier,
  ]);

describe('a figure after words that make the name modify it', () => {
  it('sets aside a share of GDP and a share of services, of a real report of 2026', () => {
    const s = sentenceWith(report2026('江苏省'), '制造业增加值占地区生产总值比重达33.5%');
    const r = read(s, 2026);
    expect(r.observations).toEqual([]);
    expect(r.setAside).toEqual([
      ['gdp', 'share_of', '地区生产总值比重达33.5%'],
      ['gdp', 'share_of', '地区生产总值比重达54%'],
    ]);
    const t = read(sentenceWith(report2026('重庆市'), '全市服务业增加值占比达到58.8%'), 2026);
    expect(t.observations).toEqual([]);
    expect(t.setAside).toEqual([['services_value_added', 'share_of', '服务业增加值占比达到58.8%']]);
  });

  it('sets aside a share of the province’s whole, a ratio to GDP with the level it starts from, and a total of years', () => {
    const share = read(sentenceWith(report2026('湖南省'), '园区规模工业增加值占全省比重增至76%以上'), 2026);
    expect(share.setAside).toEqual([['industrial_value_added', 'share_of', '规模工业增加值占全省比重增至76%以上']]);
    const ratio = read(sentenceWith(report2026('安徽省'), '社会物流总费用与GDP的比率从14.7%降至13%左右'), 2026);
    expect(ratio.observations).toEqual([]);
    expect(ratio.setAside.map(([, code]) => code)).toEqual(['share_of', 'earlier_level', 'gap_to_other']);
    const total = read(sentenceWith(report2026('内蒙古自治区'), '城镇新增就业累计106万人'), 2026);
    expect(total.setAside).toContainEqual(['new_jobs', 'not_one_year', '城镇新增就业累计106万人']);
  });

  it('sets aside a contribution to growth', () => {
    const r = read(sentenceWith(report2026('广西壮族自治区'), '工业对经济增长贡献率35.1%'), 2026);
    expect(r.observations).toEqual([]);
    expect(r.setAside).toEqual([['gdp', 'share_of', '经济增长贡献率35.1%']]);
  });

  it('sets aside a yearly average of five years', () => {
    const r = read(sentenceWith(report2026('北京市'), '地区生产总值年均增长5.2%'), 2026);
    expect(r.observations).toEqual([]);
    expect(r.setAside).toEqual([['gdp', 'not_one_year', '地区生产总值年均增长5.2%']]);
    const each = read(sentenceWith(report2026('湖北省'), '城镇新增就业每年超过90万人'), 2026);
    expect(each.observations).toEqual([]);
    expect(each.setAside).toEqual([['new_jobs', 'not_one_year', '城镇新增就业每年超过90万人']]);
  });

  it('sets aside a share of GDP in a national report', () => {
    const s = sentenceWith(national.get(2017)!, '服务业增加值占国内生产总值比重上升到51.6%');
    const r = read(s, 2017);
    expect(r.observations).toEqual([]);
    expect(r.setAside).toEqual([['gdp', 'share_of', '国内生产总值比重上升到51.6%']]);
  });
});

describe('a unit the lexicon lacked', () => {
  it('reads grain in 公斤 (亿公斤 in the national reports of the 1980s and 1990s), an outcome and a target', () => {
    const r = read(sentenceWith(national.get(1995)!, '粮食总产量４４４５亿公斤'), 1995);
    expect(r.observations).toEqual([['grain_output', 'level', 4445]]);
    const t = extractReport(
      { id: 't', jurisdiction: 't', report_year: 1995, source: sentenceWith(national.get(1995)!, '力争粮食产量达到') },
      compiled,
    ).observations;
    expect(t.map((o) => [o.kind, o.period, o.value, o.qualifier, o.unit_base, o.value_base])).toEqual([
      ['target', 1995, 4550, 'at_least', 'kg', 4550e8],
    ]);
  });
});

describe('words between a name and its figure', () => {
  const full = observedIn;

  it('reads a rate raised to a level (研发投入强度提升至2.62%) as the level, not a growth', () => {
    const s = sentenceWith(report2026('湖南省'), '全社会研发投入强度提升至2.62%');
    expect(full(s, 2026)).toEqual([['rd_intensity', 'actual', 2025, 'rate', 2.62, 'exact']]);
  });

  it('reads a fall said as a noun (能耗降幅超过3%) as a fall', () => {
    const s = sentenceWith(national.get(2025)!, '单位国内生产总值能耗降幅超过3%');
    expect(full(s, 2025)).toEqual([['energy_intensity', 'actual', 2024, 'growth', -3, 'at_least']]);
  });

  it('reads a target after 预期增长目标拟定为 in the plan of a whole report', () => {
    const m2 = full(national.get(2013)!, 2013).filter(([indicator]) => indicator === 'm2');
    expect(m2).toContainEqual(['m2', 'target', 2013, 'growth', 13, 'about']);
  });

  it('never takes a figure reached through a word of intent (目标为) for an outcome', () => {
    const s = sentenceWith(national.get(2011)!, '广义货币增长目标为16%');
    // in the plan of the whole report it is the year's target
    expect(full(national.get(2011)!, 2011)).toContainEqual(['m2', 'target', 2011, 'growth', 16, 'exact']);
    // alone, without the plan around it, it was read as the outcome of 2010: a target recalled is set aside
    expect(full(s, 2011)).toEqual([]);
    expect(read(s, 2011).setAside).toEqual([['m2', 'restates_target', '广义货币增长目标为16%']]);
  });
});

describe('a figure broken by its typesetting', () => {
  it('reads a middle dot between digits as a decimal point (实际增长5·8％), and not in a quoted name', () => {
    const s = sentenceWith(national.get(1999)!, '城镇居民人均可支配收入实际增长5·8％');
    const r = extractReport({ id: 't', jurisdiction: 't', report_year: 1999, source: s }, compiled).observations;
    // the sentence's rural income, 比上年实际增长4·3％ after a clause of its own, is read too, as the older reviews are read now
    expect(r.map((o) => [o.indicator, o.period, o.value, o.text])).toEqual([
      ['disposable_income_rural', 1998, 4.3, '农村居民人均纯收入，考虑价格下降因素，比上年实际增长4·3％'],
      ['disposable_income_urban', 1998, 5.8, '城镇居民人均可支配收入实际增长5·8％'],
    ]);
    for (const o of r) expect(s.slice(o.start, o.end)).toBe(o.text);
    expect(normalize('遭受“7·20”特大暴雨灾害').text).toBe('遭受“7·20”特大暴雨灾害');
  });

  it('reads a number set out a digit at a time on both sides of its point (1 0 ．0 6 ‰)', () => {
    const s = sentenceWith(national.get(1998)!, '人口自然增长率下降到');
    const r = extractReport({ id: 't', jurisdiction: 't', report_year: 1998, source: s }, compiled).observations;
    expect(r.map((o) => [o.indicator, o.period, o.value, o.unit])).toEqual([
      ['population_growth_rate', 1997, 10.06, '‰'],
    ]);
  });
});

describe('a figure beside the name’s own that is not the name’s', () => {
  it('sets aside a gap to the nation (低于全国0.3个百分点) and reads the growth before it', () => {
    const s = sentenceWith(report2026('内蒙古自治区'), '地区生产总值增长4.7%、低于全国0.3个百分点');
    const r = read(s, 2026);
    expect(r.observations).toEqual([
      ['gdp', 'growth', 4.7],
      ['industrial_value_added', 'growth', 6.7],
      ['fixed_asset_investment', 'growth', 4],
      ['retail_sales', 'growth', 4.3],
      ['trade', 'growth', 6.4],
    ]);
    const gaps = r.setAside.filter(([, code]) => code === 'gap_to_other').map(([, , text]) => text.split('、').pop());
    expect(gaps).toEqual([
      '低于全国0.3个百分点',
      '高于全国0.8个百分点',
      '高于全国7.8个百分点',
      '高于全国0.6个百分点',
      '高于全国2.6个百分点',
    ]);
  });

  it('sets aside the figure a plan reaches for beyond its target (增长11%、力争达到11.5%)', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'local', 'chaozhou-2015-targets.txt'), 'utf8');
    const r = read(sentenceWith(text, '力争达到11.5%'), 2015);
    expect(r.observations).toContainEqual(['gdp', 'growth', 11]);
    expect(r.setAside).toContainEqual(['gdp', 'secondary_figure', '生产总值增长11%、力争达到11.5%']);
  });
});

describe('a name and a verb of the older reports', () => {
  // without the qualifier
  const full = (source: string, year: number) => observedIn(source, year).map((o) => o.slice(0, 5));

  it('reads 增长了 as 增长 (工业总产值比上年增长了8.5％)', () => {
    const s = sentenceWith(national.get(1980)!, '工业总产值比上年增长了8.5％');
    expect(full(s, 1980)).toEqual([['industrial_output', 'actual', 1979, 'growth', 8.5]]);
  });

  it('reads a figure with its year between the name and the figure (国内生产总值2000年达89404亿元) as that year’s', () => {
    const s = sentenceWith(national.get(2001)!, '国内生产总值2000年达89404亿元');
    expect(full(s, 2001)).toContainEqual(['gdp', 'actual', 2000, 'level', 89404]);
  });

  it('reads 进出口贸易总额 as the name of imports and exports, not 进出口 followed by words', () => {
    const s = sentenceWith(national.get(2007)!, '进出口贸易总额1.76万亿美元');
    expect(full(s, 2007).filter(([indicator]) => indicator === 'trade')).toEqual([
      ['trade', 'actual', 2006, 'level', 1.76],
      ['trade', 'actual', 2006, 'growth', 23.8],
    ]);
  });
});

describe('the reports of 2025', () => {
  const report2025 = (file: string) => {
    const at = path.join(INPUT, 'provinces-2025', `2025年${file}政府工作报告.docx`);
    return docxText(fs.readFileSync(at), at);
  };

  it('sets aside a ratio (收入倍差) and a change from a base year (较2020年下降)', () => {
    const ratio = read(sentenceWith(plan2025('浙江省'), '城乡居民收入倍差缩小至1.83'), 2025);
    expect(ratio.observations.filter(([indicator]) => String(indicator).startsWith('disposable_income'))).toEqual([]);
    expect(ratio.setAside.filter(([, code]) => code === 'share_of').map(([, , text]) => text)).toEqual([
      expect.stringMatching(/倍差缩小至1\.83$/),
    ]);
    const since = read(sentenceWith(plan2025('重庆市'), '较2020年下降11.7%'), 2025);
    expect(since.observations).toEqual([]);
    expect(since.setAside.map(([, code]) => code)).toEqual(['not_one_year']);
  });

  it('reads 今年 between a name and its figure as the year of the report (固定资产投资今年要增长10%左右)', () => {
    const s = sentenceWith(report2025('内蒙古自治区'), '固定资产投资今年要增长10%左右');
    const r = extractReport({ id: 't', jurisdiction: 't', report_year: 2025, source: s }, compiled).observations;
    expect(r.map((o) => [o.indicator, o.kind, o.period, o.value, o.qualifier])).toEqual([
      ['fixed_asset_investment', 'target', 2025, 10, 'about'],
    ]);
  });
});
