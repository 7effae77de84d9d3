// Commitments in the fourth held-out batch (the 2025 plans of 山东, 北京 and 上海, in input/provinces-2025,
// and what their 2026 reports, in test/fixtures/provinces-2026, say of them): each test holds one class
// of the batch's misses and extras with the reports' own sentences.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { INPUT, sentenceWith } from './helpers.js';
import { docxText } from '../pipeline/load/docx.js';
import { read, plan2025, report2026, matched } from './provincial-plans.js';
import { matchCommitments } from '../pipeline/derive/commitments.js';

/** The 2025 plan's sentence holding `needle`, read as a plan's. */
const planSentence = (province: string, needle: string) => {
  const file = path.join(INPUT, 'provinces-2025', `2025年${province}政府工作报告.docx`);
  const source = province === '云南省' ? plan2025(province) : docxText(fs.readFileSync(file), file);
  return read(`二、2025年工作安排\n${sentenceWith(source, needle)}`, 2025, province, province).commitments;
};
const readOf = (province: string, needle: string) =>
  planSentence(province, needle).map((c) => [c.verb, c.value, c.unit] as const);

describe('verbs the fourth batch showed missing', () => {
  it('服务 before a count of people served (人次) is a verb; 服务 in a name stays a noun', () => {
    expect(readOf('山东省', '服务残疾人就业2.5万人次')).toEqual([['服务', 2.5, '万人次']]);
    // 云南 (batch 2): 服务覆盖学生和青少年不少于100万人次
    expect(readOf('云南省', '服务覆盖学生和青少年不少于100万人次')).toContainEqual(['服务覆盖', 100, '万人次']);
    // a service counted in 项 is a thing: its verb is 新增, its object keeps 服务
    const services = planSentence('北京市', '便民便企服务200项');
    expect(services.find((c) => c.value === 200)).toMatchObject({ verb: '新增', object: '“京通”便民便企服务' });
  });

  it('a verb that starts inside the words in front (共建: 共 and 建) is read whole', () => {
    expect(readOf('北京市', '共建社区微花园50个')).toEqual([['共建', 50, '个']]);
  });

  it('the body that does the work before the verb (…示范区承接…) leaves the verb to open the promise', () => {
    expect(readOf('北京市', '承接三大科学城成果不少于300项')).toEqual([['承接', 300, '项']]);
  });

  it('做好, 抓好, 提速, 完善 are verbs of promises', () => {
    expect(readOf('山东省', '提速新万福河复航二期等6个在建项目')).toEqual([['提速', 6, '个']]);
    expect(readOf('山东省', '做好郓城新河等6个项目前期工作')).toEqual([['做好', 6, '个']]);
    expect(readOf('山东省', '等14个优势特色农业全产业链提质增效试点')).toEqual([['抓好', 14, '个']]);
    expect(readOf('北京市', '完善1000个居住小区再生资源回收体系')).toContainEqual(['完善', 1000, '个']);
  });

  it('before 等 the things are named by example: the verb is the one opening the clause, not one in a name', () => {
    // 开工长深高速改扩建等2个项目: 改扩建 is part of the project's name
    expect(readOf('山东省', '开工长深高速改扩建等2个项目')).toContainEqual(['开工', 2, '个']);
  });
});

describe('a count of places before a programme carried out in each counts the places', () => {
  it('开展30个县高效特色设施农业提升行动 is a promise; 实施…3个“三年行动” is still a count of programmes', () => {
    expect(readOf('山东省', '开展30个县高效特色设施农业提升行动')).toEqual([['开展', 30, '个']]);
    expect(readOf('云南省', '3个“三年行动”').filter(([, v]) => v === 3)).toEqual([]);
  });
});

describe('分别 after several names: one figure for each name', () => {
  it('交通、水利分别完成投资2500亿元、800亿元 promises 2500亿元 of transport and 800亿元 of water works', () => {
    const read = planSentence('山东省', '交通、水利分别完成投资2500亿元、800亿元');
    expect(read.map((c) => [c.verb, c.object, c.value, c.unit])).toEqual([
      ['完成', '交通投资', 2500, '亿元'],
      ['完成', '水利投资', 800, '亿元'],
    ]);
  });
});

