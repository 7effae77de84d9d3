// Commitments on plans never seen (issue 22, items 5 and 6): classes of misses that recur across the held-out
// batches (test/fixtures/heldout/commitments), each held with the reports' own sentences: the 2025 plans of
// input/provinces-2025 and what the 2026 reports of test/fixtures/provinces-2026 say of them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { INPUT, compiled, sentenceWith } from './helpers.js';
import { docxText } from '../pipeline/load/docx.js';
import { read, report2026 } from './provincial-plans.js';
import { brief, plan2025 } from './plan-sentences.js';
import { matchCommitments } from '../pipeline/derive/commitments.js';
import { extractDocument } from '../pipeline/extract/documents.js';
import { kindsOfOne, normObject, plainQualifierApart } from '../pipeline/extract/commitments/objects.js';
import { enterpriseStock } from '../pipeline/extract/commitments/refiners/not-promised.js';
import { commitmentsLexicon } from '../pipeline/lexicon/commitments.js';

/** The local texts the fixtures hold (test/fixtures/local). */
const LOCAL_FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'local');

/** A province's whole 2025 plan (input/provinces-2025, named as its file is) matched with its 2026 report. */
const cache = new Map<string, ReturnType<typeof matchCommitments>>();
const matchedWhole = (file: string, province: string) => {
  let m = cache.get(province);
  if (!m) {
    const at = path.join(INPUT, 'provinces-2025', `2025年${file}政府工作报告.docx`);
    const plan = read(docxText(fs.readFileSync(at), at), 2025, 'plan', province).commitments;
    const later = read(report2026(province), 2026, 'later', province).statements;
    m = matchCommitments(
      plan.filter((c) => c.year === 2025),
      later,
      [
        { id: 'plan', doc_kind: 'work_report', report_year: 2025 },
        { id: 'later', doc_kind: 'work_report', report_year: 2026 },
      ],
    );
    cache.set(province, m);
  }
  return m;
};
const rowOf = (file: string, province: string, item: string) =>
  matchedWhole(file, province).rows.find((r) => r.item.includes(item));

describe('investment completed by the year’s key projects', () => {
  it('the body, 完成 and a word of money (…项目完成投资2300亿元) is a promise of the body’s investment', () => {
    expect(brief(plan2025('河北省', '年内省重点建设项目完成投资2300亿元'))).toContainEqual([
      '完成',
      '省重点建设项目投资',
      2300,
    ]);
  });

  it('a sum named by the year and 投资 after a count of projects is those projects’ investment', () => {
    expect(brief(plan2025('福建省', '年度计划投资7150亿元'))).toContainEqual(['计划投资', '省重点项目投资', 7150]);
    expect(brief(plan2025('浙江省', '完成年度投资1万亿元以上'))).toContainEqual(['完成', '重大项目投资', 1]);
  });

  it('the outcome: N个…项目完成投资 and its sum, each set beside its promise', () => {
    expect(rowOf('福建省', '福建省', '年度计划投资7150亿元')).toMatchObject({
      outcome_value: 7398,
      status: 'done',
    });
    expect(rowOf('浙江省', '浙江省', '完成年度投资1万亿元以上')).toMatchObject({ outcome_value: 1.5, status: 'done' });
    // the count of its sentence, tied between 安排重大项目1000个 and 推进重大项目500个, goes with the promise whose
    // sentence the sum beside it reports on
    expect(rowOf('浙江省', '浙江省', '安排重大项目1000个以上')).toMatchObject({ outcome_value: 1596 });
    expect(rowOf('浙江省', '浙江省', '推进重大项目500个以上')!.outcome_value).not.toBe(1596);
  });

  it('共建 in a name is one word: 320个共建重点项目 reports on 实施320个年度共建项目', () => {
    expect(rowOf('四川省', '四川省', '实施320个年度共建项目')).toMatchObject({ outcome_value: 320, status: 'done' });
    // a plain qualifier (重点) more in one name is the same thing by its head; a kind (产业) is not
    expect(plainQualifierApart('共建项目', '共建重点项目')).toBe(true);
    expect(plainQualifierApart('重大项目', '重大产业项目')).toBe(false);
    const zj = matchedWhole('浙江省', '浙江省').matches.filter((m) => m.commitment.item === '安排重大项目1000个以上');
    expect(zj.map((m) => m.statement.value)).not.toContain(3150);
  });
});

