// Refiner: figures in a plan that are not promises of work, though a verb stands near them.
//   a level of size to pass (建成10条超五百亿级的市域特色链, 2个产业链加快跨过千亿级): a size, not a count done
//   a count of programmes, policies, industries or reform items (实施3个“三年行动”, 落实32条政策, 推动2个千亿级产业链提质增效,
//     推进第一批12项重大改革事项落地见效): what is promised is their doing
//   a rate (提高到不低于740元/月): what follows the amount is the rest of its unit, not a thing counted
//   an indicator held at a level (确保粮食播种面积1520万亩): a target, not a work promised
//   a density (配置AED达每10万人45台): a ratio, neither of its figures a count promised
//   the size of projects (加快…690万千瓦火电项目建设, 建成…70万千瓦热电项目): it describes the projects
//   things that exist already, their running or function (3个省实验室…高效运行, 完善首批10个育新基地功能)
//   a bound of length or time (50米内换乘比例) · the base a plan builds on (在去年布局5个点位基础上)
//   a sum named only as the size of what is counted before it, with a neighbour's verb (…项目3800个，总投资1万亿元)
//   a rate per day (新增生化处理能力日均1200吨) · what each one gets (为…孤儿每人发放1万元助学金)
//   so many for each place (支持每个乡镇至少办好1所优质初中) · things run (运营好…4个国家区域医疗中心)
//   income earned (实现…劳务收入68亿元以上): a level people reach
//   a threshold of money before what is counted (实施500万元以上技改项目, 总投资10亿元以上项目): the size of
//     each, not a sum promised
//   the government's own budget lines (安排地方政府专项债券3.65万亿元, 中央预算内投资安排6100亿元): fiscal
//     arrangements, not sums promised for a named work · a standard per person raised by so much
//     (人均财政补助标准再增加30元; raised to a level, 人均补差水平…提高到653元, it is kept as standards are)
//   a threshold a rule sets, changed (增值税起征点从…3万元提高到10万元) · an upper bound of size before what it
//     qualifies (淘汰关停不达标的30万千瓦以下煤电机组) · a measured level to raise to (试点面积增加到3000万亩)
//   a sum named only by who spends it (其中中央政府拟新增1.18万亿元): it names no work
//   the year's new lending (新增贷款5万亿元以上): a monetary headline · a price per unit of a good (最低收购价平均每斤
//     分别提高0.11元)
//   a count of fields (抓好工业等17个领域碳达峰工作) · a length that places a thing (长江沿线1公里化工腾退地块)
//   the total investment of projects named (推介重大项目总投资不低于2000亿元) · a running total, 累计 before the
//     plan's own verb (累计培育100个标志性项目)
//   a forecast before the work (预计全年退税减税约2.5万亿元，其中…): what the plan expects, not what it promises
//     (after the work, …抓拍设施预计共70套, it is the figure of the work promised)
import { CLAUSE_END } from '../text.js';
import type { Item } from '../types.js';
import { unitBase, MONEY } from '../quantities.js';
import { normObject } from '../objects.js';
import { commitmentsLexicon, perCommitmentsLexicon } from '../../../lexicon/commitments.js';
import { drop, clauseStart } from './set-aside.js';

/** What is counted one by one (个, 人, 户): a size is measured in anything else (千瓦, 亿元, 平方米). */
const COUNTED = new Set(['count', 'persons', 'households', 'person_times']);

/** Length: a distance that places a thing after a word of where along a line. */
const LENGTH = 'm';

/** An object that is the rest of a rate's unit (元 then /月): nothing counted. */
const RATE_REST = /^\//;

/**
 * 支持每个乡镇至少办好1所…、每个县至少办好1所…: support to each place opens the clause, and the last 每个…
 * before the figure has no other figure after it.
 */
function distributive(before: string, LEX: ReturnType<typeof commitmentsLexicon>): boolean {
  if (!LEX.SUPPORT_EACH_RE.test(before)) return false;
  const each = [...before.matchAll(LEX.EACH_PLACE_RE)].pop();
  return each !== undefined && !/\d/.test(before.slice(each.index!));
}

/** 累计建成…, 累计培育…: a word of a running total right before the clause's own verb. */
function runningTotal(before: string, it: Item, LEX: ReturnType<typeof commitmentsLexicon>): boolean {
  if (!it.verb || it.verbInherited) return false;
  const at = before.lastIndexOf(it.verb);
  return at > 0 && LEX.RUNNING_TOTAL_END_RE.test(before.slice(0, at));
}

/** A count of enterprises as a stock (高新技术企业总量, “领跑者”企业总量保持在), in the units stocks are counted in (家). */
export function enterpriseStock(object: string, unit: string, LEX: ReturnType<typeof commitmentsLexicon>): boolean {
  const name = object.replace(LEX.INDICATOR_LEVEL_END_RE, '') || object;
  return LEX.STOCK_COUNT_UNIT_RE.test(unit) && LEX.ENTERPRISE_END_RE.test(name);
}

