// Local and provincial reports (issue 13): the extraction rules on the real target
// paragraphs of input/local (copied from ../shared/corpus/local) and on real national
// text, targets set in words and their statuses, the new core indicators, the year
// check, and amplification across levels of government.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { compiled, dictionary, INPUT, national, RELEASE, sentenceWith, setInColumns, tmpdir } from './helpers.js';
import { extractReport } from '../pipeline/extract/index.js';
import { derive } from '../pipeline/derive/index.js';
import { checkObservations } from '../pipeline/derive/check.js';
import { amplification } from '../pipeline/derive/amplification.js';
import type { DocumentInfo } from '../pipeline/derive/outcomes.js';
import { DEFAULT_TOLERANCE } from '../pipeline/derive/attainment.js';
import { jurisdictionsOf } from '../pipeline/load/levels.js';
import { loadInput } from '../pipeline/load/index.js';
import { runTask } from '../pipeline/run/task.js';
import { runInto } from '../pipeline/run/index.js';
import { readRelease } from '../pipeline/release/read.js';
import { YoyError } from '../pipeline/core/errors.js';
import type { Observation } from '../pipeline/core/model.js';

const LOCAL = path.join(INPUT, 'local');
const local = (name: string) => fs.readFileSync(path.join(LOCAL, `${name}-targets.txt`), 'utf8');
const NAMES: Record<string, string> = {
  beijing: '北京市',
  changzhou: '常州市',
  chaozhou: '潮州市',
  fujian: '福建省',
  hubei: '湖北省',
  jiangsu: '江苏省',
  jinan: '济南市',
  shandong: '山东省',
  sichuan: '四川省',
  yunnan: '云南省',
  china: '中华人民共和国',
};

function read(source: string, year: number, jurisdiction = 'x', explain = false) {
  return extractReport(
    { id: `${jurisdiction}-${year}`, jurisdiction, jurisdiction_name: NAMES[jurisdiction], report_year: year, source },
    compiled,
    { explain },
  );
}
const obs = (source: string, year: number, jurisdiction = 'x') => read(source, year, jurisdiction).observations;
/** "kind period indicator measure value qualifier" for each observation, to compare in one line. */
const brief = (list: Observation[]) =>
  list.map(
    (o) =>
      `${o.kind} ${o.period} ${o.indicator} ${o.measure} ${o.value ?? '—'}${o.value === null ? '' : o.unit} ${o.qualifier}${o.target_ref ? ` ${o.target_ref}` : ''}`,
  );

