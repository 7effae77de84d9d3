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
import { matchCommitments, scorePair } from '../pipeline/derive/commitments.js';

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

  it('解决3200万人的安全饮水问题: a verb right before people, and after 的 the problem solved for them', () => {
    const read = china(2007, '今年再解决3200万人的安全饮水问题');
    expect(brief(read)).toEqual([['解决', '安全饮水问题', 3200]]);
    expect(read[0]).toMatchObject({ unit: '万人' });
  });

  it('新增8000万吨标准煤的节能能力: a capacity after 的 is what the figure measures', () => {
    expect(brief(china(2010, '今年要新增8000万吨标准煤的节能能力'))).toEqual([['新增', '节能能力', 8000]]);
  });

  it('a figure before 的 that describes what follows stays an attribute: 总额4万亿元的两年投资计划', () => {
    expect(chinaRead(2009, '实施总额4万亿元的两年投资计划').dropped.map((d) => d.reason)).toContain(
      'an attribute (the figure describes what follows it)',
    );
  });
});

describe('counts of people and users in 万, national style', () => {
  it('4800多万农村人口, 6600多万农村人口…得到解决: 多 before 万, more than the figure', () => {
    const read = china(2009, '解决4800多万农村人口的饮水安全问题');
    expect(brief(read)).toEqual([['解决', '农村人口的饮水安全问题', 4800]]);
    expect(read[0]).toMatchObject({ unit: '万人', qualifier: 'at_least' });
    expect(china(2015, '6600多万农村人口饮水安全问题得到解决').find((c) => c.value === 6600)).toMatchObject({
      value: 6600,
      unit: '万人',
    });
  });

  it('增加500万农村沼气用户: 万 before users counts households', () => {
    expect(china(2008, '增加500万农村沼气用户').find((c) => c.value === 500)).toMatchObject({
      verb: '增加',
      value: 500,
      unit: '万户',
    });
    expect(china(2009, '增加500万沼气用户').find((c) => c.value === 500)).toMatchObject({ value: 500, unit: '万户' });
  });
});

