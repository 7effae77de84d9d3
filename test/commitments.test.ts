// Commitments on real text: the seed's work plan and practical projects; the
// 民生实事 lists and the progress notices of jurisdictions the rules were not
// written for (test/fixtures/local, measured against hand labels); the wording
// that changes between a promise and its outcome; and a property: every span of a
// commitment and of an outcome slices back to its text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { seed, seed2016, national, dictionary, compiled, INPUT, cli, tmpdir, setInColumns } from './helpers.js';
import { extractDocument } from '../pipeline/extract/documents.js';
import { readCommitments, type CommitmentRecord, type StatementRecord } from '../pipeline/extract/commitments/index.js';
import { matchCommitments, scorePair, spreadIn } from '../pipeline/derive/commitments.js';
import { parse } from 'csv-parse/sync';
import { measure, readAll, totals, labels, sources, LOCAL } from './commitments-measure.js';
import type { DocKind } from '../pipeline/core/model.js';

/** A document through the real dispatcher, with the real dictionary (a work report's headline figures stay observations). */
const read = (source: string, doc_kind: DocKind, year: number, id = 'doc', jurisdiction = 'j') => {
  const r = extractDocument(
    { id, jurisdiction, jurisdiction_name: '', level: 'city', report_year: year, source, display: id, doc_kind },
    compiled,
  );
  return { commitments: r.commitments, statements: r.statements };
};
const local = (name: string) => fs.readFileSync(path.join(LOCAL, `${name}.txt`), 'utf8');
const PROVINCES_2026 = path.join(LOCAL, '..', 'provinces-2026');

describe('the seed: the 2015 work plan and the ten practical projects', () => {
  const c = read(seed, 'work_report', 2015, 'shangcheng-2015', 'shangcheng').commitments;
  const has = (item: string, value: number, unit: string) =>
    expect(
      c.find((x) => x.item === item),
      item,
    ).toMatchObject({ value, unit, year: 2015 });

  it('every quantified item of 2015 is a commitment with its value and unit as stated', () => {
    has('实现资金管理规模超过500亿元', 500, '亿元');
    expect(c.find((x) => x.item === '引进区域性企业总部8—10家')).toMatchObject({
      value: 8,
      value_low: 8,
      value_high: 10,
      qualifier: 'range',
      unit: '家',
    });
    has('千万元以上大项目100个', 100, '个');
    has('新增市级研发中心3家', 3, '家');
    has('培育孵化成果7个', 7, '个');
    has('开工建设40万平方米', 40, '万平方米');
    has('竣工60万平方米', 60, '万平方米');
    has('拆迁1000户', 1000, '户');
    has('安置400户', 400, '户');
    expect(c.find((x) => x.kind === 'list')).toMatchObject({
      item: '办好十件民生实事',
      value: 10,
      unit: '件',
      object: '民生实事',
    });
    has('建设保障性住房22万平方米', 22, '万平方米');
    has('完成铺设排水管道3000米', 3000, '米');
    has('治理积水面积3万平方米', 3, '万平方米');
    has('更新雨污管网2万米', 2, '万米');
    has('实施4600米河道水生态治理', 4600, '米');
    has('实施3000户居家养老水电设施统筹保修', 3000, '户');
    has('建设停车场(库)4处', 4, '处');
    has('泊位800个', 800, '个');
    has('泊位500个', 500, '个');
    has('支小路整治5条', 5, '条');
    has('实施望江地区60幢高层建筑消防管道改建工程', 60, '幢');
    has('7万人享受医养护一体化签约服务', 7, '万人');
    has('完成改扩绿地3万平方米', 3, '万平方米');
    has('帮助3800名就业困难人员实现再就业', 3800, '名');
    // and the value in base units
    expect(c.find((x) => x.item === '更新雨污管网2万米')).toMatchObject({ value_base: 20000, unit_base: 'm' });
  });

  it('the headline targets stay observations, and the 2014 review yields no commitment', () => {
    expect(c.some((x) => /23400|7\.5%|96%/.test(x.item))).toBe(false);
    expect(c.every((x) => x.start > seed.indexOf('二、2015年重点工作'))).toBe(true);
  });

  it('no dictionary entry carries the seed’s phrases: the work_plan group is gone', () => {
    expect(dictionary.indicators.filter((i) => i.group === 'work_plan')).toEqual([]);
    const names = dictionary.indicators.flatMap((i) => [...i.names, ...(i.names_value_first ?? [])]);
    for (const phrase of [
      '开工建设',
      '停车场',
      '泊位',
      '支小路整治',
      '河道水生态治理',
      '居家养老水电设施统筹保修',
      '民生实事',
      '千万元以上大项目',
    ]) {
      expect(
        names.filter((n) => n.includes(phrase)),
        phrase,
      ).toEqual([]);
    }
  });

  it('against the 2016 excerpt, which reviews only the headline figures, every one is not_stated', () => {
    const later = read(seed2016, 'work_report', 2016, 'shangcheng-2016', 'shangcheng');
    const m = matchCommitments(c, later.statements, [
      { id: 'shangcheng-2015', doc_kind: 'work_report', report_year: 2015 },
      { id: 'shangcheng-2016', doc_kind: 'work_report', report_year: 2016 },
    ]);
    expect(new Set(m.rows.map((r) => r.status))).toEqual(new Set(['not_stated']));
    // with nothing later, pending
    expect(
      new Set(
        matchCommitments(c, [], [{ id: 'shangcheng-2015', doc_kind: 'work_report', report_year: 2015 }]).rows.map(
          (r) => r.status,
        ),
      ),
    ).toEqual(new Set(['pending']));
  });
});

