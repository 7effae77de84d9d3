// Commitments of the national work reports (issue 22): the classes the national held-out batches showed
// (test/fixtures/heldout/commitments/national-1.json, national-2.json). The State Council's plans write their
// promises in another style than the provinces' (verbs of cutting and leaving, a bare 万 after a noun of people,
// 多 and 近 at the figure) and set beside them figures that are no promise of work: the government's own
// budget lines, standards per person, thresholds, sizes, levels, forecasts and the expected targets. Each
// test reads the real sentence of a report of the default release (input/national) as a plan; the outcomes
// are matched on the whole reports, as the release matches them.
import { describe, it, expect } from 'vitest';
import { compiled, national } from './helpers.js';
import { china, chinaRead, plan2025, brief } from './plan-sentences.js';
import { extractDocument } from '../pipeline/extract/documents.js';
import { matchCommitments } from '../pipeline/derive/commitments.js';

/** A national report read whole, as the release reads it. */
const readNational = (year: number) =>
  extractDocument(
    {
      id: `china-${year}`,
      jurisdiction: 'china',
      jurisdiction_name: '中华人民共和国',
      level: 'national',
      report_year: year,
      source: national.get(year)!,
      display: `china-${year}`,
      doc_kind: 'work_report',
    },
    compiled,
  );

/** The plan of `year` matched with what the next year's report says of it. */
const matchedNational = (year: number) => {
  const plan = readNational(year).commitments.filter((c) => c.year === year);
  const later = readNational(year + 1).statements;
  return matchCommitments(plan, later, [
    { id: `china-${year}`, doc_kind: 'work_report', report_year: year },
    { id: `china-${year + 1}`, doc_kind: 'work_report', report_year: year + 1 },
  ]).rows;
};
let rows2018: ReturnType<typeof matchedNational> | undefined;
const row2018 = (item: string) => (rows2018 ??= matchedNational(2018)).find((r) => r.item.includes(item));

const figures = (cs: Array<{ value: number; unit: string; qualifier: string }>) =>
  cs.map((c) => [c.value, c.unit, c.qualifier]);

describe('verbs of cutting and leaving, national style', () => {
  it('今年再压减钢铁产能3000万吨左右，退出煤炭产能1.5亿吨左右: capacity cut is promised', () => {
    const read = china(2018, '今年再压减钢铁产能3000万吨左右');
    expect(brief(read)).toEqual([
      ['压减', '钢铁产能', 3000],
      ['退出', '煤炭产能', 1.5],
    ]);
    expect(figures(read)).toEqual([
      [3000, '万吨', 'about'],
      [1.5, '亿吨', 'about'],
    ]);
  });

  it('减少农村贫困人口1000万以上: a bare 万 closing the clause after a noun of people counts people', () => {
    const read = china(2018, '今年再减少农村贫困人口1000万以上');
    expect(brief(read)).toEqual([
      ['减少', '农村贫困人口', 1000],
      ['完成', '易地扶贫搬迁', 280],
    ]);
    expect(read[0]).toMatchObject({ unit: '万人', qualifier: 'at_least', value_base: 10_000_000 });
  });

  it('进城落户1300万人, 大规模扩招100万人: 落户 and 扩招 are verbs, 大规模 a word of manner', () => {
    expect(china(2018, '今年再进城落户1300万人')[0]).toMatchObject({ verb: '落户', value: 1300, unit: '万人' });
    expect(china(2019, '今年大规模扩招100万人')[0]).toMatchObject({ verb: '扩招', value: 100, unit: '万人' });
  });

  it('减税8000多亿元, 减轻非税负担3000多亿元, 减轻…负担近2万亿元: sums of relief to deliver', () => {
    expect(brief(china(2018, '全年再为企业和个人减税8000多亿元'))).toEqual([['减税', '减税', 8000]]);
    expect(brief(china(2018, '减轻非税负担3000多亿元'))).toEqual([['减轻', '非税负担', 3000]]);
    // 税收 inside the burden's name is no headline indicator (税收收入): the burden is what is cut
    const burden = china(2019, '减轻企业税收和社保缴费负担近2万亿元');
    expect(brief(burden)).toEqual([['减轻', '企业税收和社保缴费负担', 2]]);
    expect(burden[0]).toMatchObject({ unit: '万亿元', qualifier: 'about' });
  });

  it('比上年减少200亿元 stays a change from a base, 减少 a verb or not', () => {
    expect(china(2006, '比上年减少200亿元').map((c) => c.value)).not.toContain(200);
  });
});

describe('a figure with 的 before what it counts', () => {
  it('用于1500万人次以上的职工技能提升和转岗转业培训: a count of people before 的 and a work done to them', () => {
    expect(brief(china(2019, '1500万人次以上的职工技能提升和转岗转业培训'))).toEqual([
      ['培训', '职工技能提升和转岗转业', 1500],
    ]);
  });

  it('解决3200万人的安全饮水问题: what follows 的 is no work, the figure still describes it', () => {
    expect(china(2007, '今年再解决3200万人的安全饮水问题')).toEqual([]);
  });
});

