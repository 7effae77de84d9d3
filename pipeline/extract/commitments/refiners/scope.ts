// Refiners: what is set aside, each with its reason (kept for the tests and the eval).
//   a change from a base (比去年增加5600亿元) · a figure describing what follows (500万元以上项目, 1平方公里的…)
//   a part of the text, not a thing (三个方面, 三项举措) · the count of the list read as an item
//   a promise with no verb of doing · an outcome still to come (正在施工, 力争上半年开工)
//   a headline indicator, which stays with the dictionary (a figure is an observation or a commitment, never both)
import { CLAUSE_END, CLAUSE_OR_COLON } from '../text.js';
import type { Item } from '../types.js';
import { unitOfItem } from '../item.js';
import { commitmentsLexicon, type CommitmentsLexicon } from '../../../lexicon/commitments.js';
import { escape } from '../../vocabulary.js';
import { isListCount } from '../parsers/list-count.js';
import { drop } from './set-aside.js';
import { cleanObject, onlyVerbs, verbRunOpening, PEOPLE_BASES } from '../parsers/clauses.js';
import { normObject } from '../objects.js';
import { lexicon } from '../../../lexicon/index.js';
import { HAN_CLASS } from '../../../lexicon/script.js';
import { TABLE_DONE_RULE } from '../parsers/table.js';

/**
 * A part of a text is named in a few words (三个方面, 四项重点工作); a long object that starts with such a
 * word names a thing (重点领域就业技能和企业职工岗位技能培训, its 重点 taken off as a word of the clause).
 */
const META_OBJECT_MAX = 6;

/** What stands between a table's cells once normalize() has written tabs and runs of spaces as bars. */
const TABLE_CELL = '|';

/**
 * …其中棚户区改造580万套，增加110万套: a clause of a verb of increase and a figure alone, right after a figure of
 * the same unit, says how much more that figure is than the year before (a change from a base left unsaid).
 */
function moreThanFigureBefore(text: string, it: Item, clauseFrom: number, LEX: CommitmentsLexicon): boolean {
  const q = it.q!;
  const verb = text.slice(clauseFrom, q.from);
  if (LEX.INCREMENT_RE.exec(verb)?.[0] !== verb || !CLAUSE_END[text.charCodeAt(q.to)]) return false;
  // (老年助餐点 | 30个 | 新增31个: a table's cell after the row's target is what was done, not a change)
  if (text[clauseFrom - 1] === TABLE_CELL) return false;
  const qualifier = Object.keys(LEX.QUALIFIER_AFTER).map(escape).join('|');
  const figureEnd = new RegExp(`\\d[${LEX.APPROX_MORE.join('')}]?${escape(q.unit)}(?:${qualifier})?$`);
  return clauseFrom > it.sentence.from && figureEnd.test(text.slice(Math.max(0, clauseFrom - 16), clauseFrom - 1));
}

/** Whether the words before a count end on 已有 (…幼儿园已有11所): the count is a part had of what was named before. */
function hadEnd(words: string): boolean {
  return commitmentsLexicon().SET_HAD_END_RE.exec(words)?.[1] !== undefined;
}

/** One name ends the other, once written one way (学校 and 中小学: synonyms as one word). */
function sameHead(a: string, b: string): boolean {
  const x = normObject(a),
    y = normObject(b);
  return a.endsWith(b) || b.endsWith(a) || (x !== '' && y !== '' && (x.endsWith(y) || y.endsWith(x)));
}

/** How far into a document its own place is named: its title and first lines. */
const OWN_PLACE_HEAD = 150;

/**
 * 从市州看，成都市开工改造老旧小区812个: a place's name before a verb inside an outcome's words: that place's share
 * (words.place_subject), not the figure of the whole the notice reports on.
 */
export function refinePlaceShares(text: string, items: Item[]): void {
  const { PLACE_SUBJECT_RE, PLACE_BREAKDOWN_OPENING_RE, PLACE_ONLY_OBJECT_RE, PART_OPENING_RE, VERB_AT } =
    commitmentsLexicon();
  const head = text.slice(0, OWN_PLACE_HEAD);
  for (const it of items) {
    if (it.dropped || it.role !== 'statement' || it.kind !== 'figure') continue;
    // (分市州看，长沙市承担省重点项目87个: a sentence told place by place)
    const before = text.slice(fullSentenceStart(text, it.sentence.from), it.from);
    const opening = PLACE_BREAKDOWN_OPENING_RE.exec(before);
    // (…or a part whose words are only a town's name: 其中，尚志镇辖区完成9个)
    if (opening || (PART_OPENING_RE.test(before) && PLACE_ONLY_OBJECT_RE.test(it.object))) {
      drop(it, `one place's share (${opening?.[0] ?? it.object}…), not the whole's`, 'narrower_scope');
      continue;
    }
    const place = PLACE_SUBJECT_RE.exec(it.object)?.[0];
    // (…but the document's own place, named where it opens, 讷河市2026年民生实事办理综述, is the whole: 今年，讷河市新建改造
    // 城区供热管网8.4公里)
    if (!place || it.object.length <= place.length || head.includes(place)) continue;
    VERB_AT.lastIndex = place.length;
    if (VERB_AT.test(it.object)) drop(it, `one place's share (${place}), not the whole's`, 'narrower_scope');
  }
}

/**
 * In a notice or a review, a clause that opens on a part of the figure before it (…安居工程18300套，其中新建6200套、
 * 基本建成11800套) counts that part: with no thing of its own named, its figures are not the whole's outcome. (A part
 * that names its thing, 其中南北山绿化工程完成21.2万亩, is read as that thing's.) And the set a clause ending on 中
 * restates (4所新建学校、幼儿园中，已竣工验收1所) is no outcome either: its part, told next, may be.
 */
