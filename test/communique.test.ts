// The statistical-communiqué reader, on the real communiqués in test/fixtures/statistics
// (copied as retrieved from ../shared/corpus/statistics) and checked against the
// official record of headline outcomes in the same folder. Then the same texts as a
// user meets them: in traditional characters, inside a web page, quoted in a news
// item, with full-width digits, as HTML; and local-level wording the reader has not
// seen, built from the real sentences.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import OpenCC from 'opencc-js';
import fc from 'fast-check';
import { ROOT, compiled, dictionary } from './helpers.js';
import { compileDictionary } from '../pipeline/extract/dictionary.js';
import { extractCommunique, type CommuniqueInput } from '../pipeline/extract/communique/index.js';
import type { Observation } from '../pipeline/core/model.js';
import { visibleSegments } from '../pipeline/load/html.js';

const DIR = path.join(ROOT, 'test', 'fixtures', 'statistics');
const read = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8');

interface RecordRow {
  jurisdiction: string;
  indicator: string;
  year: string;
  measure: string;
  value: string;
  unit: string;
  note: string;
}
const record = parse(read('china-headline-outcomes.csv'), { columns: true, bom: true }) as RecordRow[];

/** The real texts, and which of the record's indicators each states (read off the text by hand). */
const TEXTS = [
  {
    file: 'china-2024-communique.txt',
    year: 2024,
    states: [
      'gdp',
      'cpi',
      'new_jobs',
      'surveyed_unemployment_rate',
      'm2',
      'grain_output',
      'energy_intensity',
      'trade',
      'retail_sales',
      'fixed_asset_investment',
    ],
  },
  { file: 'china-2018-communique-opening.txt', year: 2018, states: ['gdp', 'energy_intensity'] },
  { file: 'china-2016-communique-opening.txt', year: 2016, states: ['gdp'] },
];

/**
 * Every figure each text gives for the dictionary's core indicators, as the text writes it:
 * what the reader emits must be exactly these (the record covers only some of them).
 * industrial_value_added is industry above designated size (规模以上, 5.8 in 2024): all of
 * industry (全部工业增加值405442亿元, 5.7) is a broader scope and gives no figure of it.
 */
const ALL_FIGURES: Record<number, Array<[string, string, number]>> = {
  2024: [
    ['gdp', 'level', 1349084],
    ['gdp', 'growth', 5.0],
    ['services_value_added', 'level', 765583],
    ['services_value_added', 'growth', 5.0],
    ['new_jobs', 'level', 1256],
    ['surveyed_unemployment_rate', 'rate', 5.1],
    ['cpi', 'growth', 0.2],
    ['grain_output', 'level', 70650],
    ['grain_output', 'growth', 1.6],
    ['industrial_value_added', 'growth', 5.8],
    ['retail_sales', 'level', 483345],
    ['retail_sales', 'growth', 3.5],
    ['fixed_asset_investment', 'level', 520916],
    ['fixed_asset_investment', 'growth', 3.1],
    ['trade', 'level', 438468],
    ['trade', 'growth', 5.0],
    ['foreign_investment_utilized', 'level', 8263],
    ['foreign_investment_utilized', 'growth', -27.1],
    ['local_fiscal_revenue', 'level', 219702],
    ['local_fiscal_revenue', 'growth', 1.3],
    ['tax_revenue', 'level', 174972],
    ['tax_revenue', 'growth', -3.4],
    ['m2', 'level', 313.5],
    ['m2', 'growth', 7.3],
    ['energy_intensity', 'growth', -3.8],
    // 研究与试验发展（R&D）经费支出36130亿元，比上年增长8.3%，与国内生产总值之比为2.68%
    ['rd_intensity', 'rate', 2.68],
  ],
  2018: [
    ['gdp', 'level', 900309],
    ['gdp', 'growth', 6.6],
    ['services_value_added', 'level', 469575],
    ['services_value_added', 'growth', 7.6],
    ['energy_intensity', 'growth', -3.1],
  ],
  2016: [
    ['gdp', 'level', 744127],
    ['gdp', 'growth', 6.7],
    ['services_value_added', 'level', 384221],
    ['services_value_added', 'growth', 7.8],
  ],
};

/**
 * Figures of indicators the contract adds and the default dictionary may not have yet: expected
 * only when the dictionary has the indicator (so the test stays exact as the dictionary grows).
 */
