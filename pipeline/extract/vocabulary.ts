// The words of the reports that the rules read: numbers, units, qualifiers,
// verbs of change and the markers of figures that are not year-over-year.
// Everything language-specific lives here; the rules only assemble it.
import type { Qualifier } from '../core/model.js';

/** A decimal as written after normalisation (full-width digits are already folded). */
export const NUMBER = String.raw`\d+(?:\.\d+)?`;

/** Multipliers written in front of a unit: 万亿元 is 亿 × 万 × 元. */
export const MULTIPLIERS: Record<string, string> = {
  万亿: '1e12',
  千亿: '1e11',
  百亿: '1e10',
  亿: '1e8',
  千万: '1e7',
  百万: '1e6',
  万: '1e4',
  千: '1e3',
};

/** Base units: what a stated unit becomes in value_base / unit_base. */
export const BASE_UNITS: Record<string, { base: string; factor: string }> = {
  元: { base: 'CNY', factor: '1' },
  美元: { base: 'USD', factor: '1' },
  人次: { base: 'person_times', factor: '1' },
  人: { base: 'persons', factor: '1' },
  名: { base: 'persons', factor: '1' },
  户: { base: 'households', factor: '1' },
  个: { base: 'count', factor: '1' },
  项: { base: 'count', factor: '1' },
  家: { base: 'count', factor: '1' },
  件: { base: 'count', factor: '1' },
  处: { base: 'count', factor: '1' },
  幢: { base: 'count', factor: '1' },
  座: { base: 'count', factor: '1' },
  所: { base: 'count', factor: '1' },
  套: { base: 'count', factor: '1' },
  张: { base: 'count', factor: '1' },
  条: { base: 'count', factor: '1' },
  平方米: { base: 'm2', factor: '1' },
  平方公里: { base: 'm2', factor: '1e6' },
  公里: { base: 'm', factor: '1000' },
  千米: { base: 'm', factor: '1000' },
  米: { base: 'm', factor: '1' },
  吨: { base: 'kg', factor: '1000' },
  斤: { base: 'kg', factor: '0.5' },
  千瓦: { base: 'kW', factor: '1' },
};

/** Percent-like units. */
export const PERCENT_UNITS: Record<string, { base: string; factor: string }> = {
  '%': { base: 'percent', factor: '1' },
  '‰': { base: 'percent', factor: '0.1' },
  个百分点: { base: 'percentage_points', factor: '1' },
};

const byLength = (a: string, b: string) => b.length - a.length;
const alt = (words: string[]) => words.slice().sort(byLength).map(escape).join('|');
export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * 亿元, 万人, 平方米, %, 个百分点 ... (multiplier optional, longest first). The percent-like units are
 * tried first: 0.1个百分点 is percentage points, not 0.1 of the count unit 个.
 */
export const UNIT = `(?:${alt(Object.keys(PERCENT_UNITS))}|(?:${alt(Object.keys(MULTIPLIERS))})?(?:${alt(Object.keys(BASE_UNITS))}))`;

/** Words in front of a number that qualify it. Longest first, so 不低于 is not read as 低于. */
export const QUALIFIER_BEFORE: Record<string, Qualifier> = {
  不低于: 'at_least',
  不少于: 'at_least',
  至少: 'at_least',
  超过: 'at_least',
  突破: 'at_least',
  迈上: 'at_least',
  跨上: 'at_least',
  跃上: 'at_least',
  站上: 'at_least',
  逾: 'at_least',
  超: 'at_least',
  高于: 'at_least',
  不超过: 'at_most',
  不高于: 'at_most',
  低于: 'at_most',
  控制在: 'at_most',
  约: 'about',
  近: 'about',
};

/** Words after a number (and its unit) that qualify it. 左右 wins over 控制在 and 以内. */
export const QUALIFIER_AFTER: Record<string, Qualifier> = {
  左右: 'about',
  上下: 'about',
  以上: 'at_least',
  多: 'at_least',
  余: 'at_least',
  以内: 'at_most',
  以下: 'at_most',
};

export const QUALIFIER_BEFORE_RE = alt(Object.keys(QUALIFIER_BEFORE));
export const QUALIFIER_AFTER_RE = alt(['左右', '上下', '以上', '以内', '以下']);

/** Verbs of change before a percentage: the sign of the figure. */
export const RISE_RE = alt([
  '增长',
  '上涨',
  '上升',
  '增加',
  '提高',
  '增速为',
  '增速',
  '涨幅为',
  '涨幅',
  '增幅为',
  '增幅',
  '增',
]);
export const FALL_RE = alt(['下降', '降低', '减少', '回落', '下调']);

/**
 * Words that may stand between an indicator's name and its figure. They link, they
 * do not change the meaning. Kept short so a figure far from its name is not read.
 */
