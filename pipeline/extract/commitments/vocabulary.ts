// The words the commitments reader knows: units of what is counted, the verbs of
// promises and of outcomes, the words that qualify a number, and the markers of
// lists, of time and of completion. No word here names a project: objects are read
// from the text as written, so a list of any jurisdiction reads the same way.
import { BASE_UNITS, MULTIPLIERS, escape } from '../vocabulary.js';
import type { Qualifier } from '../../core/model.js';

/** What is counted or measured, beyond the units of the headline figures: events, vehicles, areas in 公顷 and 亩, video channels (路). */
export const COUNT_UNITS: Record<string, { base: string; factor: string }> = {
  ...BASE_UNITS,
  场次: { base: 'count', factor: '1' },
  场: { base: 'count', factor: '1' },
  批次: { base: 'count', factor: '1' },
  栋: { base: 'count', factor: '1' },
  台: { base: 'count', factor: '1' },
  辆: { base: 'count', factor: '1' },
  艘: { base: 'count', factor: '1' },
  块: { base: 'count', factor: '1' },
  片: { base: 'count', factor: '1' },
  路: { base: 'count', factor: '1' },
  间: { base: 'count', factor: '1' },
  床: { base: 'count', factor: '1' },
  部: { base: 'count', factor: '1' },
  期: { base: 'count', factor: '1' },
  次: { base: 'count', factor: '1' },
  公顷: { base: 'm2', factor: '10000' },
  亩: { base: 'm2', factor: '666.6667' },
  立方米: { base: 'm3', factor: '1' },
  位: { base: 'count', factor: '1' },
  只: { base: 'count', factor: '1' },
};

/** Multipliers in front of a unit (万平方米, 亿元, 万人次). */
export { MULTIPLIERS };

const byLength = (a: string, b: string) => b.length - a.length;
export const alt = (words: readonly string[]) => [...words].sort(byLength).map(escape).join('|');

/** A unit as written after a number: an optional multiplier, then a unit (longest first). */
export const UNIT_RE = `(?:${alt(Object.keys(MULTIPLIERS))})?(?:${alt(Object.keys(COUNT_UNITS))})`;

/** Units a number in Chinese numerals may carry where it counts something (十件, 两处, 百家). */
export const ZH_COUNT_UNITS = [
  '个',
  '件',
  '项',
  '家',
  '所',
  '座',
  '处',
  '条',
  '名',
  '户',
  '套',
  '场',
  '幢',
  '张',
  '栋',
  '台',
  '辆',
  '片',
];

/** Standards per head or per period, written before the number: 每人每月1883元 is 元/人/月. */
export const PER_UNITS: Record<string, { unit: string; base: string }> = {
  每人每月: { unit: '/人/月', base: '/person/month' },
  每人每年: { unit: '/人/年', base: '/person/year' },
  每生每年: { unit: '/生/年', base: '/student/year' },
  每户每月: { unit: '/户/月', base: '/household/month' },
  每户每年: { unit: '/户/年', base: '/household/year' },
  年人均: { unit: '/人/年', base: '/person/year' },
  月人均: { unit: '/人/月', base: '/person/month' },
  人均每月: { unit: '/人/月', base: '/person/month' },
  人均每年: { unit: '/人/年', base: '/person/year' },
  每月: { unit: '/月', base: '/month' },
  每年: { unit: '/年', base: '/year' },
  每人: { unit: '/人', base: '/person' },
  每户: { unit: '/户', base: '/household' },
  每生: { unit: '/生', base: '/student' },
  每亩: { unit: '/亩', base: '/mu' },
  人均: { unit: '/人', base: '/person' },
};
export const PER_UNIT_RE = new RegExp(`(?:${alt(Object.keys(PER_UNITS))})$`);