describe('lists and notices of other jurisdictions, against hand labels (test/fixtures/local/commitments-labels.json)', () => {
  const ms = measure(readAll());
  const t = totals(ms);

  it('at least 90% of the numbered commitments are found', () => {
    expect(t.found / t.commitments, JSON.stringify(ms.map((m) => [m.jurisdiction, m.missed]))).toBeGreaterThanOrEqual(
      0.9,
    );
    for (const m of ms)
      if (m.commitments >= 5) expect(m.found / m.commitments, m.jurisdiction).toBeGreaterThanOrEqual(0.85);
  });

  it('at least 80% of the stated outcomes are matched to the right commitment', () => {
    expect(t.matched / t.outcomes, JSON.stringify(ms.map((m) => [m.jurisdiction, m.unmatched]))).toBeGreaterThanOrEqual(
      0.8,
    );
  });

  it('precision: no commitment the labels do not name, no outcome attached where they put none; aggregates go to review', () => {
    expect(t.extra, JSON.stringify(ms.flatMap((m) => m.extra))).toBe(0);
    expect(t.wrong, JSON.stringify(ms.flatMap((m) => m.wrong))).toBe(0);
    expect(t.unreported, JSON.stringify(ms.flatMap((m) => m.unreported))).toBe(0);
    expect(t.aggregatesToReview).toBe(t.aggregates);
  });

  it('the labels themselves are grounded: every anchor stands once in its document', () => {
    for (const x of [...labels.commitments, ...labels.outcomes, ...labels.aggregates, ...labels.blankets]) {
      const s = sources.get(x.doc)!;
      expect(s.split(x.at).length - 1, `${x.doc}: ${x.at}`).toBe(1);
    }
  });
});

