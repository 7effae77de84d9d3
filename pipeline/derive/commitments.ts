// Promises against what later documents say. Each commitment of a year is set
// beside the statements that report on the same year in the same jurisdiction:
// the next year's work report, progress notices (interim ones carry as_of), a
// later list. The wording differs between promise and report (新增社区食堂8家 →
// 建成社区食堂9家; 1.5万个 → 逾1.5萬個), so a match is judged on what is counted
// (the object, its head noun, the base unit), in context, and scored; what must
// not match is set apart by rule (parking lots are not parking spaces; started is
// not finished; new places are not a total). A statement that fits two promises
// about as well, or adds several up, goes to review.csv with the reason, never to
// one of them by guess.
import type { CommitmentRecord, StatementRecord } from '../extract/commitments/index.js';
import { commitmentsLexicon, perCommitmentsLexicon } from '../lexicon/commitments.js';
import { lexicon } from '../lexicon/index.js';
import {
  normObject,
  headOf,
  headsAgree,
  withoutCapacity,
  spreadIn,
  abbreviatedIn,
  kindsOfOne,
  otherOrder,
  PUNCT,
  sharedTail,
  dice,
  stepDone,
  withoutEnterpriseWord,
  namedByAlias,
  thingBeforeWork,
  LIST_COMMA,
} from '../extract/commitments/objects.js';
import { TABLE_TARGET_RULE } from '../extract/commitments/parsers/table.js';
import { coverage, type Coverage, type DocumentInfo, type MissingReason } from './outcomes.js';
import { isDue } from './input-date.js';
import { escape } from '../extract/vocabulary.js';
import type { DocKind, Qualifier } from '../core/model.js';

export { normObject, headOf, spreadIn };

export type CommitmentStatus = 'done' | 'partly' | 'done_no_figure' | 'not_stated' | 'pending';

export interface CommitmentRow {
  jurisdiction: string;
  year: number;
  report_id: string;
  item: string;
  object: string;
  value: number;
  unit: string;
  value_base: number | null;
  unit_base: string | null;
  qualifier: Qualifier;
  start: number;
  end: number;
  outcome_value: number | null;
  outcome_unit: string | null;
  outcome_value_base: number | null;
  outcome_report_id: string | null;
  outcome_text: string | null;
  outcome_start: number | null;
  outcome_end: number | null;
  outcome_as_of: string | null;
  match_score: number | null;
  status: CommitmentStatus;
  /** for not_stated: whether later documents of the jurisdiction on the year are in the input and silent, or none is */
  missing_reason: MissingReason | null;
  text: string;
  verb: string;
  value_low: number | null;
  value_high: number | null;
  baseline: number | null;
  kind: 'figure' | 'list';
  rule: string;
  doc_kind: DocKind;
  outcome_kind: 'figure' | 'no_figure' | 'list_done' | null;
  outcome_source: DocKind | null;
  outcome_sentence: string | null;
  /** how many later statements were matched to it (the chosen one is shown) */
  sources: number;
  review_reason: string | null;
}

/** A row of review.csv: the candidate outcome, grounded in its document, and why a person must decide. */
export interface CommitmentReviewRow {
  report_id: string;
  jurisdiction: string;
  report_year: number;
  indicator: string;
  indicator_label: string;
  kind: 'actual';
  period: number;
  period_source: 'stated';
  measure: 'level';
  value: number | null;
  unit: string | null;
  value_low: null;
  value_high: null;
  qualifier: Qualifier | null;
  estimated: false;
  value_base: number | null;
  unit_base: string | null;
  text: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
  override: null;
  sentence: string;
  doc_kind: DocKind;
  source_url: null;
  publisher: null;
  as_of: string | null;
  review_reason: string;
}

/** One statement matched to one commitment. */
export interface Match {
  commitment: CommitmentRecord;
  statement: StatementRecord;
  score: number;
  rule: string;
}

export interface CommitmentMatching {
  rows: CommitmentRow[];
  review: CommitmentReviewRow[];
  /** every statement attached to a commitment (a commitment shows the one chosen by precedence) */
  matches: Match[];
}

/** Below this a statement is not read as reporting on a commitment. */
export const MATCH_THRESHOLD = 0.55;
/**
 * Below this a match of a different-looking object is not trusted enough to set a figure
 * beside a promise: it goes to review.csv instead (a wrong outcome is worse than none).
 */
export const TRUST_THRESHOLD = 0.72;
/** The similarity of two objects named by the same example (sharedExample): as close as one inside the other. */
const SHARED_EXAMPLE = 0.85;
/** Two candidates closer than this are ambiguous. */
const AMBIGUOUS_MARGIN = 0.08;

// ---------------------------------------------------------------- comparing objects