/** Words before a number that qualify it. */
export const QUALIFIER_BEFORE: Record<string, Qualifier> = {
  不少于: 'at_least',
  不低于: 'at_least',
  至少: 'at_least',
  超过: 'at_least',
  逾: 'at_least',
  超: 'at_least',
  约: 'about',
  近: 'about',
  不超过: 'at_most',
};
/** Words after a number (and its unit) that qualify it. */
export const QUALIFIER_AFTER: Record<string, Qualifier> = {
  以上: 'at_least',
  左右: 'about',
  上下: 'about',
  以内: 'at_most',
  以下: 'at_most',
};

/**
 * Verbs of doing, as promises and outcomes are written (longest first when matched).
 * A clause's verb is found at the start of what stands before the number, or as
 * the last of them before a number that comes first (实施4600米河道水生态治理).
 */
export const VERBS = [
  '新(改、扩)建',
  '新(改)扩建',
  '新(改)建',
  '(改)扩建',
  '新改扩建',
  '新改建',
  '新扩建',
  '改扩建',
  '改扩',
  '新建',
  '改建',
  '扩建',
  '重建',
  '续建',
  '建设提升',
  '建设养护',
  '建设',
  '建成',
  '建好',
  '开工建设',
  '开工改造',
  '开工',
  '竣工',
  '完工',
  '交付',
  '投用',
  '投入使用',
  '改造提升',
  '提升改造',
  '改造建设',
  '巩固提升',
  '提质改造',
  '改造',
  '提升',
  '整治提升',
  '整治',
  '治理',
  '新增加',
  '新增',
  '增加',
  '增设',
  '扩增',
  '新招聘',
  '招聘',
  '招录',
  '培育',
  '培树',
  '培训',
  '培养',
  '认定',
  '创建',
  '创设',
  '创成',
  '打造',
  '打通',
  '实施',
  '完成',
  '实现',
  '开展',
  '举办',
  '组织',
  '提供',
  '筹集',
  '筹建',
  '启动',
  '配发',
  '发放',
  '资助',
  '补助',
  '救助',
  '帮扶',
  '帮助',
  '扶持',
  '引进',
  '招引',
  '铺设',
  '更新',
  '拆除',
  '拆迁',
  '安置',
  '设置',
  '配置',
  '配备',
  '挖潜',
  '接入',
  '优化调整',
  '新开',
  '开通',
  '开行',
  '购买',
  '采购',
  '落实',
  '推动',
  '推进',
  '覆盖',
  '惠及',
  '办理',
  '办好',
  '安排',
  '计划投资',
  '修复整治',
  '修复',
  '恢复重建',
  '维修加固',
  '维修',
  '加固',
  '新植',
  '种植',
  '造林',
  '改善',
  '建立',
  '设立',
  '成立',
  '筛查',
  '接种',
  '签约',
  '体检',
  '吸纳',
  '带动',
  '转移',
  '淘汰',
  '关停',
  '清理',
  '清除',
  '疏浚',
  '出让',
  '送',
  '提高',
  '新开工',
  '出台',
  '举行',
  '解决',
  '监控',
  '监测',
  '上调',
  '给予',
  '收治',
  '救治',
  '参加',
  '参与',
  '享受',
  '运营',
  '上线',
];
export const VERB_RE = new RegExp(`(?:${alt(VERBS)})`, 'y');
export const VERB_ANYWHERE = new RegExp(`(?:${alt(VERBS)})`, 'g');

/** Verbs that may stand before a count in Chinese numerals (建成一座, 办好十件, 新建两处). */
export const ZH_NUMERAL_VERBS = [
  '新建',
  '建成',
  '建设',
  '改造',
  '办好',
  '办',
  '实施',
  '完成',
  '新增',
  '打造',
  '推动',
  '覆盖',
  '改建',
  '扩建',
  '新改扩建',
  '创建',
  '培育',
  '引进',
];
/** Only these, before 一 with a unit of a building or a place, make it a count and not an article (建设一个…的政府 is an aim). */
export const ONE_VERBS = ['新建', '建成'];
export const ONE_UNITS = ['座', '所', '处', '个'];