describe('figures that are no promise of work', () => {
  it('a rate per day (新增生化处理能力日均1200吨) is a capacity', () => {
    const read = planSentence('北京市', '新增生化处理能力日均1200吨');
    expect(read.filter((c) => c.unit === '吨')).toEqual([]);
    // the clause before it in the sentence is still read
    expect(read.map((c) => c.value)).toContain(1000);
  });

  it('the mileage open to traffic passing a level (通车里程突破9300公里) is an indicator’s level', () => {
    const read = planSentence('山东省', '高速公路通车里程突破9300公里');
    expect(read.filter((c) => c.unit === '公里')).toEqual([]);
    expect(read.map((c) => c.value)).toContain(15);
    // new mileage opened is a work done (北京 2025, in its review of 2024, read here as a plan)
    expect(readOf('北京市', '新增地铁运营里程43公里')).toContainEqual(['新增', 43, '公里']);
  });

  it('what each one gets (为符合条件的孤儿每人发放1万元助学金) is no sum promised', () => {
    expect(readOf('山东省', '每人发放1万元助学金')).toEqual([]);
    // a sum given out, with no word of each before it, is still promised
    expect(readOf('云南省', '发放创业担保贷款不低于80亿元')).toContainEqual(['新发放', 80, '亿元']);
  });
});

/** A plan's sentence and the 2026 report's sentence that says how it went, read and matched. */
const pair = (province: string, promise: string, outcome: string) => {
  const plan = planSentence(province, promise);
  const later = read(
    `一、2025年工作回顾\n${sentenceWith(report2026(province), outcome)}`,
    2026,
    `${province}-2026`,
    province,
  ).statements;
  return matchCommitments(plan, later, [
    { id: province, doc_kind: 'work_report', report_year: 2025 },
    { id: `${province}-2026`, doc_kind: 'work_report', report_year: 2026 },
  ]).rows;
};

describe('outcomes of the fourth batch worded otherwise than their promise', () => {
  it('a unit with a bracketed alternative (7万套（间）) is one figure: the thing after it is its object', () => {
    const rows = pair('上海市', '建设筹措7万套（间）保障性租赁住房', '建设筹措保障性租赁住房7.4万套（间）');
    expect(rows.find((r) => r.value === 7)).toMatchObject({
      object: '保障性租赁住房',
      outcome_value: 7.4,
      status: 'done',
    });
  });

  it('a work under way (加快推进) is matched as progress: started, not finished', () => {
    const rows = pair('山东省', '一体化试点30个左右', '42个源网荷储一体化试点加快推进');
    expect(rows.find((r) => r.value === 30)).toMatchObject({ outcome_value: 42, status: 'partly' });
  });

  it('the same example before 等 names the same thing, whatever the words after it', () => {
    const areas = pair('北京市', '改善宛平城等12个重点区域周边环境面貌', '宛平城等20处重点区域环境面貌显著提升');
    expect(areas.find((r) => r.value === 12)).toMatchObject({ outcome_value: 20, status: 'done' });
    const housing = pair(
      '上海市',
      '完成31万平方米小梁薄板房屋等不成套旧住房改造',
      '完成43.6万平方米小梁薄板房屋等旧住房成套改造',
    );
    expect(housing.find((r) => r.value === 31)).toMatchObject({ outcome_value: 43.6, status: 'done' });
  });
});

describe('a thing named only by a generic word (项目, 投资) is named by the words before it', () => {
  it('the sentence’s topic: 高速公路，…建成临沂至滕州等15个项目 ← 15条高速公路建成通车', () => {
    const rows = pair('山东省', '建成临沂至滕州等15个项目', '15条高速公路建成通车');
    expect(rows.find((r) => r.value === 15)).toMatchObject({
      object: '高速公路项目',
      outcome_value: 15,
      status: 'done',
    });
    // started is still not finished: 开工长深高速改扩建等2个项目 takes no figure of roads opened
    expect(rows.find((r) => r.value === 2)).toMatchObject({ object: '高速公路项目', outcome_value: null });
  });

  it('the clause before that names a work: 推进重大工程建设，全年完成投资2400亿元 ← 重大工程投资完成2510.1亿元', () => {
    const rows = pair('上海市', '全年完成投资2400亿元', '重大工程投资完成2510.1亿元');
    expect(rows.find((r) => r.value === 2400)).toMatchObject({
      object: '重大工程建设投资',
      outcome_value: 2510.1,
      status: 'done',
    });
  });
});

describe('a bare noun shared is not enough to set an outcome beside a promise', () => {
  it('重庆: 整体提升100所学校 is not met by 10所学校…入选国家第二期“双高建设计划” (it goes to review)', () => {
    const row = matched('重庆市').find((r) => r.item === '提升100所学校');
    expect(row).toMatchObject({ outcome_value: null });
    expect(row!.review_reason).toContain('not surely enough');
    // a name whole in the other, with a figure near the promise's, is still trusted on its own
    expect(matched('重庆市').find((r) => r.item.includes('交通堵点乱点分类治理'))).toMatchObject({ status: 'done' });
  });
});
