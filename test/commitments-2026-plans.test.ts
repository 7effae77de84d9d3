// Commitments of the provinces' 2026 plans (test/fixtures/heldout/commitments/provinces-2026-a.json and -b.json,
// issue 22): the classes their misses and extras showed, each held with the reports' own sentences
// (test/fixtures/provinces-2026), read as plans of 2026, with a negative beside it where one can go wrong.
import { describe, it, expect } from 'vitest';
import { plan2026, plan2025, brief } from './plan-sentences.js';
import { read, report2026, plan2025 as report2025 } from './provincial-plans.js';

describe('units the reader did not know (宗, 例, 门, 株)', () => {
  it('盘活闲置农房2万宗: 宗 counts plots, and 盘活 is a verb of doing', () => {
    expect(brief(plan2026('浙江省', '盘活闲置农房2万宗'))).toContainEqual(['盘活', '闲置农房', 2]);
  });

  it('为残疾人适配…科技辅具服务5000例: 例 counts cases, 适配 is the verb', () => {
    expect(plan2026('浙江省', '科技辅具服务5000例')).toMatchObject([{ verb: '适配', value: 5000, unit: '例' }]);
  });

  it('新开发…老年教育课程100门: 门 counts courses, 新开发 is one verb (not 新开 and 发…)', () => {
    const c = plan2026('浙江省', '老年教育课程100门').find((x) => x.unit === '门');
    expect(c).toMatchObject({ verb: '新开发', object: '人工智能、养生保健等老年教育课程', value: 100 });
  });

  it('义务植树8000万株以上: 株 counts trees (8000万株 = 80,000,000), plants, no other count', () => {
    const c = plan2026('云南省', '义务植树8000万株').find((x) => x.unit === '万株');
    expect(c).toMatchObject({ value: 8000, value_base: 80000000, unit_base: 'plants', qualifier: 'at_least' });
  });
});

describe('verbs the reader did not know', () => {
  it('扩充…公办学位8万个, 新升规工业企业1000户以上', () => {
    expect(brief(plan2026('湖南省', '公办学位8万个'))).toContainEqual(['扩充', '优质普通高中公办学位', 8]);
    expect(brief(plan2026('四川省', '新升规工业企业1000户'))).toContainEqual(['新升规', '工业企业', 1000]);
  });

  it('people helped or gathered: 康复救助残疾儿童4万人以上, 新集聚青年人才100万人左右, 引育1000名乡村运营人才', () => {
    expect(brief(plan2026('山东省', '康复救助残疾儿童'))).toContainEqual(['康复救助', '残疾儿童', 4]);
    expect(brief(plan2026('山东省', '新集聚青年人才'))).toContainEqual(['新集聚', '青年人才', 100]);
    expect(brief(plan2026('浙江省', '引育1000名'))).toContainEqual(['引育', '乡村运营人才', 1000]);
  });

  it('research tasks and their results in 项: 部署实施…项目400项以上, 取得重大科技成果100项以上, each its own verb', () => {
    expect(brief(plan2026('浙江省', '取得重大科技成果'))).toEqual([
      ['部署实施', '“双尖双领+X”项目', 400],
      ['取得', '重大科技成果', 100],
    ]);
  });

  it('新认证…农产品, 推介…项目: verbs of doing', () => {
    expect(brief(plan2026('安徽省', '名特优新农产品1000个'))).toEqual([['新认证', '绿色、有机、名特优新农产品', 1000]]);
    expect(brief(plan2026('浙江省', '推介重大项目100个'))).toContainEqual(['推介', '重大项目', 100]);
  });

  it('整体提升…20公里: 整体 is a word of manner, no part of the thing', () => {
    expect(brief(plan2026('重庆市', '美丽滨江线20公里'))).toContainEqual(['提升', '两江四岸美丽滨江线', 20]);
  });

  it('支持龙头企业牵头组建创新联合体10个以上: the body leading, then the verb', () => {
    expect(brief(plan2026('浙江省', '牵头组建创新联合体'))).toEqual([['组建', '创新联合体', 10]]);
  });
});

describe('为 and a count, the thing, then the verb', () => {
  it('为6000栋老旧高层建筑安装消防物联感知设备: the buildings are counted, 安装 is the work', () => {
    const c = plan2026('重庆市', '为6000栋老旧高层建筑').find((x) => x.value === 6000);
    expect(c).toMatchObject({ verb: '安装', object: '老旧高层建筑', unit: '栋' });
  });

  it('a verb of one character inside a noun (送 in 配送单位) does not end the thing counted', () => {
    expect(brief(plan2025('云南省', '98家学生集体用餐配送单位'))).toContainEqual(['开展', '学生集体用餐配送单位', 98]);
  });
});