describe('promises of the national plans 2006–2017 in other shapes', () => {
  it('年内基本建成保障房480万套: 基本 is a word of manner before the verb', () => {
    expect(brief(china(2014, '年内基本建成保障房480万套'))).toEqual([['建成', '保障房', 480]]);
  });

  it('今年将比改革前减轻企业和个人负担5000多亿元: a base compared with before the verb; 比上年减少 stays a change', () => {
    expect(brief(china(2016, '今年将比改革前减轻企业和个人负担5000多亿元'))).toEqual([
      ['减轻', '企业和个人负担', 5000],
    ]);
    expect(china(2006, '比上年减少200亿元').map((c) => c.value)).not.toContain(200);
  });

  it('今年退耕还林还草1500万亩以上: 退耕还林还草 is a verb of doing, and what the programme before it names', () => {
    // the programme in the clause before (制定新一轮退耕还林还草方案) names the same work: the verb is the thing done
    expect(china(2016, '今年退耕还林还草1500万亩以上')[0]).toMatchObject({
      object: '退耕还林还草',
      value: 1500,
      unit: '万亩',
    });
  });

  it('加大保障性安居工程建设力度，今年新开工700万套以上: effort raised on a work names it', () => {
    expect(brief(china(2014, '今年新开工700万套以上'))[0]).toEqual(['新开工', '保障性安居工程建设', 700]);
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

describe('outcomes of the national plans 2008–2016: the same programme in other words, people before the verb', () => {
  const rowOf = (year: number, item: string) => matchedNational(year).find((r) => r.item.includes(item));

  it('城镇保障性住房 and 保障性安居工程, 保障房: one programme, each stage its own figure (2013, 2014)', () => {
    const y2013 = matchedNational(2013);
    expect(y2013.find((r) => r.item.includes('基本建成470万套'))).toMatchObject({ outcome_value: 544 });
    expect(y2013.find((r) => r.item.includes('新开工630万套'))).toMatchObject({ outcome_value: 666 });
    const y2014 = matchedNational(2014);
    expect(y2014.find((r) => r.item.includes('新开工700万套'))).toMatchObject({ outcome_value: 740 });
    expect(y2014.find((r) => r.item.includes('保障房480万套'))).toMatchObject({ outcome_value: 511 });
    // 饮水安全 and 安全饮水, the people before the verb: 6600多万农村人口饮水安全问题得到解决
    expect(y2014.find((r) => r.item.includes('饮水安全问题'))).toMatchObject({ outcome_value: 6600 });
    // the part (棚户区) is not the whole's outcome
    expect(y2014.find((r) => r.item.includes('棚户区470万套'))?.outcome_value ?? null).toBeNull();
  });

  it('棚户区改造580万套 ← 棚户区住房改造开工601万套; the whole (740万套) takes no part of it (2015)', () => {
    expect(rowOf(2015, '棚户区改造580万套')).toMatchObject({ outcome_value: 601 });
    expect(rowOf(2015, '保障性安居工程新安排740万套')?.outcome_value).not.toBe(601);
  });

  it('易地搬迁脱贫 ← 易地扶贫搬迁人口超过240万; the poor as a whole keep their own (2016)', () => {
    const rows = matchedNational(2016);
    expect(rows.find((r) => r.item.includes('易地搬迁脱贫'))).toMatchObject({ outcome_value: 240 });
    expect(rows.find((r) => r.item.includes('农村贫困人口脱贫任务'))).toMatchObject({ outcome_value: 1240 });
  });

  it('安全饮水 ← 饮水安全 (2008), 沼气用户 ← 沼气用户 (2009)', () => {
    expect(rowOf(2008, '3200万农村人口')).toMatchObject({ outcome_value: 4800 });
    expect(rowOf(2009, '沼气用户')).toMatchObject({ outcome_value: 510 });
  });

  it('农村饮水安全工程使6069万农民受益: the people a work benefits are its reach (2009)', () => {
    const read = china(2010, '农村饮水安全工程使6069万农民受益');
    expect(brief(read)).toContainEqual(['受益', '农村饮水安全工程', 6069]);
    expect(rowOf(2009, '解决6000万人安全饮水问题')).toMatchObject({ outcome_value: 6069 });
    // with no word of benefit after the people, 让 opens no reach: 让最后20多万无电人口都能用上电
    expect(china(2015, '最后20多万无电人口').map((c) => c.verb)).not.toContain('受益');
  });
});

describe('figures of a national plan that are no promise of work', () => {
  const reasons = (year: number, needle: string) => chinaRead(year, needle).dropped.map((d) => d.reason);

  it('how much more than the figure before (…580万套，增加110万套; 366万户，增加100万户)', () => {
    const shanty = china(2015, '其中棚户区改造580万套');
    expect(brief(shanty)).toEqual([
      ['新安排', '保障性安居工程', 740],
      ['改造', '棚户区', 580],
    ]);
    expect(reasons(2015, '其中棚户区改造580万套')).toContain('how much more than the figure before it, not an amount');
    expect(brief(china(2015, '农村危房改造366万户'))).toEqual([['改造', '农村危房', 366]]);
  });

  it('the year’s new lending (新增贷款, 新增人民币贷款): a monetary headline, as M2', () => {
    expect(china(2009, '新增贷款5万亿元以上')).toEqual([]);
    expect(china(2010, '新增人民币贷款7.5万亿元左右')).toEqual([]);
  });

  it('a price per unit of a good (最低收购价平均每斤…提高0.11元和0.13元); a sum named only by its spender', () => {
    expect(china(2009, '最低收购价平均每斤分别提高0.11元')).toEqual([]);
    expect(china(2009, '其中中央政府拟新增1.18万亿元')).toEqual([]);
  });

  it('counts over a plan’s span: “十一五”期间, 五年 opening a clause, 今后一个时期; the year’s own kept', () => {
    expect(figures(china(2007, '关停5000万千瓦小火电机组'))).toEqual([
      [1000, '万千瓦', 'exact'],
      [3000, '万吨', 'exact'],
      [3500, '万吨', 'exact'],
    ]);
    expect(china(2014, '改造约1亿人居住的城镇棚户区')).toEqual([]);
  });

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

describe('the national plans of 1997–2005 (national-5.json), their own ways of writing', () => {
  it('扫除 and 减少 of 文盲: illiterates are counted as people, the count before them or after (1998, 1999)', () => {
    expect(brief(china(1998, '再扫除3 5 0 万青壮年文盲'))).toEqual([['扫除', '青壮年文盲', 350]]);
    expect(figures(china(1999, '扫除青壮年文盲300万人左右'))).toEqual([[300, '万人', 'about']]);
  });

  it('圆满完成裁减军队员额20万的任务: a bare 万 after a noun of people and before the task it names (2005)', () => {
    const read = china(2005, '圆满完成裁减军队员额20万的任务');
    expect(brief(read)).toEqual([['完成裁减', '军队员额', 20]]);
    expect(figures(read)).toEqual([[20, '万人', 'exact']]);
    // a count before 的 and another noun still describes it (…1000万的项目 is no count of people)
    expect(china(2005, '安排30亿元建设资金').map((c) => c.unit)).not.toContain('万人');
  });

  it('a clause of a plan that opens with 去年 tells what was done then (1999: 去年财政增发1000亿元国债…)', () => {
    const read = chinaRead(1999, '去年财政增发1000亿元国债');
    expect(read.commitments.filter((c) => c.value === 1000)).toEqual([]);
    expect(read.dropped.map((d) => d.code)).toContain('other_year');
  });

  it('a span of years written as 在…的七年时间里 before a count (1994: 基本解决8000万人的温饱问题)', () => {
    expect(china(1994, '基本解决８０００万人的温饱问题')).toEqual([]);
  });

  it('a part whose heading names nothing, after parts that turned to the year’s plan, plans too (1997, part 四)', () => {
    const read = readNational(1997);
    const illiterates = (cs: Array<{ object: string; value: number | null; year: number }>) =>
      cs.filter((c) => c.object === '青壮年文盲' && c.value === 400).map((c) => c.year);
    // 四、积极发展科技教育文化和各项社会事业 opens without 今年, after 二 and 三, which open on it
    expect(illiterates(read.commitments)).toEqual([1997]);
    // the review's own figure, in 一、１９９６年国内工作的回顾 (当年减少青壮年文盲４００万人), stays 1996's
    expect(illiterates(read.statements)).toEqual([1996]);
  });
});

describe('an outcome whose verb merges the promise’s with other work', () => {
  it('改建农村公路20万公里 (2014) against 新建改建农村公路23万公里 (2015): the figure counts new roads too, so review', () => {
    const [row] = matchedNational(2014).filter((r) => r.item === '改建农村公路20万公里');
    expect(row).toMatchObject({ outcome_value: null, status: 'not_stated' });
    expect(row.review_reason).toContain('the outcome counts other work too (新建改建 against 改建)');
  });
});

describe('建成 is the stage finished, as 竣工 is', () => {
  it('2013 and 2014: promises to finish and outcomes of starting (and the reverse) are no candidates for each other', () => {
    for (const year of [2013, 2014]) {
      const plan = readNational(year).commitments.filter((c) => c.year === year && c.unit_base === 'count');
      const review = readNational(year + 1).statements;
      const stage = (v: string) => (/开工/.test(v) ? 'start' : /建成/.test(v) ? 'finish' : 'none');
      const crossed = plan.flatMap((c) =>
        review
          .filter((s) => stage(c.verb) !== 'none' && stage(s.verb) !== 'none' && stage(c.verb) !== stage(s.verb))
          .map((s) => [c.item, s.item, scorePair(c, s)]),
      );
      expect(crossed.length).toBeGreaterThan(0);
      expect(crossed.filter(([, , score]) => (score as number) > 0)).toEqual([]);
    }
  });
});

describe('an outcome of 近 (nearly) a figure falls short of it', () => {
  // 2018's 进城落户1300万人 and the 2019 review's 近1400万农业转移人口在城镇落户, as written and with 近1300万
  const rowWith = (review: string) => {
    const plan = readNational(2018).commitments.filter((c) => c.year === 2018 && c.item.includes('进城落户'));
    const later = extractDocument(
      {
        id: 'china-2019',
        jurisdiction: 'china',
        jurisdiction_name: '中华人民共和国',
        level: 'national',
        report_year: 2019,
        source: review,
        display: 'china-2019',
        doc_kind: 'work_report',
      },
      compiled,
    ).statements;
    return matchCommitments(plan, later, [
      { id: 'china-2018', doc_kind: 'work_report', report_year: 2018 },
      { id: 'china-2019', doc_kind: 'work_report', report_year: 2019 },
    ]).rows.map((r) => [r.outcome_value, r.status]);
  };

  it('近1400万 against 1300万 is done; 近1300万 against 1300万 only partly', () => {
    const review = national.get(2019)!;
    expect(rowWith(review)).toEqual([[1400, 'done']]);
    expect(review).toContain('近1400万农业转移人口');
    expect(rowWith(review.replace('近1400万农业转移人口', '近1300万农业转移人口'))).toEqual([[1300, 'partly']]);
  });
});

describe('people counted before the work done for them (有…人口解决…问题, …人口脱贫)', () => {
  it('今年再有1000万以上贫困人口解决温饱问题 (1998): the people are the count, the work its verb', () => {
    expect(brief(china(1998, '今年再有1 0 0 0 万以上贫困人口解决温饱问题'))).toEqual([['解决', '贫困人口', 1000]]);
  });

  it('又有2897万农村人口解决了安全饮水问题 (2007’s review of 2006): the same, as an outcome', () => {
    const said = readNational(2007).statements.filter((s) => s.value === 2897);
    expect(said.map((s) => [s.verb, s.object, s.unit])).toEqual([['解决', '农村人口', '万人']]);
  });
});

describe('a completion without a figure, in other words than 全面完成', () => {
  it('淘汰黄标车和老旧车600万辆 (2014) ← 淘汰黄标车和老旧车指标超额完成 (2015): done, no figure', () => {
    const [row] = matchedNational(2014).filter((r) => r.item.includes('黄标车'));
    expect([row.status, row.outcome_text]).toEqual(['done_no_figure', '淘汰黄标车和老旧车指标超额完成']);
  });
});