const IF_IN_DICTIONARY: Record<number, Array<[string, string, number]>> = {
  2024: [
    ['disposable_income', 'level', 41314],
    ['disposable_income', 'growth', 5.3],
    ['disposable_income_urban', 'level', 54188],
    ['disposable_income_urban', 'growth', 4.6],
    ['disposable_income_rural', 'level', 23119],
    ['disposable_income_rural', 'growth', 6.6],
    ['population_growth_rate', 'rate', -0.99],
    // 全年全国万元国内生产总值二氧化碳排放[21]比上年下降3.4%
    ['co2_intensity', 'growth', -3.4],
  ],
};
const expectedFigures = (year: number) =>
  [...ALL_FIGURES[year], ...(IF_IN_DICTIONARY[year] ?? []).filter(([id]) => compiled.byId.has(id))]
    .map(([i, m, v]) => `${i}|${m}|${v}`)
    .sort();

const REVIEW = 0.6;

function run(source: string, year: number, extra: Partial<CommuniqueInput> = {}, dict = compiled) {
  const r = extractCommunique(
    { id: `china-${year}-communique`, jurisdiction: 'china', covers_year: year, source, ...extra },
    dict,
  );
  for (const o of r.observations) {
    expect(source.slice(o.start, o.end)).toBe(o.text);
    expect(o.kind).toBe('actual');
    expect(o.period).toBe(year);
  }
  for (const d of r.dropped) expect(source.slice(d.start, d.end)).toBe(d.text);
  return r;
}

/** Recall of the record's rows a text states, and the values that contradict the record. */
function score(obs: Observation[], year: number, states: string[]) {
  const rows = record.filter(
    (r) => r.jurisdiction === 'china' && Number(r.year) === year && states.includes(r.indicator),
  );
  const found = rows.filter((r) =>
    obs.some(
      (o) =>
        o.indicator === r.indicator &&
        o.measure === r.measure &&
        o.value === Number(r.value) &&
        o.unit === r.unit &&
        o.confidence >= REVIEW,
    ),
  );
  const wrong = obs.filter((o) =>
    record.some(
      (r) =>
        r.jurisdiction === 'china' &&
        Number(r.year) === year &&
        r.indicator === o.indicator &&
        r.measure === o.measure &&
        Number(r.value) !== o.value,
    ),
  );
  return {
    rows: rows.length,
    found: found.length,
    missing: rows.filter((r) => !found.includes(r)).map((r) => r.indicator),
    wrong,
  };
}

const fig = (o: Observation) => `${o.indicator}|${o.measure}|${o.value}`;
/** What a user would take as the figures: confident observations, by indicator, measure and value. */
const confident = (obs: Observation[]) =>
  obs
    .filter((o) => o.confidence >= REVIEW)
    .map(fig)
    .sort();