export const LINKS = [
  '实现',
  '完成',
  '达到',
  '达',
  '为',
  '是',
  '预计',
  '总量',
  '总额',
  '金额',
  '规模',
  '稳定在',
  '保持在',
  '增加到',
  '提高到',
  '上升到',
  '回落到',
  '降到',
  '降至',
  '下降到',
  '定为',
  '设定为',
  '预期为',
  '预期',
  '目标为',
  '目标是',
  '目标定为',
  '初步核算',
  // 城镇调查失业率均值5.2%, 平均为5.3%: a rate's year is the average of its months
  '均值',
  '平均值',
  '平均为',
  '全年',
  '同比',
  '比上年',
  '较上年',
  '比去年',
  '按可比价格计算',
  '实际',
  '名义',
  '继续',
  '力争',
  '确保',
  '预计',
  '拟按',
  // 地区生产总值按增长5%安排: a target set as what the budget is planned on
  '按',
  '拟安排',
  '安排',
  '拟',
  '要',
  '年末',
  '全年',
  '同口径',
  '按同口径计算',
  '可比口径',
  '按可比口径计算',
  '共',
  '保持',
  // 涨幅在3%以内: 在 links only where a figure follows at once (a figure must follow every link)
  '在',
];
export const LINKS_RE = alt(LINKS);

/**
 * Markers of a figure that is not the jurisdiction's year-over-year figure:
 * averages and totals over several years, a month's or a quarter's figure.
 */
export const MULTI_YEAR_RE =
  /年均|平均每年|年平均|累计|五年|三年|两年|十年|四年|前四年|近三年|近年来|以来|翻一番|翻番|“十[一二三四五]五”|十[一二三四五]五(?:期间|时期|规划)?|比\d{4}年|是\d{4}年的|(?:与|同)\d{4}年(?:相比|比较)|(?:从|由)\d{4}年|\d{4}年(?:至|到|-|—)\d{4}年|的\d+(?:\.\d+)?倍|[一二三四五六七八九十]+月份?|一季度|二季度|三季度|四季度|前三季度|上半年|下半年|季度|月末|今后五年|未来五年/;

/**
 * A plan's first or last year named as such: 2025年是“十四五”收官之年, 标志着“十四五”圆满收官,
 * “十四五”规划冲刺收官、“十五五”规划谋篇布局之年. It speaks of that one year, not of the plan's five.
 */
export const PLAN_YEAR_RE =
  /“?十[一二三四五六]五”?(?:规划)?(?:冲刺|顺利|圆满|胜利|完美)?(?:收官|开局|起步|谋篇布局|谋划)(?:之年)?/g;

/**
 * Words that turn a review paragraph to several years, and what follows it until a
 * paragraph turns back to one year: 五年来, 过去五年, “十四五”时期, 极不平凡的五年.
 */
export const SEVERAL_YEARS_SCOPE_RE =
  /过去五年|过去的五年|这五年|近五年|五年来|五年间|本届政府|十年来|“十[一二三四五]五”(?:时期|期间|以来|的五年)|十[一二三四五]五(?:时期|期间)|的五年(?!规划)/g;

/** Words that turn a review paragraph back to one year: 过去一年, 一年来, 刚刚过去的2025年, 2025年，, 今年. */
export const ONE_YEAR_SCOPE_RE = /过去一年|过去的一年|一年来|去年|刚刚过去的|\d{4}年[，,]|今年/g;
/**
 * Weaker words of one year, which a word of several years after them overrides: a paragraph
 * that opens with its year (2025年是很不平凡的一年, not 2021年以来), …的一年. A plan's last year
 * (PLAN_YEAR_RE) is one of them: 2025年是“十四五”收官之年。五年来… turns to the five years.
 */
export const ONE_YEAR_OPENING_RE = /^\d{4}年(?![以至到—–-])|的一年/g;

/** A salutation that opens a paragraph and says nothing of its scope: 各位代表！ */
export const SALUTATION_RE = /^\s*各位代表[！!：:，,]?\s*/;

export const TARGET_CUE_RE =
  /预期目标|主要目标|目标任务|发展目标|目标是|目标为|目标定为|的目标|目标|力争|确保|拟安排|拟按|计划|要实现|预期/;
export const ESTIMATE_RE = /预计/;

/** A paragraph that announces the year's targets: the rest of it, and the next paragraph when it ends there, are targets. */
export const TARGETS_HEADER_RE = /(?:预期目标|主要目标|发展目标)(?:建议)?(?:是|为|如下|确定为|设定为)?(?:[:：]|——)/;

