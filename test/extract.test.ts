// Extraction rules on real report text from the corpus.
import { readCommitments } from '../pipeline/extract/commitments/index.js';
import { fractionPercent } from '../pipeline/extract/numerals.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import * as OpenCC from 'opencc-js';
import { LOCAL } from './commitments-measure.js';
import { normalize } from '../pipeline/extract/normalize.js';
import { extract, seed, seed2016, national, sentenceWith, setInColumns } from './helpers.js';
import { extractReport } from '../pipeline/extract/index.js';
import { compiled } from './helpers.js';
import type { Observation } from '../pipeline/core/model.js';

const find = (obs: Observation[], indicator: string, kind: string, measure: string) =>
  obs.filter((o) => o.indicator === indicator && o.kind === kind && o.measure === measure);

describe('grounding', () => {
  it('every observation of every default report is source.slice(start, end)', () => {
    const all = [
      [seed, 2015],
      [seed2016, 2016],
      ...[...national].filter(([y]) => y >= 2003).map(([y, t]) => [t, y]),
    ] as Array<[string, number]>;
    let n = 0;
    for (const [text, year] of all) {
      for (const o of extract(text, year)) {
        expect(text.slice(o.start, o.end)).toBe(o.text);
        n++;
      }
    }
    expect(n).toBeGreaterThan(250);
  });

  it('a number split by a line break and a zero-width space keeps its span (2017 national report)', () => {
    const obs = extract(national.get(2017)!, 2017);
    const level = find(obs, 'gdp', 'actual', 'level')[0];
    expect(level.value).toBe(74.4);
    expect(level.unit).toBe('万亿元');
    expect(level.text).toContain('\u200b');
  });
});

describe('the seed report (Shangcheng 2015)', () => {
  const obs = extract(seed, 2015, 'shangcheng-2015');

  it('reads the headline actuals of 2014 with level and growth', () => {
    const gdp = find(obs, 'gdp', 'actual', 'level')[0];
    expect([gdp.value, gdp.unit, gdp.period]).toEqual([807.62, '亿元', 2014]);
    expect(find(obs, 'gdp', 'actual', 'growth')[0].value).toBe(8.1);
    expect(find(obs, 'local_fiscal_revenue', 'actual', 'growth')[0].value).toBe(1.04);
  });

  it('distributes 分别 lists: 单位GDP电耗和电力消费总量分别下降13.2%和6.24%', () => {
    expect(find(obs, 'power_intensity', 'actual', 'growth').map((o) => o.value)).toEqual([-13.2]);
    expect(find(obs, 'power_consumption', 'actual', 'growth').map((o) => o.value)).toEqual([-6.24]);
  });

  it('reads the 2015 targets with their qualifiers', () => {
    expect(find(obs, 'gdp', 'target', 'growth')[0]).toMatchObject({ value: 7.5, qualifier: 'exact', period: 2015 });
    expect(find(obs, 'family_planning_compliance', 'target', 'rate')[0]).toMatchObject({
      value: 96,
      qualifier: 'at_least',
    });
    expect(find(obs, 'fixed_asset_investment', 'target', 'level')[0]).toMatchObject({ value: 50, unit: '亿元' });
  });

  it('leaves the work plan and the practical projects to the commitments reader (test/commitments.test.ts)', () => {
    // a figure is an observation or a commitment, never both: no dictionary entry names the seed's projects
    expect(obs.filter((o) => /开工建设|停车场|就业困难人员|区域性企业总部/.test(o.text))).toEqual([]);
  });

  it("a group of names shares the subject of its first: a sector's group is set aside whole", () => {
    // the seed's sector sentence (金融业实现地方财政收入6.8亿元) with a second name joined to it
    const s = '一、2014年工作回顾\n金融业实现地方财政收入和税收收入分别为6.8亿元和3.2亿元。\n';
    expect(extract(s, 2015)).toEqual([]);
  });

  it("sets aside a sector's or a park's figure", () => {
    expect(find(obs, 'local_fiscal_revenue', 'actual', 'level').map((o) => o.value)).toEqual([58.03]);
    expect(find(obs, 'industrial_sales_output', 'actual', 'level').map((o) => o.value)).toEqual([702.98]);
    expect(obs.filter((o) => o.indicator === 'tax_revenue')).toEqual([]);
  });

  it('reads 万元工业增加值综合能耗 whole, never as industrial value added', () => {
    expect(find(obs, 'industrial_energy_intensity', 'actual', 'growth')[0].value).toBe(-7.3);
    expect(obs.filter((o) => o.indicator === 'industrial_value_added')).toEqual([]);
  });
});