describe('outcomes that name the thing otherwise than the promise', () => {
  it('one network of pipes listed by its kinds in other words (燃气、供排水等老化管道 ← 燃气、排水、供水管网改造)', () => {
    expect(rowOf('四川省', '四川省', '老化管道6000公里')).toMatchObject({ outcome_value: 9436, status: 'done' });
    expect(rowOf('黑龙江省', '黑龙江省', '燃气管网2000公里')).toMatchObject({ outcome_value: 3656, status: 'done' });
    // two kinds are two things, neither a list of the other's kinds
    expect(kindsOfOne('燃气管网', '供水管网')).toBe(false);
    expect(kindsOfOne('排水、供水、供热、燃气管网', '水热气等管网')).toBe(true);
  });

  it('乡村 is 农村: 乡村建设品质提升行动完成投资310亿元 reports on 完成农村建设品质提升投资260亿元以上', () => {
    expect(rowOf('福建省', '福建省', '农村建设品质提升投资260亿元')).toMatchObject({
      outcome_value: 310,
      status: 'done',
    });
  });

  it('a word of the thing’s usual setting or standing dropped (城镇, 高层次) is no wider group; a kind is', () => {
    expect(rowOf('福建省', '福建省', '改造城镇老旧小区4.5万户')).toMatchObject({
      outcome_value: 8.36,
      review_reason: null,
    });
    expect(rowOf('云南省', '云南省', '3600名高层次银龄人才')).toMatchObject({
      outcome_value: 5494,
      review_reason: null,
    });
    // 智能制造企业1585家 still counts a wider group than 智能制造标杆企业360家
    const hunan = rowOf('湖南省', '湖南省', '智能制造标杆企业');
    expect(hunan!.outcome_value).toBeNull();
    expect(hunan!.review_reason).toMatch(/wider group/);
  });
});

describe('a counted stock of enterprises named with 总量', () => {
  it('is promised as 高新技术企业数量突破300家 is (突破, 保持在); an indicator’s 总量 stays a target', () => {
    expect(brief(plan2025('湖南省', '高新技术企业总量突破1.8万家'))).toContainEqual(['突破', '高新技术企业总量', 1.8]);
    expect(brief(plan2025('河北省', '“领跑者”企业总量保持在650家以上'))).toContainEqual([
      '保持在',
      '“领跑者”企业总量',
      650,
    ]);
    // a total of other things (5G基站总量, 水产品总产量) is no stock of enterprises: it stays an indicator's level
    const LEX = commitmentsLexicon();
    expect(enterpriseStock('5G基站总量', '个', LEX)).toBe(false);
    expect(enterpriseStock('水产品总产量突破', '万吨', LEX)).toBe(false);
    expect(enterpriseStock('高新技术企业总量突破', '万家', LEX)).toBe(true);
  });
});

describe('words before the verb that name no part of the thing', () => {
  it('a word of the channel (线下) before the verb, as a word of manner', () => {
    expect(brief(plan2025('福建省', '就业服务站1000个以上'))).toContainEqual([
      '建设',
      '零工驿站和“家门口”就业服务站',
      1000,
    ]);
  });

  it('a phrase of the fields where, listed by example (在…、…等方面), then the verb, 突破 included', () => {
    expect(brief(plan2025('湖南省', '突破关键技术125项以上'))).toEqual([['突破', '关键技术', 125]]);
  });
});