/** Characters that mark an item of a list at the start of a line or clause: ●城镇新增就业70万人以上, ——地区生产总值增长7%. */
export const LIST_MARKERS = '●■◆◇▲△★☆□○•▪►▶';
export const LIST_MARKER_RE = new RegExp(`^\\s*(?:[${LIST_MARKERS}]|——|—)\\s*`);
/** A numbered item of a list (1. · 2、 · (3) · 四、 · 五是 · ⑥): after a targets header, the next target (not 1.5万人). */
export const NUMBERED_ITEM_RE =
  /^\s*(?:\d{1,2}[.、](?!\d)|[(（]\d{1,2}[)）]|[(（]?[一二三四五六七八九十]{1,2}(?:[)）、]|是)|[\u2460-\u2473])\s*/;

/** A line that announces the year's targets without a colon, the list following it: 2015年预期总目标 · ■ 2025年经济社会发展的主要预期目标. */
export const TARGETS_HEADING_RE =
  /^(?:\d{4}年|今年)?[^。；;，,:：\d]{0,20}(?:主要预期目标|预期总目标|预期目标|主要目标|发展目标)$/;

/** A figure that a plan reaches for beyond its target: 生产总值增长11%、力争达到11.5%. */
export const STRETCH_RE = /(?:力争|争取|努力)(?:达到|实现)?/y;

/** Words that, after a figure, say how it compares with a target rather than restate it: 增长11.6%、低于预期目标. */
export const COMPARED_WITH_TARGET_RE = /低于|高于|超过|超出|好于|未达|未能|没有达到|完成|实现/;

/** Words of one year that free a clause from a topic of several years before it: 去年下半年…，全年进出口总额2.2万亿美元. */
export const ONE_YEAR_RE = /全年|当年|今年/;

/** A figure with its unit, for telling a clause that states a figure of its own from a topic (过去五年,). */
export const FIGURE_WITH_UNIT_RE = new RegExp(`${NUMBER}\\s?(?:${UNIT})`);

/** Words that stand for two jurisdictions' parts at once: 城乡居民人均可支配收入 is 城镇… and 农村…. */
export const SPLIT_PREFIXES: Record<string, string[]> = { 城乡: ['城镇', '农村'] };

/** Subject words for the jurisdiction itself besides its own name: 该省, 该市. */
export const THIS_JURISDICTION = ['该省', '该市', '该区', '该县', '该州'];
/** What a jurisdiction's name may end with, and be written without (云南省 → 云南, 上城区 → 上城). */
export const JURISDICTION_SUFFIX = /(?:省|市|区|县|州|旗|自治区|自治州|自治县|特别行政区)$/;

/** Targets set in words (parsers/word-targets.ts). In step: <names>(增长)与|和 <reference>(增长|发展)(基本)同步. */
export const IN_STEP_WORDS = {
  /** between the reference's name and 同步 */
  between: /^(?:增长|发展)?(?:基本|保持|大体|实现)?$/,
  /** a word for the whole economy as the reference, right before 同步: 与经济发展同步, 与经济同步增长 */
  reference: /经济(?:发展|增长)?(?:基本|保持|大体)?$/,
  /** the indicator that word stands for */
  economy: 'gdp',
};
export const IN_STEP_TAIL_RE = /(?:增长|提高)?/y;
/** A quota: the level above sets the number (完成国家下达目标任务, 完成“十四五”国家考核目标, 完成省定目标, 控制在省下达的目标以内). */
export const QUOTA_RE =
  /(?:全面|圆满)?(?:完成|实现|达到)(?:或超额完成)?[^,，;；。]{0,6}?(?:(?:国家|省|市|上级|中央)?(?:下达|考核|分解)|(?:国家|省|市|上级)(?:确定|定))的?[^,，;；。]{0,12}?(?:目标任务|目标|任务|指标)|控制在(?:国家|省|市|上级)?下达的?(?:目标|指标|计划)(?:以内|范围内)?/g;
/** A report that declines to set a number: 不设GDP增速指标, 没有提出全年经济增速具体目标, 经济增速不设具体目标. */
export const DECLINE_BEFORE_RE =
  /(?:不设|不再设|不设定|不再设定|没有设定|未设定|没有提出|未提出|不提出|不再提出)(?:置)?(?:具体的?|明确的?)?(?:全年|今年)?(?:的)?$/;
export const DECLINE_WORD_RE = /不设|不再设|没有设定|未设定|没有提出|未提出|不提出|不再提出/;
export const DECLINED_TAIL_RE = /(?:增速|增长速度|增长)?(?:的)?(?:具体|量化|预期)?(?:目标|指标)/y;
export const DECLINE_AFTER_RE =
  /(?:增速|增长速度|增长)?(?:目标)?(?:不设|不再设|不设定|不提出|不再提出)(?:具体|量化|预期)?(?:目标|指标)?/y;