export function refineParts(text: string, items: Item[]): void {
  const {
    PART_OPENING_RE,
    AMONG_END_RE,
    ONE_OF_END_RE,
    SAMPLE_SEEN_BEFORE_RE,
    PROMISED_BEFORE_RE,
    SAID_DONE_NEXT_RE,
    GROWTH_AFTER_SET_RE,
    ONLY_PART_AFTER_SET_RE,
    TASK_NAMED_AFTER_RE,
    TASK_DONE_BEFORE_RE,
    TASK_SET_BEFORE_RE,
    CORRECTED_BEFORE_RE,
    AS_REPORTED_BEFORE_RE,
    CORRECTIONS_RE,
    TARGET_SAID_AFTER_RE,
    PLANNED_SET_OPENING_RE,
    AMONG_WITHIN_RE,
    SET_THEN_DONE_RE,
    NOT_YET_RE,
    MADE_BY_START_RE,
    TIME_ONLY_RE,
    DONE_STATES_RE,
    WORKS_END_RE,
    YEAR_OWN_CUE_RE,
    PLACE_PART_ONLY_RE,
    ETC_END_RE,
    stageOf,
  } = commitmentsLexicon();
  // the set's thing without its 中, nor the works that make it (18所新建、改扩建学校（幼儿园）中: 学校（幼儿园）)
  // (…nor the words of works after it: 12所中小学校建设项目中, 中小学校)
  // (…nor the words that say it is the plan's: 列入年度计划的)
  const thingOfSet = (object: string) => {
    let thing = cleanObject(object.replace(AMONG_END_RE, '').replace(PLANNED_SET_OPENING_RE, ''));
    const works = WORKS_END_RE.exec(thing);
    if (works && thing.length - works[0].length >= 2) thing = thing.slice(0, works.index);
    // (…nor the work done to it after it, where no word of works ended the name: 8座危桥改造中，完工5座, 危桥; not
    // 52个积水改善工程中, whose 积水改善 names the works)
    const done = works
      ? -1
      : [...thing].findIndex((_, k) => k >= 2 && onlyVerbs(thing.slice(k)) && !onlyVerbs(thing.slice(0, k)));
    if (done > 0) thing = thing.slice(0, done);
    const made = MADE_BY_START_RE.exec(thing);
    return made && thing.length - made[0].length >= 2 ? thing.slice(made[0].length) : thing;
  };
  // a text that corrects figures reported before (审计整改: 原报…，核减后…)
  const corrects = CORRECTIONS_RE.test(text);
  let whole: Item | undefined;
  let among: { set: Item; thing: string } | undefined;
  let setBefore: Item | undefined;
  let toCome: Item | undefined;
  // the figure as first reported, whose thing the corrected one after it counts (…报送完成背街小巷整治219条，审计核减23条后
  // 实际完成196条: 196 of 背街小巷整治)
  let reported: Item | undefined;
  // (吴委员：区域养老服务中心今年能全部建成吗？: a question with no figure says nothing done either)
  for (const it of items)
    if (!it.dropped && it.role === 'statement' && it.kind !== 'figure' && asked(text, it))
      drop(it, 'asked in a question, not an outcome', 'restates_target');
  const figures = items.filter((it) => !it.dropped && it.role === 'statement' && it.kind === 'figure');
  // the words of a figure's clause before it, and after it
  const wordsBefore = (it: Item) => text.slice(clauseStartOf(text, it), it.q?.from ?? it.from);
  const wordsAfter = (it: Item) => (it.q ? text.slice(it.q.to, clauseEnd(text, it)) : '');
  for (const [i, it] of figures.entries()) {
    const clause = clauseOf(text, it);
    // (…or after words that say it corrects: 审计予以核减，核减后为203.2公里)
    const corrected =
      reported !== undefined && CORRECTED_BEFORE_RE.test(text.slice(clauseStartOf(text, it), it.q!.numFrom));
    if (
      reported !== undefined &&
      // (in its sentence, or, said corrected, in its paragraph: 报送城镇新增就业3026人。…核减后为2912人)
      (reported.sentence.from === it.sentence.from ||
        (corrected && !text.slice(reported.to, it.from).includes('\n'))) &&
      it.q?.unit === reported.q?.unit &&
      (it.object.length < 2 || TIME_ONLY_RE.test(it.object) || corrected)
    ) {
      it.object = reported.object;
      it.objectInherited = true;
      if (corrected) it.verb = reported.verb;
    }
    // ▶新建改扩建学校项目中，2所已竣工交付: a set named with no figure in the clause before, ending on 中, and a part
    // whose words are only what was done to it: the part counts the set's thing
    const set = it.rule === 'figure-object' && it.object !== '' ? namedSetBefore(text, it) : undefined;
    if (set !== undefined && verbRunOpening(it.object) === it.object && thingOfSet(set).length >= 2) {
      it.verb = it.object;
      it.object = thingOfSet(set);
      it.objectInherited = false;
    }
    // a count that opens its clause, with another figure after it in that clause: perhaps the set restated
    const next = figures[i + 1];
    const setFirst =
      it.rule === 'figure-object' &&
      it.q !== undefined &&
      next?.q !== undefined &&
      next.sentence.from === it.sentence.from &&
      next.from >= it.to &&
      clauseOf(text, next) === clause;
    // 5500个工业重大项目中已开工建设5312个: the set, restated inside the clause, then the part done, which is of the
    // set's thing (工业重大项目, its 中 no part of it)
    const within = setFirst ? AMONG_WITHIN_RE.exec(text.slice(it.q!.to, it.to)) : null;
    // 6所新建、改扩建学校已竣工交付4所: a count, then what was already done of it, counted in the same unit
    // (…or 已有 and the count: 新建改扩建的12所中小学、幼儿园已有11所建成招生)
    const between = setFirst ? text.slice(it.q!.to, next.q!.from) : '';
    // (…not a note in brackets on it, 6所已全部竣工投用（其中幼儿园2所）: a part of what was done, the first its figure)
    const thenDone =
      setFirst &&
      !/[(（][^()（）]*$/.test(between) &&
      (next.rule === 'object-figure' || hadEnd(between)) &&
      next.q!.unit === it.q!.unit &&
      SET_THEN_DONE_RE.test(between);
    // (…its thing the words before 中 where the item took its name from a heading: 550个项目中已开工在建541个)
    const setThing = !within
      ? undefined
      : it.object.endsWith(within[0])
        ? it.object.slice(0, -within[0].length)
        : it.objectInherited
          ? cleanObject(text.slice(it.q!.to, it.q!.to + within.index))
          : undefined;
    if (setThing !== undefined || thenDone) {
      drop(it, 'the set a part of which is told next, not an outcome', 'restates_target');
      among = { set: it, thing: setThing ?? it.object };
      continue;
    }
    if (among && clauseOf(text, among.set) === clause) {
      // (9所新建改扩建中小学、幼儿园中已有7所竣工投用: a part whose own words are only what was done to it)
      // (…or only the state it is in, after its verb: 已有11所建成招生)
      const done = verbRunOpening(it.object) === it.object ? it.object : undefined;
      const state = it.object !== '' && it.verb !== '' && DONE_STATES_RE.test(it.object);
      if (it.object === among.set.object) it.object = among.thing;
      // (…or none of its own, its name the heading's: 550个项目中已开工在建541个)
      else if ((done || state || it.objectInherited) && it.q?.unit === among.set.q?.unit) {
        it.verb = done ?? it.verb;
        it.object = thingOfSet(among.thing);
        it.objectInherited = false;
      }
    }
    among = undefined;
    // 全省新增规模以上工业企业846户，其中园区新增538户: a part named only by the part of the place it is in counts the
    // whole's thing there (园区规模以上工业企业)
    if (
      whole?.sentence.from === it.sentence.from &&
      PART_OPENING_RE.test(clause) &&
      PLACE_PART_ONLY_RE.test(it.object) &&
      whole.object !== '' &&
      it.q?.unit === whole.q?.unit
    )
      it.object += whole.object;
    const ownThing = it.object !== '' && it.object !== it.verb && !it.objectInherited;
    // 已开工改造老旧小区352个，其中完工281个: of what was started, what was finished is the work's own stage
    // (…or on the line after it: 20个…输变电工程全部开工 / 其中7个建成投运)
    const finishedOfStarted =
      whole !== undefined &&
      (whole.sentence.from === it.sentence.from || onNextLine(text, whole, it)) &&
      stageOf(whole.verb) === 'start' &&
      stageOf(it.verb) === 'finish';
    // 在库亿元以上项目达到16812个，其中新开工亿元以上项目7421个: a thing of its own that is the whole's thing, done
    // by a verb of its own, is the same things narrowed by their stage, a part all the same (其中农村1.18万个, the
    // place narrowed, may answer a promise of the part: 其中农村1万个以上)
    const sameThing =
      ownThing &&
      it.verb !== '' &&
      !it.verbInherited &&
      it.verb !== whole?.verb &&
      whole?.sentence.from === it.sentence.from &&
      whole.object !== '' &&
      sameHead(whole.object, it.object);
    // (a part or another count still under way, 另2个项目正在积极推进中, is refineNotYet's)
    // (累计组建3800余支，其中今年新组建526支: the part that is the year's own is what the year did)
    const opening = PART_OPENING_RE.exec(clause);
    const yearsOwn = opening !== null && YEAR_OWN_CUE_RE.exec(clause.slice(opening[0].length))?.index === 0;
    // (…not a part a table's row pairs with its target's own part: | …，其中非化石能源装机1000万千瓦 | …，其中…1096万千瓦 |)
    const rowsPart = it.pairedWith !== undefined && it.rule === TABLE_DONE_RULE;
    // (a part of a whole still to come, 20台加装电梯项目已全部完成签约，其中完工投用13台: what was done of its things)
    const ofToCome = toCome?.sentence.from === it.sentence.from && opening !== null && !ownThing;
    // (…its things the whole's where the part, on a line of its own after 其中, names none: 其中7个建成投运)
    if (finishedOfStarted && opening && !ownThing && whole!.sentence.from !== it.sentence.from) {
      it.object = whole!.object;
      it.objectInherited = true;
      it.context = text.slice(whole!.from, it.to);
    }
    if (ofToCome) {
      it.object = toCome!.object;
      it.objectInherited = true;
      it.context = text.slice(toCome!.from, it.to);
    } else if (
      (!ownThing || sameThing) &&
      !finishedOfStarted &&
      opening &&
      !yearsOwn &&
      !rowsPart &&
      !NOT_YET_RE.test(clause)
    )
      drop(it, 'a part of the figure before it, not the whole', 'narrower_scope');
    // 4所新建学校、幼儿园中，已竣工验收1所: the set restated, its part told next
    // (正在建设中 is work under way: refineNotYet's)
    // (…but a set said as planned still is one: 今年计划建设的15所中小学校中，已有11所完工)
    // (…or named as those the year's plan holds: 列入年度计划的新建改扩建义务教育学校5所，已竣工投入使用4所)
    else if (
      (AMONG_END_RE.test(clause) && (!NOT_YET_RE.test(clause) || AMONG_END_RE.test(it.object))) ||
      PLANNED_SET_OPENING_RE.test(clause)
    ) {
      drop(it, 'the set a part of which is told next, not an outcome', 'restates_target');
      setBefore = it;
      continue;
    }
    // 原报新增新能源装机3198万千瓦 (…核减后…): the figure as first reported, in a text that corrects it
    else if (corrects && AS_REPORTED_BEFORE_RE.test(wordsBefore(it))) {
      drop(it, 'the figure as first reported, before the text corrects it', 'as_reported');
      reported = it;
      continue;
    }
    // (…6个服务驿站，我前几天去看，好像还没建起来？: a question, its figures the promise restated)
    else if (asked(text, it)) {
      drop(it, 'asked in a question, not an outcome', 'restates_target');
      continue;
    }
    // 5个国家先进制造业集群产值同比增长9.4%: the set whose measure grew, named by its count
    else if (it.rule === 'figure-object' && it.q && GROWTH_AFTER_SET_RE.test(wordsAfter(it))) {
      drop(it, 'names the set whose growth its clause tells, not an amount done', 'attribute');
      continue;
    }
    // 会议部署年内抓好1万名乡村医生线下培训: the year's task set at a meeting, not what was done
    else if (it.role === 'statement' && TASK_SET_BEFORE_RE.test(wordsBefore(it))) {
      drop(it, 'the year’s task as it was set, not what was done', 'restates_target');
      continue;
    }
    // 为6000栋老旧高层建筑安装消防物联感知设备的任务，…正在推进: the task named, not what was done (not where its clause
    // says the task done: 圆满完成裁减军队员额20万的任务)
    else if (
      it.role === 'statement' &&
      it.q &&
      TASK_NAMED_AFTER_RE.test(wordsAfter(it)) &&
      !TASK_DONE_BEFORE_RE.test(wordsBefore(it))
    ) {
      drop(it, 'names a task, not what was done', 'restates_target');
      continue;
    }
    // 15条商旅名街仅西安启动改造: the set only a part of which did the work
    else if (it.rule === 'figure-object' && it.q && ONLY_PART_AFTER_SET_RE.test(wordsAfter(it))) {
      drop(it, 'names the set only a part of which did the work, not an amount done', 'restates_target');
      continue;
    }
    // 年初承诺新建改扩建公办幼儿园2所、新增学位360个: what was promised, recalled (not where the next clause says it
    // done: 年初承诺的…幼儿园2所，已经…全部竣工投用)
    else if (
      it.role === 'statement' &&
      PROMISED_BEFORE_RE.test(wordsBefore(it)) &&
      !SAID_DONE_NEXT_RE.test(text.slice(clauseEnd(text, it)))
    ) {
      drop(it, 'what was promised, recalled, not an outcome', 'restates_target');
      continue;
    }
    // 视察组…察看的8个省重点项目均已进入主体施工阶段: the things the writer saw, a sample
    else if (SAMPLE_SEEN_BEFORE_RE.test(wordsBefore(it))) {
      drop(it, 'a sample the writer saw or checked, not the whole', 'narrower_scope');
      continue;
    }
    // 这是今年部署的80项前沿技术研发之一: the set its subject is one of
    else if (ONE_OF_END_RE.test(clause)) {
      drop(it, 'the set its subject is one of, not an outcome', 'restates_target');
      continue;
    }
    // 全省抓好550个省重大项目，这是年初定下的目标: the target, called so right after
    else if (TARGET_SAID_AFTER_RE.test(text.slice(clauseEnd(text, it)))) {
      drop(it, 'the target, called so right after its clause, not an outcome', 'restates_target');
      continue;
    } else {
      whole = it;
      toCome = NOT_YET_RE.test(clause) ? it : undefined;
    }
    // 220个省级美丽乡村中，已有198个通过省级验收: a count of the set's part whose own words are only what was done to it
    // (通过省级验收) counts the set's thing, at that stage
    const inSet = setBefore !== undefined && setBefore.sentence.from === it.sentence.from;
    const verb = inSet ? verbRunOpening(it.object) : undefined;
    if (verb && setBefore && it.rule === 'figure-object' && it.q?.unit === setBefore.q?.unit) {
      it.verb = verb;
      it.object = thingOfSet(setBefore.object);
      it.objectInherited = false;
    }
    // (550个省重大项目中，已开工建设（含续建）512个: the part done is of the set's thing, which it took with its 中;
    // 已有9所在秋季开学时投入使用: a part whose words before its verb say only when; 已交付使用4所: whose words are only
    // its verb)
    else if (
      inSet &&
      (it.object === setBefore!.object ||
        TIME_ONLY_RE.test(it.object) ||
        (it.q?.unit === setBefore!.q?.unit &&
          (it.object === '' ||
            it.object === it.verb ||
            // (…or only examples of the set named before 等: 5所学校中，南宫市第三中学教学楼、…等4所已竣工投用)
            ETC_END_RE.test(text.slice(it.from, it.q?.numFrom).trim()))))
    ) {
      it.object = thingOfSet(setBefore!.object);
      // (the set's words are the part's context too: 8座危桥改造中，完工5座)
      if (it.context.length < it.to - setBefore!.from) it.context = text.slice(setBefore!.from, it.to);
    }
    setBefore = undefined;
  }
}

/** Whether an item's sentence is the line right after another's, no sentence's end closing that one (a post's lines). */
function onNextLine(text: string, before: Item, it: Item): boolean {
  const between = text.slice(before.sentence.from, it.sentence.from).trimEnd();
  return (
    !text.slice(before.sentence.to, it.sentence.from).trim() &&
    text.slice(before.sentence.from, it.sentence.from).includes('\n') &&
    !/[。；;！!？?]$/.test(between)
  );
}

export function refineScope(text: string, items: Item[]): void {
  const LEX = commitmentsLexicon();
  const { CHANGE_RE, META_OBJECT_RE } = LEX;
  for (const it of items) {
    if (it.dropped || it.kind !== 'figure' || !it.q) continue;
    const q = it.q;
    const clauseFrom = (() => {
      for (let i = q.from - 1; i >= it.sentence.from; i--) if (CLAUSE_OR_COLON[text.charCodeAt(i)]) return i + 1;
      return it.sentence.from;
    })();
    if (CHANGE_RE.test(text.slice(clauseFrom, q.from)))
      drop(it, 'a change from a base, not an amount', 'change_not_amount');
    else if (moreThanFigureBefore(text, it, clauseFrom, LEX))
      drop(it, 'how much more than the figure before it, not an amount', 'change_not_amount');
    // 2台66万千瓦机组已全部投产: the count of units is what was done, 66万千瓦 the size of each
    else if (LEX.SIZE_OF_EACH_BEFORE_RE.test(text.slice(clauseFrom, q.from)))
      drop(it, 'the size of each of the units counted right before it, not an amount', 'per_unit');
    else if (
      q.qualifierWord !== undefined &&
      LEX.THRESHOLDS.includes(q.qualifierWord) &&
      /^[\u4e00-\u9fff]/.test(text.slice(q.to, q.to + 1)) &&
      !LEX.NEXT_LINKS_RE.test(text.slice(q.to, q.to + 1)) &&
      it.rule === 'object-figure' &&
      !/[,，。；;\n]/.test(text[q.to] ?? '')
    ) {
      drop(it, 'describes what follows (a threshold: projects above a sum), not a quantity promised', 'attribute');
    } else if (LEX.SIZE_CLASS_START_RE.test(it.object))
      drop(it, `a size class ("${text.slice(q.from, q.to)}${it.object}"), not a count`, 'attribute');
    else if (META_OBJECT_RE.test(it.object) && it.object.length <= META_OBJECT_MAX)
      drop(it, `counts parts of the text ("${it.object}"), not a thing`, 'text_parts');
    else if (
      LEX.ATTRIBUTIVE_START_RE.test(it.object) ||
      // (a name in letters, AED, names a thing too)
      !it.object.replace(/[^\u4e00-\u9fffA-Za-z]/g, '').replace(LEX.ATTRIBUTIVE_ALL_RE, '')
    )
      drop(it, 'names nothing counted', 'text_parts');
    else if (isListCount(text, q)) drop(it, 'the count of the list itself', 'list_count');
    // (对…15件市级重点民生实事推进情况开展视察: the works whose progress is told or looked at, not works done)
    else if (it.role === 'statement' && LEX.PROGRESS_LABEL_END_RE.test(it.object))
      drop(it, `the things whose progress is told ("${it.object}"), not things done`, 'list_count');
    // 打造…等10条具有国际优势: a property, its thing named elsewhere
    else if (LEX.PROPERTY_START_RE.test(it.object) && !it.object.includes(LEX.ATTRIBUTIVE))
      drop(it, `a property ("${it.object}"), no thing counted`, 'text_parts');
  }
}

/**
 * 农村劳动力转移就业45万人: people, then the work they do, name what is counted, its verb inside (转移): a promise with
 * no verb before it; so too the level they are kept at (转移就业规模保持在320万人: the words of the level are its verb).
 * (Not a sum of money: 每年可使农民减轻负担48亿元.) The promise's verb and thing, or none.
 */
function peopleDoing(it: Item): { verb: string; object: string } | undefined {
  const { COUNTED_PEOPLE, LEVEL_LINK_END_RE } = commitmentsLexicon();
  if (!PEOPLE_BASES.has(unitOfItem(it)?.base ?? '')) return undefined;
  const link = LEVEL_LINK_END_RE.exec(it.object)?.[0] ?? '';
  const object = it.object.slice(0, it.object.length - link.length);
  const who = COUNTED_PEOPLE.filter((w) => object.includes(w)).sort((a, b) => b.length - a.length)[0];
  const after = who ? object.slice(object.indexOf(who) + who.length) : '';
  return after.length >= 2 && verbRunOpening(after) !== undefined ? { verb: link, object } : undefined;
}

export function refineVerb(text: string, items: Item[]): void {
  const { PUSHED_WORKS_RE, PUSHED_GAP } = commitmentsLexicon();
  for (const it of items) {
    // (a target a notice restates needs none: its label says what it is)
    if (it.dropped || it.role !== 'promise' || it.kind !== 'figure' || it.verb || it.restated) continue;
    // 加快邵永…黔吉等6条高铁，…张官等17条高速公路，以及…等重大水利工程建设: a sentence that opens on pushing works ahead
    // and ends on their work's word names the works of every list between; that word is their verb
    const sentence = text.slice(it.sentence.from, it.sentence.to).trim();
    const pushed = PUSHED_WORKS_RE.exec(sentence);
    if (pushed && it.sentence.from + pushed.index < it.from) {
      // (the push kept with it, 加快…建设: works under way, not a count to start or to finish)
      it.verb = `${pushed[1]}${PUSHED_GAP}${pushed[2]}`;
      it.verbInherited = true;
    } else {
      const doing = peopleDoing(it);
      if (doing) Object.assign(it, doing);
      else drop(it, 'no verb of doing: not a promise', 'no_verb');
    }
  }
}

export function refineNotYet(text: string, items: Item[], progress: boolean): void {
  const { NOT_YET_RE, TOLD_TO_DO_RE, PUSHED_AHEAD_RE, PART_OPENING_RE, WHOLE_YEAR_OPENING_RE } = commitmentsLexicon();
  // (竣工7所（其余3所正在进行附属工程）: the rest, in brackets after the figure, is still under way, not the figure)
  const ownWords = (s: string, it: Item) =>
    s.replace(/[（(]([^（()）]*)[)）]/g, (all, inside: string) =>
      PART_OPENING_RE.test(inside) && !inside.includes(text.slice(it.q?.from ?? it.from, it.q?.to ?? it.to)) ? '' : all,
    );
  for (const it of items) {
    if (it.dropped || it.role !== 'statement' || it.kind === 'list_done') continue;
    // in its clause, or before it in its sentence (我们还将再创建…500个，净增耕地15万亩); in a notice during the
    // year, a work pushed ahead (…排险工作扎实推进)
    const clause = ownWords(clauseOf(text, it), it);
    if (
      NOT_YET_RE.test(clause) ||
      (progress && PUSHED_AHEAD_RE.test(clause)) ||
      (progress && NOT_YET_RE.test(ownWords(cellOpening(text, it), it))) ||
      // (…，预计明年春季学期投用，全年共新增学位5160个: a clause that opens on the year's own word is the year's)
      // (…and the item's own words before its figure count: 报告提出新集聚青年人才100万人左右, the plan quoted)
      (forwardBefore(text, it) && !WHOLE_YEAR_OPENING_RE.test(clauseOf(text, it).trimStart())) ||
      // (省林草局要…，全年完成营造林200万亩以上: a body told what to do, the whole year's figure too)
      (progress && TOLD_TO_DO_RE.test(text.slice(it.sentence.from, it.q?.from ?? it.from)))
    )
      drop(it, 'still to come or in progress, not an outcome', 'not_yet');
  }
}

/**
 * The first sentence of a table's cell a figure stands in, where it is before the figure and holds none (| 正在推进。
 * 已完成培训报名1240人 |: 正在推进): a cell that opens by saying the work goes on says it of every figure after; ''
 * elsewhere.
 */
function cellOpening(text: string, it: Item): string {
  const lineFrom = text.lastIndexOf('\n', it.from - 1) + 1;
  const bar = text.lastIndexOf('|', it.from - 1);
  if (bar < lineFrom) return '';
  const before = text.slice(bar + 1, it.from);
  // (a first sentence with a figure, 8所学校主体完工，其中6所…；新增学位13200个, speaks of its own figures only; a
  // first clause with none, 正在推进，已完成征收签约1.9万户, of all after it)
  const end = before.search(/[。；;，,]/);
  return end < 0 || /\d/.test(before.slice(0, end)) ? '' : before.slice(0, end);
}

/**
 * An outcome's figure whose own words end on the year's target (7000张 家庭养老床位年度建设任务, an infographic's
 * caption), or whose clause opens on the task asked about (关于…): the target restated, not what was done. (A share
 * of it, 完成年度任务的93.6%, is no count.)
 */
export function refineTargetWords(text: string, items: Item[]): void {
  const { OBJECT_TARGET_TAIL, GENERAL_VERB_RE, TOPIC_OPENING_RE, SHARE_DONE_RE } = commitmentsLexicon();
  for (const it of items) {
    if (it.dropped || it.role !== 'statement' || it.kind !== 'figure' || !it.q || it.q.unit === '%') continue;
    // (关于再纳规3个基地，我们正积极…: a clause that names the task asked about, an answer after it)
    if (TOPIC_OPENING_RE.test(clauseOf(text, it))) {
      drop(it, 'the task asked about restated, not an outcome', 'restates_target');
      continue;
    }
    // (the words end on them: 15个重点行业淘汰落后产能年度任务如期完成 tells the tasks done, and so does a verb of
    // doing right before them, 50个合作项目事项完成年度目标)
    const words = text.slice(it.from, it.to).trim();
    const target = OBJECT_TARGET_TAIL.exec(words);
    // (120个老旧街区改造项目目前完工率仅为38%: a share of the work done, short of the whole, in the figure's own
    // words after it: the figure is the whole the share is of, the task)
    const share = SHARE_DONE_RE.exec(words);
    if (
      (target && !doneBefore(words.slice(0, target.index), GENERAL_VERB_RE)) ||
      (share && share.index > 0 && Number(share[1]) < 100)
    )
      drop(it, 'the year’s target restated, not an outcome', 'restates_target');
  }
}

/** Whether words end with a verb of doing in general (…事项完成), which makes the target after them done. */
function doneBefore(words: string, general: RegExp): boolean {
  for (let k = Math.max(0, words.length - 4); k < words.length; k++)
    if (general.exec(words.slice(k))?.[0].length === words.length - k) return true;
  return false;
}

/**
 * The other way round: a clause of a plan that says what was already done (国家已经组织了57户企业
 * 集团试点，今年要扩大到120户; 去年已经对其中近300户…) promises nothing; the plan's figure is the next one.
 */
export function refineAlreadyDone(text: string, items: Item[]): void {
  const { ALREADY_DONE_RE } = commitmentsLexicon();
  for (const it of items) {
    if (it.dropped || it.role !== 'promise' || it.kind !== 'figure') continue;
    if (ALREADY_DONE_RE.test(clauseOf(text, it)))
      drop(it, 'said of what was already done, not promised', 'already_done');
  }
}

/**
 * In a plan for the report's own year, a clause that opens with a later year (为此…增加到95亿元，明年将安排200亿元)
 * promises that year's figure, not this one's; one that opens with an earlier year (去年财政增发1000亿元国债…, an
 * argument for this year's policy) tells what was done then. (A report that plans the next year, delivered late in
 * the year before, says 明年 of the plan year itself: its zone's year is after the report's.)
 */
export function refineOtherYear(text: string, items: Item[], reportYear: number): void {
  const { LATER_YEAR_OPENING_RE, EARLIER_YEAR_OPENING_RE } = commitmentsLexicon();
  otherPeriodStatements(text, items);
  for (const it of items) {
    if (it.dropped || it.role !== 'promise' || it.kind !== 'figure' || it.year !== reportYear) continue;
    const clause = clauseOf(text, it);
    if (LATER_YEAR_OPENING_RE.test(clause)) drop(it, 'a goal for a later year, not the plan year’s', 'other_year');
    else if (EARLIER_YEAR_OPENING_RE.test(clause)) drop(it, 'said of an earlier year, not promised', 'other_year');
  }
}

/** Where the sentence that holds `at` begins: after the last full stop or line break before it. */
function fullSentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !'。！？!?\n'.includes(text[i - 1])) i--;
  return i;
}