describe('extraction rules on real local text', () => {
  it('a list of targets after its heading: ■ and ● bullets, without sentence ends (Hubei 2025)', () => {
    const got = brief(obs(local('hubei-2025'), 2025, 'hubei'));
    expect(got).toContain('actual 2024 gdp growth 6% about');
    expect(got).toContain('actual 2024 grain_output level 557亿斤 exact');
    expect(got).toContain('target 2025 gdp growth 6% about');
    expect(got).toContain('target 2025 new_jobs level 70万人 at_least');
    expect(got).toContain('target 2025 grain_output level 500亿斤 at_least');
    // before: the targets list read as the 2024 review
    expect(got.filter((g) => g.startsWith('actual 2024 new_jobs'))).toEqual([]);
  });

  it('the same list with ——, ■ or numbers as its markers reads the same', () => {
    const text = local('hubei-2025');
    const want = brief(obs(text, 2025, 'hubei'));
    for (const marker of ['——', '■', '◆']) expect(brief(obs(text.replace(/●/g, marker), 2025, 'hubei'))).toEqual(want);
    // numbered items (1. 2. …, （1）（2）… and ①②…) too
    const circled = (k: number) => String.fromCharCode(0x2460 + k - 1);
    for (const numbered of [(k: number) => `${k}.`, (k: number) => `（${k}）`, circled]) {
      let k = 0;
      expect(
        brief(
          obs(
            text.replace(/●/g, () => numbered(++k)),
            2025,
            'hubei',
          ),
        ),
      ).toEqual(want);
    }
  });

  it('every paragraph set in lines of 60 or 80 columns (as copied out of a PDF) reads the same: its targets stay targets', () => {
    for (const file of fs.readdirSync(LOCAL).filter((f) => f.endsWith('-targets.txt'))) {
      const name = file.replace('-targets.txt', '');
      const [jurisdiction, year] = name.split('-');
      const want = brief(obs(local(name), Number(year), jurisdiction));
      for (const columns of [60, 80])
        expect(
          brief(obs(setInColumns(local(name), columns), Number(year), jurisdiction)),
          `${name} at ${columns}`,
        ).toEqual(want);
    }
  });

  it('targets set a line each after the header, each line ending in its comma, stay targets (Yunnan 2019)', () => {
    const text = local('yunnan-2019');
    const header = '主要预期目标建议为:';
    expect(text).toContain(header);
    // the targets sentence broken after the header and after each comma, up to its full stop
    const at = text.indexOf(header) + header.length;
    const stop = text.indexOf('。', at);
    const lines = `${text.slice(0, at)}\n${text.slice(at, stop).replace(/,/g, ',\n')}${text.slice(stop)}`;
    expect(lines.split('\n').length).toBeGreaterThan(text.split('\n').length + 5);
    expect(brief(obs(lines, 2019, 'yunnan'))).toEqual(brief(obs(text, 2019, 'yunnan')));
  });

  it('a targets heading without a colon (2015年预期总目标): the paragraph under it is targets, not 2014 actuals (Changzhou 2015)', () => {
    const got = brief(obs(local('changzhou-2015'), 2015, 'changzhou'));
    expect(got).toContain('target 2015 gdp growth 8.5% about');
    expect(got).toContain('target 2015 registered_unemployment_rate rate 4% at_most');
    expect(got.filter((g) => g.startsWith('actual'))).toEqual([]);
  });

  it('a range with a plain hyphen (地区生产总值增长7.5%-8%, Shandong 2016); a range with 左右 keeps both ends', () => {
    // the page title (今年预期目标:地区生产总值增7.5%-8%) states it first, with 增 for 增长
    const [t] = obs(local('shandong-2016'), 2016, 'shandong').filter(
      (o) => o.kind === 'target' && o.indicator === 'gdp',
    );
    expect([t.qualifier, t.value_low, t.value_high]).toEqual(['range', 7.5, 8]);
    expect(t.text).toBe('地区生产总值增7.5%-8%');
    const body = obs(sentenceWith(local('shandong-2016'), '2016年主要预期目标是'), 2016, 'shandong').find(
      (o) => o.indicator === 'gdp',
    )!;
    expect([body.qualifier, body.value_low, body.value_high, body.text]).toEqual([
      'range',
      7.5,
      8,
      '地区生产总值增长7.5%-8%',
    ]);
    // the same paragraph with 左右 after the range (a form of other reports)
    const para = sentenceWith(local('shandong-2016'), '2016年主要预期目标是').replace('7.5%-8%', '7.5%-8%左右');
    const [r] = obs(para, 2016, 'shandong').filter((o) => o.indicator === 'gdp');
    expect([r.qualifier, r.value_low, r.value_high]).toEqual(['range', 7.5, 8]);
  });

  it('a space inside 在X%以内 (涨幅在 3%以内) and a figure at the end of a line', () => {
    const got = brief(obs('今年主要预期目标是：\n——居民消费价格涨幅在 3%以内\n——城镇登记失业率控制在4%以内', 2016));
    expect(got).toEqual([
      'target 2016 cpi growth 3% at_most',
      'target 2016 registered_unemployment_rate rate 4% at_most',
    ]);
  });

  it("a clause about half a year or several years sets aside its clause, not the sentence's figure for the whole year (national 2010)", () => {
    const s = sentenceWith(national.get(2010)!, '全年进出口总额2.2万亿美元');
    expect(brief(obs(`一、2009年工作回顾\n${s}`, 2010))).toContain('actual 2009 trade level 2.2万亿美元 exact');
  });

  it('a clause with a multi-year figure of its own leaves the one-year figures beside it (the example of issue 13)', () => {
    const got = brief(
      obs('一、2015年工作回顾\n财政总收入80亿元，过去五年年均增长12.1%，完成税收收入512.3亿元，比上年增长2.4%。', 2016),
    );
    expect(got).toEqual([
      'actual 2015 total_fiscal_revenue level 80亿元 exact',
      'actual 2015 tax_revenue level 512.3亿元 exact',
      'actual 2015 tax_revenue growth 2.4% exact',
    ]);
  });

  it('a topic of several years still governs its whole sentence (Jiangsu 2023, national 2018)', () => {
    const j = obs(local('jiangsu-2023'), 2023, 'jiangsu');
    expect(
      j.filter((o) => o.kind === 'actual' && o.measure === 'growth' && o.indicator !== 'local_fiscal_revenue'),
    ).toEqual([]);
    const s = sentenceWith(national.get(2018)!, '国内生产总值从54万亿元增加到82.7万亿元');
    expect(obs(`一、过去五年工作回顾\n${s}`, 2018)).toEqual([]);
  });

  it('a total with a long clause after it, and a figure inside 在…的情况下 (Yunnan 2019)', () => {
    const got = brief(obs(local('yunnan-2019'), 2019, 'yunnan'));
    expect(got).toContain('actual 2018 fixed_asset_investment growth 11.6% exact');
    expect(got).toContain('actual 2018 gdp growth 8.9% exact');
    // the 2018 target restated in the first sentence is not an outcome
    expect(got.filter((g) => g.startsWith('actual 2018 gdp growth 8.5'))).toEqual([]);
  });

  it("the jurisdiction's own name is a subject (去年一年潮州GDP总量…, 江苏目标经济增长5%左右), another's is not", () => {
    expect(brief(obs(local('chaozhou-2015'), 2015, 'chaozhou'))).toContain(
      'actual 2014 local_fiscal_revenue level 41.3亿元 exact',
    );
    expect(read(local('chaozhou-2015'), 2015, 'chaozhou', true).dropped!.filter((d) => /潮州/.test(d.reason))).toEqual(
      [],
    );
    expect(brief(obs(local('jiangsu-2023'), 2023, 'jiangsu'))).toContain('target 2023 gdp growth 5% about');
    const other = read(local('chaozhou-2015'), 2015, 'jiangsu', true);
    expect(other.dropped!.some((d) => /潮州/.test(d.reason))).toBe(true);
  });

  it('pinyin debris of a traditional repost (地區(qū)生產總值) is read through, offsets into the file kept (Beijing 2022)', () => {
    const text = local('beijing-2022');
    const list = obs(text, 2022, 'beijing');
    expect(brief(list)).toEqual([
      'target 2022 gdp growth 5% at_least',
      'target 2022 local_fiscal_revenue growth 4% exact',
      'target 2022 surveyed_unemployment_rate rate 5% at_most',
      'target 2022 cpi growth 3% about',
    ]);
    for (const o of list) expect(text.slice(o.start, o.end)).toBe(o.text);
    expect(list[0].text).toBe('地區(qū)生產總值增長5%以上');
  });

  it('a stretch value (生产总值增长11%、力争达到11.5%) is not a second target (Chaozhou 2015)', () => {
    const t = obs(local('chaozhou-2015'), 2015, 'chaozhou').filter((o) => o.kind === 'target' && o.indicator === 'gdp');
    expect(t.map((o) => o.value)).toEqual([11]);
  });
});