describe('the next report (Shangcheng 2016 excerpt)', () => {
  const obs = extract(seed2016, 2016, 'shangcheng-2016');
  it('follows the rename 一般公共预算收入 to local_fiscal_revenue', () => {
    expect(find(obs, 'local_fiscal_revenue', 'actual', 'level')[0]).toMatchObject({ value: 66.46, period: 2015 });
  });
  it('reads growth after a clause without figures: 财政总收入107.15亿元,首次突破百亿大关,同比增长14.5%', () => {
    expect(find(obs, 'total_fiscal_revenue', 'actual', 'growth')[0].value).toBe(14.5);
  });
  it('leaves out the finance sector (金融服务业增加值142.6亿元)', () => {
    expect(find(obs, 'services_value_added', 'actual', 'level').map((o) => o.value)).toEqual([495.5]);
  });
});

describe('national reports', () => {
  it('reads a range target: 国内生产总值增长6.5%－7% (2016)', () => {
    const t = find(extract(national.get(2016)!, 2016), 'gdp', 'target', 'growth')[0];
    expect(t).toMatchObject({ qualifier: 'range', value: 6.5, value_low: 6.5, value_high: 7 });
  });

  it('a fall with 以上 keeps the sign and reads the qualifier on the size of the fall (2015)', () => {
    const t = find(extract(national.get(2015)!, 2015), 'energy_intensity', 'target', 'growth')[0];
    expect(t).toMatchObject({ value: -3.1, qualifier: 'at_least' });
  });

  it('reads 经济增长预期目标为7%左右 as the GDP target (2003)', () => {
    expect(find(extract(national.get(2003)!, 2003), 'gdp', 'target', 'growth')[0]).toMatchObject({
      value: 7,
      qualifier: 'about',
    });
  });

  it('places 过去一年 figures in the previous year even in the plan section (2011)', () => {
    const a = find(extract(national.get(2011)!, 2011), 'gdp', 'actual', 'growth');
    expect(a.map((o) => [o.period, o.value])).toEqual([[2010, 10.3]]);
  });

  it('drops five-year totals and averages (2016: 单位国内生产总值能耗下降18.2% over 十二五)', () => {
    const ei = find(extract(national.get(2016)!, 2016), 'energy_intensity', 'actual', 'growth');
    expect(ei.map((o) => o.value)).toEqual([-5.6]);
    const jobs = find(extract(national.get(2016)!, 2016), 'new_jobs', 'actual', 'level');
    expect(jobs.map((o) => o.value)).toEqual([1312]);
  });

  it('no growth observation in any national report 2003-2025 comes from a multi-year sentence', () => {
    const multi = /年均|平均每年|累计|比\d{4}年|五年|十二五|十三五|十一五|与\d{4}年相比/;
    for (const [year, text] of national) {
      if (year < 2003) continue;
      for (const o of extract(text, year).filter((x) => x.measure === 'growth')) {
        expect(
          multi.test(o.sentence.slice(0, o.sentence.indexOf(o.text) + o.text.length)),
          `${year}: ${o.sentence}`,
        ).toBe(false);
      }
    }
  });

  it('thousands separators, full-width as the clause comma is (1980: 粮食产量33，212万吨) or ASCII, group one number; a plan section headed with the next year plans that year', () => {
    const y1980 = national.get(1980)!;
    const grain = (text: string) =>
      extract(text, 1980)
        .filter((o) => o.indicator === 'grain_output')
        .map((o) => [o.kind, o.period, o.value, o.unit, o.text]);
    // the increase 比上年增加2，737万吨 is not the output
    expect(grain(y1980)).toEqual([
      ['actual', 1979, 33212, '万吨', '粮食产量33，212万吨'],
      // the report, delivered late in 1980, plans 1981: 二、1981年国民经济计划的任务和主要指标
      ['target', 1981, 34250, '万吨', '粮食产量34，250万吨'],
    ]);
    const all = extract(y1980, 1980);
    for (const o of all) expect(y1980.slice(o.start, o.end)).toBe(o.text);
    expect(all.filter((o) => o.kind === 'target').map((o) => o.period)).toEqual([1981, 1981, 1981, 1981]);
    // and so do the promises the commitments reader finds there (争取明年新增发电装机达到300万千瓦以上)
    const promised = readCommitments({
      id: 'c',
      jurisdiction: 'china',
      doc_kind: 'work_report',
      year: 1980,
      source: y1980,
    });
    expect(promised.commitments.find((c) => c.item.startsWith('新增发电装机'))?.year).toBe(1981);
    // the same sentence with ASCII separators
    const ascii = sentenceWith(y1980, '粮食产量33，212万吨').replace(/(\d)，(\d{3})/g, '$1,$2');
    expect(grain(ascii).map((g) => g[2])).toEqual([33212]);
  });

  it('a ratio to GDP is not GDP: 研发经费支出占国内生产总值比重', () => {
    for (const [year, text] of national) {
      if (year < 2003) continue;
      for (const o of extract(text, year).filter((x) => x.indicator === 'gdp')) {
        expect(o.text, `${year}`).not.toMatch(/比重|占|之比/);
      }
    }
  });
});