describe('the real communiqués against the official record', () => {
  for (const t of TEXTS) {
    it(`${t.file}: every headline outcome it states, with the record's value, and no wrong value`, () => {
      const { observations } = run(read(t.file), t.year);
      const s = score(observations, t.year, t.states);
      expect(s.missing).toEqual([]);
      expect(s.wrong.map(fig)).toEqual([]);
    });
    it(`${t.file}: nothing but the figures the text gives for the core indicators`, () => {
      const { observations } = run(read(t.file), t.year);
      expect(observations.map(fig).sort()).toEqual(expectedFigures(t.year));
    });
  }
  it('reports the measurement', () => {
    // measured here, on its own, so that the figure does not depend on which tests ran before
    const lines = TEXTS.map((t) => {
      const s = score(run(read(t.file), t.year).observations, t.year, t.states);
      return { line: `${t.file}: recall ${s.found}/${s.rows}, wrong ${s.wrong.length}`, s };
    });
    console.log(['communiqué reader, real texts:', ...lines.map((l) => l.line)].join('\n  '));
    expect(lines.every((l) => l.s.found === l.s.rows && l.s.wrong.length === 0)).toBe(true);
  });

  it('the surveyed rate is the annual average; the year-end one beside it is set aside with a reason', () => {
    const source = read('china-2024-communique.txt');
    const r = run(source, 2024);
    const surveyed = r.observations.filter((o) => o.indicator === 'surveyed_unemployment_rate');
    expect(surveyed.map((o) => o.text)).toEqual(['城镇调查失业率平均值为5.1%']);
    // the year-end rate (年末…) beside it; the average read twice (平均值为 links it too) is set aside as a duplicate
    const yearEnd = r.dropped.find(
      (d) => d.indicator === 'surveyed_unemployment_rate' && source.slice(d.start - 6, d.start).includes('年末'),
    );
    expect(yearEnd?.reason).toMatch(/year-end/);
  });

  it('a sector, a region, a per-head figure, a quarter and a narrower scope are not the whole', () => {
    const r = run(read('china-2024-communique.txt'), 2024);
    const reasons = r.dropped.map((d) => `${d.indicator}: ${d.text} — ${d.reason}`).join('\n');
    expect(reasons).toMatch(/gdp: 国内生产总值同比增长5.3% — .*一季度/);
    // 人均国内生产总值95749元: a figure per person, not GDP (per_unit)
    expect(reasons).toMatch(/gdp: 国内生产总值95749元 — a figure per person/);
    expect(reasons).toMatch(/gdp: 地区生产总值702356亿元 — .*东部/);
    expect(reasons).toMatch(/fixed_asset_investment: 固定资产投资（不含农户）514374亿元，增长3.2% — a narrower scope/);
    expect(reasons).toMatch(/trade: 进出口总额75238亿元 — .*服务/);
  });

  it('units as written, with bases: 万亿元, 万吨, 万人', () => {
    const obs = run(read('china-2024-communique.txt'), 2024).observations;
    const get = (i: string, m: string) => obs.find((o) => o.indicator === i && o.measure === m)!;
    expect([get('m2', 'level').unit, get('m2', 'level').value_base, get('m2', 'level').unit_base]).toEqual([
      '万亿元',
      313.5e12,
      'CNY',
    ]);
    expect([
      get('grain_output', 'level').unit,
      get('grain_output', 'level').value_base,
      get('grain_output', 'level').unit_base,
    ]).toEqual(['万吨', 70650e7, 'kg']);
    expect([get('new_jobs', 'level').unit, get('new_jobs', 'level').unit_base]).toEqual(['万人', 'persons']);
    expect(get('energy_intensity', 'growth').value).toBe(-3.8);
    expect(obs.every((o) => o.report_year === 2025 && o.rule.startsWith('communique:'))).toBe(true);
  });
});

// ---------------------------------------------------------------- reposts

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Page furniture of a news site around the text: navigation, source line, share buttons, editor, related links. */
function inPage(text: string, year: number): string {
  return [
    '首页 | 新闻 | 财经 | 国际 | 军事 | 体育 | 娱乐 | 科技 | 图片 | 视频',
    `当前位置：首页 > 时政 > 正文`,
    `${year + 1}-02-28 10:12:35　来源：新华社　作者：　字号：大 中 小`,
    '分享到：微信　微博　QQ空间　复制链接',
    '',
    text,
    '',
    '【纠错】　【责任编辑：刘某某】',
    '分享到：微信 微博 QQ空间',
    '相关阅读：',
    // a headline of the year before, with its own (different) figure: a probe, not the year's outcome
    `· ${year - 1}年国民经济和社会发展统计公报：全年国内生产总值比上年增长9.9%`,
    `· ${year + 1}年1月份国民经济运行情况`,
    'Copyright © 2000 - 2025 XINHUANET.com　All Rights Reserved.',
    '网站地图 | 联系我们 | 广告服务',
  ].join('\n');
}

/** The communiqué quoted inside a news item, with the reporter's own words around it. */
function inNews(text: string, year: number): string {
  return [
    `新华社北京2月28日电（记者王某）国家统计局28日发布${year}年国民经济和社会发展统计公报。公报显示，${year}年经济运行总体平稳。公报全文如下：`,
    text,
    `记者注意到，今年的政府工作报告提出，国内生产总值增长预期目标为9%左右；${year + 1}年国内生产总值预期增长9%左右。`,
    '（完）',
  ].join('\n');
}

/** Full-width digits and signs, non-breaking spaces after commas and before units. */
function fullWidth(text: string): string {
  return text
    .replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/，/g, '，\u00a0')
    .replace(/(\d)(亿元|万人|万吨)/g, '$1\u00a0$2');
}