describe('the new core indicators', () => {
  it('城乡居民人均可支配收入分别增长5.5%左右和6%左右 is one figure each for urban and rural (Jinan 2025); one figure is both (Changzhou 2015)', () => {
    expect(brief(obs(local('jinan-2025'), 2025, 'jinan')).filter((g) => g.includes('disposable'))).toEqual([
      'target 2025 disposable_income_urban growth 5.5% about',
      'target 2025 disposable_income_rural growth 6% about',
    ]);
    expect(brief(obs(local('changzhou-2015'), 2015, 'changzhou')).filter((g) => g.includes('disposable'))).toEqual([
      'target 2015 disposable_income_rural growth 9% at_least',
      'target 2015 disposable_income_urban growth 9% at_least',
    ]);
  });

  it('urban and rural named apart (城镇居民、农村居民人均可支配收入分别增长7%、8%, Fujian 2022; 城镇和农村…, Shandong 2016)', () => {
    expect(brief(obs(local('fujian-2022'), 2022, 'fujian')).filter((g) => g.includes('disposable'))).toEqual([
      'actual 2021 disposable_income_urban level 51140元 exact',
      'actual 2021 disposable_income_urban growth 8.4% exact',
      'actual 2021 disposable_income_rural level 23229元 exact',
      'actual 2021 disposable_income_rural growth 11.2% exact',
      'target 2022 disposable_income_urban growth 7% exact',
      'target 2022 disposable_income_rural growth 8% exact',
    ]);
    expect(
      brief(obs(local('shandong-2016'), 2016, 'shandong')).filter(
        (g) => g.includes('target') && g.includes('disposable'),
      ),
    ).toEqual([
      'target 2016 disposable_income_urban growth 8% exact',
      'target 2016 disposable_income_rural growth 8.5% exact',
    ]);
  });

  it('national income, 农民人均纯收入 before 2014, R&D intensity and population growth in ‰', () => {
    expect(
      brief(
        obs(`一、2016年工作回顾\n${sentenceWith(national.get(2017)!, '全国居民人均可支配收入实际增长6.3%')}`, 2017),
      ),
    ).toContain('actual 2016 disposable_income growth 6.3% exact');
    expect(
      brief(obs(`一、2003年工作回顾\n${sentenceWith(national.get(2004)!, '农民人均纯收入实际增长4.3%')}`, 2004)),
    ).toContain('actual 2003 disposable_income_rural growth 4.3% exact');
    expect(
      brief(
        obs(
          `一、2014年工作回顾\n${sentenceWith(national.get(2015)!, '研究与试验发展经费支出与国内生产总值之比超过2%')}`,
          2015,
        ),
      ),
    ).toContain('actual 2014 rd_intensity rate 2% at_least');
    const p = obs(`一、2002年工作回顾\n${sentenceWith(national.get(2003)!, '人口自然增长率降到6.45‰')}`, 2003);
    expect(brief(p)).toEqual(['actual 2002 population_growth_rate rate 6.45‰ exact']);
    expect(p[0].unit_base).toBe('percent');
  });
});