describe('text forms', () => {
  it('full-width digits and punctuation read the same', () => {
    const s = sentenceWith(seed, '全区实现地区生产总值807.62亿元');
    const wide = s.replace(/[0-9.%,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const a = extract(s, 2015),
      b = extract(wide, 2015);
    expect(b.map((o) => [o.indicator, o.measure, o.value])).toEqual(a.map((o) => [o.indicator, o.measure, o.value]));
    for (const o of b) expect(wide.slice(o.start, o.end)).toBe(o.text);
  });

  it('a number set out a digit at a time (the 1998 report: 7 4 7 7 2 亿元, 8 ．8 ％) reads as one; numbers of several digits keep their space', () => {
    const y1998 = national.get(1998)!;
    const obs = extract(y1998, 1998);
    const pick = (id: string, kind: string, measure: string) =>
      obs
        .filter((o) => o.indicator === id && o.kind === kind && o.measure === measure)
        .map((o) => [o.period, o.value, o.text]);
    expect(pick('gdp', 'actual', 'level')).toEqual([[1997, 74772, '国内生产总值达到7 4 7 7 2 亿元']]);
    expect(pick('grain_output', 'actual', 'level')).toEqual([[1997, 49250, '粮食产量达到4 9 2 5 0 万吨']]);
    expect(pick('gdp', 'target', 'growth')).toEqual([[1998, 8, '经济增长速度8 ％']]);
    for (const o of obs) expect(y1998.slice(o.start, o.end)).toBe(o.text);
    // a dateline of a real page: 21 and 14 stay two numbers
    const dateline = fs.readFileSync(path.join(LOCAL, 'haidian-2020-commitments.txt'), 'utf8').split('\n')[6];
    expect(dateline).toContain('2020-03-21 14:47');
    expect(normalize(dateline).text).toContain('2020-03-21 14:47');
  });

  it('a review headed with the past year in other words (2014年工作总结, 2014年主要工作) is a review, not a plan', () => {
    const heading = '一、2014年工作回顾';
    expect(seed).toContain(heading);
    const brief = (text: string) => extract(text, 2015).map((o) => [o.indicator, o.kind, o.period, o.measure, o.value]);
    const asHeaded = brief(seed);
    for (const other of ['一、2014年工作总结', '一、2014年主要工作', '一、2014年工作情况'])
      expect(brief(seed.replace(heading, other)), other).toEqual(asHeaded);
    // a plan heading that names the past year beside its own still plans
    const plan = '二、2015年重点工作';
    expect(seed).toContain(plan);
    const promises = (text: string) =>
      readCommitments({ id: 'c', jurisdiction: 'shangcheng', doc_kind: 'work_report', year: 2015, source: text })
        .commitments.length;
    const both = seed.replace(plan, '二、巩固2014年成果 做好2015年工作');
    expect(brief(both)).toEqual(asHeaded);
    expect(promises(both)).toBe(promises(seed));
    // a part whose heading says nothing of it, after the review, opening on the report's year, plans too
    const unsaid = seed.replace(plan, '二、奋力谱写上城发展新篇章');
    expect(brief(unsaid)).toEqual(asHeaded);
    expect(promises(unsaid)).toBe(promises(seed));
    // and in a plan, a clause of what was already done promises nothing (the 1997 report)
    const y1997 = national.get(1997)!;
    const said = sentenceWith(y1997, '国家已经组织了５７户企业集团试点');
    const planned = readCommitments({
      id: 'c',
      jurisdiction: 'china',
      doc_kind: 'work_report',
      year: 1997,
      source: `二、１９９７年的主要任务\n${said}`,
    });
    expect(planned.commitments.map((c) => c.value)).toEqual([120]);
    // and the promises: the 1956 report's account of 1955 (一、１９５５年国家决算) promises nothing for 1956
    const y1956 = national.get(1956)!;
    const promised = readCommitments({
      id: 'c',
      jurisdiction: 'china',
      doc_kind: 'work_report',
      year: 1956,
      source: y1956,
    });
    expect(promised.commitments.some((c) => c.item.includes('新建铁路铺轨１，２２２公里'))).toBe(false);
  });

  it('a milestone (突破３万亿元大关, 1994) does not hide the figures after it, and gives way to the figure that passes it', () => {
    const y1994 = national.get(1994)!;
    const gdp = extract(sentenceWith(y1994, '国内生产总值突破３万亿元大关'), 1994).filter((o) => o.indicator === 'gdp');
    expect(gdp.map((o) => [o.measure, o.value, o.unit, o.qualifier])).toEqual([
      ['level', 3, '万亿元', 'at_least'],
      ['growth', 13.4, '%', 'exact'],
    ]);
    // the seed's figure after a milestone of its own
    const s = sentenceWith(seed, '全区实现地区生产总值807.62亿元').replace(
      '实现地区生产总值',
      '地区生产总值迈上800亿元新台阶，达到',
    );
    expect(s).toContain('地区生产总值迈上800亿元新台阶，达到807.62亿元');
    const level = extract(s, 2015).filter((o) => o.indicator === 'gdp' && o.measure === 'level');
    expect(level.map((o) => [o.value, o.qualifier, o.confidence])).toEqual([[807.62, 'exact', 0.85]]);
  });

  it('a text set in lines of one width (as copied out of a PDF) reads as its paragraphs', () => {
    // the seed, each paragraph broken into lines of 70 columns (a Chinese character takes two)
    const wrapped = setInColumns(seed, 70);
    expect(wrapped).toContain('807.62亿元');
    expect(wrapped.split('\n').length).toBeGreaterThan(seed.split('\n').length * 2);
    const brief = (obs: Observation[]) => obs.map((o) => [o.indicator, o.kind, o.period, o.measure, o.value]);
    const b = extract(wrapped, 2015);
    expect(brief(b)).toEqual(brief(extract(seed, 2015)));
    for (const o of b) expect(wrapped.slice(o.start, o.end)).toBe(o.text);
    const promised = (text: string) =>
      readCommitments({
        id: 'c',
        jurisdiction: 'shangcheng',
        doc_kind: 'work_report',
        year: 2015,
        source: text,
      }).commitments.map((c) => [c.value, c.unit]);
    expect(promised(wrapped)).toEqual(promised(seed));
  });

  it('a text whose paragraphs ran into one line: a year only implied goes to review, and the report says why', () => {
    const y2012 = national.get(2012)!;
    const flat = y2012.replace(/\s*\n\s*/g, '');
    const r = extractReport({ id: 'china-2012', jurisdiction: 'china', report_year: 2012, source: flat }, compiled);
    // unflattened, the trade of 2011 (全年货物进出口总额3.64万亿美元) is placed by its paragraph; flattened, by a guess
    const trade = r.observations.filter((o) => o.indicator === 'trade' && o.value === 3.64);
    expect(trade.length).toBeGreaterThan(0);
    for (const o of r.observations.filter((x) => x.period_source === 'implied'))
      expect(o.confidence).toBeLessThanOrEqual(0.5);
    expect(r.warnings?.some((w) => w.includes('hardly a line break'))).toBe(true);
    // with its line breaks, no such warning
    expect(
      extractReport({ id: 'china-2012', jurisdiction: 'china', report_year: 2012, source: y2012 }, compiled).warnings ??
        [],
    ).toEqual([]);
  });

  it('a name glossed in brackets (地区生产总值（GDP）) reads the same, the gloss in the span', () => {
    const s = sentenceWith(seed, '全区实现地区生产总值807.62亿元');
    const glossed = s.replace('地区生产总值', '地区生产总值（GDP）');
    const a = extract(s, 2015),
      b = extract(glossed, 2015);
    expect(b.map((o) => [o.indicator, o.measure, o.value])).toEqual(a.map((o) => [o.indicator, o.measure, o.value]));
    expect(b.find((o) => o.indicator === 'gdp')!.text).toBe('地区生产总值（GDP）807.62亿元');
    for (const o of b) expect(glossed.slice(o.start, o.end)).toBe(o.text);
  });

  it('traditional characters read the same, with offsets into the traditional text', () => {
    const toTrad = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const trad = toTrad(seed2016);
    expect(trad).not.toBe(seed2016);
    const a = extract(seed2016, 2016),
      b = extract(trad, 2016);
    expect(b.map((o) => [o.indicator, o.kind, o.measure, o.value])).toEqual(
      a.map((o) => [o.indicator, o.kind, o.measure, o.value]),
    );
    for (const o of b) expect(trad.slice(o.start, o.end)).toBe(o.text);
  });
});

describe('structures and forms from issue 3', () => {
  it('Chinese numerals where they carry data: 十件民生实事 (a commitment), 三分之二', () => {
    const c = readCommitments({
      id: 'shangcheng-2015',
      jurisdiction: 'shangcheng',
      doc_kind: 'work_report',
      year: 2015,
      source: seed,
    }).commitments;
    expect(c.find((x) => x.kind === 'list')).toMatchObject({
      value: 10,
      unit: '件',
      item: '办好十件民生实事',
      object: '民生实事',
    });
    expect(fractionPercent('三', '二')).toBe('66.67');
  });

  it('percentages in words, as older reports write them: 比上年增长百分之十一点八 (national 1995)', () => {
    const obs = extract(national.get(1995)!, 1995);
    expect(find(obs, 'gdp', 'actual', 'growth')[0]).toMatchObject({ value: 11.8, unit: '%', period: 1994 });
    expect(find(obs, 'trade', 'actual', 'growth')[0].value).toBe(20.9);
  });

  it('a shared head: 全口径和区级地方财政收入…分别增长', () => {
    const s = '一、2014年工作回顾\n完成全口径和区级地方财政收入242.8亿元和75.2亿元,分别增长12.1%和11.7%。\n';
    const obs = extract(s, 2015);
    expect(find(obs, 'total_fiscal_revenue', 'actual', 'level')[0]).toMatchObject({
      value: 242.8,
      text: '全口径和区级地方财政收入242.8亿元',
    });
    expect(find(obs, 'total_fiscal_revenue', 'actual', 'growth')[0].value).toBe(12.1);
    expect(find(obs, 'local_fiscal_revenue', 'actual', 'level')[0].value).toBe(75.2);
    expect(find(obs, 'local_fiscal_revenue', 'actual', 'growth')[0].value).toBe(11.7);
  });

  it('经济增长 names GDP only where it states a target', () => {
    for (const [year, text] of national) {
      if (year < 2003) continue;
      for (const o of extract(text, year).filter((x) => x.indicator === 'gdp' && x.text.startsWith('经济增'))) {
        expect(o.kind, `${year}: ${o.text}`).toBe('target');
      }
    }
  });

  it("a figure for a later year (到2025年) is not this year's target", () => {
    const s = '二、2024年工作安排\n力争地区生产总值突破1300亿元。到2025年，地区生产总值达到1500亿元。\n';
    expect(extract(s, 2024).map((o) => [o.kind, o.period, o.value])).toEqual([['target', 2024, 1300]]);
  });

  it('section headings without numbering still place figures in time', () => {
    const bare = seed.replace('一、2014年工作回顾', '2014年工作回顾').replace('二、2015年重点工作', '2015年重点工作');
    const key = (o: Observation) => `${o.indicator}|${o.kind}|${o.period}|${o.measure}|${o.value}`;
    expect(extract(bare, 2015).map(key)).toEqual(extract(seed, 2015).map(key));
  });
});

describe('self-assessment', () => {
  const stated = (source: string, year: number) =>
    extractReport({ id: 'r', jurisdiction: 'r', report_year: year, source }, compiled).stated;

  it('社会消费品零售总额、地方财政收入低于年度预期目标: two targets stated missed (Shangcheng 2015)', () => {
    const s = stated(seed, 2015).filter((r) => r.stated === 'missed');
    expect(s.map((r) => r.indicator).sort()).toEqual(['local_fiscal_revenue', 'retail_sales']);
    expect(s[0]).toMatchObject({ period: 2014, text: '社会消费品零售总额、地方财政收入低于年度预期目标' });
    expect(seed.slice(s[0].start, s[0].end)).toBe(s[0].text);
  });

  it('圆满完成了…各项目标任务: all stated met (Shangcheng 2016)', () => {
    expect(stated(seed2016, 2016)).toEqual([expect.objectContaining({ indicator: '*', stated: 'met', period: 2015 })]);
  });

  it('a specific statement beside a general one (national 2016): trade missed, new jobs met', () => {
    const s = stated(national.get(2016)!, 2016);
    expect(s.find((r) => r.indicator === 'trade')?.stated).toBe('missed');
    expect(s.find((r) => r.indicator === 'new_jobs')?.stated).toBe('met');
  });

  it('a plan is not an assessment: nothing stated in the plan sections', () => {
    for (const [year, text] of national) {
      if (year < 2003) continue;
      for (const r of stated(text, year)) expect(r.period).toBe(year - 1);
    }
  });
});