/** Words in front of a clause that are not its verb or its object. */
export const MODALS_RE =
  /^(?:(?:[一二三四五六七八九十]是|\d{4}年|今年|明年|全年|年内|年底前|继续|持续|将|拟|计划(?!投资|完成)|确保|力争|争取|要|再|进一步|积极|加快|大力|重点|全面|深入|共|累计|同时|并|还|另|另外|其中|努力|已经|已|又|首批|全市|全区|全县|全省|全国|全镇|在全市|在全区|市级|区级|县级|省级|重点|统筹|逐步|分别|合计|共计|总计|预计)[,，]?)+/;
/** What may stand alone before a number as an attribute of the previous clause's object (改造南山路段,全长约7.5公里). */
export const ATTRIBUTE_ONLY = /^(?:全长|总长|长|长度|合计|共计|总计|共|总面积|面积|建筑面积|规模|总规模|总投资|其中)$/;

/** Words that start what is said of the counted object after a number that comes first: 帮助3800名就业困难人员实现再就业. */
export const PREDICATE_RE =
  /实现|享受|参与|参加|开展|进行|接受|获得|赴|挂职|参保|入住|纳入|免费|已|正在|提供|完成|建成|达到|落实|列入|得到|用于/;

/** A clause that looks forward or is in progress: not an outcome. */
export const NOT_YET_RE =
  /明年|下一步|下步|今后|后续|正在|力争|争取|(?:计划|拟)(?:于|在|到|今年|明年|年内|年底|完成|开工|建成|实施|投资|新建|建设)|将于|将在|预计|有望|即将|有待|待定|尚未|未完成|前期|启动前|基本达序时进度|达序时进度/;

/** A count of the list itself: 十件民生实事, 32件实事, 39个具体项目. */
export const LIST_OBJECT_RE =
  /^(?:重点)?(?:民生实事|实事|为民办实事|为民办实事项目|民生实事项目|实事项目|具体项目|具体任务|民生工程|惠民实事|民生项目)/;
/** Verbs that promise a list (办好十件民生实事, 拟办32件实事, 将实施39个具体项目). */
export const LIST_VERB_RE = /(?:办好|拟办|要办|办|实施|推进)(?:这|好)?$/;
/** What a later text says of a whole list: 十件民生实事全面完成, 32件民生实事全部完成年度目标, 高质量办好50件民生实事. */
export const LIST_DONE_RE = /(?:全面完成|全部完成|已全面完成|已全部完成|顺利完成|圆满完成|全部办结|如期完成|全部兑现)/;
export const LIST_DONE_BEFORE_RE = /(?:办好|办成|完成)$/;

/** Completion without a figure: 全线贯通, 建成投用, 项目率先完成. */
export const DONE_RE =
  /全线贯通|贯通|全面完成|全部完成|已完成|顺利完成|率先完成|如期完成|提前完成|建成投用|建成投运|投入使用|投用|通车|竣工|完工(?!作)|的完成|实现全覆盖|全面建成|建成使用/;

/** The stage a verb names: started (开工) or finished (竣工); a promise to do a thing names neither. */
export function stageOf(verb: string): 'start' | 'finish' | 'none' {
  const start = /开工|启动|动工/.test(verb);
  const finish = /竣工|完工|交付|投用|投入使用/.test(verb);
  return start && !finish ? 'start' : finish && !start ? 'finish' : 'none';
}

/** An increment (新增, 新建) as against a stock (总数, 共有): new places are not a total. */
export const INCREMENT_RE = /新增|新建|增加|扩增|增设|新招聘|新开|新植|新改扩建|新改建|改扩建|扩建/;
export const STOCK_RE = /总数|总量|总计|保有量|共有|拥有|现有|达到|总规模|累计达/;

/** A change from a base (比去年增加5600亿元) is not a promised quantity. */
export const CHANGE_RE =
  /(?:比|较)(?:去年|上年|上年同期|改革前|\d{4}年)?[^,，;；。]{0,8}?(?:增加|减少|多|少|提高|下降|增长)了?$/;