describe('targets without a number', () => {
  it('in step with GDP, two indicators sharing one phrase (地方一般公共预算收入、居民收入增长和经济增长基本同步, Sichuan 2024)', () => {
    const w = obs(local('sichuan-2024'), 2024, 'sichuan').filter((o) => o.value === null);
    // and the paragraph's last item, 完成国家下达的节能减排和环境保护等任务, is the quota on energy intensity
    expect(brief(w)).toEqual([
      'target 2024 local_fiscal_revenue growth — in_step_with gdp',
      'target 2024 disposable_income growth — in_step_with gdp',
      'target 2024 energy_intensity growth — quota',
    ]);
    expect(w[0].text).toBe('地方一般公共预算收入、居民收入增长和经济增长基本同步');
  });

  it('every in-step target of the provincial paragraphs, with its reference; a quota set by the level above', () => {
    const words = (name: string, year: number) =>
      brief(obs(local(name), year, name.split('-')[0]).filter((o) => o.value === null));
    expect(words('hubei-2025', 2025)).toEqual([
      'target 2025 disposable_income growth — in_step_with gdp',
      'target 2025 energy_intensity growth — quota',
    ]);
    expect(words('jiangsu-2023', 2023)).toEqual(['target 2023 disposable_income growth — in_step_with gdp']);
    expect(words('yunnan-2019', 2019)).toEqual([
      'target 2019 disposable_income growth — in_step_with gdp',
      'target 2019 energy_intensity growth — quota',
    ]);
    // a quota with no indicator of the dictionary (全面完成国家下达的年度节能减排约束性指标) names nothing
    expect(words('shandong-2016', 2016)).toEqual([]);
  });

  it('a quota said of a fall, or set by the province in other words, is the same quota', () => {
    const yunnan = local('yunnan-2019');
    const stated = '单位GDP能耗完成国家下达目标任务';
    expect(yunnan).toContain(stated);
    for (const words of [
      '单位GDP能耗下降完成国家下达目标任务',
      '单位GDP能耗降低完成省下达任务',
      '单位GDP能耗下降完成省定目标',
    ]) {
      const q = obs(yunnan.replace(stated, words), 2019, 'yunnan').filter((o) => o.qualifier === 'quota');
      expect(brief(q), words).toEqual(['target 2019 energy_intensity growth — quota']);
      expect(q[0].text).toBe(words);
    }
  });

  it('in the national targets paragraphs: 居民收入增长与经济发展同步 (2015), 居民收入和经济增长基本同步 (2017)', () => {
    for (const [year, needle] of [
      [2015, '居民收入增长与经济发展同步'],
      [2017, '居民收入和经济增长基本同步'],
    ] as const) {
      const w = obs(national.get(year)!, year, 'china').filter((o) => o.value === null);
      expect(brief(w), `${year}`).toEqual([`target ${year} disposable_income growth — in_step_with gdp`]);
      expect(w[0].text).toBe(needle);
    }
  });

  it('a declined target, in the words of the 2020 national report and of a local one', () => {
    // the 2020 State Council report is not in the collection: its sentence, in a plan section
    const national2020 =
      '二、2020年经济社会发展主要目标\n今年发展主要目标是：城镇新增就业900万人以上，城镇调查失业率6%左右。需要说明的是，我们没有提出全年经济增速具体目标。';
    const w = obs(national2020, 2020).filter((o) => o.value === null);
    expect(brief(w)).toEqual(['target 2020 gdp growth — declined']);
    expect(w[0].text).toBe('没有提出全年经济增速具体目标');
    // the contract's wording of a local report, with the contract's quota
    const localText = '今年主要预期目标：不设GDP增速指标，单位生产总值能耗完成或超额完成国家下达的目标任务。';
    const v = obs(localText, 2015).filter((o) => o.value === null);
    expect(brief(v)).toEqual(['target 2015 gdp growth — declined', 'target 2015 energy_intensity growth — quota']);
    expect(v.map((o) => o.text)).toEqual(['不设GDP增速指标', '单位生产总值能耗完成或超额完成国家下达的目标任务']);
    // declined with 具体的 before a name that is itself the target; the next clause's figure is its own
    const named = obs('今年主要预期目标：不设定具体的经济增长目标，城镇新增就业1万人。', 2015);
    expect(brief(named)).toEqual(['target 2015 gdp growth — declined', 'target 2015 new_jobs level 1万人 exact']);
    expect(named[0].text).toBe('不设定具体的经济增长目标');
  });

  it('said of a past year, a phrase in words is no target', () => {
    expect(obs('一、2015年工作回顾\n去年，居民收入增长与经济增长同步。', 2016)).toEqual([]);
  });
});