describe('how promises are written', () => {
  it('numbered lists: 1、 1. 1。 一、 第一件: ■, with the list markers not read as figures', () => {
    expect(read(local('quanzhou-2021-commitments'), 'commitments', 2021).commitments.map((c) => c.value)).toContain(20);
    expect(
      read(local('quanzhou-2021-commitments'), 'commitments', 2021).commitments.some(
        (c) => c.value === 1 || (c.value === 10 && c.unit === '。'),
      ),
    ).toBe(false);
    expect(
      read(local('lianyungang-2023-commitments'), 'commitments', 2023)
        .commitments.map((c) => c.item)
        .slice(0, 2),
    ).toEqual(['新建中小学15所', '改扩建8所']);
    expect(read(local('qingdao-2023-commitments'), 'commitments', 2023).commitments.map((c) => c.item)).toContain(
      '实现城镇新增就业35万人以上',
    );
  });

  it('one verb for several objects, one object for several verbs', () => {
    const lyg = read(local('lianyungang-2022-commitments'), 'commitments', 2022).commitments;
    expect(lyg.find((c) => c.item === '助学贷款1亿元')).toMatchObject({
      verb: '发放',
      object: '助学贷款',
      value_base: 100000000,
      unit_base: 'CNY',
    });
    const lyg23 = read(local('lianyungang-2023-commitments'), 'commitments', 2023).commitments;
    expect(lyg23.find((c) => c.item === '改扩建8所')).toMatchObject({ verb: '改扩建', object: '中小学' });
    // the issue's own example: 改造提升农贸市场10个、公厕30座 is two commitments
    const two = read('今年将办好以下实事:\n1.改造提升农贸市场10个、公厕30座。', 'commitments', 2024).commitments;
    expect(two.map((c) => [c.verb, c.object, c.value, c.unit])).toEqual([
      ['改造提升', '农贸市场', 10, '个'],
      ['改造提升', '公厕', 30, '座'],
    ]);
  });

  it('a 、 parts two objects only where a figure follows it in the clause: 实施150个省、市重点项目 counts projects', () => {
    const changzhou = read(local('changzhou-2015-targets'), 'work_report', 2015).commitments;
    expect(changzhou.find((c) => c.value === 150 && c.unit === '个')).toMatchObject({
      item: '实施150个省、市重点项目',
      object: '省、市重点项目',
    });
    expect(changzhou.some((c) => c.object === '省')).toBe(false);
    // with a figure after it, 、 still parts the two things counted (the seed's review: 新建3家老年食堂、27家日间照料中心)
    const seedRead = read(seed, 'work_report', 2015);
    const shangcheng = [...seedRead.commitments, ...seedRead.statements];
    expect(shangcheng.find((c) => c.item.includes('3家老年食堂'))?.object).toBe('老年食堂');
    expect(shangcheng.find((c) => c.item.includes('27家日间照料中心'))?.object).toBe('日间照料中心');
  });

  it('新 with a verb (新培育), or a word of manner before the verb (规范提升), opens the clause: the object is the thing', () => {
    const report = (province: string) =>
      (
        parse(fs.readFileSync(path.join(PROVINCES_2026, `2026_${province}_政府工作报告.csv`)), {
          columns: true,
          bom: true,
        }) as Array<{ full_text: string }>
      )[0].full_text;
    const anhui = read(report('安徽省'), 'work_report', 2026).commitments;
    expect(anhui.find((c) => c.item === '新培育科技型中小企业3000家以上')).toMatchObject({
      verb: '新培育',
      object: '科技型中小企业',
      value: 3000,
      qualifier: 'at_least',
    });
    expect(anhui.find((c) => c.item === '新培育智能工厂200家')).toMatchObject({ verb: '新培育', object: '智能工厂' });
    const shandong = read(report('山东省'), 'work_report', 2026).commitments;
    expect(shandong.find((c) => c.value === 500 && c.unit === '处')).toMatchObject({
      verb: '提升',
      object: '农村供水厂站',
    });
  });

  it('分别 and 从…提高到: each standard its own commitment, per head and period, with its baseline', () => {
    const xn = read(local('xingning-2022-commitments'), 'commitments', 2022).commitments;
    expect(
      xn.filter((c) => c.rule === 'respectively-from-to').map((c) => [c.object, c.value, c.unit, c.baseline]),
    ).toEqual([
      ['城乡低保对象最低生活保障人均补差水平', 653, '元/月', 631],
      ['城乡低保对象最低生活保障人均补差水平', 300, '元/月', 286],
      ['困难残疾人生活补贴', 188, '元/人/月', 181],
      ['重度残疾人护理补贴标准', 252, '元/人/月', 243],
    ]);
    expect(xn.find((c) => c.value === 500)).toMatchObject({ unit: '元/生/年', unit_base: 'CNY/student/year' });
  });

  it('qualifiers and Chinese numerals: 以上, 不少于, 至少, 约, ranges; 十件, 百家, 千名, 万名, 一座', () => {
    const hd = read(local('haidian-2020-commitments'), 'commitments', 2020).commitments;
    expect(hd.find((c) => c.value === 10 && c.unit === '个')).toMatchObject({ qualifier: 'at_least' });
    expect(hd.find((c) => c.value === 120)).toMatchObject({
      qualifier: 'at_least',
      unit: '万平方米',
      value_base: 1200000,
    });
    const my = read(local('mianyang-2021-commitments'), 'commitments', 2021).commitments;
    expect(my.find((c) => c.value === 7.5)).toMatchObject({
      qualifier: 'about',
      object: '南山路-塘汛路段',
      unit_base: 'm',
    });
    const lyg = read(local('lianyungang-2022-commitments'), 'commitments', 2022).commitments;
    expect(lyg.filter((c) => /(?<![\d.])[百千万][名家]/.test(c.item)).map((c) => c.value)).toEqual([100, 1000, 10000]);
    const sn = read(local('suining-2023-progress'), 'progress', 2023).commitments;
    expect(sn.map((c) => [c.item, c.value, c.unit])).toEqual([
      ['建成一座农村铁索桥改公路桥', 1, '座'],
      ['建设100个户外劳动者服务站点', 100, '个'],
    ]);
  });

  it('what is not a promise: a figure describing what follows, a change from a base, parts of the text, a name in quotes', () => {
    const c = read(seed, 'work_report', 2015)
      .commitments.map((x) => x.item)
      .join('|');
    expect(c).not.toMatch(/平方公里的|五方面|两项规划|三条底线|百团百场/);
    const d = read(national.get(2016)!, 'work_report', 2016)
      .commitments.map((x) => x.item)
      .join('|');
    expect(d).not.toMatch(/5600亿元|八个方面|三项举措/);
    expect(d).toMatch(/棚户区住房改造600万套/);
  });
});