/** A clause that is a year alone (2025年). */
const YEAR_ALONE = /^\s*\d{4}\D?\s*$/;

/** The words before a figure from the bracket it stands in, if it does (…726场（2025年全年送戏下乡1120场）): its own clause. */
function bracketPart(before: string): string {
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  return open > Math.max(before.lastIndexOf('）'), before.lastIndexOf(')')) ? before.slice(open + 1) : before;
}

/**
 * An outcome's sentence that names another period before its figure: the year before or a month in its clause, or a
 * later year than the one reported on (2025年，全市计划再改造城镇老旧小区60个; 初步安排2026年新建5G基站1万个),
 * which then speaks of that year's plan: not the year's outcome.
 */
function otherPeriodStatements(text: string, items: Item[]): void {
  const {
    OTHER_PERIOD_RE,
    YEAR_WRITTEN_RE,
    LATER_YEAR_PLAN_OPENING_RE,
    PERIOD_TASK_RE,
    BASIS_END_RE,
    LEADING,
    CLAUSE_JOINER_RE,
  } = commitmentsLexicon();
  for (const it of items) {
    // 春季治理任务全部完成: one period's task done, no completion of the year's
    if (
      !it.dropped &&
      it.role === 'statement' &&
      it.kind === 'no_figure' &&
      PERIOD_TASK_RE.test(text.slice(it.from, it.to))
    )
      drop(it, 'a period’s own task done, not the year’s', 'quarter_or_month');
    if (it.dropped || it.role !== 'statement' || it.kind !== 'figure' || !it.q) continue;
    // (在2025年认定386家基础上，…: the base the year builds on, of an earlier time)
    const rest = text.slice(it.q.to, it.sentence.to);
    const clauseEnd = rest.search(/[，,；;。\n]/);
    if (BASIS_END_RE.test((clauseEnd < 0 ? rest : rest.slice(0, clauseEnd)).trim())) {
      drop(it, 'the base the year builds on, not its outcome', 'baseline');
      continue;
    }
    const before = bracketPart(text.slice(it.sentence.from, it.q.numFrom));
    const clauses = before.split(/[，,；;]/);
    // 上年同期实施重大项目2391个, 11月当月新增外贸企业18家: the year before, or one month (in the figure's clause)
    const period = OTHER_PERIOD_RE.exec(clauses[clauses.length - 1]);
    if (period) {
      drop(it, `said of another period (${period[0]}) than the year reported on`, 'quarter_or_month');
      continue;
    }
    // the year of the figure's clause, or of a sentence that opens with it alone (2025年，全市计划再改造…)
    // (…after a note's number too: 16.2027年，市政府拟继续新建…)
    const lead = clauses[0].trimStart().replace(LEADING, '');
    const opening = clauses.length > 1 && YEAR_ALONE.test(lead) ? lead : '';
    // (…after a note's number: 注：…。2.2025年全市完成农村供水工程560处)
    // (…or after a word joining it to the clause before: …231家，而2025年全年新增…186家)
    const own = (opening + clauses[clauses.length - 1]).trimStart().replace(LEADING, '').replace(CLAUSE_JOINER_RE, '');
    const years = [...own.matchAll(YEAR_WRITTEN_RE)];
    const [first, last] = [years[0], years[years.length - 1]];
    // …or of a sentence that opens on the year and says what is to be done (2026年要…；…，再建成…): the whole
    // sentence, to its full stop, across the semicolons that end the reader's sentences
    const sentenceWords = text.slice(fullSentenceStart(text, it.sentence.from), it.q.numFrom);
    const planned = LATER_YEAR_PLAN_OPENING_RE.exec(sentenceWords);
    // (…，预计2027年春季学期投入使用；新增学位1.16万个: a year planned inside the sentence, not opening it, is of its
    // own part, to the semicolon)
    const plan =
      planned && planned[1] === undefined && /[；;]/.test(sentenceWords.slice(planned.index + planned[0].length))
        ? null
        : planned;
    if (last && Number(last[1]) > it.year)
      drop(it, `said of a later year (${last[0]}) than the one reported on`, 'other_year');
    else if (plan && Number(plan[1] ?? plan[2]) > it.year)
      drop(it, `said of a later year's plan (${plan[0].trim()}) than the one reported on`, 'other_year');
    // …or of an earlier year its clause opens with (…待评审立项；2025年全省获批…项目5个): that year's figure. (An
    // earlier year inside the clause is often a base the year is compared with, 比2025年增加…)
    else if (first?.index === 0 && Number(first[1]) < it.year)
      drop(it, `said of an earlier year (${first[0]}) than the one reported on`, 'other_year');
  }
}