function o(
  p: Partial<Observation> & Pick<Observation, 'indicator' | 'kind' | 'period' | 'measure' | 'report_year'>,
): Observation {
  return {
    report_id: `j-${p.report_year}`,
    jurisdiction: 'j',
    indicator_label: '',
    period_source: 'stated',
    value: null,
    unit: '%',
    value_low: null,
    value_high: null,
    qualifier: 'exact',
    estimated: false,
    value_base: null,
    unit_base: null,
    text: 'x',
    start: 0,
    end: 1,
    sentence: 'x',
    confidence: 0.9,
    rule: 'test',
    override: null,
    doc_kind: 'work_report',
    source_url: null,
    publisher: null,
    as_of: null,
    notes: null,
    target_ref: null,
    ...p,
  };
}

describe('statuses of targets without a number', () => {
  const docs: DocumentInfo[] = [2020, 2021].map((y) => ({ id: `j-${y}`, doc_kind: 'work_report', report_year: y }));
  const actual = (indicator: string, value: number) =>
    o({ indicator, kind: 'actual', period: 2020, measure: 'growth', report_year: 2021, value });
  const inStep = o({
    indicator: 'disposable_income',
    kind: 'target',
    period: 2020,
    measure: 'growth',
    report_year: 2020,
    qualifier: 'in_step_with',
    target_ref: 'gdp',
  });

  it('in_step_with is met when its growth is at least GDP growth less the tolerance, missed otherwise', () => {
    const row = (income: number) =>
      derive(
        [inStep, actual('disposable_income', income), actual('gdp', 6)],
        dictionary.indicators,
        DEFAULT_TOLERANCE,
        [],
        docs,
      ).targets_vs_actuals.find((r) => r.indicator === 'disposable_income')!;
    expect(row(6.3)).toMatchObject({
      status: 'met',
      target_ref: 'gdp',
      target_low: 6,
      target_value: null,
      gap: 0.3,
      shortfall: 0,
    });
    expect(row(5.6)).toMatchObject({ status: 'met', gap: -0.4, shortfall: 0 });
    expect(row(5.4)).toMatchObject({ status: 'missed', gap: -0.6, shortfall: 0.6 });
  });

  it('without the outcomes, a target in words takes what the later report says of it, else no_actual or pending', () => {
    const quota = o({
      indicator: 'energy_intensity',
      kind: 'target',
      period: 2020,
      measure: 'growth',
      report_year: 2020,
      qualifier: 'quota',
    });
    const said = {
      report_id: 'j-2021',
      jurisdiction: 'j',
      report_year: 2021,
      indicator: 'energy_intensity',
      period: 2020,
      stated: 'met' as const,
      text: '单位GDP能耗完成国家下达目标',
      start: 0,
      end: 10,
    };
    const status = (stated: Array<Omit<typeof said, 'stated'> & { stated: 'met' | 'missed' }>, documents = docs) =>
      derive([quota], dictionary.indicators, DEFAULT_TOLERANCE, stated, documents).targets_vs_actuals[0].status;
    expect(status([said])).toBe('met');
    expect(status([{ ...said, stated: 'missed' }])).toBe('missed');
    // the 2021 report (1 March 2021) dates the input less than three months after 2020: not yet due
    expect(status([])).toBe('pending');
    expect(status([], docs.slice(0, 1))).toBe('pending');
    // delivered later, or with a later document in the input, the outcome was due and is not stated
    expect(status([], [docs[0], { ...docs[1], delivered_on: '2021-04-02' }])).toBe('no_actual');
    expect(status([], [...docs, { id: 'j-2022', doc_kind: 'work_report', report_year: 2022 }])).toBe('no_actual');
  });

  it('a declined target is declined, whatever the outcome', () => {
    const declined = o({
      indicator: 'gdp',
      kind: 'target',
      period: 2020,
      measure: 'growth',
      report_year: 2020,
      qualifier: 'declined',
    });
    const [r] = derive(
      [declined, actual('gdp', 2.3)],
      dictionary.indicators,
      DEFAULT_TOLERANCE,
      [],
      docs,
    ).targets_vs_actuals;
    expect(r).toMatchObject({
      status: 'declined',
      target_qualifier: 'declined',
      target_value: null,
      actual: 2.3,
      gap: null,
      shortfall: null,
    });
  });

  it('only a target in words goes without a value (the derive boundary)', () => {
    expect(() =>
      checkObservations([
        o({ indicator: 'gdp', kind: 'target', period: 2020, measure: 'growth', report_year: 2020, qualifier: 'about' }),
      ]),
    ).toThrow(/DERIVED_INVALID|null where a number is required/);
    expect(() =>
      checkObservations([
        o({
          indicator: 'gdp',
          kind: 'target',
          period: 2020,
          measure: 'growth',
          report_year: 2020,
          qualifier: 'declined',
          value: 5,
        }),
      ]),
    ).toThrow(/which has no number/);
  });
});