describe('sums named by their kind of money, matched by the verb', () => {
  it('money brought in by the same verb, one name inside the other (引进到位资金 ← 引进国内到位资金)', () => {
    expect(rowOf('内蒙古自治区', '内蒙古自治区', '引进到位资金5700亿元')).toMatchObject({
      outcome_value: 6000,
      status: 'done',
    });
  });

  it('the year’s investment of works, named by nothing more, done by the same verb (完成投资 ← 重点项目完成投资)', () => {
    expect(rowOf('西藏', '西藏自治区', '完成投资2000亿元以上')).toMatchObject({ outcome_value: 2125, status: 'done' });
  });

  it('a sum of a kind of money with another verb still needs its purpose said (安排资金148亿元 stays apart)', () => {
    // 投入187亿元办好“28+10”项民生实事: 28 items then, another measure (a neutral pair of batch 7)
    expect(rowOf('西藏', '西藏自治区', '安排资金148亿元')!.outcome_value).toBeNull();
  });
});

describe('a count in 万 before a noun of households', () => {
  it('is a count of households (662万农户 → 662万户), as 2300万省外劳动力 is of people', () => {
    const [c] = plan2025('安徽省', '完成年内到期662万农户延包任务').filter((x) => x.value === 662);
    expect(c).toMatchObject({ verb: '完成', object: '农户延包任务', unit: '万户', value_base: 6620000 });
  });
});

describe('a running total (累计) said of a programme', () => {
  // Neimenggu's promise for 2025, and a sentence of its 2026 report (from its five-year part) set in a review of
  // 2025 or in a progress notice of 2025: the same words, read as each kind of document reads them
  const at = path.join(INPUT, 'provinces-2025', '2025年内蒙古自治区政府工作报告.docx');
  const promise = sentenceWith(docxText(fs.readFileSync(at), at), '新建高标准农田850万亩');
  const total = sentenceWith(report2026('内蒙古自治区'), '累计建成高标准农田6281万亩');
  const doc = (source: string, doc_kind: 'work_report' | 'progress', year: number) =>
    extractDocument(
      {
        id: `nm-${doc_kind}-${year}`,
        jurisdiction: 'neimenggu',
        jurisdiction_name: '',
        level: 'province',
        report_year: year,
        source,
        display: 'nm',
        doc_kind,
      },
      compiled,
    );
  const outcomeOf = (later: ReturnType<typeof doc>, laterKind: 'work_report' | 'progress', laterYear: number) => {
    const plan = doc(`二、2025年工作安排\n${promise}`, 'work_report', 2025).commitments.filter((c) =>
      c.item.includes('高标准农田'),
    );
    const { rows } = matchCommitments(plan, later.statements, [
      { id: 'nm-work_report-2025', doc_kind: 'work_report', report_year: 2025 },
      { id: `nm-${laterKind}-${laterYear}`, doc_kind: laterKind, report_year: laterYear },
    ]);
    return rows.map((r) => [r.item, r.outcome_value, r.status]);
  };

  it('in a work report’s review it counts more than the year: not the outcome of the year’s 新建…850万亩', () => {
    const review = doc(`一、2025年工作回顾\n${total}\n二、2026年工作安排\n今年要做好工作。`, 'work_report', 2026);
    expect(review.statements.filter((s) => s.value === 6281).map((s) => s.stock)).toEqual([true]);
    expect(outcomeOf(review, 'work_report', 2026)).toEqual([['新建高标准农田850万亩', null, 'not_stated']]);
  });

  it('in a progress notice of the year it is read as the year’s so far; at seven times the year’s task, no outcome of it', () => {
    const notice = doc(total, 'progress', 2025);
    expect(notice.statements.filter((s) => s.value === 6281).map((s) => s.stock)).toEqual([false]);
    // more than twice the task: a total since the work began (the year's so far, near its task, is its outcome:
    // test/commitments-notices.test.ts, "a seventh round")
    expect(outcomeOf(notice, 'progress', 2025)).toEqual([['新建高标准农田850万亩', null, 'not_stated']]);
  });
});