/**
 * A span of several years before a count in its sentence (用3—5年时间，培养引进10名战略科学家…; 争取用三年时间，
 * 解决750万户…): the count is a total over the span, not the plan year's; an outcome after a span that ran to now
 * (“十四五”以来累计…, 五年来…) is a total over it, not the reported year's. A standard raised to a level (用两年时间
 * 将筹资标准…提高到100元) stands at one point and is kept; a word of the year after the span (今年…) brings
 * the sentence back to the year.
 */
export function refineSeveralYears(text: string, items: Item[]): void {
  const { SEVERAL_YEARS_SPAN_RE, YEAR_OWN_CUE_RE, LEVEL_TO_END_RE, SINCE_YEAR_RE } = commitmentsLexicon();
  const SEVERAL_YEARS_SCOPE = lexicon().time.severalYearsScope;
  const ONE_YEAR_SCOPE = lexicon().time.oneYearScope;
  for (const it of items) {
    if (it.dropped || it.kind !== 'figure' || !it.q) continue;
    if (it.baseline !== undefined || LEVEL_TO_END_RE.test(it.verb)) continue;
    const before = text.slice(it.sentence.from, it.q.numFrom);
    // an outcome also counts several years after a span that has run to now (“十四五”以来累计帮助40余万户, 五年来…)
    const spans = it.role === 'promise' ? [SEVERAL_YEARS_SPAN_RE] : [SEVERAL_YEARS_SPAN_RE, SEVERAL_YEARS_SCOPE];
    // most figures have no span before them: search() first, which neither copies the expression nor moves its lastIndex
    const found = spans.filter((re) => before.search(re) >= 0);
    // (…or from an earlier year to now: 2021年以来全市累计改造完工老旧小区1800余个; not where a word of one year follows,
    // 2013年以来新增的涉税市场主体去年纳税…)
    const since = it.role === 'statement' ? SINCE_YEAR_RE.exec(before) : null;
    const after = since ? before.slice(since.index + since[0].length) : '';
    if (
      since &&
      Number(since[1]) < it.year &&
      !YEAR_OWN_CUE_RE.test(after) &&
      after.search(ONE_YEAR_SCOPE) < 0 &&
      !ofLaterClauseOnly(before, since.index, after)
    ) {
      drop(it, `a count over several years ("${since[0]}"), not the reported year's`, 'not_one_year');
      continue;
    }
    if (!found.length) continue;
    const span = found
      .map((re) => [...before.matchAll(re)].pop())
      .filter((m) => m !== undefined)
      .sort((a, b) => a.index! - b.index!)
      .pop();
    if (!span || YEAR_OWN_CUE_RE.test(before.slice(span.index! + span[0].length))) continue;
    // (a span inside a later clause is of that clause only)
    if (ofLaterClauseOnly(before, span.index!, before.slice(span.index! + span[0].length))) continue;
    drop(
      it,
      `a count over several years ("${span[0]}"), not the ${it.role === 'promise' ? 'plan' : 'reported'} year's`,
      'not_one_year',
    );
  }
}