/** List markers at the start of a line: 1. / 1、 / 1。 / 1 | (a table's row number) / 一、 / (一) / (1) / 第一件: / ■. */
export const LIST_MARKER =
  /^[ \t]*(?:(\d{1,2})[ \t]*[.、．。|](?!\d)|([一二三四五六七八九十]{1,3})[、.．]|[(（]([一二三四五六七八九十\d]{1,3})[)）]|第([一二三四五六七八九十\d]{1,3})[件项条个][:：]|([■●◆★▲]))/;
/** Inline enumerations: 一是…二是…. */
export const INLINE_ORDINAL = /([一二三四五六七八九十])是/g;
/** Words that introduce a list in prose: 主要包含以下8个方面: / 如下: / 包括: */
export const LIST_INTRO_RE = /(?:以下[^。:：\n]{0,12}|如下|包括|主要有|分别是)[:：]/;
/** A commentary in a news article about a list: what follows it is not the promise. */
export const COMMENTARY_RE = /^\s*(?:解读|点评|延伸阅读|记者观察)[:：]/;
/** An opening that talks about a past year: 2022年,… / 刚刚过去的2020年 / 去年. */
export const PAST_YEAR_RE = /(?:刚刚过去的|过去的|回顾)?(\d{4})年(?:度)?(?:[,，]|以来|里|中|全年)|^去年/;

/** After a figure, a target restated: 超额完成40所的年度目标任务. */
export const RESTATED_TARGET_RE = /^的(?:年度|全年|年初)?(?:目标任务|目标|任务|计划)/;

/** In a progress notice: what labels the outcome of an item (进展情况:). */
export const PROGRESS_LABEL_RE = /进展情况|完成情况|实施情况|推进情况/;
/**
 * In a plan, words of what was already done: 已经组织了, 这几年…进行了 (为了, 除了 are no past;
 * 去年 and 上年 are bases of comparison in plans: 由上年18亿元增加到95亿元).
 */
export const ALREADY_DONE_RE = /已经|这几年|近几年|(?<![为除])了(?!解)/;
/** Words that report how far a thing went (已开工10所, 累计完成150公里, 完成率60%, 正在推进): not a promise restated. */
export const PROGRESS_WORD_RE = /已|累计|截至|截止|完成率|进度|建成|完工|竣工|正在|推进|全部完成|全面完成|超额/;
/** In a progress notice: the promise restated (目标任务为:开工改造小区1500个). */
export const TARGET_LABEL_RE = /(?:目标任务|年度目标|任务目标|建设目标|目标)(?:为|是)[:：]?/g;

/** Objects that name no thing counted but the parts of a text or a plan: 三个方面, 三项举措. */
export const META_OBJECT_RE =
  /^(?:方面|领域|措施|举措|工作|任务|方针|原则|目标|要求|环节|重点|问题|大类|类|件事|方面工作|项工作|个方面)/;

/** Prefixes of an object that do not change what is counted (全市, 各类): taken off before objects are compared. */
export const OBJECT_PREFIX_RE =
  /^(?:全市|全区|全县|全省|全国|全镇|城区|市区|各类|各级|一批|共|累计|新|年度|今年|全年|面向全市|面向|为|对|在|其中)+/;
/** Words at the end of an object that name the activity, not the thing: 农村幸福院建设 counts 幸福院. */
export const ACTIVITY_SUFFIX_RE =
  /(?:建设|工程|项目|改造|提升|治理|整治|服务|行动|工作|示范点|试点|活动|任务|改造项目|提升工程|建设项目)$/;
/** Heads that are the same thing: 泊位 and 车位; 中小学 and 学校. */
export const HEAD_SYNONYMS: string[][] = [
  ['泊位', '停车位', '车位'],
  ['中小学', '中小学校', '学校', '学'],
  ['人员', '人'],
  ['公厕', '厕所'],
];