describe('a progress notice that restates a promise, then how far it got after a comma', () => {
  // Qingdao's item 2 and its progress (test/fixtures/local/qingdao-2022-progress.txt: 2.改造城镇老旧小区300个以上…
  // 进展情况:229个老旧小区已开工改造…), on one line as notices also write them: the promise, then 已 and its figure
  const notice = fs.readFileSync(path.join(LOCAL_FIXTURES, 'qingdao-2022-progress.txt'), 'utf8');
  const item = /改造城镇老旧小区300个以上/.exec(notice)![0];
  const progress = /(\d+)个老旧小区已开工改造/.exec(notice)!;
  const read = (line: string) =>
    extractDocument(
      {
        id: 'qd-progress',
        jurisdiction: 'qingdao',
        jurisdiction_name: '',
        level: 'city',
        report_year: 2022,
        source: line,
        display: 'qd',
        doc_kind: 'progress',
      },
      compiled,
    );

  it('the first figure is the promise restated, the second its outcome (改造…300个以上，已开工229个)', () => {
    const r = read(`${item}，已开工${progress[1]}个。`);
    expect(r.statements.map((s) => [s.object, s.verb, s.value])).toEqual([['城镇老旧小区', '开工', 229]]);
    expect(r.commitments.map((c) => [c.object, c.value])).toEqual([['城镇老旧小区', 300]]);
  });

  it('a verb, the thing, then 已 and how far it got (改造城镇老旧小区已开工229个): that last verb is the figure’s', () => {
    const r = read(`${item.replace('300个以上', '')}已开工${progress[1]}个。`);
    expect(r.statements.map((s) => [s.verb, s.object, s.value])).toEqual([['开工', '城镇老旧小区', 229]]);
  });

  it('two verbs run together after 已 (…300个以上，已完成改造229个) as one', () => {
    const r = read(`${item}，已完成改造${progress[1]}个。`);
    expect(r.statements.map((s) => [s.verb, s.value])).toEqual([['完成改造', 229]]);
  });

  it('so in a bracket after it (改造…300个以上（已开工229个）), the outcome as written from its 已', () => {
    const r = read(`${item}（已开工${progress[1]}个）。`);
    expect(r.statements.map((s) => [s.object, s.value, s.item])).toEqual([
      ['城镇老旧小区', 229, `已开工${progress[1]}个`],
    ]);
  });

  it('a line whose first sentence a label of progress follows, with no number: the first sentence is the promise', () => {
    const r = read(`${item}。进展：${progress[0]}。`);
    expect(r.statements.map((s) => s.value)).toEqual([229]);
    expect(r.commitments.map((c) => c.value)).toEqual([300]);
    // …and a promise labelled 年度目标： with a colon alone, as 目标任务为 is
    const labelled = read(`年度目标：${item}。\n完成情况：${progress[0]}。`);
    expect(labelled.statements.map((s) => s.value)).toEqual([229]);
  });

  it('a table’s row flattened into cells (2 | 改造城镇老旧小区 | 300个以上 | 已开工229个 |): the same', () => {
    const row = `序号 | 项目 | 年度目标 | 进展情况 |\n2 | ${item.replace('300个以上', ' | 300个以上')} | 已开工${progress[1]}个 |`;
    const r = read(row);
    expect(r.statements.map((s) => [s.object, s.value])).toEqual([['城镇老旧小区', 229]]);
    expect(r.commitments.map((c) => c.value)).toEqual([300]);
  });

  it('已建成 after a promise to build is its progress; a use after building (已交付使用) is not', () => {
    const built = read(`${item.replace('改造', '新建')}，已建成${progress[1]}个。`);
    expect(built.statements.map((s) => [s.verb, s.value])).toEqual([['建成', 229]]);
  });

  it('without a label an unnumbered line’s first sentence stays an outcome (…300个。已交付使用229个。)', () => {
    expect(read(`${item.replace('以上', '')}。已交付使用${progress[1]}个。`).statements.map((s) => s.value)).toContain(
      300,
    );
  });

  it('a later stage after the comma leaves the first an outcome (…300个，已交付使用229个: done, then in use)', () => {
    const r = read(`${item.replace('以上', '')}，已交付使用${progress[1]}个。`);
    expect(r.statements.map((s) => s.value)).toEqual([300, 229]);
  });
});