describe('the year check', () => {
  /** A one-report input with the given manifest year, in a directory of its own. */
  function oneReport(file: string, reportYear: number, jurisdiction: string): string {
    const dir = tmpdir();
    fs.copyFileSync(file, path.join(dir, path.basename(file)));
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        reports: [
          {
            id: `${jurisdiction}-${reportYear}`,
            jurisdiction,
            jurisdiction_name: NAMES[jurisdiction],
            level: 'city',
            report_year: reportYear,
            path: path.basename(file),
          },
        ],
      }),
    );
    return dir;
  }

  it('a real local report with report_year off by one is refused, naming the file, the manifest value and the sentence', () => {
    const dir = oneReport(path.join(LOCAL, 'jinan-2025-targets.txt'), 2024, 'jinan');
    const input = loadInput(dir, { maxFileBytes: 200e6 });
    const r = runTask({ index: 0, meta: input.reports[0].meta, ref: input.reports[0].ref }, compiled);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('REPORT_YEAR_MISMATCH');
    expect(r.error.file).toBe(path.join(dir, 'jinan-2025-targets.txt'));
    expect(r.error.message).toContain('"report_year": 2024 in the manifest');
    expect(r.error.message).toContain('the report of 2025');
    expect(r.error.message).toContain('2025年济南市经济社会发展主要预期目标是:');
  });

  it('the national report of 2024 declared as 2023: its review heading and its delivery date both say 2024', () => {
    const r = read(national.get(2024)!, 2023, 'china');
    expect(r.yearConflict?.year).toBe(2024);
    expect(r.yearConflict?.evidence.map((e) => e.what)).toEqual([
      'was delivered in 2024',
      'reviews 2023',
      'plans 2024',
      'plans 2024',
    ]);
    expect(r.yearConflict?.evidence[0].text).toBe('——2024年3月5日');
  });

  it('--keep-going skips that report and finishes the release', async () => {
    const dir = oneReport(path.join(LOCAL, 'jinan-2025-targets.txt'), 2024, 'jinan');
    fs.copyFileSync(path.join(LOCAL, 'sichuan-2024-targets.txt'), path.join(dir, 'sichuan.txt'));
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    m.reports.push({
      id: 'sichuan-2024',
      jurisdiction: 'sichuan',
      jurisdiction_name: '四川省',
      level: 'province',
      report_year: 2024,
      path: 'sichuan.txt',
    });
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
    const out = tmpdir();
    const run = {
      input: dir,
      bom: true,
      reviewThreshold: 0.6,
      maxFileBytes: 200e6,
      tolerance: DEFAULT_TOLERANCE,
      cacheDir: null,
      views: false,
      jobs: 1,
    } as const;
    await expect(runInto(out, { ...run, keepGoing: false })).rejects.toMatchObject({ code: 'REPORT_YEAR_MISMATCH' });
    const done = await runInto(tmpdir(), { ...run, keepGoing: true });
    expect(done.meta.skipped.map((s) => s.code)).toEqual(['REPORT_YEAR_MISMATCH']);
    expect(done.meta.reports.map((x) => x.id)).toEqual(['sichuan-2024']);
  });

  it('no report of the corpus, national or local, is refused with its true year', () => {
    for (const [year, text] of national) expect(read(text, year, 'china').yearConflict, `${year}`).toBeUndefined();
    for (const f of fs.readdirSync(LOCAL))
      expect(
        read(fs.readFileSync(path.join(LOCAL, f), 'utf8'), Number(/-(\d{4})-/.exec(f)![1])).yearConflict,
        f,
      ).toBeUndefined();
  });
});