/** The figures listed before a figure, each with its unit and 、 or 和 (提高到653元、300元: 653元、). */
const figuresListedEnd = perCommitmentsLexicon(
  (LEX) => new RegExp(`(?:\\d+(?:\\.\\d+)?[^\\d、，,；;。]{0,3}(?:${LEX.PARTS_SPLIT.source}))+$`),
);

/** A full stop, a line's end, or a question or exclamation mark: where a sentence ends whatever its semicolons. */
const FULL_STOP = /[。！？!?\n]/;
/** The longest a list of targets runs before a figure of it. */
const TARGETS_SPAN = 400;

/** The words of the sentence before `at`, its semicolons and colons inside (主要预期目标是：…；…；农村贫困人口减少…). */
function wholeSentenceBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < TARGETS_SPAN && !FULL_STOP.test(text[from - 1])) from--;
  return text.slice(from, at);
}

/**
 * 试点面积增加到3000万亩: the words before a measured figure end with a link to a level (增加到), and the verb
 * is that link's own; 新增造林面积达到…, the year's own verb and then a level, promises what the year adds.
 */
function levelTo(words: string, it: Item, LEX: ReturnType<typeof commitmentsLexicon>): boolean {
  const link = LEX.LEVEL_TO_END_RE.exec(words);
  if (!link) return false;
  const increment = it.verb && !it.verbInherited && LEX.INCREMENT_RE.test(it.verb);
  return !increment || link[0].startsWith(it.verb);
}