describe('what is not a promise of work', () => {
  it('长江沿线1公里化工腾退地块: a distance that places the plots', () => {
    expect(plan2026('重庆市', '长江沿线1公里')).toEqual([]);
  });

  it('a length of work after a verb is kept (新增山城绿道100公里)', () => {
    expect(brief(plan2026('重庆市', '新增山城绿道100公里'))).toContainEqual(['新增', '山城绿道', 100]);
  });

  it('counts of plans and fields: 12个重点产业稳增长方案, 工业等17个领域碳达峰工作', () => {
    expect(plan2026('山东省', '12个重点产业稳增长方案').map((c) => c.value)).toEqual([1900, 3000]);
    expect(brief(plan2026('山东省', '17个领域碳达峰工作'))).toEqual([['打造', '省级以上零碳园区', 20]]);
  });

  it('counts of programmes and chains: 9个重大科技专项, 13条重点产业链和“5+5”先进制造业集群', () => {
    expect(plan2026('四川省', '9个重大科技专项')).toEqual([]);
    expect(plan2026('湖南省', '壮大13条重点产业链')).toEqual([]);
  });

  it('推动21家…创新发展区提能升级: zones that exist already, upgraded', () => {
    expect(brief(plan2026('浙江省', '创新发展区提能升级'))).toEqual([['新增', '服务业领军企业', 200]]);
  });

  it('推介重大项目总投资不低于2000亿元: the size of the projects offered, not a sum promised', () => {
    expect(plan2025('北京市', '推介重大项目总投资')).toEqual([]);
  });

  it('projects offered by count are kept (向民间资本推介优质项目300个以上)', () => {
    expect(brief(plan2026('安徽省', '推介优质项目300个'))).toEqual([['推介', '优质项目', 300]]);
  });

  it('新增无还本续贷5000亿元以上: new credit, as 新增贷款', () => {
    expect(plan2026('浙江省', '新增无还本续贷5000亿元')).toEqual([]);
  });

  it('累计建成…7000个以上, 累计培育100个标志性项目: running totals, the year’s share not stated', () => {
    expect(plan2026('浙江省', '累计培育100个')).toEqual([]);
    expect(plan2026('重庆市', '友好阵地7000个').map((c) => c.object)).not.toContain('新就业群体友好阵地');
  });
});

describe('a promise a report states twice', () => {
  // Neimenggu's 2026 report promises 开展职业技能培训40万人次 and two more in its plan, and again in its annex of
  // 2026年自治区民生实事: one promise each, kept where it stands in the list of works
  const whole = read(report2026('内蒙古自治区'), 2026, 'neimenggu-2026', 'neimenggu').commitments;
  const rows = (object: string) => whole.filter((c) => c.year === 2026 && c.object === object);

  it('is one promise, the one in the list of works', () => {
    for (const object of ['职业技能培训', '普通高中招生计划', '县乡村三级养老服务网络']) {
      expect(rows(object), object).toHaveLength(1);
      expect(rows(object)[0].in_list, object).toBe(true);
    }
  });

  it('two verbs with one figure are two promises (开工、投产新能源项目各1600万千瓦以上)', () => {
    const yunnan = read(report2025('云南省'), 2025, 'yunnan-2025', 'yunnan').commitments;
    const energy = yunnan.filter((c) => c.object === '新能源项目' && c.value === 1600);
    expect(energy.map((c) => c.verb).sort()).toEqual(['开工', '投产']);
  });
});

describe('what stands between a clause’s start and its verb (provinces-2026-d’s misses)', () => {
  it('words of manner and of where: 分区分类建设…, 省内转化…, 优先在边境地区、集体经济薄弱村新建…', () => {
    expect(brief(plan2026('黑龙江省', '高标准农田980万亩'))).toContainEqual(['建设', '高标准农田', 980]);
    expect(brief(plan2026('黑龙江省', '重大科技成果700项'))).toContainEqual(['转化', '重大科技成果', 700]);
    expect(brief(plan2026('吉林省', '新建各类棚室5万个'))).toContainEqual(['新建', '各类棚室', 5]);
  });

  it('筛选…企业 is a verb of doing; 通过“以工代赈”发放… opens with the means, then the verb', () => {
    expect(brief(plan2026('吉林省', '筛选100家'))).toContainEqual(['筛选', '优质潜力企业', 100]);
    expect(plan2026('内蒙古自治区', '劳务报酬20亿元')).toMatchObject([{ verb: '发放', value: 20, unit: '亿元' }]);
  });

  it('a phrase of where with a list in it still needs its verb: a clause with none is no promise', () => {
    // the same words with the verb taken out: the places are no thing counted
    const read2026 = (text: string) => read(`二、2026年工作安排\n${text}`, 2026, 'p', 'p').commitments;
    expect(read2026('优先在边境地区、集体经济薄弱村各类棚室5万个。')).toEqual([]);
  });
});