describe('how outcomes are matched', () => {
  const j = 'j';
  const promise = (source: string, kind: DocKind = 'commitments', year = 2022) =>
    read(source, kind, year, 'p', j).commitments;
  const said = (source: string, kind: DocKind = 'progress', year = 2022) => read(source, kind, year, 's', j).statements;

  it('money is matched by what it is for, never by its kind or its spender alone (national reports)', () => {
    // 2006: 30亿元国债资金 for coal-mine gas; the 2007 review: 27亿元国债资金 for rural clinics
    const gas = promise(national.get(2006)!, 'work_report', 2006).find((c) => c.item.includes('30亿元国债资金'))!;
    const clinics = said(national.get(2007)!, 'work_report', 2007).find((s) => s.item.includes('27亿元国债资金'))!;
    expect([gas.unit_base, clinics.year]).toEqual(['CNY', 2006]);
    expect(scorePair(gas, clinics)).toBe(0);
    // 2009: 中央政府拟新增1.18万亿元 (of a two-year plan), a sum named only by its spender, is no promise at all
    // now (refiners/not-promised.ts), so 2009年中央政府公共投资9243亿元 has nothing to be set beside
    expect(
      promise(national.get(2009)!, 'work_report', 2009).find((c) => c.item.includes('1.18万亿元')),
    ).toBeUndefined();
    expect(said(national.get(2010)!, 'work_report', 2010).find((s) => s.item.includes('9243亿元'))).toBeDefined();
  });

  it('verbs and word order change, traditional characters, numbers scaled and hedged', () => {
    const lyg = promise(local('lianyungang-2022-commitments'));
    const progress = said(local('lianyungang-2022-progress'));
    const k = lyg.find((c) => c.item === '新建幼儿园12所')!;
    const s = progress.find((x) => x.item === '新建12所幼兒園')!;
    expect(scorePair(k, s)).toBeGreaterThanOrEqual(0.9);
    // the examples: 新增学位1.5万个 against 新增學位逾1.5萬個; 筛查2万人次以上 against 完成筛查20458人次
    const places = promise('1.新增学位1.5万个。')[0];
    const done = said('新增學位逾1.5萬個。')[0];
    expect(done).toMatchObject({ value_base: 15000, qualifier: 'at_least' });
    expect(scorePair(places, done)).toBeGreaterThanOrEqual(0.9);
    const screening = promise('1.开展免费筛查2万人次以上。')[0];
    const screened = said('全年完成筛查20458人次。')[0];
    const m = matchCommitments([screening], [screened], [{ id: 's', doc_kind: 'progress', report_year: 2022 }]);
    expect(m.rows[0]).toMatchObject({ status: 'done', outcome_value: 20458, outcome_value_base: 20458 });
  });

  it('decoys: parking lots are not parking spaces; started is not finished; new places are not a total', () => {
    // the seed's promises against its own review of 2014 and another jurisdiction's year-end account, read as if of 2015
    const seedPlan = read(seed, 'work_report', 2015, 'p', j).commitments;
    const asOf2015 = (xs: StatementRecord[]) => xs.map((x) => ({ ...x, year: 2015 }));
    const lots = seedPlan.find((c) => c.item === '建设停车场(库)4处')!;
    const spaces = seedPlan.find((c) => c.item === '泊位800个')!;
    const review = asOf2015(read(seed, 'work_report', 2016, 's', j).statements);
    const sw = asOf2015(read(local('shanwei-2022-progress'), 'progress', 2022, 'w', j).statements);
    const find = (xs: StatementRecord[], text: string) => xs.find((x) => x.item.includes(text))!;
    expect(scorePair(spaces, find(review, '新增2408个停车泊位'))).toBeGreaterThan(0.55);
    expect(scorePair(lots, find(review, '新增2408个停车泊位'))).toBe(0);
    expect(scorePair(lots, find(sw, '新增停车位2.29万个'))).toBe(0);
    expect(scorePair(spaces, find(sw, '盘活停车场65个'))).toBe(0);
    // 开工建设 against 竣工
    const started = seedPlan.find((c) => c.item === '开工建设40万平方米')!;
    expect(scorePair(started, find(review, '竣工62万平方米'))).toBe(0);
    expect(scorePair(started, find(review, '开工建设56万平方米'))).toBeGreaterThan(0.55);
    // a total is not what was added
    const total = said('全市学位总数达到30万个。')[0];
    expect(total.stock).toBe(true);
    expect(scorePair(promise('1.新增学位1.5万个。')[0], total)).toBe(0);
    // nor what another verb of doing did (Xizang's 2025 plan and its 2026 review: 培育 against 突破, a total)
    const firms = promise('1.培育高新技术企业160家。')[0];
    const passed = said('国家高新技术企业突破200家。')[0];
    expect(passed.stock).toBe(true);
    expect(scorePair(firms, passed)).toBe(0);
    expect(scorePair(firms, said('新培育高新技术企业172家。')[0])).toBeGreaterThan(0.55);
  });

  it('a completion without a figure is done_no_figure; work started, not finished, is partly', () => {
    const sn = read(local('suining-2023-progress'), 'progress', 2023, 's', j);
    const m = matchCommitments(sn.commitments, sn.statements, [{ id: 's', doc_kind: 'progress', report_year: 2023 }]);
    expect(m.rows.map((r) => r.status)).toEqual(['done_no_figure', 'done_no_figure']);
    const qd = read(local('qingdao-2022-progress'), 'progress', 2022, 'q', j);
    const q = matchCommitments(qd.commitments, qd.statements, [
      { id: 'q', doc_kind: 'progress', report_year: 2022, as_of: '2022-03-31' },
    ]);
    for (const x of [...qd.commitments, ...qd.statements]) x.as_of = '2022-03-31';
    const roads = q.rows.find((r) => r.item === '打通城市未贯通道路30条以上')!;
    expect(roads).toMatchObject({ status: 'partly', outcome_value: 36 });
  });

  it('a notice that restates each numbered promise before its progress: the restatement is no outcome; the progress after it on its line is', () => {
    // the real list's items, restated the way an interim notice numbers them, each with its progress
    const list = local('lianyungang-2023-commitments');
    const line = (start: string) => list.split('\n').find((l) => l.startsWith(start))!;
    const first = (l: string) => l.slice(0, l.indexOf('。') + 1);
    const notice = [
      '2023年连云港市民生实事项目三季度进展情况',
      `${first(line('5. 新建幼儿园'))}已开工14所，建成10所，完成率71%。`,
      `${first(line('3. 全市新招聘'))}正在推进中。`,
      // an item of outcomes alone is not a restatement
      '6. 建成8个市级产业学院。开展职业技能培训1.2万人次。',
    ].join('\n');
    expect(notice).toContain('5. 新建幼儿园14所。已开工14所，建成10所');
    const docs = [
      { id: 'list', doc_kind: 'commitments' as const, report_year: 2023 },
      { id: 'q3', doc_kind: 'progress' as const, report_year: 2023, as_of: '2023-09-30' },
    ];
    const promised = read(list, 'commitments', 2023, 'list', j);
    const progress = read(notice, 'progress', 2023, 'q3', j);
    for (const x of [...progress.commitments, ...progress.statements]) x.as_of = '2023-09-30';
    const m = matchCommitments(
      [...promised.commitments, ...progress.commitments],
      [...promised.statements, ...progress.statements],
      docs,
    );
    const row = (item: string) => m.rows.find((r) => r.item === item)!;
    expect(row('新建幼儿园14所')).toMatchObject({
      status: 'partly',
      outcome_value: 10,
      outcome_text: '建成10所',
      match_score: 1,
    });
    // restated, not done: nothing said of it in figures
    expect(row('新招聘中小学教师800人')).toMatchObject({ status: 'pending', outcome_value: null });
    // the outcomes-only item is read as outcomes
    expect(row('建成6—8个服务主导产业的市级产业学院')).toMatchObject({ outcome_value: 8 });
    // no promise of the list takes its own restatement for an outcome
    for (const r of m.rows) if (r.outcome_report_id === 'q3') expect(r.outcome_text).not.toBe(r.item);
  });

  it('a numbered promise restated on a line of its own, its progress opening the next line: the restatement is no outcome, the progress is', () => {
    // the real list's item, restated the way an interim notice numbers it, its progress on the next line
    const list = local('lianyungang-2023-commitments');
    const item = list.split('\n').find((l) => l.startsWith('5. 新建幼儿园'))!;
    const notice = [
      '2023年连云港市民生实事项目三季度进展情况',
      item.slice(0, item.indexOf('。') + 1),
      '截至9月底，已开工14所，建成10所，完成率71%。',
    ].join('\n');
    expect(notice).toContain('5. 新建幼儿园14所。\n截至9月底');
    const promised = read(list, 'commitments', 2023, 'list', j);
    const progress = read(notice, 'progress', 2023, 'q3', j);
    expect(progress.statements.some((s) => s.value === 14 && s.item.includes('新建幼儿园'))).toBe(false);
    for (const x of [...progress.commitments, ...progress.statements]) x.as_of = '2023-09-30';
    const m = matchCommitments(
      [...promised.commitments, ...progress.commitments],
      [...promised.statements, ...progress.statements],
      [
        { id: 'list', doc_kind: 'commitments', report_year: 2023 },
        { id: 'q3', doc_kind: 'progress', report_year: 2023, as_of: '2023-09-30' },
      ],
    );
    expect(m.rows.find((r) => r.item === '新建幼儿园14所')).toMatchObject({
      status: 'partly',
      outcome_value: 10,
      outcome_text: '建成10所',
    });
  });

  it('a promise restated before how much of it is done (21所、9所已完成): the first figure is the promise, the second its outcome', () => {
    const notice = read(local('shanwei-2022-progress'), 'progress', 2022, 'sw', j);
    expect(notice.commitments.find((c) => c.value === 21)).toMatchObject({
      item: '新改扩建公办义务教育学校21所',
      object: '公办义务教育学校',
      rule: 'restated-then-done',
    });
    expect(notice.statements.some((s) => s.value === 21)).toBe(false);
    const done = notice.statements.find((s) => s.value === 9 && s.unit === '所')!;
    expect(done).toMatchObject({ object: '公办义务教育学校', verb: '完成' });
    expect(done.paired).not.toBeNull();
    const m = matchCommitments(notice.commitments, notice.statements, [
      { id: 'sw', doc_kind: 'progress', report_year: 2022 },
    ]);
    expect(m.rows.find((r) => r.value === 21)).toMatchObject({ status: 'partly', outcome_value: 9 });
  });

  it('a figure of the notice that names another thing with its own words is not the restated promise’s progress (14个市州)', () => {
    const notice = read(local('hunan-2021-progress'), 'progress', 2021, 'hn', j);
    const m = matchCommitments(notice.commitments, notice.statements, [
      { id: 'hn', doc_kind: 'progress', report_year: 2021, as_of: '2021-08-31' },
    ]);
    const estates = m.matches.filter((x) => x.commitment.item === '开工改造小区1500个');
    expect(estates.map((x) => x.statement.value)).toEqual([1110]);
    expect(notice.statements.find((s) => s.value === 14)?.paired ?? null).toBeNull();
  });

  it('the same thing with words more inside its name is matched (示范型…照料… against the name promised), not sent to review', () => {
    expect(spreadIn('居家养老服务中心', '示范型居家养老服务照料中心')).toBe(true);
    // another head, or a name too short to say what it is, is not the same thing
    expect(spreadIn('居家养老服务中心', '示范型居家养老服务照料驿站')).toBe(false);
    expect(spreadIn('养老中心', '养老服务指导中心')).toBe(true);
    expect(spreadIn('中心', '养老服务中心')).toBe(false);
    // the real list's promise, and a notice that names the thing with words more
    const list = local('haidian-2020-commitments');
    const notice = '2020年海淀区为民办实事进展情况\n建成示范型社区养老服务照料驿站12家。';
    const promised = read(list, 'commitments', 2020, 'list', j);
    const progress = read(notice, 'progress', 2020, 'notice', j);
    const m = matchCommitments(
      [...promised.commitments, ...progress.commitments],
      [...promised.statements, ...progress.statements],
      [
        { id: 'list', doc_kind: 'commitments', report_year: 2020 },
        { id: 'notice', doc_kind: 'progress', report_year: 2020 },
      ],
    );
    expect(m.rows.find((r) => r.item === '新建12家社区养老服务驿站')).toMatchObject({
      status: 'done',
      outcome_value: 12,
      review_reason: null,
    });
  });

  it('a list laid out as a table copied as text (cells between |) reads the same promises, no cell taken for an object', () => {
    const list = local('lianyungang-2023-commitments');
    // the items whose lead unit the excerpt keeps
    const items = list.split('\n').filter((l) => /^\d\. .*\(牵头单位:/.test(l));
    // each item a row: number | what is promised | the lead unit, as the real items name it
    const rows = items.map((l) => {
      const [, n, body, lead] = /^(\d)\. (.*?)\(牵头单位:([^;)]*)/.exec(l) ?? [];
      return `${n} | ${body} | ${lead} |`;
    });
    expect(rows[0]).toBe('1 | 新建中小学15所、改扩建8所。完成校安工程23万平方米。 | 市教育局 |');
    const table = `2023年连云港市民生实事项目\n序号 | 项目 | 牵头单位 |\n${rows.join('\n')}`;
    const asList = `2023年连云港市民生实事项目\n${items.map((l) => l.replace(/\(牵头单位.*$/, '')).join('\n')}`;
    const brief = (text: string) => read(text, 'commitments', 2023).commitments.map((c) => [c.object, c.value, c.unit]);
    expect(brief(table)).toEqual(brief(asList));
    expect(brief(table).some(([object]) => String(object).includes('|'))).toBe(false);
  });

  it('every real list and notice set in lines of 60 columns (as copied out of a PDF) reads the same promises and outcomes', () => {
    for (const f of fs.readdirSync(LOCAL).filter((n) => /-(commitments|progress)\.txt$/.test(n))) {
      const kind: DocKind = f.endsWith('-progress.txt') ? 'progress' : 'commitments';
      const year = Number(f.split('-')[1]);
      const text = local(f.replace(/\.txt$/, ''));
      const read = (source: string) => {
        const r = readCommitments({ id: 'c', jurisdiction: 'j', doc_kind: kind, year, source });
        return [
          ...r.commitments.map((c) => `promise ${c.value} ${c.unit}`),
          ...r.statements.map((s) => `outcome ${s.value} ${s.unit}`),
        ].sort();
      };
      expect(read(setInColumns(text, 60)), f).toEqual(read(text));
    }
  });

  it('a completion said with an adverb before its verb (幼儿园建设已全部完成) names the thing, not the adverb', () => {
    const list = read(local('lianyungang-2023-commitments'), 'commitments', 2023, 'list', j);
    const notice = read('2023年民生实事完成情况\n幼儿园建设已全部完成。', 'progress', 2023, 'end', j);
    expect(notice.statements.map((s) => s.object)).toEqual(['幼儿园建设']);
    const m = matchCommitments(list.commitments, notice.statements, [
      { id: 'list', doc_kind: 'commitments', report_year: 2023 },
      { id: 'end', doc_kind: 'progress', report_year: 2023 },
    ]);
    expect(m.rows.find((r) => r.item === '新建幼儿园14所')).toMatchObject({ status: 'done_no_figure' });
  });

  it('a year-end account that restates the target after its outcome: 超额完成40所的年度目标任务', () => {
    const r = read(
      '学前教育扩容工程。全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务;增加入学名额1.25万个,超额完成1万个的年度目标任务。',
      'progress',
      2018,
      'n',
      j,
    );
    expect(r.commitments.map((c) => [c.object, c.value, c.unit])).toEqual([
      ['幼儿园', 40, '所'],
      ['入学名额', 1, '万个'],
    ]);
    const m = matchCommitments(r.commitments, r.statements, [{ id: 'n', doc_kind: 'progress', report_year: 2018 }]);
    expect(m.rows.map((x) => [x.status, x.outcome_value, x.match_score])).toEqual([
      ['done', 48, 1],
      ['done', 1.25, 1],
    ]);
  });

  it('an outcome that fits two promises about as well (a tie) goes to review.csv, set beside neither', () => {
    // the real list: 新建中小学15所、改扩建8所; a year-end line that names neither verb
    const list = local('lianyungang-2023-commitments');
    const notice = '2023年连云港市民生实事项目完成情况\n建成中小学10所。';
    const promised = read(list, 'commitments', 2023, 'list', j);
    const done = read(notice, 'progress', 2023, 'year-end', j);
    const m = matchCommitments(
      [...promised.commitments, ...done.commitments],
      [...promised.statements, ...done.statements],
      [
        { id: 'list', doc_kind: 'commitments', report_year: 2023 },
        { id: 'year-end', doc_kind: 'progress', report_year: 2023 },
      ],
    );
    for (const item of ['新建中小学15所', '改扩建8所']) {
      const row = m.rows.find((r) => r.item === item)!;
      expect(row.outcome_value, item).toBeNull();
      expect(row.review_reason, item).toMatch(/fits 2 commitments about as well/);
    }
    expect(m.review.filter((r) => r.value === 10)).toHaveLength(2);
  });

  it('an aggregate of several promises goes to review.csv with its reason, never to one of them', () => {
    const lyg = read(local('lianyungang-2022-commitments'), 'commitments', 2022, 'lianyungang-2022-commitments', j);
    const pr = read(local('lianyungang-2022-progress'), 'progress', 2022, 'lianyungang-2022-progress', j);
    const m = matchCommitments(lyg.commitments, pr.statements, [
      { id: 'lianyungang-2022-progress', doc_kind: 'progress', report_year: 2022, as_of: '2022-11-30' },
    ]);
    const schools = m.rows.filter((r) => r.object === '中小学');
    expect(schools.map((r) => r.outcome_text)).toEqual([null, null]);
    expect(schools.every((r) => /adds up several commitments \(.*= 26所\)/.test(r.review_reason ?? ''))).toBe(true);
    const rev = m.review.filter((r) => r.text === '新改擴建26所中小學');
    expect(rev).toHaveLength(2);
    expect(sources.get('lianyungang-2022-progress')!.slice(rev[0].start, rev[0].end)).toBe(rev[0].text);
  });

  it('an interim outcome carries its date; a year-end one is chosen over it', () => {
    const r = readAll().get('qingdao')!;
    const jobs = r.matching.rows.find((x) => x.year === 2022 && x.item === '实现城镇新增就业35万人以上')!;
    expect(jobs).toMatchObject({
      status: 'done',
      outcome_value: 36.5,
      outcome_report_id: 'qingdao-2023-commitments',
      outcome_as_of: null,
      sources: 2,
    });
    const lines = r.matching.rows.find((x) => x.item === '优化调整公交线路80条')!;
    expect(lines).toMatchObject({ status: 'partly', outcome_value: 19, outcome_as_of: '2022-03-31' });
  });
});

describe('spans', () => {
  const corpus = [
    ...fs
      .readdirSync(LOCAL)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(LOCAL, f), 'utf8')),
    seed,
    seed2016,
    national.get(2016)!,
    national.get(2021)!,
  ];
  const lines = corpus.flatMap((t) => t.split('\n').filter((l) => l.trim()));
  const toTrad = OpenCC.Converter({ from: 'cn', to: 'hk' });

  it('every commitment and every outcome slices back to its text, whatever the document is made of', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: lines.length - 1 }), { minLength: 1, maxLength: 25 }),
        fc.constantFrom<DocKind>('work_report', 'commitments', 'progress'),
        fc.constantFrom('plain', 'traditional', 'crlf', 'fullwidth'),
        (picked, kind, form) => {
          let source = picked.map((i) => lines[i]).join('\n');
          if (form === 'traditional') source = toTrad(source);
          if (form === 'crlf') source = source.replace(/\n/g, '\r\n');
          if (form === 'fullwidth')
            source = source.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
          const r = readCommitments({ id: 'x', jurisdiction: 'x', doc_kind: kind, year: 2022, source });
          for (const c of [...r.commitments, ...r.statements]) {
            expect(source.slice(c.start, c.end)).toBe(c.item);
            expect(c.item.length).toBeGreaterThan(0);
          }
          const m = matchCommitments(r.commitments, r.statements, [{ id: 'x', doc_kind: kind, report_year: 2022 }]);
          for (const row of m.rows) {
            expect(source.slice(row.start, row.end)).toBe(row.item);
            if (row.outcome_text !== null)
              expect(source.slice(row.outcome_start!, row.outcome_end!)).toBe(row.outcome_text);
          }
          for (const v of m.review) expect(source.slice(v.start, v.end)).toBe(v.text);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the release', () => {
  it('commitments.csv with the contract columns, in bundle.json, the data package and yoy.xlsx; ambiguous outcomes in review.csv', () => {
    const dir = tmpdir('yoy-input-');
    const reports: object[] = [
      {
        id: 'shangcheng-2015',
        jurisdiction: 'shangcheng',
        jurisdiction_name: '上城区',
        level: 'district',
        report_year: 2015,
        path: 'shangcheng-2015.txt',
      },
      {
        id: 'shangcheng-2016',
        jurisdiction: 'shangcheng',
        jurisdiction_name: '上城区',
        level: 'district',
        report_year: 2016,
        path: 'shangcheng-2016-excerpt.txt',
        excerpt: true,
      },
    ];
    fs.copyFileSync(path.join(INPUT, 'shangcheng-2015.txt'), path.join(dir, 'shangcheng-2015.txt'));
    fs.copyFileSync(path.join(INPUT, 'shangcheng-2016-excerpt.txt'), path.join(dir, 'shangcheng-2016-excerpt.txt'));
    for (const d of labels.documents.filter((x) => x.jurisdiction === 'lianyungang')) {
      fs.copyFileSync(path.join(LOCAL, `${d.id}.txt`), path.join(dir, `${d.id}.txt`));
      reports.push({
        id: d.id,
        jurisdiction: d.jurisdiction,
        jurisdiction_name: '连云港市',
        level: 'city',
        kind: d.kind,
        covers_year: d.year,
        path: `${d.id}.txt`,
        excerpt: true,
        ...(d.as_of ? { as_of: d.as_of } : {}),
      });
    }
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports }));
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const header = fs
      .readFileSync(path.join(out, 'commitments.csv'), 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n')[0]
      .split(',');
    expect(header.slice(0, 23)).toEqual([
      'jurisdiction',
      'division_code',
      'year',
      'report_id',
      'item',
      'object',
      'value',
      'unit',
      'value_base',
      'unit_base',
      'qualifier',
      'start',
      'end',
      'outcome_value',
      'outcome_unit',
      'outcome_value_base',
      'outcome_report_id',
      'outcome_text',
      'outcome_start',
      'outcome_end',
      'outcome_as_of',
      'match_score',
      'status',
    ]);
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    const rows = bundle.commitments as Array<{
      jurisdiction: string;
      year: number;
      status: string;
      item: string;
      report_id: string;
      start: number;
      end: number;
    }>;
    const seedRows = rows.filter((x) => x.jurisdiction === 'shangcheng');
    expect(seedRows.length).toBeGreaterThanOrEqual(24);
    expect(new Set(seedRows.map((x) => x.status))).toEqual(new Set(['not_stated']));
    expect(rows.filter((x) => x.jurisdiction === 'lianyungang' && x.status === 'done').length).toBeGreaterThan(0);
    expect(bundle.counts.commitments).toBe(rows.length);
    const pkg = JSON.parse(fs.readFileSync(path.join(out, 'datapackage.json'), 'utf8'));
    expect(pkg.resources.map((x: { name: string }) => x.name)).toContain('commitments');
    const review = fs.readFileSync(path.join(out, 'review.csv'), 'utf8');
    expect(review).toMatch(/commitment,中小学,actual,2022.*adds up several commitments/);
  });
});