export function refineNotPromised(text: string, items: Item[]): void {
  const LEX = commitmentsLexicon();
  for (const it of items) {
    if (it.dropped || it.role !== 'promise' || it.kind !== 'figure' || !it.q) continue;
    const q = it.q;
    const object = normObject(it.object);
    const before = text.slice(clauseStart(text, it, q.numFrom), q.numFrom);
    const base = unitBase(q.unit.replace(/\/.*$/, ''))?.base;
    // 开展30个县…提升行动: the count is of the places a programme is carried out in
    const places = it.rule === 'figure-object' && LEX.PLACE_START_RE.test(object);
    if (base === MONEY && LEX.BUDGET_LINE_RE.test(object))
      drop(it, `a budget line of the government's own ("${it.object}"), not a sum promised for a work`, 'attribute');
    else if (base === MONEY && LEX.SPENDER_ONLY.test(object))
      drop(it, `a sum named only by who spends it ("${it.object}"), no work it buys`, 'attribute');
    else if (base === MONEY && LEX.MONETARY_AGGREGATE_RE.test(object))
      drop(it, `a monetary headline ("${it.object}"), as M2, not a sum promised`, 'headline_indicator');
    else if (base === MONEY && LEX.PER_MEASURE_RE.test(object))
      drop(it, `a price per unit of a good ("${it.object}"), not a sum promised`, 'per_unit');
    else if (
      base === MONEY &&
      LEX.PER_CAPITA_RE.test(object) &&
      !LEX.LEVEL_TO_END_RE.test(text.slice(it.sentence.from, q.from).replace(figuresListedEnd(), ''))
    )
      drop(it, `a standard per person ("${it.object}"), not a sum promised`, 'per_unit');
    else if (LEX.THRESHOLD_END_RE.test(object))
      drop(it, `a threshold a rule sets ("${it.object}"), not a quantity promised`, 'attribute');
    else if (LEX.FORECAST_RE.test(text.slice(it.sentence.from, Math.min(it.from, q.from))))
      drop(it, 'a forecast, not a quantity promised', 'not_yet');
    else if (LEX.EXPECTED_TARGETS_RE.test(wholeSentenceBefore(text, q.numFrom)))
      drop(it, 'among the plan’s expected targets, which the dictionary reads: not a promise of work', 'plan_goal');
    else if (
      it.rule === 'figure-object' &&
      q.qualifier === 'at_most' &&
      q.to < it.sentence.to &&
      !CLAUSE_END[text.charCodeAt(q.to)]
    )
      drop(
        it,
        `an upper bound ("${text.slice(q.numFrom, q.to)}${it.object}"): the size of each, not a count`,
        'attribute',
      );
    else if (
      base !== undefined &&
      base !== MONEY &&
      !COUNTED.has(base) &&
      levelTo(text.slice(it.from, q.from), it, LEX)
    )
      drop(it, `a measured level to reach ("${it.object}"), not what is added`, 'headline_indicator');
    else if (
      // 2个千亿级产业链提质增效: the aim said of them is no part of what is counted
      (LEX.PROGRAMME_END_RE.test(object.replace(LEX.AIM_END_RE, '')) ||
        // 13条重点产业链和“5+5”先进制造业集群: the count is of the first of two things joined
        LEX.PROGRAMME_END_RE.test(object.split(LEX.PARTS_SPLIT)[0]) ||
        LEX.PROGRAMME_ITEM_RE.test(object)) &&
      LEX.PROGRAMME_UNIT_RE.test(q.unit) &&
      !places
    )
      drop(it, `counts programmes or policies ("${it.object}"), not things done`, 'text_parts');
    else if (LEX.DAILY_RATE_END_RE.test(text.slice(it.from, q.numFrom)))
      drop(it, 'a rate per day (a capacity), not a quantity done', 'attribute');
    else if (base === MONEY && !q.perUnit && LEX.PER_HEAD_RE.test(before))
      drop(it, 'what each one gets, not a sum promised', 'attribute');
    else if (base === MONEY && LEX.INCOME_END_RE.test(object))
      drop(it, `income earned ("${it.object}"), a level reached, not a sum promised`, 'headline_indicator');
    else if (LEX.SIZE_LEVEL_REACHED_RE.test(object))
      drop(it, `a level of size to reach ("${it.object}"), not things done`, 'headline_indicator');
    else if (it.rule === 'figure-object' && LEX.EXISTING_END_RE.test(object))
      drop(
        it,
        `things that exist already ("${it.object}"): their working is promised, not their number`,
        'already_done',
      );
    else if (it.verbInherited && base === MONEY && LEX.ATTRIBUTE_ONLY.test(it.object))
      // …重大项目1678个、年度投资1.1万亿元, 转移支付增加约1.5万亿元、规模近9.8万亿元: with a neighbour's verb
      drop(it, `the size of what the sentence counts before ("${it.object}"), not a sum promised`, 'attribute');
    else if (RATE_REST.test(it.object)) drop(it, `a rate ("${q.unit}${it.object}"), not a count promised`, 'attribute');
    else if (LEX.WITHIN_START_RE.test(text.slice(q.to, q.to + 2)))
      drop(it, `a bound ("${text.slice(q.numFrom, q.to + 1)}"): what follows is measured within it`, 'attribute');
    else if (base === MONEY && LEX.PROJECT_SIZE_END_RE.test(object))
      drop(it, `the size of the projects named ("${it.object}"), not a sum promised`, 'attribute');
    else if (runningTotal(before, it, LEX))
      drop(
        it,
        `a running total ("${LEX.RUNNING_TOTAL_END_RE.exec(before.slice(0, before.lastIndexOf(it.verb)))![0]}${it.verb}"), not what the year adds`,
        'not_one_year',
      );
    else if (it.rule === 'figure-object' && LEX.FIELD_START_RE.test(object) && LEX.PROGRAMME_UNIT_RE.test(q.unit))
      drop(it, `counts fields of a work ("${it.object}"), not things done`, 'text_parts');
    else if (it.rule === 'figure-object' && base === LENGTH && LEX.PLACING_END_RE.test(before))
      drop(
        it,
        `a distance that places the thing ("${before.slice(-4)}${text.slice(q.numFrom, q.to)}"), no work measured`,
        'attribute',
      );
    else if (LEX.BASIS_END_RE.test(object))
      drop(it, `the base a plan builds on ("${it.object}"): done already, not promised`, 'already_done');
    else if (
      LEX.INDICATOR_LEVEL_END_RE.test(object) &&
      // 新增通车里程400公里以上: what the year adds to an indicator's level is promised
      !(it.verb && !it.verbInherited && LEX.INCREMENT_RE.test(it.verb) && base !== MONEY) &&
      // 高新技术企业总量突破1.8万家: a counted stock of enterprises to reach, as 高新技术企业数量突破300家 (levels.ts)
      !enterpriseStock(object, q.unit, LEX)
    )
      drop(it, `an indicator held at a level ("${it.object}"): a target, not a work promised`, 'headline_indicator');
    else if (new RegExp(`${LEX.EACH}\\d`).test(before) || before.endsWith(LEX.EACH))
      drop(it, 'a density (so many for each so many), not a count promised', 'attribute');
    else if (distributive(before, LEX))
      drop(it, 'so many for each place a plan supports: a standard, not a count promised', 'attribute');
    else if (it.rule === 'figure-object' && it.verb && LEX.RUNNING_VERB_RE.test(it.verb))
      drop(
        it,
        `things that exist already, run ("${it.verb}"): their working is promised, not their number`,
        'already_done',
      );
    else if (
      it.rule === 'figure-object' &&
      base === MONEY &&
      (q.qualifier === 'at_least' || q.qualifier === 'at_most') &&
      q.to <= it.sentence.to &&
      !CLAUSE_END[text.charCodeAt(q.to)]
    )
      drop(
        it,
        `a threshold ("${text.slice(q.numFrom, q.to)}${it.object}"): the size of each, not a sum promised`,
        'attribute',
      );
    else if (
      it.rule === 'figure-object' &&
      base !== undefined &&
      !COUNTED.has(base) &&
      LEX.PROJECT_HEAD_RE.test(object) &&
      base !== MONEY
    )
      drop(it, 'the size of projects, not a quantity promised', 'attribute');
  }
}