/** Similarity of two objects: shared pairs of characters, and one contained in the other. */
function objectSimilarity(a: string, b: string): number {
  const x = normObject(a),
    y = normObject(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  if (namedByAlias(a, b)) return OTHER_ORDER;
  // (…or their heads, a word of work after one aside: 护眼照明教室 and 教室护眼照明改造)
  if (otherOrder(x, y) || otherOrder(headOf(x), headOf(y))) return OTHER_ORDER;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const contained = long.includes(short) || spreadIn(short, long) ? 0.7 + 0.3 * (short.length / long.length) : 0;
  // (单项冠军企业 in 制造业单项冠军: the word of enterprise left off one name)
  const [bx, by] = [withoutEnterpriseWord(x), withoutEnterpriseWord(y)];
  const bare =
    (bx !== x || by !== y) && (bx.endsWith(by) || by.endsWith(bx))
      ? 0.7 + 0.3 * (Math.min(bx.length, by.length) / Math.max(bx.length, by.length))
      : 0;
  return Math.max(dice(x, y), contained, bare, headsContained(x, y), kindsOfOne(a, b) ? LISTED_KINDS : 0);
}

/** The similarity of one name said in two orders (otherOrder). */
const OTHER_ORDER = 0.9;

/** The similarity of one thing listed by its kinds in other words (kindsOfOne). */
const LISTED_KINDS = 0.8;

/**
 * The same thing named with other words of activity: 交通堵乱点 in 中心城区交通堵点乱点分类治理, once the
 * words of activity are off both (headOf). The shorter head must say what it is (four characters).
 */
function headsContained(x: string, y: string): number {
  const hx = headOf(x),
    hy = headOf(y);
  if (hx === x && hy === y) return 0;
  const [short, long] = hx.length <= hy.length ? [hx, hy] : [hy, hx];
  if (short.length < 4) return 0;
  return long.includes(short) || spreadIn(short, long) ? 0.7 + 0.3 * (short.length / long.length) : 0;
}

/** One object names the other: whole, or with words more inside it, or so once the words of activity are off. */
function namesSame(a: string, b: string): boolean {
  const x = normObject(a),
    y = normObject(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) || spreadIn(short, long) || headsContained(x, y) > 0 || kindsOfOne(a, b);
}

/** The length of a word of each or all (各) that may stand before general words with no name between. */
const EACH_WORD = 1;

/** The length of a bare noun (学校, 医院): a name no longer than this says little of what is counted. */
const BARE_NOUN = 2;

/** A figure far from the promise's (under a fifth, over five times): more likely another thing's. */
function farFrom(c: CommitmentRecord, s: StatementRecord): boolean {
  if (!c.value_base || s.value_base === null) return false;
  const r = s.value_base / c.value_base;
  return r > 5 || (isFinal(s, c.year) && r < 0.2);
}

/** The similarity of people counted by the same work, one side naming no one (peopleByWork). */
const PEOPLE_BY_WORK = 0.8;

/**
 * 新建改扩建学校10所 for 新建改扩建中小学、幼儿园9所: a name of the thing of every kind (学校: words.general_names) counts
 * all the kinds a promise lists, where one of them is written as that name is (中小学).
 */
function generalOfListed(promised: string, done: string): boolean {
  const { GENERAL_NAMES, AND_ALL_RE } = commitmentsLexicon();
  // (中小学、幼儿园; 幼儿园和中小学)
  const kinds = promised.split(AND_ALL_RE);
  if (kinds.length < 2) return false;
  const said = done.replace(PUNCT, '');
  const general = GENERAL_NAMES.find((w) => said.endsWith(w));
  if (!general) return false;
  const as = normObject(general);
  return kinds.some((k) => normObject(k).endsWith(as));
}

/**
 * 提升5.6万农村人口供水保障水平 and 受益农村人口5.87万人 (`reached`, the people after the word of benefit): a level
 * raised for the people counted is the reach of the work that raises it, where the outcome's sentence names that
 * level's field (供水) as well.
 */
function levelRaisedFor(c: CommitmentRecord, s: StatementRecord, reached: string | undefined): boolean {
  const { PEOPLE_LEVEL_END_RE, PEOPLE_LEVEL_VERB_RE, COUNTED_PEOPLE, REACH_VERBS } = commitmentsLexicon();
  if (c.unit_base !== PERSONS || !PEOPLE_LEVEL_VERB_RE.test(c.verb) || !PEOPLE_LEVEL_END_RE.test(c.object))
    return false;
  if (!reached && !REACH_VERBS.some((w) => s.verb.endsWith(w))) return false;
  // the level's own words, its people and its word of level aside (供水保障, 饮水)
  let field = c.object.replace(PEOPLE_LEVEL_END_RE, '');
  for (const w of COUNTED_PEOPLE) field = field.split(w).pop()!;
  const said = s.text.replace(PUNCT, '');
  for (let i = 0; i + KIND_WORD <= field.length; i++) if (said.includes(field.slice(i, i + KIND_WORD))) return true;
  return false;
}

/**
 * 农村供水保障工程…受益人口12万人 and 完成…项目17个，受益人口8.6万人: people named by the word of their benefit count
 * the reach of a work, and answer a promise of the same people reached by a work (受益, 惠及), whichever work each
 * names.
 */
function reachOfSamePeople(c: CommitmentRecord, s: StatementRecord): boolean {
  const { REACHED_PEOPLE_RE, REACH_VERBS, COUNTED_PEOPLE } = commitmentsLexicon();
  if (c.unit_base !== s.unit_base || (c.unit_base !== PERSONS && c.unit_base !== HOUSEHOLDS)) return false;
  const benefitPeople = (x: CommitmentRecord | StatementRecord) => {
    const m = REACHED_PEOPLE_RE.exec(x.object);
    return m && m[0] !== m[1] ? m[1] : undefined;
  };
  const [cp, sp] = [benefitPeople(c), benefitPeople(s)];
  if (sp && REACH_VERBS.includes(c.verb)) return c.item.includes(sp);
  if (levelRaisedFor(c, s, sp)) return true;
  if (cp && REACH_VERBS.includes(s.verb)) return s.item.includes(cp);
  if (reachOfWorkSaid(s, c) || reachOfWorkSaid(c, s)) return true;
  // (惠及学生14.5万人 of 营养改善计划 and 惠及农村义务教育阶段学生14.8万人: both a reach, of the people one names and the
  // other's words say, or of the work one names and the other's sentence says: 农村供水工程巩固提升惠及12.3万人 and
  // 实施农村供水工程…，覆盖农村人口12万人)
  const reaches = (x: CommitmentRecord | StatementRecord) => REACH_VERBS.some((w) => x.verb.endsWith(w));
  // (改造城镇老旧小区36个、1.1万户 and 36个老旧小区改造项目已全部开工，惠及居民1.16万户: the homes of the things a promise
  // counts, with no words of their own, and the homes a work reaches in a sentence that names those things)
  if (c.unit_base === HOUSEHOLDS && !wordsBesideFigure(c.item, c.unit) && reaches(s) && thingSaid(c.object, s.text))
    return true;
  if (!reaches(c) || !reaches(s)) return false;
  const people = (x: CommitmentRecord | StatementRecord) => COUNTED_PEOPLE.find((w) => x.object.endsWith(w));
  const [pc, ps] = [people(c), people(s)];
  if ((ps !== undefined && c.item.includes(ps)) || (pc !== undefined && s.item.includes(pc))) return true;
  const workSaid = (x: CommitmentRecord | StatementRecord, y: CommitmentRecord | StatementRecord) => {
    const work = normObject(x.object);
    return people(x) === undefined && work.length >= KIND_WORD && y.text.replace(PUNCT, '').includes(work);
  };
  return (pc !== undefined && workSaid(s, c)) || (ps !== undefined && workSaid(c, s));
}

/**
 * 安居惠民工程受益群众8.42万户 and 帮助8万户以上群众 in 实施安居惠民工程，帮助…: the people a work reaches, named with
 * the work (x), and the people the other side's verb of reach counts in a sentence that names that work (y).
 */
function reachOfWorkSaid(x: CommitmentRecord | StatementRecord, y: CommitmentRecord | StatementRecord): boolean {
  const { WORK_REACHES_RE, REACH_VERBS } = commitmentsLexicon();
  const m = WORK_REACHES_RE.exec(x.object);
  return m !== null && REACH_VERBS.includes(y.verb) && y.item.includes(m[3]) && thingSaid(m[1], y.text);
}

/** Whether a sentence names a thing, or the thing with plain words of its setting off (城镇老旧小区: 老旧小区). */
function thingSaid(thing: string, sentence: string): boolean {
  const { PLAIN_QUALIFIERS_RE } = commitmentsLexicon();
  const t = normObject(thing),
    said = sentence.replace(PUNCT, '');
  if (t.length < KIND_WORD) return false;
  for (let cut = 0; t.length - cut >= KIND_WORD; cut++)
    if ((cut === 0 || PLAIN_QUALIFIERS_RE.test(t.slice(0, cut))) && said.includes(t.slice(cut))) return true;
  return false;
}

/**
 * 为65岁以上老年人免费健康体检50万人次 (its thing only its verb, 体检) and 65岁及以上老年人免费健康体检51.3万人次: a work
 * named by a verb of doing in particular, no stage, is what the same verb counts, whatever the other names with it.
 */
function namedByVerb(c: CommitmentRecord, s: StatementRecord): boolean {
  const { GENERAL_VERB_RE, stageOf } = commitmentsLexicon();
  if (!c.verb || c.verb !== s.verb || GENERAL_VERB_RE.test(c.verb) || stageOf(c.verb) !== 'none') return false;
  return c.object === c.verb || s.object === s.verb;
}

/**
 * People counted by their work alone: 今年再进城落户1300万人 names no one (进城 says where), and 近1400万农业转移人口
 * 在城镇落户 counts people who did the same work (the same verb of doing, not a general one): it reports on it.
 */
function peopleByWork(c: CommitmentRecord, s: StatementRecord): boolean {
  const { GENERAL_VERB_RE, COUNTED_PEOPLE } = commitmentsLexicon();
  if (c.unit_base !== PERSONS || s.unit_base !== PERSONS || !c.verb || c.verb !== s.verb) return false;
  if (GENERAL_VERB_RE.test(c.verb)) return false;
  const co = normObject(c.object),
    so = normObject(s.object);
  const people = (o: string) => COUNTED_PEOPLE.some((w) => o.includes(w));
  return co.length <= BARE_NOUN && !people(co) && COUNTED_PEOPLE.some((w) => so.endsWith(w));
}
const PERSONS = 'persons';
const HOUSEHOLDS = 'households';

/**
 * 为1万名适龄妇女免费开展“两癌”筛查 and 10236名适龄妇女完成免费“两癌”筛查: people named right after each figure, the
 * promise's by its name, and the outcome's work (免费“两癌”筛查) said in the promise's words after them: the same work
 * done for the same people.
 */
function workForNamedPeople(c: CommitmentRecord, s: StatementRecord): boolean {
  if (c.unit_base !== PERSONS || s.unit_base !== PERSONS) return false;
  const people = normObject(c.object);
  if (people.length < WORK_WORD) return false;
  const afterFigure = (x: CommitmentRecord | StatementRecord) => {
    const at = x.item.search(/\d/);
    const rest = at < 0 ? '' : x.item.slice(at).replace(/^[\d.,，]+/, '');
    return x.unit && rest.startsWith(x.unit) ? rest.slice(x.unit.length) : rest;
  };
  const [ca, sa] = [afterFigure(c), afterFigure(s)];
  return (
    ca.startsWith(c.object) &&
    sa.startsWith(c.object) &&
    spreadIn(normObject(s.object + s.verb), normObject(ca.slice(c.object.length)))
  );
}

/**
 * 培训农牧民1.62万人次 for 开展农牧民职业技能培训1.5万人次: people counted after the verb that ends the promise's name,
 * the promise's name holding those people: the same work, told by whom it was done for.
 */
function workOnPeople(c: CommitmentRecord, s: StatementRecord): boolean {
  const { COUNTED_PEOPLE } = commitmentsLexicon();
  if (!s.verb || s.verb.length < 2 || !c.object.endsWith(s.verb) || c.object === s.verb) return false;
  const so = normObject(s.object);
  return so !== '' && COUNTED_PEOPLE.some((w) => so.endsWith(w)) && normObject(c.object).includes(so);
}

/**
 * A name whole in the other is trusted on its own, unless it is a bare noun (学校) and the figure is
 * far from the promise's: 整体提升100所学校 is not met by 10所学校 of another programme.
 */
function trustedByName(c: CommitmentRecord, s: StatementRecord): boolean {
  const bare = Math.min(c.object.replace(PUNCT, '').length, s.object.replace(PUNCT, '').length) <= BARE_NOUN;
  return (namesSame(c.object, s.object) && !(bare && farFrom(c, s))) || sharedExample(c, s) || peopleByWork(c, s);
}

/** The words right before 等 in a clause (宛平城等12个重点区域): what it names by example. */
function examplesOf(context: string): readonly string[] {
  // kept per context (per lexicon): a pair's examples are asked for up to four times, a context's for every pair
  const EXAMPLES = examplesKept();
  const known = EXAMPLES.get(context);
  if (known) return known;
  if (EXAMPLES.size > 20000) EXAMPLES.clear();
  const { EXAMPLE_BEFORE_ETC } = commitmentsLexicon();
  const out: string[] = [];
  for (const m of context.matchAll(EXAMPLE_BEFORE_ETC)) out.push(m[1]);
  EXAMPLES.set(context, out);
  return out;
}
const examplesKept = perCommitmentsLexicon(() => new Map<string, readonly string[]>());

/** The shortest example two names share that says what it is (three characters: 宛平城). */
const EXAMPLE_MIN = 3;

/**
 * Whether two clauses name the same thing by the same example before 等 (宛平城等12个重点区域 and
 * 宛平城等20处重点区域; 小梁薄板房屋等不成套旧住房 and 小梁薄板房屋等旧住房成套改造): the words
 * after 等 may differ, the example is the same. The example shared is the end both have in common,
 * and must name something (not 项目 or 工程 alone).
 */
export function sharedExample(a: { context: string }, b: { context: string }): boolean {
  const ea = examplesOf(a.context);
  if (!ea.length) return false;
  for (const x of ea)
    for (const y of examplesOf(b.context)) {
      let n = 0;
      while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
      if (n >= EXAMPLE_MIN && !isGeneric(x.slice(x.length - n))) return true;
    }
  return false;
}

/** The fewest words, the generic ones off, that name works inside another name (重大 in 千项万亿重大项目投资). */
const WORKS_NAMED_MIN = 2;

/**
 * Two sums for works named alike (重大工程投资 and 重大工程建设投资): each names a work (工程, 项目,
 * 建设), and once the generic words are off, the words left of one stand in the other's. A sum named by its kind of
 * money only (国债资金) names no work: its purpose must be found in its sentence.
 */
function sameWorks(a: string, b: string): boolean {
  const { GENERIC_WORDS, WORKS_RE } = commitmentsLexicon();
  const x = normObject(a),
    y = normObject(b);
  const rx = x.replace(GENERIC_WORDS, ''),
    ry = y.replace(GENERIC_WORDS, '');
  // (重大项目投资 in “千项万亿”重大项目投资: the works of the one named inside the other's name)
  const [short, long] = rx.length <= ry.length ? [rx, ry] : [ry, rx];
  return (
    WORKS_RE.test(x) &&
    WORKS_RE.test(y) &&
    short !== '' &&
    (short === long || (short.length >= WORKS_NAMED_MIN && long.includes(short)))
  );
}

/**
 * Money brought in (引进到位资金5700亿元 and 引进国内到位资金6000亿元): the same verb that brings it in
 * (words.inflow_verbs), and one name whole in the other: what it is for is not what names it.
 */
function broughtIn(c: CommitmentRecord, s: StatementRecord): boolean {
  return c.verb === s.verb && commitmentsLexicon().INFLOW_VERB_RE.test(c.verb) && namesSame(c.object, s.object);
}

// the lexicon's GENERIC_WORDS: words that name money or effort in general (安排30亿元建设资金 says little about
// what is counted); SPENDER_ONLY: an object that is only the spender, a government or its purse
/** An object too general to match on its own (学生, 小区, 建设资金): the context must agree too. */
export const isGeneric = (o: string) => normObject(o).replace(commitmentsLexicon().GENERIC_WORDS, '').length <= 2;
/** A sentence without the words of money, effort and time and without its figures: what the money is for. */
const purposeWords = (sentence: string) => {
  const { GENERIC_WORDS, PURPOSE_NOISE } = commitmentsLexicon();
  return sentence.replace(GENERIC_WORDS, '').replace(PURPOSE_NOISE, '');
};

// ---------------------------------------------------------------- scoring a pair

const FINAL_KINDS = new Set<DocKind>(['work_report', 'commitments', 'statistical_communique', 'series']);

/** A statement is final when its document reports on the whole year: not a progress notice dated before the year's end. */
export function isFinal(s: Pick<StatementRecord, 'doc_kind' | 'as_of'>, year: number): boolean {
  if (FINAL_KINDS.has(s.doc_kind)) return true;
  return s.as_of === null || s.as_of >= `${year}-12-31`;
}

const overlaps = (c: CommitmentRecord, s: StatementRecord) =>
  c.report_id === s.report_id && c.start < s.end && s.start < c.end;

/**
 * A total (储能装机达到1900万千瓦, 突破200家) tells nothing of what a verb of doing added (新投产, 培育), even
 * beside the promise restated on its line (年度任务：新增…400公里 / …426公里，…总里程达到9600公里); a promise whose
 * verb is the level itself (企业超6.1万家) is of a total.
 */
function totalForDoing(c: CommitmentRecord, s: StatementRecord): boolean {
  const { STOCK_RE, LEVEL_PASSED_END_RE, PUSH_VERB_END_RE, UNDER_CONSTRUCTION_RE } = commitmentsLexicon();
  // (…but works under construction, 在建亿元级工业项目已达618个, are what a promise to push works on counts: 推动600个
  // 以上亿元级工业项目建设)
  if (PUSH_VERB_END_RE.test(c.verb) && UNDER_CONSTRUCTION_RE.test(s.item)) return false;
  return s.kind === 'figure' && s.stock && !STOCK_RE.test(c.verb) && !LEVEL_PASSED_END_RE.test(c.verb);
}

/** How many times a promise's increase a level reached must be to be taken for the stock, not the year's addition. */
const STOCK_PAST_INCREASE = 5;

/**
 * 城区集中供热面积达到860万平方米 for 新增集中供热面积50万平方米: a name joined to its figure by 达到, with no word of
 * increase of its own, many times what the promise was to add, is the whole stock, not the year's addition.
 */
function levelFarPastIncrease(c: CommitmentRecord, s: StatementRecord): boolean {
  const { INCREMENT_RE, LEVEL_REACHED_END_RE } = commitmentsLexicon();
  if (!INCREMENT_RE.test(c.verb) || s.value_base === null || c.value_base === null || c.value_base <= 0) return false;
  const at = s.item.search(/\d/);
  const before = at > 0 ? s.item.slice(0, at) : '';
  return (
    LEVEL_REACHED_END_RE.test(before) && !INCREMENT_RE.test(before) && s.value_base > STOCK_PAST_INCREASE * c.value_base
  );
}

/**
 * 2处智慧农贸市场完成投资2860万元 for 新建智慧农贸市场2处: a count of works said only with the money done on them names
 * the works, not works made or finished (a promise to push works on, 抓好389个省重点项目, to carry them out or to arrange
 * them, 安排…“千项万亿”重大项目1678个, is answered by them all the same).
 */
function worksWhoseMoneyIsTold(c: CommitmentRecord, s: StatementRecord): boolean {
  const { MONEY_DONE_AFTER_COUNT_RE, MADE_BY_START_RE, stageOf } = commitmentsLexicon();
  return (
    s.unit_base === 'count' &&
    MONEY_DONE_AFTER_COUNT_RE.test(s.item) &&
    (MADE_BY_START_RE.test(c.verb) || stageOf(c.verb) !== 'none')
  );
}

/** 3个省级文化生态保护区 and 2个国家级文化生态保护区: things of two ranks are two things ('省级 against 国家级'), or ''. */
function anotherRank(c: CommitmentRecord, s: StatementRecord): string {
  const { RANK_ALL_RE, RANK_AND_ABOVE_RE } = commitmentsLexicon();
  // (省级以上专精特新企业: a rank and those above it, any of them)
  if (RANK_AND_ABOVE_RE.test(c.item)) return '';
  const rank = (o: string) => o.match(RANK_ALL_RE)?.join('') ?? '';
  const [rc, rs] = [rank(c.object) || rank(c.item), rank(s.object) || rank(s.item)];
  return rc && rs && rc !== rs ? `${rc} against ${rs}` : '';
}

/** Why a pair can never match, or undefined. */
function barrier(c: CommitmentRecord, s: StatementRecord): string | undefined {
  const { STOCK_RE, LEVEL_PASSED_END_RE, UNDER_WAY_RE, stageOf } = commitmentsLexicon();
  if (s.kind !== 'figure') return undefined;
  if (c.unit_base !== s.unit_base && !enterprisesBoth(c, s)) return `units differ (${c.unit} against ${s.unit})`;
  const cs = stageOf(c.verb),
    ss = s.stage;
  if (cs !== 'none' && ss !== 'none' && cs !== ss) return `a different stage (${c.verb} against ${s.verb})`;
  if (totalForDoing(c, s)) return 'a total, not what was done';
  if (levelFarPastIncrease(c, s)) return 'a level reached, many times what was to be added: the stock';
  if (worksWhoseMoneyIsTold(c, s)) return 'the works whose money is told, no works done';
  if (oneOfListedWorks(c, s)) return 'one of the works the promise lists side by side, a part';
  // 16个县（市、区）整县建设有序推进 for 推动16个县…整县建成美丽乡村: as many as were promised, said to be under way,
  // restate the set at work; they count nothing done (unless going on, by a verb of doing in general, was the
  // promise: 推进首批15个…试点 and 15个…试点稳步推进)
  if (UNDER_WAY_RE.test(s.verb) && s.value_base === c.value_base && cs !== 'start' && !goingOn(c, s))
    return 'the promise’s set said to be under way, nothing counted done';
  if (sinceTheWorkBegan(c, s)) return 'a total since the work began, not the year’s';
  if (widerThanSite(c, s)) return 'the whole place, wider than the site the promise names';
  if (oneKindOfListed(c.object, s.object)) return 'one of the kinds the promise lists, a part';
  const ranks = anotherRank(c, s);
  if (ranks) return `another rank (${ranks})`;
  // and a promise of a total (高新技术企业总量突破1.8万家) is not answered by what a verb of doing added in the
  // year (当年新认定高新技术企业4600家)
  // (力争高新技术企业超6.1万家: a level of things passed is a total too, not answered by 新认定…1.52万家; a sum
  // of money that reaches a level, 交通…领域投资分别达2300亿元, is the year's)
  if (
    !s.stock &&
    s.verb &&
    !STOCK_RE.test(s.verb) &&
    (STOCK_RE.test(c.verb) || STOCK_RE.test(c.object) || (LEVEL_PASSED_END_RE.test(c.verb) && c.unit_base !== 'CNY'))
  )
    return 'what was added, not the total';
  // (新增投产新能源装机1126万千瓦 for 投产新能源1000万千瓦: capacity a verb of doing adds is the thing's; a level of it
  // with no such verb, 新型储能装机超630万千瓦, is a stock and stays another name)
  // (…the promise's verb said inside the outcome's name before it, 新能源投产装机 for 投产新能源, no word of the thing)
  // (…or said in the outcome's name, its verb none other: 新能源新开工装机 for 新能源开工)
  const named = withoutVerbAtEnd(s.object, c.verb);
  const [co, so] = c.verb && (s.verb || named !== s.object) ? withoutCapacity(c.object, named) : [c.object, s.object];
  if (
    !headsAgree(co, so) &&
    !sharedExample(c, s) &&
    !peopleByWork(c, s) &&
    !generalOfListed(c.object, s.object) &&
    !reachOfSamePeople(c, s) &&
    !namedByVerb(c, s) &&
    !workOnPeople(c, s) &&
    !workForNamedPeople(c, s)
  )
    return `counts another thing (${headOf(c.object)} against ${headOf(s.object)})`;
  // (交通领域投资额 and 交通基础设施建设投资: a sum's words of field or of works, 领域, 建设, name no kind of money)
  const ofMoney = (o: string) => (c.unit_base === 'CNY' ? moneyField(o) : o);
  // (加快…张官等17条高速公路…建设: works pushed ahead, under way, are not counted by a stage some of them reached,
  // 新开工4条, 建成通车4条)
  if (pushedStage(c, s)) return 'a stage some of the works pushed ahead reached';
  // (新增…绿色工厂94家，其中国家级绿色工厂21家 for 新建90家绿色工厂: a part after 其中 that names a kind of the
  // promise's thing more is that kind's, not the promise's)
  const { PART_OPENING_RE } = commitmentsLexicon();
  // (its own words: a rank, 国家级, is a kind here, though names compared alike leave it off)
  const [no, ns] = [c.object, s.object];
  // (…but the part of the place the promise names as its site, 其中园区新增538户 for 园区新增…600户, is the promise's)
  if (
    PART_OPENING_RE.test(s.context) &&
    no.length >= KIND_WORD &&
    ns.length > no.length &&
    ns.endsWith(no) &&
    !siteOf(c).endsWith(ns.slice(0, ns.length - no.length))
  )
    return `a part of a kind the promise does not name (${ns.slice(0, ns.length - no.length)})`;
  const kinds = sharedExample(c, s) ? undefined : otherKinds(ofMoney(c.object), ofMoney(s.object));
  if (kinds) return `another kind of the same thing (${kinds[0]} against ${kinds[1]})`;
  const kind = sharedExample(c, s) ? undefined : kindUnsaid(c, s);
  if (kind) return `a kind the outcome does not say (${kind})`;
  return undefined;
}

/**
 * 新开、优化调整公交线路40条 and 新开公交线路11条: one of the works a promise lists side by side, done alone, is a part
 * (not a verb that merges them all: 新改扩建 for 新建、改扩建).
 */
function oneOfListedWorks(c: CommitmentRecord, s: StatementRecord): boolean {
  const works = c.verb.split(commitmentsLexicon().VERB_LIST_SPLIT_RE).filter(Boolean);
  return (
    works.length >= 2 && s.verb !== c.verb && !mergesVerbs(s.verb, works) && works.some((w) => sameVerb(w, s.verb))
  );
}

/** 新能源投产装机 without 投产 before 装机: the verb a name of capacity says of its thing is no word of it. */
function withoutVerbAtEnd(o: string, verb: string): string {
  const { CAPACITY_END_RE, NEW_END_RE } = commitmentsLexicon();
  const tail = CAPACITY_END_RE.exec(o)?.[0] ?? '';
  const body = o.slice(0, o.length - tail.length);
  // (…with the word of new before it, 新能源新开工装机 for 开工)
  return tail && verb.length >= 2 && body.length > verb.length && body.endsWith(verb)
    ? body.slice(0, -verb.length).replace(NEW_END_RE, '') + tail
    : o;
}

/** 加快…张官等17条高速公路…建设 and 建成通车4条: works pushed ahead, under way, are not counted by a stage some reached. */
function pushedStage(c: CommitmentRecord, s: StatementRecord): boolean {
  const { PUSHED_VERB_RE, stageOf } = commitmentsLexicon();
  return (s.stage !== 'none' || stageOf(s.verb) !== 'none') && PUSHED_VERB_RE.test(c.verb);
}

/** The similarity of one field's money named in other words (sameFieldMoney). */
const SAME_FIELD = 0.95;

/**
 * 交通、水利…领域投资额分别达2400亿元 and 交通基础设施建设完成投资2486亿元: a sum a promise names by its field (领域), and
 * one whose name, words of money and works aside, opens with that field's name, are the field's money both.
 */
function sameFieldMoney(c: CommitmentRecord, s: StatementRecord): boolean {
  const { GENERIC_WORDS, FIELD_END_RE, FIELD_ALL_RE } = commitmentsLexicon();
  if (c.unit_base !== 'CNY' || c.object.search(FIELD_ALL_RE) < 0) return false;
  const rc = normObject(c.object).replace(GENERIC_WORDS, '').replace(FIELD_END_RE, ''),
    rs = normObject(s.object).replace(GENERIC_WORDS, '').replace(FIELD_END_RE, '');
  return rc.length >= KIND_WORD && rs.startsWith(rc);
}

/** A sum's name without its words of field (领域, 方面) or of works (建设, 工程, 项目): what the money is in. */
function moneyField(o: string): string {
  const { FIELD_ALL_RE, WORKS_ALL_RE } = commitmentsLexicon();
  const bare = o.replace(FIELD_ALL_RE, '').replace(WORKS_ALL_RE, '');
  return bare || o;
}

/** The fewest characters of a kind listed in a promise's name that tell it in an outcome's. */
const LISTED_KIND_MIN = 2;

/**
 * 新建灯塔工厂、无人工厂、数字孪生工厂100家以上 and 数字孪生工厂82家: a promise's name that lists kinds (、), and an
 * outcome's that names one of them alone, is a part of it.
 */
function oneKindOfListed(promised: string, done: string): boolean {
  const { ETC_ALL_RE, ALL_KINDS_START_RE } = commitmentsLexicon();
  // (威海碳纤维、枣庄欣旺达等…试点: examples before 等, not kinds)
  if (!promised.includes('、') || done.includes('、') || promised.search(ETC_ALL_RE) >= 0) return false;
  if (done.search(ETC_ALL_RE) >= 0) return false;
  // (各类首店: every kind)
  if (ALL_KINDS_START_RE.test(done.trim())) return false;
  const kinds = promised
    .split('、')
    .map((k) => normObject(k))
    .filter((k) => k.length >= LISTED_KIND_MIN);
  const named = normObject(done);
  // a kind is told by its last words (群众身边的体育场地 in 群众身边体育场地设施), said as the outcome says them: a
  // general word written as a kind's synonym (学校, for 中小学) names them all
  const said = done.replace(PUNCT, '');
  const found = kinds.filter(
    (k) => named.includes(k.slice(-KIND_TOLD_BY)) && said.includes(k.slice(-KIND_TOLD_BY).slice(-LISTED_KIND_MIN)),
  );
  if (kinds.length < 2 || found.length !== 1) return false;
  // (首店 is in 省市首店 too: kinds one inside another tell no part)
  if (kinds.some((k) => k !== found[0] && k.includes(found[0]))) return false;
  // (特殊困难高龄、失能、残疾老年人家庭居家适老化改造: a last kind far longer than the others holds the thing all of
  // them describe, and names no kind alone)
  const last = kinds[kinds.length - 1];
  const others = Math.max(...kinds.slice(0, -1).map((k) => k.length));
  return !(found[0] === last && last.length > HEAD_HOLDER * others);
}

/** How many times the longest other kind a last kind's length must be to hold the thing all the kinds describe. */
const HEAD_HOLDER = 2;

/** How many characters at its end tell a kind listed (灯塔工厂, 孪生工厂: more than the head, 工厂, they share). */
const KIND_TOLD_BY = 4;

/** How many times the year's task a figure summed over time (累计) must be to be a total of several years. */
const CUMULATIVE_OVER = 2;

/**
 * 累计完成困难老年人家庭适老化改造2360户 for a promise of 600户: a figure summed over time before its verb (or its
 * thing), more than twice the year's task, is a total since the work began (during the year, 累计完成 is the year's so far, near its task).
 */
function sinceTheWorkBegan(c: CommitmentRecord, s: StatementRecord): boolean {
  const m = commitmentsLexicon().CUMULATIVE_RE.exec(s.context);
  if (!m || !c.value_base || s.value_base === null) return false;
  // (…or right before the thing where no verb was read: 全省累计获批国家级临床重点专科建设项目47个)
  const verbAt = s.context.indexOf(s.verb || s.object, m.index);
  return verbAt >= 0 && verbAt - (m.index + m[0].length) <= 1 && s.value_base > CUMULATIVE_OVER * c.value_base;
}

/** The shortest head noun alone (产业集群) against a name that adds a kind of it. */
const BARE_HEAD_MAX = 4;
/** The shortest words of kind that tell one programme from another (战略性新兴). */
const KIND_WORDS_MIN = 4;

/**
 * A promise that names a kind of a thing (国家级战略性新兴产业集群) and an outcome that names the thing alone
 * (…产业园2个、产业集群1个), another figure: one only where the outcome's clause says that kind as well.
 */
function kindUnsaid(c: CommitmentRecord, s: StatementRecord): string | undefined {
  const hc = headOf(c.object),
    hs = headOf(s.object);
  if (hs.length > BARE_HEAD_MAX || hc.length <= hs.length || !hc.endsWith(hs)) return undefined;
  // (城中村、棚户区改造安置房 and 安置房: kinds listed together, the thing alone is all of them)
  if (c.object.includes('、') && !s.object.includes('、')) return undefined;
  const { RANK_ALL_RE, WHERE_ALL_RE, ETC_END_RE } = commitmentsLexicon();
  // (英雄山片区等断头路 and 断头路: examples before 等 name the things, no kind of them)
  if (c.object.endsWith(hs) && ETC_END_RE.test(c.object.slice(0, -hs.length))) return undefined;
  // (a rank, 国家级, or where it stands, 城市公共, is no kind…)
  // (…nor the field the outcome's sentence opens on: 危旧简易楼排险方面，…已完成排险498栋)
  const said = s.object + normObject(s.object) + fieldOf(s);
  // (…nor what the outcome's own name says: 公共停车泊位 and 停车位 leave 公共)
  const kind = [...hc.slice(0, -hs.length).replace(RANK_ALL_RE, '').replace(WHERE_ALL_RE, '')]
    .filter((ch) => !said.includes(ch))
    .join('');
  // a description (联山联水联社区的绿道) is no kind; the very figure restated is the promise's
  if (kind.includes(commitmentsLexicon().ATTRIBUTIVE) || c.value_base === s.value_base) return undefined;
  // (…nor a kind the outcome's clause says in its words, in order: 为高校毕业生提供就业岗位11.3万个)
  // (…or in the clause before it, as its sentence's topic: 老楼加装电梯工作同步推进，全年完成加装电梯864台)
  if (
    kind.length < KIND_WORDS_MIN ||
    dice(kind, s.context) >= KIND_SAID ||
    subsequence(kind, s.context) ||
    s.text.includes(kind)
  )
    return undefined;
  // 各类招聘活动: every kind, the promise's among them
  if (commitmentsLexicon().ALL_KINDS_START_RE.test(s.object)) return undefined;
  return kind;
}

/**
 * The field an outcome's sentence opens on (危旧简易楼排险方面，…: 危旧简易楼排险), or its line's label (■ 危旧简易楼排险：
 * 已完成排险413栋), said of its every figure; '' for none (nor a label of progress or of the target: 进展情况：, 目标：).
 */
function fieldOf(s: StatementRecord): string {
  const LEX = commitmentsLexicon();
  const topic = LEX.FIELD_TOPIC_OPENING_RE.exec(s.text)?.[1];
  if (topic) return topic;
  const line = s.text.replace(LEX.LEADING, '');
  const label = LEX.FIELD_LABEL_OPENING_RE.exec(line)?.[1];
  if (!label || LEX.PROGRESS_LABEL_OPENING_RE.test(line) || LEX.TARGET_WORDS_HEAD_RE.test(label)) return '';
  return label;
}

/** How much of a kind's words an outcome's clause must hold to say it. */
const KIND_SAID = 0.3;

/** Enterprises are counted in 户 or in 家 (新增规模以上工业企业80户, 培育规上工业企业85家): one count. */
const ENTERPRISE_UNITS = new Set(['count', 'households']);

function enterprisesBoth(c: CommitmentRecord, s: StatementRecord): boolean {
  const { ENTERPRISE_END_RE } = commitmentsLexicon();
  return (
    ENTERPRISE_UNITS.has(c.unit_base ?? '') &&
    ENTERPRISE_UNITS.has(s.unit_base ?? '') &&
    ENTERPRISE_END_RE.test(normObject(c.object)) &&
    ENTERPRISE_END_RE.test(normObject(s.object))
  );
}

/** The shortest word that tells one kind of a thing from another (优势, 中小企业). */
const KIND_WORD = 2;

/** Whether every character of `a` stands in `b`, in its order. */
function subsequence(a: string, b: string): boolean {
  let i = 0;
  for (let j = 0; j < b.length && i < a.length; j++) if (b[j] === a[i]) i++;
  return i === a.length;
}

/**
 * Two names of one head noun, each with a word of kind the other lacks (国家级优势特色产业集群 and
 * 国家级中小企业特色产业集群: 优势 against 中小企业): two programmes, not one named two ways. A name with
 * words more inside it (示范型居家养老服务照料中心 for 居家养老服务中心) lacks nothing of the other; two
 * names that share an example before 等 are of one thing.
 */
function otherKinds(a: string, b: string): [string, string] | undefined {
  // (免费宫颈癌筛查 and 宫颈癌免费筛查: the same words in another order are no kinds apart)
  if (kindsOfOne(a, b) || otherOrder(a, b)) return undefined;
  // the head nouns, words of activity off (不成套旧住房改造 and 旧住房成套改造 share no head noun)
  const x = headOf(a),
    y = headOf(b);
  let pre = 0;
  while (pre < x.length && pre < y.length && x[pre] === y[pre]) pre++;
  let suf = 0;
  while (suf < x.length - pre && suf < y.length - pre && x[x.length - 1 - suf] === y[y.length - 1 - suf]) suf++;
  // the head noun the two share, from the longest: 公办学位 and 民办学位 share 办学位, which leaves a character on
  // each side (公, 民: no word of kind), and then 学位, which leaves 公办 and 民办 (two kinds). One side a word
  // and the other not (对社会 and 对外 before 开放共享) says no kind apart.
  // (a description, 吸引力强、带动面广的, is no kind: 打造40个吸引力强、带动面广的消费场景 and “蜀里安逸”消费新场景)
  const { ATTRIBUTIVE } = commitmentsLexicon();
  for (; suf >= KIND_WORD; suf--) {
    const mx = x.slice(pre, x.length - suf),
      my = y.slice(pre, y.length - suf);
    if (mx.length >= KIND_WORD && my.length >= KIND_WORD)
      return subsequence(mx, my) || subsequence(my, mx) || mx.includes(ATTRIBUTIVE) || my.includes(ATTRIBUTIVE)
        ? undefined
        : [mx, my];
    if (mx.length >= KIND_WORD || my.length >= KIND_WORD) return undefined;
  }
  return undefined;
}

/** The other names an object gives its thing (老年食堂（助餐点）: 老年食堂 and 助餐点); none for most objects. */
function otherNames(object: string): string[] {
  const { BRACKET_OTHER_NAME_RE, ATTRIBUTIVE } = commitmentsLexicon();
  const m = BRACKET_OTHER_NAME_RE.exec(object);
  // (吸引力强、带动面广的消费场景: what is said of the thing before 的 is no part of its name)
  const at = object.lastIndexOf(ATTRIBUTIVE);
  const head = at >= DESCRIBED_MIN && object.length - at - 1 >= KIND_WORD ? [object.slice(at + 1)] : [];
  return m ? [m[1], m[2], ...head] : head;
}

/** The fewest characters of what is said of a thing before its 的 for the thing alone to be its other name. */
const DESCRIBED_MIN = 4;

/**
 * How likely a statement is the outcome of a promise, 0 to 1: by their objects, verbs, contexts and sizes. An
 * object with another name in brackets (老年食堂（助餐点）) is weighed by each of its names too.
 */
export function scorePair(c: CommitmentRecord, s: StatementRecord, paired?: CommitmentRecord): number {
  let best = scoreNames(c, s, paired);
  if (paired || s.paired) return best;
  for (const object of otherNames(c.object)) best = Math.max(best, scoreNames({ ...c, object }, s));
  for (const object of otherNames(s.object)) best = Math.max(best, scoreNames(c, { ...s, object }));
  // (a work the statement's verb names before a verb of doing in general: 农村公路提质改造完成512公里, 提质改造)
  const { GENERAL_VERB_END_RE } = commitmentsLexicon();
  const sDoing = s.verb.replace(GENERAL_VERB_END_RE, '');
  const cWork = workNamed(c, s.verb) ?? (sDoing !== s.verb ? workNamed(c, sDoing) : undefined),
    sWork = workNamed(s, c.verb);
  if (cWork) best = Math.max(best, scoreNames({ ...c, ...cWork }, s));
  if (sWork) best = Math.max(best, scoreNames(c, { ...s, ...sWork }));
  // (things named by the work planned for them: the outcome's verb and thing are the promise's name, no more to weigh)
  if (plannedWork(c, s) && comparable(c, s) && !barrier(c, s)) best = Math.max(best, PLANNED_WORK);
  const cWhole = workOfTheWhole(c, s);
  if (cWhole) best = Math.max(best, scoreNames({ ...c, ...cWhole }, s));
  const sPlaces = placesOfTheWork(c, s);
  if (sPlaces) best = Math.max(best, scoreNames(c, { ...s, ...sPlaces }));
  const sSite = workAtSite(c, s);
  if (sSite) best = Math.max(best, scoreNames(c, { ...s, ...sSite }));
  const sHomes = homesOfThings(s, c),
    cHomes = homesOfThings(c, s);
  if (sHomes) best = Math.max(best, scoreNames(c, { ...s, ...sHomes }));
  if (cHomes) best = Math.max(best, scoreNames({ ...c, ...cHomes }, s));
  return best;
}

/**
 * 园区新增规模以上工业企业600户 and 全年全省新增规模以上工业企业1127户，其中各类开发区（园区）新增…642户: a promise that
 * names a part of the place as the site of its work before its verb, and a figure of the whole place whose clause
 * names no such part (全省开发区新增… names one): counted more widely.
 */
function widerThanSite(c: CommitmentRecord, s: StatementRecord): boolean {
  const { PLACE_PART_RE, WHOLE_PLACE_RE } = commitmentsLexicon();
  return siteOf(c) !== '' && WHOLE_PLACE_RE.test(s.context) && !PLACE_PART_RE.test(s.context);
}

/** The part of the place a promise names before its verb as where its work is done (园区), or ''. */
function siteOf(c: CommitmentRecord): string {
  const { PLACE_PART_END_RE, LEADING } = commitmentsLexicon();
  const before = clauseBeforeFigure(c);
  const at = c.verb ? before.lastIndexOf(c.verb) : -1;
  if (at <= 0) return '';
  const site = before.slice(0, at).replace(LEADING, '');
  return PLACE_PART_END_RE.test(site) ? site : '';
}

/** A promise's clause up to its figure: for whom or where, its verb and its thing (为困难老年人家庭实施居家适老化改造). */
function clauseBeforeFigure(c: CommitmentRecord): string {
  const at = c.text.indexOf(c.item),
    figure = c.item.search(/\d/);
  if (at < 0 || figure <= 0) return '';
  return (
    c.text
      .slice(0, at + figure)
      .split(PUNCT)
      .pop() ?? ''
  );
}

/**
 * 加装电梯60台 and 既有住宅加装电梯 (a line's name) 已完工投用68台: the promise's verb and thing said at the end of the
 * outcome's name, after where the work is done: the promise's thing, by its verb.
 */
function workAtSite(c: CommitmentRecord, s: StatementRecord): { object: string; verb: string } | undefined {
  const work = normObject(c.verb + c.object),
    so = normObject(s.object);
  if (!c.verb || c.object.length < KIND_WORD || so === work || !so.endsWith(work)) return undefined;
  return commitmentsLexicon().WORK_SITE_END_RE.test(so.slice(0, so.length - work.length))
    ? { object: c.object, verb: c.verb }
    : undefined;
}

/**
 * 在3000个小区设置智能回收机 and 新增1865个小区设置智能回收机: places a work is done in, counted, and the outcome's name
 * that says them with the promise's verb and the rest of its words after them: the same places, by that verb.
 */
function placesOfTheWork(c: CommitmentRecord, s: StatementRecord): { object: string; verb: string } | undefined {
  const co = normObject(c.object),
    so = normObject(s.object);
  if (co.length < KIND_WORD || !c.verb || !so.startsWith(co + c.verb)) return undefined;
  const rest = so.slice(co.length + c.verb.length);
  return rest.length >= KIND_WORD && c.text.replace(PUNCT, '').includes(c.verb + rest)
    ? { object: c.object, verb: c.verb }
    : undefined;
}

/**
 * 开工改造城镇老旧小区2317个、15.6万户 and 开工改造老旧小区15万户: homes counted right after a count of things are read
 * as the residents a work reaches (惠及居民, parsers/clauses.ts), and are also the homes of the things their clause
 * names: where it names the other's thing, the other's thing, by its verb where the clause says it.
 */
function homesOfThings(
  x: CommitmentRecord | StatementRecord,
  y: CommitmentRecord | StatementRecord,
): { object: string; verb: string } | undefined {
  const { HOUSEHOLDS_OF_THINGS } = commitmentsLexicon();
  if (x.unit_base !== HOUSEHOLDS || y.unit_base !== HOUSEHOLDS) return undefined;
  if (x.object !== HOUSEHOLDS_OF_THINGS || y.object === HOUSEHOLDS_OF_THINGS) return undefined;
  const thing = normObject(y.object),
    clause = x.context.replace(PUNCT, '');
  if (thing.length < KIND_WORD || !clause.includes(thing)) return undefined;
  return { object: y.object, verb: y.verb && clause.includes(y.verb) ? y.verb : x.verb };
}

/**
 * 提供宫颈癌筛查8万例 and 完成“两癌”免费筛查14.6万人次，其中宫颈癌8.3万人次: a promise's name that ends with a work
 * (筛查), and an outcome that names the rest alone in a sentence that says that work before it: a part named by its
 * kind, the whole's work its own. (完成500所中小学体育场地升级改造 and 已有386所中小学完成体育场地升级改造: the work
 * said after the outcome's verb, in its own clause, is its too.)
 */
function workOfTheWhole(c: CommitmentRecord, s: StatementRecord): { verb: string; object: string } | undefined {
  const { VERBS } = commitmentsLexicon();
  if (s.object.length < KIND_WORD) return undefined;
  const co = normObject(c.object),
    so = normObject(s.object);
  const after = s.item.slice(s.item.indexOf(s.object) + s.object.length);
  if (co.startsWith(so) && co.length - so.length >= KIND_WORD && after.includes(co.slice(so.length)))
    return { verb: s.verb, object: s.object };
  const at = s.text.indexOf(s.item);
  if (at <= 0) return undefined;
  const before = s.text.slice(0, at);
  for (const verb of VERBS) {
    if (verb.length < 2 || !c.object.endsWith(verb) || !before.includes(verb) || s.object.includes(verb)) continue;
    const object = c.object.slice(0, -verb.length);
    if (normObject(object) === normObject(s.object)) return { verb, object };
  }
  return undefined;
}

/**
 * 抓好…3500多个拟竣工投产项目 and 3500多个拟竣工投产项目中，已竣工投产3127个: things named by the work planned for
 * them (竣工投产项目), and an outcome that counts the things that work was done to, by its verb (竣工投产, 项目).
 */
function plannedWork(c: CommitmentRecord, s: StatementRecord): boolean {
  // (not a part of other things, 2000个省级重点项目全部开工，其中竣工投产463个: those are the key projects)
  const { PART_OPENING_RE } = commitmentsLexicon();
  if (s.kind !== 'figure' || s.verb.length < 2 || s.object.length < KIND_WORD || PART_OPENING_RE.test(s.context))
    return false;
  return normObject(c.object) === s.verb + normObject(s.object);
}

/** How sure a planned work's outcome is: its verb and thing make the promise's very name. */
const PLANNED_WORK = 0.8;

/**
 * 开展宫颈癌筛查3万人 and 其中宫颈癌筛查3.08万人: a verb of doing in general, then a thing and a work that is the
 * other's verb (筛查), do that work to that thing. (…or one word of a verb of two, 供热管网更新 under 完成 for
 * 更新改造…供热管网: a line named by its thing and its work)
 */
function workNamed(x: { verb: string; object: string }, verb: string): { verb: string; object: string } | undefined {
  const { GENERAL_VERB_RE } = commitmentsLexicon();
  if (verb.length < 2 || GENERAL_VERB_RE.exec(x.verb)?.[0] !== x.verb) return undefined;
  const halves = verb.length === 2 * WORK_WORD ? [verb.slice(0, WORK_WORD), verb.slice(WORK_WORD)] : [];
  const work = [verb, ...halves].find((w) => x.object.length > w.length && x.object.endsWith(w));
  return work ? { verb, object: x.object.slice(0, -work.length) } : undefined;
}

/** The characters of one word of work (更新, 改造): a verb of four is two of them. */
const WORK_WORD = 2;

/** A promise and an outcome of one place and year, not the same words of one document. */
const comparable = (c: CommitmentRecord, s: StatementRecord) =>
  c.year === s.year && c.jurisdiction === s.jurisdiction && !overlaps(c, s);

function scoreNames(c: CommitmentRecord, s: StatementRecord, paired?: CommitmentRecord): number {
  if (!comparable(c, s)) return 0;
  // (a running total far past the task, 全市累计建成口袋公园186处 on the promise's line, is not the year's however paired)
  // (…nor a figure of another rank on the promise's line: 新增国家级绿色工厂38家 in the row of 培育省级绿色工厂)
  if (paired)
    return c === paired && !totalForDoing(c, s) && !sinceTheWorkBegan(c, s) && !pushedStage(c, s) && !anotherRank(c, s)
      ? 1
      : 0;
  if (s.paired)
    return s.report_id === c.report_id &&
      s.paired.start === c.start &&
      s.paired.end === c.end &&
      !totalForDoing(c, s) &&
      !sinceTheWorkBegan(c, s)
      ? 1
      : 0;
  if (c.kind === 'list' || s.kind === 'list_done') return 0;
  if (barrier(c, s)) return 0;
  const { GENERIC_WORDS, SPENDER_ONLY } = commitmentsLexicon();
  // (受益农村人口10万人 and 农村供水保障工程…受益农村人口10.6万人: one reach, however each names it; asked once)
  const sameReach = reachOfSamePeople(c, s);
  const obj = Math.max(
    objectSimilarity(c.object, s.object),
    sharedExample(c, s) ? SHARED_EXAMPLE : 0,
    peopleByWork(c, s) ? PEOPLE_BY_WORK : 0,
    sameReach ? PEOPLE_BY_WORK : 0,
    namedByVerb(c, s) ? PEOPLE_BY_WORK : 0,
    workForNamedPeople(c, s) ? PEOPLE_BY_WORK : 0,
    sameFieldMoney(c, s) ? SAME_FIELD : 0,
  );
  // (the field the sentence opens on may say what the clause leaves unsaid: 危旧简易楼排险方面，…已完成排险498栋)
  const field = fieldOf(s);
  const ctx = Math.max(dice(c.context, s.context), field ? dice(c.context, s.context + field) : 0);
  if (s.kind === 'no_figure') {
    // (各项目年度任务全面完成: a completion of things named by general words alone, a word of each at most besides, is
    // no one promise's)
    if (s.object !== '' && normObject(s.object).replace(GENERIC_WORDS, '').length <= EACH_WORD) return 0;
    const o = normObject(c.object);
    // the promise's thing in the completion's words, or the completion's thing the promise's with words more
    // inside it (水利投资完成年度计划的102.4% of 水利领域投资额)
    // (…or its verb and thing together, 加装电梯 in 既有住宅加装电梯完成年度目标的112.5%, its thing alone short)
    const done = normObject(c.verb + c.object);
    const task = thingBeforeWork(normObject(s.object));
    // (…or the completion's thing spread in the promise's clause, for whom the work is done with it: 困难老年人家庭
    // 适老化改造 of 为困难老年人家庭实施居家适老化改造1200户)
    // (…in its clause: not a step of its own done there while the work goes on, 笔试、面试已完成，…正在体检)
    const inside =
      (o.length >= 4 && !stepDone(s.object, c.object, s.text) && normObject(s.object + s.context).includes(o)) ||
      spreadIn(normObject(s.object), o) ||
      spreadIn(normObject(s.object), normObject(clauseBeforeFigure(c))) ||
      // (…its task's word aside: 白内障患者免费手术任务 of 为…白内障患者实施免费手术2000例)
      spreadIn(task, normObject(clauseBeforeFigure(c))) ||
      (o.length < 4 && done.length >= 4 && normObject(s.object).includes(done)) ||
      // (…or the completion's thing alone, its work and task aside, in the promise's: 老年助餐点建设任务 of 城乡老年助餐点)
      (task.length >= 4 && o.includes(task));
    // (…or the same thing, its work's word aside: 绿道建设完成年度目标的108% of 新建绿道1000公里)
    const head = headOf(c.object);
    const sameHead = head.length >= KIND_WORD && head === headOf(s.object);
    // (…or its words in another order: “两癌”免费筛查 of 免费“两癌”筛查)
    const reordered = otherOrder(o, normObject(s.object));
    const sim = Math.max(inside || sameHead || reordered ? 0.9 : 0, dice(c.object, s.object));
    return sim >= 0.6 ? Math.round((0.35 + 0.6 * sim) * 100) / 100 : 0;
  }
  if (obj < 0.5) return 0;
  // people counted by the same work: the verb says what they are, the object nothing to weigh (peopleByWork), or the
  // same people named and the same work done for them (workForNamedPeople)
  if (peopleByWork(c, s) || workForNamedPeople(c, s)) {
    const byWork = 0.6 * obj + 0.25 * Math.min(1, ctx * 1.5) + 0.15 - (farFrom(c, s) ? 0.25 : 0);
    return Math.round(Math.max(0, byWork) * 100) / 100;
  }
  // the very same words: one object, one verb, and the very figure (安排省级财政资金1042.8亿元 restated), or
  // an object that is its verb, a verb of doing in particular (为经营主体减负2500亿元: 减负): what the money
  // is for needs no other word
  const { GENERAL_VERB_RE } = commitmentsLexicon();
  const sameWords =
    normObject(c.object) === normObject(s.object) &&
    c.verb === s.verb &&
    (c.value_base === s.value_base || (c.object === c.verb && !GENERAL_VERB_RE.test(c.verb)));
  if (sameWords) return Math.round((0.85 + 0.15 * Math.min(1, ctx * 1.5)) * 100) / 100;
  // what is left once the words of money and effort are taken off must agree: 用于教育的投入 is not 用于“三农”的投入,
  // and 中央财政安排832亿元 names no purpose at all
  // (a word of the field, 交通领域投资额, names no more than the field itself: 交通投资)
  const { FIELD_END_RE, LEVEL_REACHED_END_RE, stageOf } = commitmentsLexicon();
  const rc = normObject(c.object).replace(GENERIC_WORDS, '').replace(FIELD_END_RE, ''),
    rs = normObject(s.object).replace(GENERIC_WORDS, '').replace(FIELD_END_RE, '');
  // 完成投资2000亿元以上 and 重点项目完成投资2125亿元: a sum named by works and money alone, done by the same verb
  // of doing in general, is the year's investment of works both times
  const worksDone =
    !rc && !rs && c.unit_base === 'CNY' && c.verb === s.verb && GENERAL_VERB_RE.exec(c.verb)?.[0] === c.verb;
  // 实施省级重点项目640个 and 实施省级重点项目646个: a name of general words (项目) is one thing where the same
  // verb does it and the words before the figure are the same, the thing's kinds with them
  // (新转化项目40个 and 新转化科技成果项目46个: a verb of doing in particular, no stage, says what its general word
  // counts, and the other name ends with it)
  const [nc, ns] = [normObject(c.object), normObject(s.object)];
  // (自动体外除颤器（AED） and AED设备: the short name the promise gives in brackets)
  const sameName =
    namedByAlias(c.object, s.object) ||
    (sameVerb(c.verb, s.verb) &&
      (sameWordsBesideFigure(c, s) ||
        (!GENERAL_VERB_RE.test(c.verb) &&
          stageOf(c.verb) === 'none' &&
          nc !== '' &&
          ns !== '' &&
          (nc.endsWith(ns) || ns.endsWith(nc)))));
  // 交通投资完成2613亿元 for 交通、水利分别完成投资2500亿元、800亿元: the works of one short name (交通), the same on
  // both sides, done by the same verb of doing in general, are said in common words (安排…国债资金 names only the
  // money's kind, and says nothing of what it buys: 煤矿瓦斯综合治理 is not 医疗卫生基础设施)
  const samePurpose =
    c.unit_base === 'CNY' &&
    rc !== '' &&
    rc === rs &&
    sameVerb(c.verb, s.verb) &&
    GENERAL_VERB_RE.exec(c.verb)?.[0] === c.verb;
  // 交通、水利…领域投资额分别达2400亿元 and 全年完成交通投资2486亿元: the level one field's money is to reach, and the
  // money done or reached in that field, are one sum
  // (…the field's works named in more words, 交通基础设施建设完成投资2486亿元: the field's name first)
  const fieldSum =
    c.unit_base === 'CNY' &&
    rc.length >= KIND_WORD &&
    (rc === rs || rs.startsWith(rc)) &&
    LEVEL_REACHED_END_RE.test(c.verb) &&
    (!s.verb || GENERAL_VERB_RE.exec(s.verb)?.[0] === s.verb || LEVEL_REACHED_END_RE.test(s.verb));
  // (…nor where the same example names both, done alike: 建成通车济南至宁津等5个项目 and 济南至宁津等6个项目建成通车, not
  // 提速高青至商河等34个续建项目 and 高青至商河等16个项目建成通车)
  // (…or the promise's name says the work the outcome's verb did: 赛得利纤维等3500多个拟竣工投产项目 and 赛得利纤维等
  // 3612个项目竣工投产)
  const byExample =
    sharedExample(c, s) &&
    (sameVerb(c.verb, s.verb) ||
      (stageOf(c.verb) !== 'none' && stageOf(c.verb) === s.stage) ||
      (s.verb.length >= 2 && c.object.includes(s.verb)));
  if ((!rc || !rs) && !worksDone && !sameName && !byExample && !sameReach) return 0;
  const [shortR, longR] = rc.length <= rs.length ? [rc, rs] : [rs, rc];
  if (
    !worksDone &&
    !sameName &&
    !byExample &&
    !sameReach &&
    Math.max(
      dice(rc, rs),
      // (…or the one a shortening of the other, its general word with it: 村道安防工程 of 村道公路安全生命防护工程)
      longR.includes(shortR) || spreadIn(shortR, longR) || abbreviatedIn(nc, ns) || abbreviatedIn(ns, nc) ? 0.8 : 0,
      headsContained(rc, rs),
      kindsOfOne(c.object, s.object) ? LISTED_KINDS : 0,
      // (县区农用地…溯源整治 and 溯源整治的县区: the places and the work in the other order)
      otherOrder(rc, rs) ? OTHER_ORDER : 0,
    ) < 0.5
  )
    return 0;
  // a sum named only by its kind of money (国债资金, 建设资金) is spent on a purpose: two such sums agree
  // only where their sentences say what for in common words (煤矿瓦斯综合治理 is not 医疗卫生基础设施)
  if (
    c.unit_base === 'CNY' &&
    (isGeneric(c.object) || isGeneric(s.object)) &&
    !sameWorks(c.object, s.object) &&
    !worksDone &&
    !samePurpose &&
    !fieldSum &&
    !broughtIn(c, s) &&
    dice(purposeWords(c.text), purposeWords(s.text)) < 0.2
  )
    return 0;
  // a sum named only by who spends it (中央政府拟新增1.18万亿元) says nothing of what it buys
  if (c.unit_base === 'CNY' && SPENDER_ONLY.test(normObject(c.object))) return 0;
  if (isGeneric(c.object) || isGeneric(s.object)) {
    // a short object (学生, 小区, 国债资金): the context and the size must agree as well, unless the very
    // figure is restated of the same name (320个年度共建项目 and 320个共建重点项目)
    const r = c.value_base && s.value_base !== null ? s.value_base / c.value_base : 1;
    const restated = c.value_base === s.value_base && namesSame(c.object, s.object);
    // (改造桥梁20座 and 完成桥梁改造14座: the same short thing done by the same verb of doing in particular; or the
    // promise's general word the end of the outcome's fuller name, by such a verb of no stage: 新转化项目40个 and
    // 新转化科技成果项目43个; not the other way, 城镇老旧小区 and a town's 2个小区, which names less)
    const sameDoing =
      (normObject(c.object) === normObject(s.object) ||
        (stageOf(c.verb) === 'none' && nc !== '' && ns.length > nc.length && ns.endsWith(nc))) &&
      c.verb !== '' &&
      sameVerb(c.verb, s.verb) &&
      GENERAL_VERB_RE.exec(c.verb)?.[0] !== c.verb;
    // (…or the outcome names it more fully, as the promise's own sentence does, by the same verb: 中欧班列…开行2716列
    // for 深化中欧班列市场化运营改革，全年开行3000列以上, whose thing is 班列)
    const namedAsPromised =
      ns.length > nc.length && ns.endsWith(nc) && sameVerb(c.verb, s.verb) && c.text.replace(PUNCT, '').includes(ns);
    // (…or the outcome's name holds the promise's verb and thing together: 加装电梯项目…其中完工投用13台 for 既有住宅加装
    // 电梯20台)
    const doingNamed = c.verb.length >= 2 && ns.includes(normObject(c.verb + c.object));
    // (…or the same example names both: 建成通车济南至宁津等5个项目 and 济南至宁津等6个项目建成通车)
    if (
      (ctx < 0.3 &&
        !restated &&
        !samePurpose &&
        !sameDoing &&
        !byExample &&
        !fieldSum &&
        !sameReach &&
        !namedAsPromised &&
        !doingNamed) ||
      r > 5
    )
      return 0;
  }
  // (a field's money reached and done, fieldSum: a level's verb and one of doing, which agree)
  // (…and one reach however each says it, reachOfSamePeople; and a thing made, then finished, 新建改扩建 and 建成投用)
  const { MADE_BY_RE, VERB_JOINERS_RE } = commitmentsLexicon();
  const madeThenFinished = s.stage === 'finish' && MADE_BY_RE.test(c.verb.replace(VERB_JOINERS_RE, ''));
  const verb =
    fieldSum || sameReach || madeThenFinished
      ? 1
      : c.verb && s.verb
        ? Math.max(dice(c.verb, s.verb), c.verb.includes(s.verb) || s.verb.includes(c.verb) ? 1 : 0)
        : 0.5;
  let score = 0.6 * obj + 0.25 * Math.min(1, ctx * 1.5) + 0.15 * verb;
  // a figure far from the promise is more likely another thing's
  if (farFrom(c, s)) score -= 0.25;
  return Math.round(Math.max(0, score) * 100) / 100;
}

// ---------------------------------------------------------------- matching

function reviewRow(c: CommitmentRecord, s: StatementRecord, score: number, reason: string): CommitmentReviewRow {
  return {
    report_id: s.report_id,
    jurisdiction: s.jurisdiction,
    report_year: s.year,
    indicator: 'commitment',
    indicator_label: c.object,
    kind: 'actual',
    period: c.year,
    period_source: 'stated',
    measure: 'level',
    value: s.value,
    unit: s.unit,
    value_low: null,
    value_high: null,
    qualifier: s.qualifier,
    estimated: false,
    value_base: s.value_base,
    unit_base: s.unit_base,
    text: s.item,
    start: s.start,
    end: s.end,
    confidence: score,
    rule: 'commitment-match',
    override: null,
    sentence: s.text,
    doc_kind: s.doc_kind,
    source_url: null,
    publisher: null,
    as_of: s.as_of,
    review_reason: `${reason}; commitment "${c.item}" (${c.report_id} ${c.start}-${c.end})`,
  };
}

/** Several commitments that a statement reports on together: the same thing counted, and their figures add up to the statement's (新建14所 + 改扩建12所 = 新改扩建26所). */
function addsUp(cs: CommitmentRecord[], s: StatementRecord): boolean {
  if (s.value_base === null) return false;
  const total = cs.reduce((a, c) => a + (c.value_base ?? 0), 0);
  return Math.abs(total - s.value_base) <= 1e-6 * Math.max(1, total);
}

/** The commitments among `cs` whose figures add up to the statement's, if any (at most 12 looked at). */
function subsetAddingUp(cs: CommitmentRecord[], s: StatementRecord): CommitmentRecord[] | undefined {
  const list = cs.slice(0, 12);
  let best: CommitmentRecord[] | undefined;
  for (let mask = 1; mask < 1 << list.length; mask++) {
    const pick = list.filter((_, i) => mask & (1 << i));
    if (pick.length >= 2 && addsUp(pick, s) && (!best || pick.length < best.length)) best = pick;
  }
  return best;
}

/**
 * A verb that merges several (新改扩建 is 新建 and 改扩建; 新建改建 is 新建 and 改建): each verb's characters stand in
 * it in their order (新…建 in 新改扩建).
 */
function mergesVerbs(verb: string, verbs: string[]): boolean {
  const distinct = [...new Set(verbs)];
  return distinct.length >= 2 && distinct.every((v) => verb !== v && v.length >= 2 && subsequence(v, verb));
}

/** A statement naming several things (中小学、幼儿园37所): each part, matched on its own. */
function parts(s: StatementRecord): string[] {
  const LEX = commitmentsLexicon();
  const names = s.object.split(LEX.PARTS_SPLIT).map((p) => p.trim());
  // 中小学和幼儿园学位: the words after the last name are of every name (中小学学位, 幼儿园学位)
  const tail = sharedTail(names);
  return names.map((p, i) => (tail && i < names.length - 1 ? p + tail : p)).filter((p) => normObject(p).length >= 2);
}

const DOC_RANK: Record<string, number> = {
  work_report: 0,
  statistical_communique: 0,
  series: 0,
  progress: 1,
  commitments: 2,
};

interface Chosen {
  s: StatementRecord;
  score: number;
  final: boolean;
  /** chosen among tied promises by its sentence (a figure beside it reports on a promise of the same sentence) */
  bySentence?: boolean;
}

function rankOf(x: Chosen): number[] {
  const item = x.s.kind === 'figure' ? 0 : x.s.kind === 'no_figure' ? 1 : 2;
  return [
    x.final ? 0 : 1,
    x.final ? item : x.s.kind === 'figure' ? 0 : 1,
    DOC_RANK[x.s.doc_kind] ?? 3,
    -(Date.parse(x.s.as_of ?? '9999-12-31') || 0),
    -x.score,
  ];
}
const compareRank = (a: Chosen, b: Chosen) => {
  const ra = rankOf(a),
    rb = rankOf(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
  return a.s.start - b.s.start;
};

/** Whether the input holds a document that reports on the year as a whole, after the promise. */
function finalLater(documents: DocumentInfo[], year: number): boolean {
  return documents.some((d) => {
    switch (d.doc_kind) {
      case 'work_report':
      case 'commitments':
        return d.report_year > year;
      case 'statistical_communique':
        return d.report_year >= year;
      case 'progress':
        return d.report_year > year || (d.report_year === year && (!d.as_of || d.as_of >= `${year}-12-31`));
      default:
        return false;
    }
  });
}

/** A promise to go on with a work by a verb of doing in general (推进…试点), said to be going on (稳步推进). */
function goingOn(c: CommitmentRecord, s: StatementRecord): boolean {
  const { GENERAL_VERB_RE } = commitmentsLexicon();
  return c.verb !== '' && GENERAL_VERB_RE.exec(c.verb)?.[0] === c.verb && s.verb.endsWith(c.verb);
}

function status(c: CommitmentRecord, s: StatementRecord): CommitmentStatus {
  const { stageOf, NEARLY_RE } = commitmentsLexicon();
  if (s.kind !== 'figure' || s.value_base === null || c.value_base === null) return 'done_no_figure';
  // started is not finished: 36条未贯通道路已开工 against 打通30条
  // (…but going on was what 推进 promised: 15个…试点稳步推进)
  if (s.stage === 'start' && stageOf(c.verb) !== 'start' && !goingOn(c, s)) return 'partly';
  const target =
    c.qualifier === 'range' && c.value_low !== null && c.value_base !== null
      ? (c.value_base * c.value_low) / c.value
      : c.value_base;
  if (c.qualifier === 'at_most') return s.value_base <= target ? 'done' : 'partly';
  // 近1300万 is fewer than 1300万: nearly the promise is not the promise
  if (NEARLY_RE.test(s.item) && s.value_base <= target + 1e-9) return 'partly';
  return s.value_base >= target - 1e-9 ? 'done' : 'partly';
}

/** Records by a key, each list in the order given. */
function groupBy<T, K>(list: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of list) {
    const k = key(x);
    const at = out.get(k);
    if (at) at.push(x);
    else out.set(k, [x]);
  }
  return out;
}

const yearKey = (x: { jurisdiction: string; year: number }) => `${x.jurisdiction}|${x.year}`;

/** The shortest object another promise's sentence must name for the two to be one. */
const NAMED_OBJECT_MIN = 3;

/** Whether the words beside one's figure stand in the other's in their order, ending the same (spreadIn), or are the same. */
function sameWordsSpread(a: CommitmentRecord, b: CommitmentRecord): boolean {
  const wa = wordsBesideFigure(a.item, a.unit),
    wb = wordsBesideFigure(b.item, b.unit);
  // (…or the very words: a notice's 年度任务：筹措资金835亿元以上 and the plan's 筹措资金835亿元以上)
  return (wa.length >= KIND_WORDS_MIN && wa === wb) || spreadIn(wa, wb) || spreadIn(wb, wa);
}

/** Whether two names share a word of two characters (煤矿 in 煤矿建成试运转), their punctuation aside. */
function shareAWord(a: string, b: string): boolean {
  const [x, y] = [normObject(a), normObject(b)];
  for (let i = 0; i + KIND_WORD <= x.length; i++) if (y.includes(x.slice(i, i + KIND_WORD))) return true;
  return false;
}

/** Whether b's sentence names a's thing, its punctuation and spaces aside. */
function namedIn(a: CommitmentRecord, b: CommitmentRecord): boolean {
  const o = normObject(a.object);
  if (o.length < NAMED_OBJECT_MIN) return false;
  const text = b.text.replace(PUNCT, '').replace(/\s+/g, '');
  if (text.includes(o)) return true;
  // (…a word of manner aside, which may stand anywhere: “两癌”筛查 in 适龄妇女“两癌”免费筛查; and the words of works
  // that end a notice's name of it: 城乡居民健康体检工程 in 为城乡居民免费健康体检30万人)
  const { MANNER_ALL_RE, WORKS_END_RE } = commitmentsLexicon();
  const bare = o.replace(MANNER_ALL_RE, '').replace(WORKS_END_RE, '');
  return bare.length >= NAMED_OBJECT_MIN && text.replace(MANNER_ALL_RE, '').includes(bare);
}

/**
 * One promise stated in several documents (a list, and a notice that restates it) is kept
 * once, from the first kind of document; `same` says which record stands for each one dropped.
 */
function dedupe(commitments: CommitmentRecord[]): {
  kept: CommitmentRecord[];
  same: Map<CommitmentRecord, CommitmentRecord>;
} {
  const primary = (c: CommitmentRecord) => (c.doc_kind === 'work_report' ? 0 : c.doc_kind === 'commitments' ? 1 : 2);
  const { AND_ALL_RE } = commitmentsLexicon();
  const sorted = [...commitments].sort((a, b) => primary(a) - primary(b));
  // the records kept so far, by what must be equal for two to be one promise (a lookup, not a scan of all kept)
  const keptBy = new Map<string, CommitmentRecord[]>();
  const kept = new Set<CommitmentRecord>();
  const same = new Map<CommitmentRecord, CommitmentRecord>();
  for (const c of sorted) {
    const key = `${c.jurisdiction}|${c.year}|${c.value_base}|${c.unit_base}`;
    const candidates = keptBy.get(key);
    const others = candidates?.filter((k) => k.report_id !== c.report_id) ?? [];
    // the same object; or, of the one figure and unit, the one whose sentence names the other's thing (a notice's
    // table row 为残疾人提供基本康复服务 | 10万名 against the plan's 为10万名残疾人提供基本康复服务)
    const named = () => {
      const n = others.filter((k) => namedIn(c, k) || namedIn(k, c));
      return n.length === 1 ? n[0] : undefined;
    };
    // or the one whose words beside the figure hold the other's in their order (a notice's row 帮扶就业1.5万人 against
    // the list's 帮扶城乡劳动者就业1.5万人, 技能培训6000人次 against 开展…等技能培训6000人次)
    const wordsIn = () => {
      const n = others.filter((k) => sameWordsSpread(c, k));
      return n.length === 1 ? n[0] : undefined;
    };
    // or, for a notice's row or line restating its target, the plan's one promise of that figure and unit as written,
    // the two names sharing a word (a notice's row 煤矿建成试运转 | 6处 against the plan's 黄蒿界等6处煤矿; 受益人口6万人 against
    // 提升6万农村人口供水保障水平; 就业促进工程：年度任务5000人 against 城镇新增就业5000人)
    // (…a row named for one thing: 村级幸福院及养老床位 | 80处；1500张 names two at once)
    const onlyOne = () => {
      if (c.doc_kind !== 'progress' || AND_ALL_RE.test(c.object)) return undefined;
      const plans = others.filter((k) => k.doc_kind !== 'progress' && k.unit === c.unit);
      return plans.length === 1 && shareAWord(plans[0].object, c.object) ? plans[0] : undefined;
    };
    const k = others.find((k) => objectSimilarity(k.object, c.object) >= 0.8) ?? named() ?? wordsIn() ?? onlyOne();
    if (k) same.set(c, k);
    else {
      kept.add(c);
      if (candidates) candidates.push(c);
      else keptBy.set(key, [c]);
    }
  }
  return { kept: commitments.filter((c) => kept.has(c)), same };
}

const spanKey = (report_id: string, start: number, end: number) => `${report_id}|${start}|${end}`;

/** The promise a statement is paired with in its own document (a fraction, an item of a notice), or the record kept for it. */
function pairedPromise(
  s: StatementRecord,
  bySpan: Map<string, CommitmentRecord>,
  same: Map<CommitmentRecord, CommitmentRecord>,
): CommitmentRecord | undefined {
  if (!s.paired) return undefined;
  const own = bySpan.get(spanKey(s.report_id, s.paired.start, s.paired.end));
  return own && (same.get(own) ?? own);
}

/** A commitment and its score against one statement. */
class Scored {
  constructor(
    readonly c: CommitmentRecord,
    readonly score: number,
  ) {}
}

/** A jurisdiction's commitments of a year, and the same by the base of their unit. */
interface Pool {
  all: CommitmentRecord[];
  byUnit: Map<string | null, CommitmentRecord[]>;
}

/**
 * The commitments of the pool a statement may report on, the best first. A figure not
 * paired with its promise can only report on a promise counted in its unit (scorePair's
 * barrier), so only those are scored.
 */
function candidates(pool: Pool, s: StatementRecord, paired: CommitmentRecord | undefined): Scored[] {
  const out: Scored[] = [];
  const among = s.kind === 'figure' && !paired && !s.paired ? inUnit(pool, s) : pool.all;
  for (const c of among) {
    const score = scorePair(c, s, paired);
    if (score >= MATCH_THRESHOLD) out.push(new Scored(c, score));
  }
  // a stable sort: equal scores keep the pool's order
  return out.sort((a, b) => b.score - a.score);
}

/** The commitments counted in a statement's unit, and, for a count of enterprises, in the other unit enterprises are counted in (户, 家). */
function inUnit(pool: Pool, s: StatementRecord): CommitmentRecord[] {
  const same = pool.byUnit.get(s.unit_base) ?? [];
  if (!ENTERPRISE_UNITS.has(s.unit_base ?? '') || !commitmentsLexicon().ENTERPRISE_END_RE.test(normObject(s.object)))
    return same;
  const other = [...ENTERPRISE_UNITS].filter((u) => u !== s.unit_base);
  return [...same, ...other.flatMap((u) => pool.byUnit.get(u) ?? [])];
}

/** What the matcher decided for one statement: attach it to a commitment, or send commitments to review. */
type Verdict =
  { attach: Scored } | { review: CommitmentRecord[]; score: number; reason: string; tie?: Scored[] } | undefined;

/** A statement that names several things, each a promise of its own: an aggregate (中小学、幼儿园37所). */
function aggregateOfParts(pool: Pool, s: StatementRecord, scored: Scored[]): Verdict {
  const named = parts(s);
  if (named.length < 2) return undefined;
  const sameUnit = pool.byUnit.get(s.unit_base) ?? [];
  const each: CommitmentRecord[][] = [];
  for (const p of named) each.push(sameUnit.filter((c) => objectSimilarity(c.object, p) >= 0.8 && !overlaps(c, s)));
  const covered = [...new Set(each.flat())];
  // (…or one promise names them as the outcome does, 新增中小学、幼儿园学位: one thing promised, not several)
  const so = normObject(s.object);
  const oneCoversAll = covered.some(
    (c) => normObject(c.object) === so || named.every((p) => normObject(c.object).includes(normObject(p))),
  );
  if (covered.length < 2 || each.filter((x) => x.length > 0).length < 2 || oneCoversAll) return undefined;
  const sum = subsetAddingUp(covered, s);
  return {
    review: sum ?? covered,
    score: scored.length ? scored[0].score : 0,
    reason: `the outcome counts several commitments together${sum ? ` (${sum.map((c) => `${c.value}${c.unit}`).join(' + ')} = ${s.value}${s.unit})` : ''}`,
  };
}

/** The shortest object, its punctuation off, that can be one of several named in one word. */
const MERGED_PART_MIN = 3;

/**
 * One name that merges the names of several promises listed together (新改建城镇供排水管网3500公里 against
 * 新建和改造供水管网600公里、排水管网2500公里): each promise's object stands in the outcome's, its characters in
 * order, and no promise's object stands in another's. The figure is of them together: review.
 */
function mergedNames(pool: Pool, s: StatementRecord, scored: Scored[]): Verdict {
  const so = normObject(s.object);
  const inside = (pool.byUnit.get(s.unit_base) ?? []).filter((c) => {
    const o = normObject(c.object);
    return o.length >= MERGED_PART_MIN && o !== so && subsequence(o, so) && !overlaps(c, s);
  });
  // promises listed together in one sentence (a list under one verb), the best candidate's among them
  for (const x of scored) {
    const together = inside.filter((c) => c.report_id === x.c.report_id && c.text === x.c.text);
    if (!together.includes(x.c)) continue;
    const objects = [...new Set(together.map((c) => normObject(c.object)))];
    const apart = objects.filter((o) => objects.every((p) => p === o || (!subsequence(o, p) && !subsequence(p, o))));
    if (apart.length < 2) continue;
    const cs = together.filter((c) => apart.includes(normObject(c.object)));
    return {
      review: cs,
      score: scored[0].score,
      reason: `the outcome names several commitments in one (${s.object} against ${cs.map((c) => c.object).join(', ')})`,
    };
  }
  return undefined;
}

/** One verb merging the verbs of several promises of the same thing: 新改扩建26所中小学 against 新建14所 and 改扩建12所. */
function mergedPromises(s: StatementRecord, scored: Scored[]): Verdict {
  const sameObject = scored.filter((x) => objectSimilarity(x.c.object, s.object) >= 0.8);
  if (sameObject.length < 2) return undefined;
  const promises = sameObject.map((x) => x.c);
  const sum = subsetAddingUp(promises, s);
  const merged = mergesVerbs(
    s.verb,
    promises.map((c) => c.verb),
  );
  if (!sum && !merged) return undefined;
  const cs = sum ?? promises;
  return {
    review: cs,
    score: scored[0].score,
    reason: `the outcome adds up several commitments (${cs.map((c) => `${c.verb}${c.value}${c.unit}`).join(' + ')}${sum ? ` = ${s.value}${s.unit}` : ` against ${s.verb}${s.value}${s.unit}`})`,
  };
}

/** Several commitments about as close: the one with the very figure (分别 653元、300元 restated), or review. */
function closest(s: StatementRecord, scored: Scored[]): Verdict | Scored {
  const best = scored[0];
  const close = scored.filter((x) => best.score - x.score < AMBIGUOUS_MARGIN);
  if (close.length < 2) return best;
  if (s.value_base !== null) {
    const same = close.filter((x) => x.c.value_base === s.value_base);
    if (same.length === 1) return same[0];
    // (分别达到15家和60处 for 城市书房建成开放11家: the one counted in the outcome's own measure word)
    const sameWord = close.filter((x) => measureWord(x.c.unit) === measureWord(s.unit));
    if (sameWord.length === 1) return sameWord[0];
  }
  // 新增公办园学位1320个 for 新增公办幼儿园学位1200个 or 新增学位4500个: the one promise whose name holds all the
  // outcome's words in order (公办园: 公办幼儿园) is the one it reports on, not one that says its head alone
  const so = normObject(s.object);
  const saysAll = so.length >= KIND_WORD ? close.filter((x) => subsequence(so, normObject(x.c.object))) : [];
  if (saysAll.length === 1 && close.every((x) => x === saysAll[0] || so.endsWith(normObject(x.c.object))))
    return saysAll[0];
  // 为老旧小区引入物业服务的年度任务已全面完成 for 800个老旧小区引入物业服务 or 改造完工老旧小区300个: a completion
  // without a figure whose words say all of one promise's own (its figure aside) is that one's
  if (s.kind === 'no_figure') {
    // (…before that, the one promise whose thing is the completion's own, word for word: 完成农村公路安全生命防护工程 for
    // 实施农村公路安全生命防护工程100公里, not 新建改造农村公路60公里 said in its sentence)
    const same = close.filter((x) => normObject(x.c.object) === normObject(s.object));
    if (same.length === 1) return same[0];
    const said = normObject(s.text);
    const whole = close.filter((x) => subsequence(normObject(x.c.item.replace(`${x.c.value}${x.c.unit}`, '')), said));
    if (whole.length === 1) return whole[0];
  }
  if (s.paired) return best;
  const cs = close.map((x) => x.c);
  const sameThing = cs.every(
    (c) => normObject(c.object) === normObject(cs[0].object) || objectSimilarity(c.object, cs[0].object) >= 0.8,
  );
  const sum = sameThing && addsUp(cs, s);
  return {
    review: cs,
    score: best.score,
    tie: sum ? undefined : close,
    reason: sum
      ? `the outcome adds up several commitments (${cs.map((c) => `${c.value}${c.unit}`).join(' + ')} = ${s.value}${s.unit})`
      : `the outcome fits ${cs.length} commitments about as well`,
  };
}

/** The verdict on one statement against its jurisdiction's commitments of its year. */
function judge(pool: Pool, s: StatementRecord, paired: CommitmentRecord | undefined): Verdict {
  const scored = candidates(pool, s, paired);
  if (s.kind === 'figure') {
    const aggregate = aggregateOfParts(pool, s, scored) ?? (s.paired ? undefined : mergedNames(pool, s, scored));
    if (aggregate) return aggregate;
  }
  if (!scored.length) return undefined;
  if (s.kind === 'figure' && !s.paired) {
    const merged = mergedPromises(s, scored);
    if (merged) return merged;
  }
  const chosen = closest(s, scored);
  if (!(chosen instanceof Scored)) return chosen;
  const best = chosen;
  // a wider group with a much larger figure (招聘教师1458名 against 新招聘中小学教师800人) counts more than this promise
  const co = normObject(best.c.object),
    so = normObject(s.object);
  // (智能制造企业1585家 against 智能制造标杆企业360家: the promise's name is the outcome's with a kind inside it)
  // (城镇老旧小区 against 老旧小区: a word of the thing's usual setting or standing names no narrower group)
  const plain = co.endsWith(so) && commitmentsLexicon().PLAIN_QUALIFIERS_RE.test(co.slice(0, co.length - so.length));
  if (
    s.kind === 'figure' &&
    co !== so &&
    !plain &&
    (co.endsWith(so) || kindInside(so, co)) &&
    co.length - so.length >= 2 &&
    s.value_base !== null &&
    best.c.value_base !== null &&
    s.value_base > 1.5 * best.c.value_base
  )
    return {
      review: [best.c],
      score: best.score,
      reason: `the outcome counts a wider group (${s.object} against ${best.c.object})`,
    };
  // an outcome whose verb merges the promise's with other work (新改扩建幼儿园16所 against 新建幼儿园10所): its
  // figure counts the other work too
  if (s.kind === 'figure' && widerWork(best.c.verb, s.verb))
    return {
      review: [best.c],
      score: best.score,
      reason: `the outcome counts other work too (${s.verb} against ${best.c.verb})`,
    };
  // a promise of people named by a bare noun (群体, 学生) and an outcome of one kind of them (新就业群体): only
  // the head is shared (not the reach of the work the promise names, 安居惠民工程受益群众)
  if (
    s.kind === 'figure' &&
    co !== so &&
    so.endsWith(co) &&
    so.length - co.length >= 2 &&
    commitmentsLexicon().COUNTED_PEOPLE.includes(co) &&
    !reachOfWorkSaid(s, best.c)
  )
    return {
      review: [best.c],
      score: best.score,
      reason: `the outcome names one kind of what the promise counts (${s.object} against ${best.c.object})`,
    };
  // the thing promised, named whole in the statement or the statement's object whole in it
  // (免费筛查 against 筛查), is trusted on its own; a looser fit needs a high score
  if (!s.paired && best.score < TRUST_THRESHOLD && !trustedByName(best.c, s))
    return {
      review: [best.c],
      score: best.score,
      reason: `the outcome may report on it, but not surely enough to set it beside the promise (score ${best.score}, under ${TRUST_THRESHOLD})`,
    };
  return { attach: best };
}

/** A verb that merges the promise's with other work (新改扩建, 新(改)扩建 against 新建; 改扩建 against 扩建). */
function widerWork(promised: string, done: string): boolean {
  const { MERGED_VERBS, VERB_JOINERS_RE } = commitmentsLexicon();
  const bare = (v: string) => v.replace(VERB_JOINERS_RE, '');
  if (!promised || !MERGED_VERBS.includes(done)) return false;
  const p = bare(promised),
    d = bare(done);
  return p.length >= 2 && p !== d && subsequence(p, d);
}

/** The shortest piece of a name on either side of a word of kind put inside it. */
const NAME_PIECE = 2;

/** Whether `longer` ends as `shorter` does with a word put inside it (智能制造标杆企业 for 智能制造企业). */
function kindInside(shorter: string, longer: string): boolean {
  for (let cut = NAME_PIECE; cut <= shorter.length - NAME_PIECE; cut++) {
    const tail = shorter.slice(cut);
    if (!longer.endsWith(tail)) continue;
    const rest = longer.slice(0, longer.length - tail.length);
    const at = rest.lastIndexOf(shorter.slice(0, cut));
    if (at >= 0 && rest.length - at - cut >= NAME_PIECE) return true;
  }
  return false;
}

/** The shortest name beside a figure that says what it counts with its kinds (省级重点项目). */
const SAME_NAME_MIN = 4;

/**
 * The words of a promise and of a statement, their figures (the number, a word of more, the unit, a qualifier) taken
 * out, are the same and say enough: 实施省级重点项目640个 and 实施省级重点项目646个; 争取100个以上项目纳入国家用地保障范围
 * and 118个项目纳入国家用地保障范围 (a word of intent before the verb aside).
 */
function sameWordsBesideFigure(c: CommitmentRecord, s: StatementRecord): boolean {
  const a = wordsBesideFigure(withoutVerbPrefix(c.item, c.verb), c.unit);
  return a.length >= SAME_NAME_MIN && a === wordsBesideFigure(withoutVerbPrefix(s.item, s.verb), s.unit);
}

/**
 * One verb, or the same with a word before it that makes one verb with it (新开工 and 开工: the year's new starts are
 * its starts).
 */
function sameVerb(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const { NEW_RE } = commitmentsLexicon();
  return short !== '' && long.endsWith(short) && NEW_RE.test(long.slice(0, -short.length));
}

/** An item with its verb's prefix taken off (新开工重点项目 → 开工重点项目), to compare its words with another's. */
function withoutVerbPrefix(item: string, verb: string): string {
  const { NEW_RE } = commitmentsLexicon();
  const at = item.indexOf(verb);
  if (at < 0) return item;
  for (let k = 1; k < verb.length; k++)
    if (NEW_RE.test(verb.slice(0, k))) return item.slice(0, at) + item.slice(at + k);
  return item;
}

/** Each unit's figure as written (the number, a word of more, the unit, a qualifier after it), made once. */
const figureWritten = perCommitmentsLexicon(() => new Map<string, RegExp>());

function wordsBesideFigure(item: string, unit: string | null): string {
  const { QUALIFIER_AFTER, APPROX_MORE, MODALS_RE, OBJECT_DONE_TAIL, WHOLE_YEAR_OPENING_RE } = commitmentsLexicon();
  const known = figureWritten();
  let figure = known.get(unit ?? '');
  if (!figure) {
    const qualifiers = Object.keys(QUALIFIER_AFTER).map(escape).join('|');
    // (a number with separators of thousands, 2,086个, as an infographic writes it)
    figure = new RegExp(
      `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?[${APPROX_MORE.join('')}]?${escape(unit ?? '')}(?:${qualifiers})?`,
    );
    known.set(unit ?? '', figure);
  }
  // (开工重点项目已完成2318个: the words that say it was done are no words of the name; 全年 opening a caption after
  // its figure, 2,086个\n全年新开工重点项目, is the year's, no word of it either)
  return normObject(
    item
      .replace(figure, '')
      .replace(MODALS_RE, '')
      .trim()
      .replace(WHOLE_YEAR_OPENING_RE, '')
      .replace(OBJECT_DONE_TAIL, ''),
  );
}

/** The words of a statement before its figure, its verb off (重点“小巨人”企业149家: 重点 is a word of kind, not an adverb here). */
function nameBeforeFigure(s: StatementRecord): string {
  // (交通、水利领域分别完成投资2056亿元、412亿元: the words before the figure name all the things, each its own object)
  if (s.rule.startsWith(RESPECTIVELY_RULE_PREFIX)) return s.object;
  const words = s.verb && s.item.startsWith(s.verb) ? s.item.slice(s.verb.length) : s.item;
  const at = words.search(/\d/);
  if (at <= 0) return s.object;
  // the verb after the thing (既有住宅加装电梯完工286台) says no kind, nor the 已 before it (保障性租赁住房已交付11.3万套)
  const name = words.slice(0, at);
  const { OBJECT_DONE_TAIL } = commitmentsLexicon();
  return s.verb && name.endsWith(s.verb) ? name.slice(0, -s.verb.length).replace(OBJECT_DONE_TAIL, '') : name;
}

/** What the rules of figures said 分别 of several things are named by (respectively-objects, respectively-from-to). */
const RESPECTIVELY_RULE_PREFIX = 'respectively-';

/** How far apart two figures of one thing may be and be one figure rounded in two units (34.5万公顷 and 517万亩). */
const ROUNDING = 0.005;

/** Whether figures in base units are one figure, written in one unit or rounded in two. */
function oneValue(values: Array<number | null>): boolean {
  const [first, ...rest] = values;
  if (first === null || first === undefined) return values.every((v) => v === first);
  return rest.every((v) => v !== null && Math.abs(v - first) <= ROUNDING * Math.max(Math.abs(v), Math.abs(first)));
}

/** The most characters between a figure's clause and a part's on the next line (a line break, and a blank line). */
const LINE_GAP_MAX = 3;

/** One document, two different figures for one commitment: not guessed. What stays attached, and what goes to review. */
function oneFigurePerDocument(c: CommitmentRecord, list: Chosen[]): { keep: Chosen[]; conflicting: Chosen[] } {
  const { stageOf, PART_OPENING_RE, FINISH_PROMISING_VERBS, RANK_ALL_RE } = commitmentsLexicon();
  const keep: Chosen[] = [];
  const conflicting: Chosen[] = [];
  for (const xs of groupBy(list, (x) => x.s.report_id).values()) {
    let figures = xs.filter((x) => x.s.kind === 'figure').sort((a, b) => b.score - a.score);
    // 7月30日…向0.92万户…发放租赁补贴 / 12月20日…租赁补贴已全部发放到位: a completion told as of a later date than every
    // figure of the promise in the notice says how far it got; the figures were the year so far
    const doneLater = xs.some(
      (x) =>
        x.s.kind === 'no_figure' &&
        x.s.told_as_of !== null &&
        // (not a completion its own sentence counts: 年度任务提前完成，1—10月开展…培训41.8万人次; and a later month, not a
        // day: 截至9月底 and a notice's date of 9月30日 are one time)
        figures.every(
          (y) => y.s.told_as_of !== null && monthOf(y.s.told_as_of) < monthOf(x.s.told_as_of!) && y.s.text !== x.s.text,
        ),
    );
    if (figures.length && doneLater) {
      keep.push(...xs.filter((x) => x.s.kind !== 'figure'));
      continue;
    }
    // 新增公办普通高中学位86400个，新建、改扩建普通高中37所 for 扩充…学位8万个: of figures counted alike (个, 所), the one
    // in the promise's own measure word counts its thing
    const measured = figures.filter((x) => measureWord(x.s.unit) === measureWord(c.unit));
    if (figures.length >= 2 && measured.length >= 1) figures = measured;
    // 改造城镇老旧小区60个 and 已开工58个，其中完工19个: a stage after 其中 counts some of the things of the figure
    // before it, and a promise of doing in general is answered by that whole, as a notice's own 进度 counts it (a
    // promise to finish, 完成危桥改造12座, takes the finished part, below)
    if (stageOf(c.verb) === 'none' && !FINISH_PROMISING_VERBS.includes(c.verb)) {
      const stageParts = figures.filter(
        (x) =>
          x.s.stage !== 'none' &&
          PART_OPENING_RE.test(x.s.context) &&
          figures.some((y) => y !== x && y.s.text === x.s.text && y.s.start < x.s.start),
      );
      if (figures.length >= 2 && stageParts.length && stageParts.length < figures.length)
        figures = figures.filter((x) => !stageParts.includes(x));
    }
    // 已开工10所，完工6所: a promise to build is answered by what was finished, one to start by what was started
    const answering = figures.filter((x) => (x.s.stage === 'start') === (stageOf(c.verb) === 'start'));
    if (figures.length >= 2 && answering.length >= 1) figures = answering;
    // 目标任务：更新改造…管道6000公里。进展情况：已完成更新改造6420公里，其中燃气管道2310公里: the figure the notice
    // pairs with the promise it restates is that promise's, before a part whose name is closer
    // (…the same figure told again in the prose too: the row's, paired with the target, is the first answer)
    const paired = figures.filter((x) => x.s.paired);
    if (figures.length >= 2 && paired.length === 1) figures = paired;
    // a figure after 其中 is a part of one before it in its sentence (or on the line before, as an infographic sets a
    // part under a figure and its caption), of the figures still standing
    const before = (y: Chosen, x: Chosen) =>
      y.s.text === x.s.text ? y.s.start < x.s.start : y.s.end <= x.s.start && x.s.start - y.s.end <= LINE_GAP_MAX;
    const isPart = (x: Chosen) => PART_OPENING_RE.test(x.s.context) && figures.some((y) => y !== x && before(y, x));
    // 开展…岗位技能培训57.3万人次，其中企业职工岗位技能培训38.6万人次: the figure named as the promise names its thing
    // is its figure, before a part whose words are all the promise's too
    // (…not a part after 其中 that the promise's words name too, after a whole named as the promise names its work:
    // 城区新增停车位完成412个，其中…停车位120个 for 城区新增停车位500个; but 新增中小学学位2.83万个，其中新增中学学位1.26万个
    // for 新增中学学位1万个 is the part's)
    const promised = normObject(c.item.slice(0, Math.max(0, c.item.search(/\d/))));
    const wholeAsPromised = (x: Chosen) =>
      isPart(x) && figures.some((y) => y !== x && before(y, x) && normObject(y.s.object) === promised);
    const sameName = figures.filter((x) => normObject(x.s.object) === normObject(c.object) && !wholeAsPromised(x));
    if (figures.length >= 2 && sameName.length === 1) figures = sameName;
    // 加装住宅电梯312部、更新住宅电梯216部，合计528部 for 加装、更新住宅电梯500部: the figure done by all the promise's
    // works, not one of them
    const allWorks = figures.filter((x) => c.verb.includes(LIST_COMMA) && x.s.verb === c.verb);
    if (figures.length >= 2 && allWorks.length === 1) figures = allWorks;
    // 新认定…智能工厂19家、数字化车间39家，合计58家 for 新增…智能工厂和数字化车间80家: the figure of all the things
    // the promise names together, not of one of them
    const together = unjoined(c.object);
    const allThings = together !== normObject(c.object) ? figures.filter((x) => unjoined(x.s.object) === together) : [];
    if (figures.length >= 2 && allThings.length === 1) figures = allThings;
    // 引进各类首店386家，其中省级首店231家 for 引进省级首店200家以上: the rank the promise names (省级, left off
    // names compared alike) said before one figure alone is that figure's
    const rank = c.item.match(RANK_ALL_RE)?.[0];
    const ranked = rank ? figures.filter((x) => x.s.item.includes(rank + normObject(c.object))) : [];
    if (figures.length >= 2 && ranked.length === 1) figures = ranked;
    // 新增中小学和幼儿园学位5120个，其中普惠性幼儿园学位1260个: a figure after 其中 is a part of one before it in its
    // sentence, no other answer to the promise (asked before the names that say no more: 其中供排水管网2960公里 says
    // no more than 燃气、供排水管网, and is a part still)
    // (…or on the line right after the figure's, as an infographic sets a part under a figure and its caption:
    // 217家\n新培育智能工厂\n其中先进级智能工厂36家)
    const wholes = figures.filter((x) => !isPart(x));
    if (figures.length >= 2 && wholes.length >= 1) figures = wholes;
    // 专精特新“小巨人”企业397家、重点“小巨人”企业149家 for 国家专精特新“小巨人”企业300家: a name with a word of
    // kind the promise does not say (重点) counts a part; the one whose words are all the promise's is its figure
    const saysNoMore = figures.filter((x) =>
      [x.s.object, nameBeforeFigure(x.s)].every((n) => subsequence(normObject(n), normObject(c.object))),
    );
    if (figures.length >= 2 && saysNoMore.length === 1) figures = saysNoMore;
    // 园区新增规模以上工业企业600户左右 and 园区新增…572户，全省新增规上工业企业836户: the scope the promise's words
    // name before its verb, said in one figure's clause, tells that figure from a wider one
    const scope = scopeBeforeVerb(c);
    const inScope = scope ? figures.filter((x) => x.s.context.includes(scope)) : [];
    if (figures.length >= 2 && inScope.length >= 1 && inScope.length < figures.length) figures = inScope;
    // a figure whose sentence reports on the promise's sentence beside it is its figure, more than a name alone
    const bySentence = figures.filter((x) => x.bySentence);
    if (figures.length >= 2 && bySentence.length === 1) figures = bySentence;
    // 【…】6月30日 上半年…新增就业1320人 / 1—9月…新增就业1908人 / 截至12月25日…新增就业2236人: of figures told as of
    // different dates in one notice (its posts, its log's entries), the latest says how far the promise got
    const latest = toldLatest(figures);
    if (figures.length >= 2 && latest) figures = [latest];
    // 全年新（改）建高标准农田超318万亩 in a lead and 318.6万亩 in the report under it: a bound the exact figure keeps
    // says the same, less closely
    const exact = figures.filter((x) => x.s.qualifier === 'exact');
    const bounds = figures.filter((x) => x.s.qualifier !== 'exact');
    if (
      exact.length >= 1 &&
      bounds.length >= 1 &&
      oneValue(exact.map((x) => x.s.value_base)) &&
      bounds.every((x) => keepsBound(x.s, exact[0].s.value_base))
    )
      figures = exact;
    if (
      figures.length >= 2 &&
      !oneValue(figures.map((x) => x.s.value_base)) &&
      figures[0].score - figures[1].score < AMBIGUOUS_MARGIN
    ) {
      conflicting.push(...figures);
      keep.push(...xs.filter((x) => x.s.kind !== 'figure'));
    } else keep.push(...(figures.length ? [toldInProse(figures)] : []), ...xs.filter((x) => x.s.kind !== 'figure'));
  }
  return { keep, conflicting };
}

/**
 * 已开工建设536个 in a notice's prose and 已开工536个 in its summary table, or 新增投产并网1126万千瓦 in a post and again in
 * the thread's summary (…｜新增投产1126万千瓦｜…): one figure told twice. The telling in prose says it, not a line of
 * cells nor a headline in brackets (【国土绿化：…义务植树8356万株】) nor a caption (字幕：), which the text under it tells; else the closest.
 */
function toldInProse(figures: Chosen[]): Chosen {
  const told = figures.filter((x) => x.s.value_base !== null && oneValue([figures[0].s.value_base, x.s.value_base]));
  if (told.length < 2) return figures[0];
  // (…nor a caption on the screen or the page, 字幕：…3718公里, which the narration says again)
  const { CAPTION_LABEL_RE } = commitmentsLexicon();
  const inProse = told.filter((x) => !inHeadline(x.s) && !inCells(x.s) && !CAPTION_LABEL_RE.test(x.s.text));
  return inProse.length ? inProse[0] : figures[0];
}

/**
 * The one figure told as of the latest date, where the others differ from it and each is told as of a date its line
 * names before it (截至8月底, 1—9月, an entry's 12月26日, 上半年) or a dated heading above it (a week's report). A figure
 * undated may be of any date.
 */
function toldLatest(figures: Chosen[]): Chosen | undefined {
  const dates = figures.map((x) => x.s.told_as_of);
  if (dates.some((d) => d === null) || oneValue(figures.map((x) => x.s.value_base))) return undefined;
  const last = Math.max(...(dates as number[]));
  const at = dates.flatMap((d, i) => (d === last ? [i] : []));
  return at.length === 1 ? figures[at[0]] : undefined;
}

/** The month of a date told as of (month × 100 + day). */
const monthOf = (date: number) => Math.floor(date / 100);

/** How far from its figure an approximate one (约, 近) may be and still say it. */
const ABOUT_SLACK = 0.1;

/** Whether an exact value keeps a statement's bound: 318.6 keeps 超318, 1.07 keeps 逾1, 9.8 keeps 近10. */
function keepsBound(s: StatementRecord, value: number | null): boolean {
  const bound = s.value_base;
  if (value === null || bound === null) return false;
  if (s.qualifier === 'at_least') return value >= bound;
  if (s.qualifier === 'at_most') return value <= bound;
  if (s.qualifier === 'about') return Math.abs(value - bound) <= ABOUT_SLACK * Math.abs(bound);
  return false;
}

/** A line of cells: read by a table's rule, or between bars (| 1 | 抓好省重大项目 | 已开工536个 |, …｜新增投产1126万千瓦｜…). */
const inCells = (s: StatementRecord) =>
  s.rule.startsWith(TABLE_RULE_PREFIX) || (s.text.match(/[|｜]/g)?.length ?? 0) >= CELL_BARS_MIN;
/** What a table's rules are named by (table-done, table-target, table-sum). */
const TABLE_RULE_PREFIX = 'table-';
/** The bars of a line of two cells or more. */
const CELL_BARS_MIN = 2;

/** Whether a statement stands inside a headline in brackets (【…】) of its sentence. */
function inHeadline(s: StatementRecord): boolean {
  const at = s.text.indexOf(s.item);
  if (at < 0) return false;
  const open = s.text.lastIndexOf('【', at);
  return open >= 0 && s.text.indexOf('】', open) >= at + s.item.length;
}

/** A name's words without what joins the things it names (智能工厂和数字化车间, 智能工厂、数字化车间: 智能工厂数字化车间). */
function unjoined(object: string): string {
  const { AND_RE } = commitmentsLexicon();
  return [...normObject(object)].filter((ch) => ch !== LIST_COMMA && !AND_RE.test(ch)).join('');
}

/** The fewest and the most characters of a scope a promise names before its verb (园区). */
const SCOPE_MIN = 2;
const SCOPE_MAX = 6;

/** The words of a promise's clause before its own (园区 in 园区新增规模以上工业企业600户左右), or ''. */
function scopeBeforeVerb(c: CommitmentRecord): string {
  const at = c.text.indexOf(c.item);
  const before = at > 0 ? c.text.slice(0, at) : '';
  // (a word of time or of the whole place, 全年, 全省, is no scope: every figure of the notice is of it)
  const { LEADING, MODALS_RE, OBJECT_PREFIX_RE } = commitmentsLexicon();
  const scope = before
    .slice(before.search(/[^，,；;：:。、]*$/))
    .replace(LEADING, '')
    .replace(MODALS_RE, '')
    .replace(OBJECT_PREFIX_RE, '');
  return scope.length >= SCOPE_MIN && scope.length <= SCOPE_MAX && /^[\u4e00-\u9fff]+$/.test(scope) ? scope : '';
}

/** A unit without its scale (万个: 个), the word a thing is counted by. */
const measureWord = (unit: string | null) => (unit ?? '').replace(lexicon().units.multiplierAtStart, '');

/** The rule of a match that breaks a tie by the sentence. */
const BY_SENTENCE = 'matched-by-sentence';

/** One jurisdiction's commitments, statements and documents in; each commitment with its outcome and status out. */
export function matchCommitments(
  allCommitments: CommitmentRecord[],
  statements: StatementRecord[],
  documents: DocumentInfo[],
  /** the input's date among the rest (outcomes.ts); without it, the documents' own */
  cover: Coverage = coverage(documents, []),
): CommitmentMatching {
  const { kept: commitments, same } = dedupe(allCommitments);
  const review: CommitmentReviewRow[] = [];
  const reasons = new Map<CommitmentRecord, string>();
  const attached = new Map<CommitmentRecord, Chosen[]>();
  const matches: Match[] = [];
  const flag = (cs: CommitmentRecord[], s: StatementRecord, score: number, reason: string) => {
    for (const c of cs) {
      review.push(reviewRow(c, s, score, reason));
      if (!reasons.has(c)) reasons.set(c, `${reason}: see review.csv (${s.report_id} ${s.start}-${s.end})`);
    }
  };

  const byYear = new Map<string, Pool>();
  for (const [key, all] of groupBy(commitments, yearKey))
    byYear.set(key, { all, byUnit: groupBy(all, (c) => c.unit_base) });
  // the first record of each span, as a scan of all commitments would find it
  const bySpan = new Map<string, CommitmentRecord>();
  for (const c of allCommitments) {
    const k = spanKey(c.report_id, c.start, c.end);
    if (!bySpan.has(k)) bySpan.set(k, c);
  }

  const attach = (c: CommitmentRecord, s: StatementRecord, score: number, rule: string) => {
    const list = attached.get(c);
    const chosen: Chosen = { s, score, final: isFinal(s, c.year), bySentence: rule === BY_SENTENCE };
    if (list) list.push(chosen);
    else attached.set(c, [chosen]);
    matches.push({ commitment: c, statement: s, score, rule });
  };
  const ties: Array<{
    s: StatementRecord;
    verdict: { review: CommitmentRecord[]; score: number; reason: string; tie: Scored[] };
  }> = [];
  for (const s of statements) {
    const pool = byYear.get(yearKey(s));
    if (!pool || s.kind === 'list_done') continue;
    const verdict = judge(pool, s, pairedPromise(s, bySpan, same));
    if (!verdict) continue;
    if ('review' in verdict) {
      if (verdict.tie) ties.push({ s, verdict: { ...verdict, tie: verdict.tie } });
      else flag(verdict.review, s, verdict.score, verdict.reason);
      continue;
    }
    attach(verdict.attach.c, s, verdict.attach.score, s.paired ? 'paired' : 'matched');
  }
  // a tie broken by the sentence: where another figure of the outcome's sentence reports on a promise of one
  // sentence, and one of the tied promises stands in that sentence, the outcome is that one's
  for (const { s, verdict } of ties) {
    const mates = matches.filter(
      (m) => m.statement !== s && m.statement.report_id === s.report_id && m.statement.text === s.text,
    );
    const inMates = verdict.tie.filter((x) =>
      mates.some((m) => m.commitment.report_id === x.c.report_id && m.commitment.text === x.c.text),
    );
    if (inMates.length === 1) attach(inMates[0].c, s, inMates[0].score, BY_SENTENCE);
    else flag(verdict.review, s, verdict.score, verdict.reason);
  }

  for (const [c, list] of attached) {
    const { keep, conflicting } = oneFigurePerDocument(c, list);
    for (const x of conflicting) flag([c], x.s, x.score, 'one document gives two different figures for it');
    attached.set(c, keep);
  }

  // a word on the whole list, for the promises no item-level statement reports on
  const listDone = groupBy(
    statements.filter((s) => s.kind === 'list_done'),
    yearKey,
  );
  const laterByYear = new Map<number, boolean>();
  const rows: CommitmentRow[] = [];
  for (const c of commitments) {
    const mine = attached.get(c) ?? [];
    for (const s of listDone.get(yearKey(c)) ?? []) {
      // a word on the whole list reports on the list's items, not on every promise of the plan
      if (!isFinal(s, c.year) || !c.in_list) continue;
      mine.push({ s, score: c.kind === 'list' ? 0.9 : 0.5, final: true });
      matches.push({ commitment: c, statement: s, score: c.kind === 'list' ? 0.9 : 0.5, rule: 'list-done' });
    }
    const chosen = [...mine].sort(compareRank)[0];
    let later = false;
    if (!chosen) {
      // silent after a document on the whole year, or once the year's account was due by the input's date
      let known = laterByYear.get(c.year);
      if (known === undefined) laterByYear.set(c.year, (known = finalLater(documents, c.year)));
      later = known;
    }
    rows.push(rowOf(c, chosen, mine.length, later, cover, reasons.get(c) ?? null));
  }
  rows.sort(
    (a, b) =>
      (a.jurisdiction < b.jurisdiction ? -1 : a.jurisdiction > b.jurisdiction ? 1 : 0) ||
      a.year - b.year ||
      (a.report_id < b.report_id ? -1 : a.report_id > b.report_id ? 1 : 0) ||
      a.start - b.start ||
      a.end - b.end,
  );
  review.sort(
    (a, b) =>
      (a.report_id < b.report_id ? -1 : a.report_id > b.report_id ? 1 : 0) ||
      a.start - b.start ||
      (a.review_reason < b.review_reason ? -1 : 1),
  );
  return { rows, review, matches };
}

/** A commitment's row: its outcome (the statement chosen by precedence), its status and why. */
function rowOf(
  c: CommitmentRecord,
  chosen: Chosen | undefined,
  sources: number,
  later: boolean,
  cover: Coverage,
  reviewReason: string | null,
): CommitmentRow {
  let st: CommitmentStatus = 'pending';
  if (chosen)
    st =
      c.kind === 'list'
        ? chosen.s.value_base !== null && chosen.s.value_base === c.value_base
          ? 'done'
          : 'done_no_figure'
        : status(c, chosen.s);
  if (!chosen) st = later || isDue(c.year, cover.inputDate) ? 'not_stated' : 'pending';
  const s = chosen?.s;
  return {
    jurisdiction: c.jurisdiction,
    year: c.year,
    report_id: c.report_id,
    item: c.item,
    object: c.object,
    value: c.value,
    unit: c.unit,
    value_base: c.value_base,
    unit_base: c.unit_base,
    qualifier: c.qualifier,
    start: c.start,
    end: c.end,
    outcome_value: s?.kind === 'figure' ? s.value : null,
    outcome_unit: s?.kind === 'figure' ? s.unit : null,
    outcome_value_base: s?.kind === 'figure' ? s.value_base : null,
    outcome_report_id: s?.report_id ?? null,
    outcome_text: s?.item ?? null,
    outcome_start: s?.start ?? null,
    outcome_end: s?.end ?? null,
    outcome_as_of: s?.as_of ?? null,
    match_score: chosen?.score ?? null,
    status: st,
    missing_reason: st === 'not_stated' ? (later ? 'later_documents_silent' : 'no_later_document') : null,
    text: c.text,
    verb: c.verb,
    value_low: c.value_low,
    value_high: c.value_high,
    baseline: c.baseline,
    kind: c.kind,
    rule: c.rule,
    doc_kind: c.doc_kind,
    outcome_kind: s?.kind ?? null,
    outcome_source: s?.doc_kind ?? null,
    outcome_sentence: s?.text ?? null,
    sources,
    review_reason: reviewReason,
  };
}