describe('levels of government', () => {
  const e = (jurisdiction: string, level: 'national' | 'province' | 'city' | 'district', parent?: string) => ({
    jurisdiction,
    jurisdiction_name: jurisdiction,
    level,
    ...(parent ? { parent } : {}),
  });

  it('a chain through levels without reports; one parent each, and no cycle', () => {
    const list = jurisdictionsOf(
      [e('shangcheng', 'district', 'hangzhou'), e('china', 'national')],
      [e('hangzhou', 'city', 'zhejiang'), e('zhejiang', 'province', 'china')],
      'manifest.json',
    );
    expect(list.find((j) => j.jurisdiction === 'shangcheng')).toMatchObject({
      parent: 'hangzhou',
      ancestors: ['hangzhou', 'zhejiang', 'china'],
      in_input: true,
    });
    expect(list.find((j) => j.jurisdiction === 'hangzhou')).toMatchObject({ in_input: false });
    expect(() => jurisdictionsOf([e('a', 'city', 'b'), e('a', 'city', 'c')], [], 'm.json')).toThrow(/two parents/);
    expect(() => jurisdictionsOf([e('a', 'city', 'b')], [e('b', 'province', 'a')], 'm.json')).toThrow(YoyError);
  });

  it('compares with the nearest ancestor that sets a target for the same key', () => {
    const band = (low: number | null, high: number | null) => ({
      indicator: 'gdp',
      measure: 'growth',
      year: 2015,
      unit: '%',
      low,
      high,
    });
    const targets = new Map([
      ['d', [band(7.5, 7.5)]],
      ['p', [band(6.5, 7)]],
      ['n', [band(7, 7)]],
    ]);
    const levels = [
      { jurisdiction: 'd', level: 'district', ancestors: ['c', 'p', 'n'] },
      { jurisdiction: 'p', level: 'province', ancestors: ['n'] },
      { jurisdiction: 'n', level: 'national', ancestors: [] },
    ];
    expect(amplification(targets, levels).map((r) => `${r.jurisdiction}>${r.parent} ${r.amplification}`)).toEqual([
      'd>p 0.75',
      'p>n -0.25',
    ]);
  });

  it("the default release: Shangcheng's 2015 GDP target against the nation's (7.5% against about 7%, +0.5 pp), every province against the national target", () => {
    const release = readRelease(RELEASE);
    const rows = release.derived.amplification!;
    expect(rows.find((r) => r.jurisdiction === 'shangcheng' && r.indicator === 'gdp' && r.year === 2015)).toMatchObject(
      {
        level: 'district',
        parent: 'china',
        parent_level: 'national',
        target_low: 7.5,
        parent_target_low: 7,
        amplification: 0.5,
      },
    );
    const provinces = loadInput(INPUT, { maxFileBytes: 200e6 })
      .reports.filter((r) => r.meta.level === 'province')
      .map((r) => `${r.meta.jurisdiction} ${r.meta.report_year}`);
    expect(provinces.length).toBeGreaterThanOrEqual(7);
    for (const p of provinces)
      expect(
        rows.some((r) => `${r.jurisdiction} ${r.year}` === p && r.parent === 'china' && r.indicator === 'gdp'),
        p,
      ).toBe(true);
    expect(release.meta.jurisdictions!.find((j) => j.jurisdiction === 'shangcheng')!.ancestors).toEqual([
      'hangzhou',
      'zhejiang',
      'china',
    ]);
  });
});