describe('one thing named in other words (head_synonyms)', () => {
  it('places in childcare, charging posts and bus routes named in other words are one thing each (head_synonyms)', () => {
    expect(normObject('普惠性托育服务位')).toBe(normObject('普惠性托位'));
    expect(normObject('新能源汽车公共充电设施')).toBe(normObject('新能源汽车公共充电桩'));
    expect(normObject('公交路线')).toBe(normObject('公交线路'));
    // a charging station is no charging post
    expect(normObject('充电站')).not.toBe(normObject('充电桩'));
  });
});

describe('two kinds of one thing whose words share a character with the head noun', () => {
  // Zhejiang's promise of public places (新增公办普通高中新生学位2万个), and the same clause of private ones: 公办学位 and
  // 民办学位 share 办学位, which left one character of kind on each side and let the two meet
  const zhejiang = path.join(INPUT, 'provinces-2025', '2025年浙江省政府工作报告.docx');
  const clause = /新增公办普通高中新生学位2万个/.exec(docxText(fs.readFileSync(zhejiang), zhejiang))![0];
  const outcomeOf = (review: string) => {
    const plan = read(`二、2025年工作安排\n${clause}。`, 2025, 'plan', 'p').commitments;
    const later = read(`一、2025年工作回顾\n${review}。\n二、2026年工作安排\n今年要做好工作。`, 2026, 'later', 'p');
    return matchCommitments(plan, later.statements, [
      { id: 'plan', doc_kind: 'work_report', report_year: 2025 },
      { id: 'later', doc_kind: 'work_report', report_year: 2026 },
    ]).rows.map((r) => [r.outcome_value, r.status]);
  };

  it('公办 against 民办: another kind, no outcome', () => {
    expect(outcomeOf(clause.replace('公办', '民办').replace('2万', '2.2万'))).toEqual([[null, 'not_stated']]);
  });

  it('the same kind meets as before', () => {
    expect(outcomeOf(clause.replace('2万', '2.2万'))).toEqual([[2.2, 'done']]);
  });
});

describe('one verb merging the verbs of several promises of one thing, their sum not the figure', () => {
  // Lianyungang's list (新建中小学14所。改扩建中小学12所。) and its notice's 新改擴建26所中小學, as written and with
  // one school more: 新改扩建 is 新建 and 改扩建 whether or not the two figures add up to the outcome's
  const list = fs.readFileSync(path.join(LOCAL_FIXTURES, 'lianyungang-2022-commitments.txt'), 'utf8');
  const items = /新建中小学14所。改扩建中小学12所。/.exec(list)![0];
  const rows = (outcome: string) => {
    const plan = read(`二、2022年工作安排\n${items}`, 2022, 'plan', 'p').commitments;
    const later = read(`一、2022年工作回顾\n${outcome}。\n二、2023年工作安排\n今年要做好工作。`, 2023, 'later', 'p');
    const m = matchCommitments(plan, later.statements, [
      { id: 'plan', doc_kind: 'work_report', report_year: 2022 },
      { id: 'later', doc_kind: 'work_report', report_year: 2023 },
    ]);
    return m.rows.map((r) => [r.item, r.outcome_value, r.review_reason ? 'review' : r.status]);
  };

  it('26 = 14 + 12 and 27 alike go to review, neither taken by one promise', () => {
    for (const n of [26, 27])
      expect(rows(`新改扩建${n}所中小学`)).toEqual([
        ['新建中小学14所', null, 'review'],
        ['改扩建中小学12所', null, 'review'],
      ]);
  });
});