/**
 * 全年新建高标准农田1012万亩，五年累计建成…5130万亩，…，新建各类棚室5.3万个 (…2022年以来五年累计完成…，完成水土流失
 * 综合治理1165万亩): a span inside a later clause, with its own words after it there, is of that clause; one that
 * opens the sentence, or is a clause of its own (用三年时间，…), is of all that follows it.
 */
function ofLaterClauseOnly(before: string, spanFrom: number, tail: string): boolean {
  return tail.search(/[，,；;]/) > 0 && before.slice(0, spanFrom).search(/[，,；;]/) >= 0;
}

/** What opens a line before its first character of words (▶, ■, 1.). */
const NOT_HAN_OPENING = new RegExp(`^[^${HAN_CLASS}]+`);

/** The clause before an item's own in its sentence, where it names a set without a figure and ends on 中. */
function namedSetBefore(text: string, it: Item): string | undefined {
  const { AMONG_END_RE } = commitmentsLexicon();
  let from = it.from;
  while (from > it.sentence.from && !CLAUSE_END[text.charCodeAt(from - 1)]) from--;
  if (from - 1 <= it.sentence.from) return undefined;
  let before = from - 1;
  while (before > it.sentence.from && !CLAUSE_END[text.charCodeAt(before - 1)]) before--;
  // (the mark a line opens with, ▶, is no word of the set's name)
  const words = text.slice(before, from - 1).replace(NOT_HAN_OPENING, '');
  return AMONG_END_RE.test(words) && !/\d/.test(words) ? words : undefined;
}