/** An HTML page: each line a paragraph, spaces as &nbsp;, with a script and navigation. */
function asHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/　/g, '&nbsp;&nbsp;');
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>统计公报</title><script>var gdp = "国内生产总值增长9.9%";</script></head><body>` +
    '<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div><div class="article">' +
    text
      .split('\n')
      .map((l) => `<p>${esc(l)}</p>`)
      .join('\n') +
    '</div><div class="share">分享到：<a>微信</a><a>微博</a></div></body></html>'
  );
}

const TRANSFORMS: Array<
  [string, (t: string, y: number) => { source: string; segments?: ReturnType<typeof visibleSegments> }]
> = [
  ['traditional characters', (t) => ({ source: toTraditional(t) })],
  ['page furniture', (t, y) => ({ source: inPage(t, y) })],
  ['quoted in a news item', (t, y) => ({ source: inNews(t, y) })],
  ['full-width digits and non-breaking spaces', (t) => ({ source: fullWidth(t) })],
  [
    'an HTML page',
    (t) => {
      const source = asHtml(t);
      return { source, segments: visibleSegments(source) };
    },
  ],
  ['traditional, in a news item, in a page', (t, y) => ({ source: inPage(inNews(toTraditional(t), y), y) })],
];

describe('reposts: the same values, spans that slice back', () => {
  for (const t of TEXTS) {
    const plain = run(read(t.file), t.year).observations;
    for (const [name, transform] of TRANSFORMS) {
      it(`${t.file}, ${name}`, () => {
        const { source, segments } = transform(read(t.file), t.year);
        const { observations } = run(source, t.year, { segments });
        expect(confident(observations)).toEqual(confident(plain));
        const s = score(observations, t.year, t.states);
        expect(s.found).toBe(s.rows);
        expect(s.wrong).toEqual([]);
        // a span covers the figure as the page writes it
        for (const o of observations) expect(o.text.length).toBeGreaterThan(3);
      });
    }
  }

  it("the news item's target and the related headline's other year are set aside, with reasons", () => {
    const t = TEXTS[1];
    const r = run(inPage(inNews(read(t.file), t.year), t.year), t.year);
    const reasons = r.dropped.filter((d) => d.text.includes('9%') || d.text.includes('9.9%')).map((d) => d.reason);
    expect(reasons.some((x) => /target/.test(x))).toBe(true);
    expect(r.observations.some((o) => o.value === 9 || o.value === 9.9)).toBe(false);
  });
});

// ---------------------------------------------------------------- never seen

/**
 * A city's communiqué: the real 2024 text with a city's wording (杭州市 in the title, 全市 for
 * 全国, 地区生产总值 for 国内生产总值, the city named as the subject, GDP in brackets). The
 * reader has no rule for any of these words; it must read the same values, and still not
 * the regions' (东部地区生产总值).
 */
function asCity(text: string): string {
  return text
    .replace('中华人民共和国2024年', '杭州市2024年')
    .replace(/国家统计局/g, '杭州市统计局')
    .replace(/全国/g, '全市')
    .replace(/国内生产总值/g, '地区生产总值')
    .replace('全年地区生产总值', '全年杭州市实现地区生产总值(GDP)');
}
function asDistrict(text: string): string {
  return text
    .replace('中华人民共和国2024年', '2024年上城区')
    .replace(/全国/g, '全区')
    .replace('全年国内生产总值', '全年全区生产总值')
    .replace(/国内生产总值/g, '地区生产总值');
}

describe('never seen: local levels, built from the real sentences', () => {
  const national = run(read('china-2024-communique.txt'), 2024).observations;
  it('a city communiqué (杭州市…地区生产总值(GDP), 全市) reads the same values', () => {
    const r = run(asCity(read('china-2024-communique.txt')), 2024, { jurisdiction: 'hangzhou' });
    expect(r.observations.map(fig).sort()).toEqual(national.map(fig).sort());
    expect(r.dropped.some((d) => d.indicator === 'gdp' && d.text.startsWith('地区生产总值702356'))).toBe(true);
  });
  it('a district communiqué (上城区, 全区生产总值) reads the same values', () => {
    const r = run(asDistrict(read('china-2024-communique.txt')), 2024, { jurisdiction: 'shangcheng' });
    expect(r.observations.map(fig).sort()).toEqual(national.map(fig).sort());
  });
  it('a city communiqué in traditional characters, quoted in a news item inside a page, reads the same values', () => {
    const source = inPage(inNews(toTraditional(asCity(read('china-2024-communique.txt'))), 2024), 2024);
    const r = run(source, 2024, { jurisdiction: 'hangzhou' });
    expect(confident(r.observations)).toEqual(confident(national));
  });
  it("a province's wording of the same figures (实际使用外资金额, 全年全省) reads the same values", () => {
    const text = read('china-2024-communique.txt');
    expect(text).toContain('实际使用外资8263亿元');
    const province = text.replace(/全国/g, '全省').replace(/实际使用外资(?=\d)/g, '实际使用外资金额');
    const r = run(province, 2024, { jurisdiction: 'p' });
    expect(r.observations.map(fig).sort()).toEqual(national.map(fig).sort());
  });
  it('another district named before the figure is not the city', () => {
    const source =
      '杭州市2024年国民经济和社会发展统计公报\n初步核算，全年杭州市实现地区生产总值(GDP)21860亿元，比上年增长4.7%。分区县看，上城区地区生产总值3500亿元，增长5.6%；桐庐县地区生产总值500亿元，增长3.1%。';
    const r = run(source, 2024);
    expect(r.observations.map(fig).sort()).toEqual(['gdp|growth|4.7', 'gdp|level|21860']);
  });
});

describe("never seen: a province's words for R&D intensity and a narrower investment", () => {
  const text = read('china-2024-communique.txt');
  const sentence = (needle: string) => {
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`not in the communiqué: ${needle}`);
    return text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('。', at) + 1).trim();
  };
  // 全年研究与试验发展（R&D）经费支出36130亿元，比上年增长8.3%，与国内生产总值之比为2.68%，…
  const rd = sentence('与国内生产总值之比为2.68%');
  const rdOf = (s: string) =>
    run(s, 2024, { jurisdiction: 'p', level: 'province' }).observations.filter((o) => o.indicator === 'rd_intensity');

  it('a share of GDP in the sentence of R&D spending is its intensity, however the share is written', () => {
    for (const words of [
      '占地区生产总值的比重为',
      '占全省地区生产总值比重为',
      '相当于地区生产总值的比例为',
      '占GDP比重为',
    ])
      expect(rdOf(rd.replace('与国内生产总值之比为', words).replace(/全国/g, '全省')).map(fig)).toEqual([
        'rd_intensity|rate|2.68',
      ]);
    // the spending named 研发 or R&D alone
    expect(
      rdOf(rd.replace('研究与试验发展（R&D）', 'R&D').replace('与国内生产总值之比为', '占地区生产总值的比重为')).map(
        fig,
      ),
    ).toEqual(['rd_intensity|rate|2.68']);
  });

  it('another share of GDP is not R&D intensity, though its paragraph speaks of R&D', () => {
    // 第一产业增加值占国内生产总值比重为6.8%，…
    const primary = sentence('第一产业增加值占国内生产总值比重为6.8%');
    expect(rdOf(primary)).toEqual([]);
    expect(rdOf(`${primary.replace(/国内生产总值/g, '地区生产总值')}\n${rd}`).map(fig)).toEqual([
      'rd_intensity|rate|2.68',
    ]);
  });

  it('a clause that leaves a part out before the name makes a narrower scope, set aside with its code', () => {
    // 扣除房地产开发民间投资， (the communiqué's own clause) before its 全年全社会固定资产投资520916亿元，比上年增长3.1%
    const leavesOut = text.slice(
      text.indexOf('扣除房地产开发'),
      text.indexOf('，', text.indexOf('扣除房地产开发')) + 1,
    );
    const fai = sentence('全社会固定资产投资520916亿元').replace(/^全年/, '');
    const read = (s: string) => run(s, 2024).observations.filter((o) => o.indicator === 'fixed_asset_investment');
    expect(read(fai).map(fig).sort()).toEqual([
      'fixed_asset_investment|growth|3.1',
      'fixed_asset_investment|level|520916',
    ]);
    const r = run(`${leavesOut}${fai}`, 2024);
    expect(r.observations.filter((o) => o.indicator === 'fixed_asset_investment')).toEqual([]);
    expect(r.dropped.filter((d) => d.indicator === 'fixed_asset_investment').map((d) => d.code)).toEqual([
      'narrower_scope',
      'narrower_scope',
    ]);
  });
});

/** One case: a text, what the reader must emit (confident figures), what it must not. */
interface Case {
  name: string;
  text: string;
  year: number;
  expect: string[];
  review?: string[];
  dropped?: RegExp;
  extra?: Partial<CommuniqueInput>;
}

const CASES: Case[] = [
  {
    name: 'December and year-end surveyed rates are not the annual figure; 上年末的 is the year before',
    text: '12月份，全国城镇调查失业率为5.0%，略低于上年末的5.1%。全年全国城镇调查失业率平均值为5.2%，比上年下降0.4个百分点。',
    year: 2023,
    expect: ['surveyed_unemployment_rate|change_pp|-0.4', 'surveyed_unemployment_rate|rate|5.2'],
    dropped: /month's|year-end/,
  },
  {
    name: 'year-end surveyed and registered rates in one sentence: the registered one is a year-end rate by definition',
    text: '年末全国城镇调查失业率为5.1%，城镇登记失业率为4.0%，略低于上年末的4.1%。',
    year: 2019,
    expect: ['registered_unemployment_rate|rate|4'],
    dropped: /year-end/,
  },
  {
    name: 'the annual average written after the name (全年平均为)',
    text: '全国城镇调查失业率全年平均为5.6%。',
    year: 2020,
    expect: ['surveyed_unemployment_rate|rate|5.6'],
  },
  {
    name: 'a surveyed rate that says neither average nor year-end goes to review',
    text: '全市城镇调查失业率为5.0%。',
    year: 2024,
    expect: [],
    review: ['surveyed_unemployment_rate|rate|5'],
  },
  {
    name: 'registered rate and its change on the end of the year before',
    text: '年末城镇登记失业率为4.02%，比上年末下降0.03个百分点。',
    year: 2016,
    expect: ['registered_unemployment_rate|change_pp|-0.03', 'registered_unemployment_rate|rate|4.02'],
  },
  {
    name: 'a two-year average is not one-year growth',
    text: '初步核算，全年全市地区生产总值1143670亿元，比上年增长8.1%，两年平均增长5.1%。',
    year: 2021,
    expect: ['gdp|growth|8.1', 'gdp|level|1143670'],
  },
  {
    name: 'growth on a year further back is not year-over-year, on the year before it is',
    text: '全年地区生产总值比2019年增长10.5%。全年居民消费价格比2020年上涨0.9%。',
    year: 2021,
    expect: ['cpi|growth|0.9'],
  },
  {
    name: 'a fall in prices is negative',
    text: '全年居民消费价格比上年下降0.7%。',
    year: 2009,
    expect: ['cpi|growth|-0.7'],
  },
  {
    name: 'quarters are not the year',
    text: '分季度看，一季度国内生产总值同比增长5.3%，二季度增长4.7%，三季度增长4.6%，四季度增长5.4%。',
    year: 2024,
    expect: [],
  },
  {
    name: 'a national communiqué: the central and local parts of fiscal revenue are not the whole',
    text: '中华人民共和国2019年国民经济和社会发展统计公报\n全年全国一般公共预算收入190382亿元，比上年增长3.8%。其中中央一般公共预算收入89305亿元，增长4.5%；地方一般公共预算收入101077亿元，增长3.2%。',
    year: 2019,
    expect: ['local_fiscal_revenue|growth|3.8', 'local_fiscal_revenue|level|190382'],
    dropped: /local governments' part/,
  },
  {
    name: 'a city communiqué: its own 地方一般公共预算收入 is the whole',
    text: '杭州市2019年国民经济和社会发展统计公报\n全年全市地方一般公共预算收入1966亿元，比上年增长6.5%。',
    year: 2019,
    expect: ['local_fiscal_revenue|growth|6.5', 'local_fiscal_revenue|level|1966'],
  },
  {
    name: 'a narrower scope alone goes to review',
    text: '全年全市固定资产投资（不含农户）比上年增长5.9%。',
    year: 2018,
    expect: [],
    review: ['fixed_asset_investment|growth|5.9'],
  },
  {
    name: 'PM2.5 is not M2; a ratio to GDP is not GDP (R&D’s is R&D intensity); GDP per head is not GDP',
    text: '在监测的339个地级及以上城市中，细颗粒物（PM2.5）年平均浓度29.3微克/立方米，比上年下降2.7%。全年研究与试验发展（R&D）经费支出36130亿元，比上年增长8.3%，与国内生产总值之比为2.68%。全年人均国内生产总值95749元，比上年增长5.1%。',
    year: 2024,
    expect: ['rd_intensity|rate|2.68'],
  },
  {
    name: '经济增长 names GDP growth in a communiqué as in a report (a subject of its own level: 我国 in the nation’s)',
    text: '2024年，我国经济增长5.0%，经济增速在全球主要经济体中位居前列。',
    year: 2024,
    expect: ['gdp|growth|5'],
  },
  {
    name: "a local communiqué: the nation's figure given for comparison is not the city's",
    text: '杭州市2024年国民经济和社会发展统计公报\n全年全市居民消费价格比上年上涨0.5%，全国居民消费价格比上年上涨0.2%。',
    year: 2024,
    expect: ['cpi|growth|0.5'],
    dropped: /the nation's figure/,
  },
  {
    name: 'the jurisdiction named by the manifest, without a title',
    text: '初步核算，上城区全年实现地区生产总值3500亿元，比上年增长5.6%。西湖区地区生产总值2800亿元，增长4.1%。',
    year: 2024,
    expect: ['gdp|growth|5.6', 'gdp|level|3500'],
    extra: { jurisdiction_name: '上城区', level: 'district' },
  },
  {
    name: 'thousands separators are one number; a number broken by a comma is none',
    text: '全年国内生产总值1,349,084亿元,比上年增长5.0%。全年全国城镇新增就业12,56万人。',
    year: 2024,
    expect: ['gdp|growth|5', 'gdp|level|1349084'],
    dropped: /broken by a comma/,
  },
  {
    name: 'a news item names the communiqué before its title does: the title still makes it national',
    text: '国家统计局28日发布2019年国民经济和社会发展统计公报。\n中华人民共和国2019年国民经济和社会发展统计公报\n地方一般公共预算收入101077亿元，增长3.2%。',
    year: 2019,
    expect: [],
    dropped: /local governments' part/,
  },
  {
    name: 'a title naming another year is reported',
    text: '中华人民共和国2023年国民经济和社会发展统计公报\n全年居民消费价格比上年上涨0.2%。',
    year: 2024,
    expect: ['cpi|growth|0.2'],
  },
];

describe('never seen: how communiqués write, sentence by sentence', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const r = run(c.text, c.year, c.extra);
      expect(confident(r.observations)).toEqual(c.expect.slice().sort());
      expect(
        r.observations
          .filter((o) => o.confidence < REVIEW)
          .map(fig)
          .sort(),
      ).toEqual((c.review ?? []).slice().sort());
      if (c.dropped) expect(r.dropped.map((d) => d.reason).join('\n')).toMatch(c.dropped);
    });
  }
  it('a title naming another year gives a warning', () => {
    const r = run('中华人民共和国2023年国民经济和社会发展统计公报\n全年居民消费价格比上年上涨0.2%。', 2024);
    expect(r.warnings.join()).toMatch(/2023/);
  });
});

describe('indicators a dictionary may add: income, population rates', () => {
  // the user's dictionary extends the default (new ids added), as the contract says
  const extended = compileDictionary({
    ...dictionary,
    indicators: [
      ...dictionary.indicators,
      {
        id: 'disposable_income',
        label: '居民人均可支配收入',
        names: ['居民人均可支配收入'],
        measures: ['level', 'growth'],
        percent_measure: 'growth',
        unit_bases: ['CNY'],
        group: 'core',
      },
      {
        id: 'disposable_income_urban',
        label: '城镇居民人均可支配收入',
        names: ['城镇居民人均可支配收入'],
        measures: ['level', 'growth'],
        percent_measure: 'growth',
        unit_bases: ['CNY'],
        group: 'core',
      },
      {
        id: 'disposable_income_rural',
        label: '农村居民人均可支配收入',
        names: ['农村居民人均可支配收入'],
        measures: ['level', 'growth'],
        percent_measure: 'growth',
        unit_bases: ['CNY'],
        group: 'core',
      },
      {
        id: 'population_growth_rate',
        label: '人口自然增长率',
        names: ['人口自然增长率'],
        // the name communiqués write, beside 人口 (a dictionary lists its communiqué names with the indicator)
        names_communique: [{ name: '自然增长率', context: '人口' }],
        measures: ['rate', 'change_pp'],
        percent_measure: 'rate',
        group: 'core',
      },
    ],
  } as Parameters<typeof compileDictionary>[0]);
  it("the 2024 communiqué: the whole population's income, urban and rural apart, nominal growth, ‰ kept", () => {
    const r = run(read('china-2024-communique.txt'), 2024, {}, extended);
    const added = r.observations.filter((o) => /disposable|population/.test(o.indicator));
    expect(added.map((o) => `${fig(o)}|${o.unit}`).sort()).toEqual([
      'disposable_income_rural|growth|6.6|%',
      'disposable_income_rural|level|23119|元',
      'disposable_income_urban|growth|4.6|%',
      'disposable_income_urban|level|54188|元',
      'disposable_income|growth|5.3|%',
      'disposable_income|level|41314|元',
      'population_growth_rate|rate|-0.99|‰',
    ]);
    expect(added.find((o) => o.indicator === 'population_growth_rate')!.value_base).toBeCloseTo(-0.099);
    // the median and the poverty counties' income are not the whole
    expect(r.dropped.some((d) => d.indicator === 'disposable_income_rural' && /脱贫县/.test(d.reason))).toBe(true);
  });
  it('自然增长率 counts only beside 人口; real growth gives way to the nominal', () => {
    expect(run('全年工业利润自然增长率为3.1‰。', 2024, {}, extended).observations).toEqual([]);
    const r = run(
      '全年全市居民人均可支配收入41314元，比上年增长5.3%；扣除价格因素，实际增长5.1%。',
      2024,
      {},
      extended,
    );
    expect(confident(r.observations)).toEqual(['disposable_income|growth|5.3', 'disposable_income|level|41314']);
  });
});

describe('robustness: random and adversarial text', () => {
  const source = read('china-2018-communique-opening.txt');
  const words = [
    '国内生产总值',
    '地区生产总值',
    '城镇调查失业率',
    '平均值为',
    '年末',
    '12月份',
    '比上年末',
    '增长',
    '下降',
    '-',
    '‰',
    '%',
    '亿元',
    '万人',
    '[2]',
    ',',
    '1,349,084',
    '（不含农户）',
    '(M2)',
    '广义货币供应量',
    '两年平均',
    '\u00a0',
    '\n',
    '。',
    '，',
  ];
  it('real text with random insertions: no throw, spans slice back, periods are the covered year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: source.length }), fc.constantFrom(...words), (at, w) => {
        run(source.slice(0, at) + w + source.slice(at), 2018);
      }),
      { numRuns: 150 },
    );
  });
  it('communiqué-like random text: no throw', () => {
    const chunk = fc.oneof(
      fc.constantFrom(...words),
      fc.string({ maxLength: 4 }),
      fc.integer({ min: 0, max: 99999 }).map(String),
    );
    fc.assert(
      fc.property(
        fc.array(chunk, { maxLength: 60 }).map((a) => a.join('')),
        (s) => {
          run(s, 2024);
        },
      ),
      { numRuns: 300 },
    );
  });
  const adversarial: Array<[string, string]> = [
    ['a long run of grouped digits', '国内生产总值' + '1' + ',000'.repeat(200_000) + '1亿元'],
    ['footnote markers repeated', '国内生产总值' + '[2]'.repeat(200_000) + '100亿元'],
    ['names repeated in one sentence', '城镇调查失业率平均值为5.1%，'.repeat(20_000)],
    [
      'a different figure for one name, many times',
      Array.from({ length: 20_000 }, (_, i) => `全年国内生产总值${i + 1}亿元，超过${i}亿元，`).join(''),
    ],
    ['figures joined without end', '国内生产总值' + '7.5%和'.repeat(100_000)],
  ];
  for (const [name, s] of adversarial) {
    it(name, () => {
      const t0 = performance.now();
      run(s, 2024);
      expect(performance.now() - t0).toBeLessThan(20_000);
    });
  }
});