describe('outcomes of the national plan for 2018, in the 2019 review', () => {
  it('农村贫困人口减少1386万: the object before the verb and a bare 万', () => {
    expect(row2018('减少农村贫困人口1000万以上')).toMatchObject({ outcome_value: 1386, status: 'done' });
  });

  it('近1400万农业转移人口在城镇落户: people counted by the same work, 在城镇 no part of who', () => {
    expect(row2018('进城落户1300万人')).toMatchObject({ outcome_value: 1400, status: 'done' });
    // a promise that names its people keeps its own outcome
    expect(row2018('完成易地扶贫搬迁280万人')).toMatchObject({ outcome_value: 280 });
  });

  it('棚户区住房改造620多万套 for 启动新的三年棚改攻坚计划，今年开工580万套: the programme’s work is 棚改', () => {
    expect(row2018('开工580万套')).toMatchObject({ object: '棚改', outcome_value: 620, status: 'done' });
  });

  it('other things of the same review stay apart: rural houses (户), expressways', () => {
    expect(row2018('开工580万套')!.outcome_text ?? '').not.toContain('农村危房');
    expect(row2018('新建改建农村公路20万公里')!.outcome_text ?? '').not.toContain('高速公路');
  });
});

describe('figures of a national plan that are no promise of work', () => {
  const reasons = (year: number, needle: string) => chinaRead(year, needle).dropped.map((d) => d.reason);

  it('the government’s own budget lines: 专项债券, 中央预算内投资, 财政…支出, 转移支付, 中央财政资金', () => {
    for (const [year, needle] of [
      [2021, '今年拟安排地方政府专项债券3.65万亿元'],
      [2018, '中央预算内投资安排5376亿元'],
      [2019, '中央财政教育支出安排超过1万亿元'],
      [2022, '中央对地方转移支付增加约1.5万亿元'],
      [2021, '将2.8万亿元中央财政资金纳入直达机制'],
      // the same class in the earlier reports: bonds issued, the central budget's own funds, the debt
      [2007, '拟安排长期建设国债500亿元'],
      [2012, '代发地方债2500亿元'],
      [2008, '拟增加中央预算稳定调节基金1032亿元'],
      [2014, '今年拟安排中央预算内水利投资700多亿元'],
      [2025, '今年合计新增政府债务总规模11.86万亿元'],
    ] as const)
      expect(china(year, needle), needle).toEqual([]);
    expect(reasons(2018, '中央预算内投资安排5376亿元')[0]).toMatch(/^a budget line/);
  });

  it('money set aside for a named work stays a promise (安排资金148亿元, 安排省级财政资金1042.8亿元, 国债资金)', () => {
    expect(china(2006, '国家今年再安排30亿元国债资金').map((c) => c.value)).toEqual([30]);
    expect(plan2025('西藏', '安排资金148亿元').map((c) => c.value)).toContain(148);
    expect(plan2025('浙江省', '安排省级财政资金1042.8亿元').map((c) => c.value)).toContain(1042.8);
  });

  it('a standard per person raised by so much, the second figure of a 分别 pair too', () => {
    expect(china(2018, '居民基本医保人均财政补助标准再增加40元')).toEqual([]);
    expect(china(2021, '人均财政补助标准分别再增加30元和5元')).toEqual([]);
    // raised to a level, a standard per person stays, as standards are (把…人均公用经费分别提高到300元和500元)
    expect(china(2009, '把小学、初中学生人均公用经费').map((c) => c.value)).toEqual([300, 500]);
  });

  it('a threshold changed (起征点), a size bound before what it qualifies, a level an area reaches', () => {
    expect(china(2019, '增值税起征点从月销售额3万元提高到10万元')).toEqual([]);
    expect(china(2017, '年应纳税所得额上限由30万元提高到50万元')).toEqual([]);
    expect(china(2018, '淘汰关停不达标的30万千瓦以下煤电机组').map((c) => c.unit)).not.toContain('万千瓦');
    const forests = china(2018, '耕地轮作休耕试点面积增加到3000万亩');
    expect(brief(forests)).toEqual([['完成', '造林', 1]]);
    expect(reasons(2018, '耕地轮作休耕试点面积增加到3000万亩')).toContain(
      'a measured level to reach ("耕地轮作休耕试点面积"), not what is added',
    );
  });

  it('a forecast (预计全年退税减税约2.5万亿元，其中留抵退税约1.5万亿元)', () => {
    expect(china(2022, '预计全年退税减税约2.5万亿元')).toEqual([]);
    // read now (减税 is a verb), then set aside, both the whole and its part after 其中
    expect(reasons(2022, '预计全年退税减税约2.5万亿元')).toEqual([
      'a forecast, not a quantity promised',
      'a forecast, not a quantity promised',
    ]);
  });

  it('the expected targets: 农村贫困人口减少1000万以上 among them (2019) is no promise; in the plan (2018) it is', () => {
    expect(china(2019, '今年经济社会发展的主要预期目标是')).toEqual([]);
    expect(china(2018, '今年再减少农村贫困人口1000万以上').map((c) => c.value)).toContain(1000);
  });
});