/**
 * Whether the item's sentence asks, on a line a questioner's name opens (委员庚：…6个服务驿站，我前几天去看，好像还没建起来？):
 * a question in a hearing restates the promise. (A post's closing question, run on by a line without an end mark,
 * …充电桩318个 / 你最喜欢哪一项？, is no one's question about the figure.)
 */
function asked(text: string, it: Item): boolean {
  const { QUESTION_END_RE, QUESTIONER_LABEL_RE, MESSAGE_LABEL_RE, REPLY_LABEL_RE } = commitmentsLexicon();
  // (a citizen's message, 留言内容：报告说今年新建绿色矿山50座…, asks all through, whatever mark ends each sentence, up
  // to the reply's label: the label last before the figure on its line says whose words they are)
  const onLine = text.slice(text.lastIndexOf('\n', it.from - 1) + 1, it.from);
  const lastAt = (re: RegExp) => Math.max(-1, ...[...onLine.matchAll(re)].map((m) => m.index!));
  if (lastAt(MESSAGE_LABEL_RE) > lastAt(REPLY_LABEL_RE)) return true;
  const lineStart = text.lastIndexOf('\n', it.sentence.from - 1) + 1;
  return (
    QUESTION_END_RE.test(text.slice(it.sentence.from, it.sentence.to)) &&
    QUESTIONER_LABEL_RE.test(text.slice(lineStart, it.sentence.to))
  );
}

/** The clause an item stands in, within its sentence. */
export function clauseOf(text: string, it: Item): string {
  return text.slice(clauseStartOf(text, it), clauseEnd(text, it));
}

/** Where the item's clause starts: after the mark that ends the one before, or at its sentence's start. */
function clauseStartOf(text: string, it: Item): number {
  let from = it.from;
  while (from > it.sentence.from && !endsClause(text, from - 1)) from--;
  return from;
}

/** Where the item's clause ends: at the mark that ends it, or its sentence's end. */
function clauseEnd(text: string, it: Item): number {
  let to = it.to;
  while (to < it.sentence.to && !endsClause(text, to)) to++;
  return to;
}

// (a table's bar ends a clause too: | 确保新增新能源装机3000万千瓦 | 新增并网新能源装机3412万千瓦 |, the target's
// 确保 is no word of the done cell)
const endsClause = (text: string, at: number) => CLAUSE_END[text.charCodeAt(at)] || text[at] === CELL_BAR;

/** The bar between a table's cells. */
const CELL_BAR = '|';

/** Where the item's sentence starts, or its table cell, if later (a row is one sentence: its cells are apart). */
/**
 * Whether words that turn a sentence forward stand before an item: in its table cell or its sentence before it, or,
 * outside a table, in the first clause of its whole sentence, which governs the parts after its semicolons (确保10月底前
 * …全部建成；…；12月15日前新增…232家以上; not 其余2个将于明年…投入运行；家庭医生签约服务2186万人, a clause's own word).
 */
function forwardBefore(text: string, it: Item): boolean {
  const { FORWARD_IN_SENTENCE_RE } = commitmentsLexicon();
  const from = cellFrom(text, it);
  if (FORWARD_IN_SENTENCE_RE.test(text.slice(from, Math.max(it.sentence.from, it.q?.from ?? it.from)))) return true;
  if (from !== it.sentence.from || text[from - 1] === CELL_BAR) return false;
  const full = fullSentenceStart(text, from);
  if (full >= from) return false;
  const firstClause = text.slice(full, from).search(/[，,；;：:]/);
  return FORWARD_IN_SENTENCE_RE.test(text.slice(full, firstClause < 0 ? from : full + firstClause));
}

function cellFrom(text: string, it: Item): number {
  // (looked for back to the sentence's start only: a document with no table has no bar to find)
  let at = it.from;
  while (at > it.sentence.from && text[at - 1] !== CELL_BAR) at--;
  return at;
}

/** Items whose figure a dictionary entry reads, or whose object names a headline indicator. */
export function refineHeadline(items: Item[], isHeadline: (it: Item) => string | undefined): void {
  let last: Item | undefined;
  for (const it of items) {
    if (it.dropped || it.kind !== 'figure') continue;
    const why = isHeadline(it);
    if (why) {
      drop(it, why, 'headline_indicator');
      last = it;
    }
    // 城镇新增就业21万人，农村劳动力转移就业240万人: a figure that takes its verb from a headline indicator's
    // clause before it in its sentence goes on the list of targets, not of works (失业人员实现再就业10万人 has a
    // verb of its own)
    else if (
      it.verbInherited &&
      last?.sentence.from === it.sentence.from &&
      last.verb === it.verb &&
      it.role === 'promise' &&
      it.object.search(commitmentsLexicon().VERB_ANYWHERE) < 0
    )
      drop(
        it,
        `shares its verb with a headline indicator (${last.object}): a target, not a work promised`,
        'headline_indicator',
      );
  }
}
