// Rule: each quantity of a sentence with what it counts and the verb that does it.
//   object first:  新建中小学14所 · 新增加中小学学位8200个 · 泊位800个 (the verb of its neighbour)
//   figure first:  改造提升100所中小学教室照明 · 帮助3800名就业困难人员实现再就业 · 新建12所幼儿园
//   one verb, several objects: 改造提升农贸市场10个、公厕30座 · 发放助学金8000万元、助学贷款1亿元
//   one object, several verbs: 新建中小学15所、改扩建8所 · 建设停车场(库)4处、泊位800个,竣工2处
//   two figures of one thing: 517户1667人损毁农房重建 · 7条道路(82.12公里)
//   an attribute of the clause before: 改造南山路-塘汛路段,全长约7.5公里
import { BOUNDARY_CHARS } from '../text.js';
import type { Quantity } from '../quantities.js';
import { unitBase, MONEY } from '../quantities.js';
import type { Item, Role, Span } from '../types.js';
import { makeItem, unitOfItem } from '../item.js';
import { commitmentsLexicon, perCommitmentsLexicon } from '../../../lexicon/commitments.js';
import { QUOTED_OPENING_RE, LIST_COMMA } from '../objects.js';

const BOUNDARY = /[,，。；;:：\n!?！？]/;
/** The verbs, the longest first, and a word made only of verbs. */
const verbWords = perCommitmentsLexicon(({ VERBS }) => {
  const VERBS_LONGEST = [...VERBS].sort((a, b) => b.length - a.length);
  const VERB_WHOLE = new RegExp(`^(?:${VERBS_LONGEST.map((v) => v.replace(/[()]/g, '\\$&')).join('|')})+$`);
  return { VERBS_LONGEST, VERB_WHOLE, VERB_MAX: VERBS_LONGEST[0]?.length ?? 0 };
});

/** The run of verbs words open with (新建和改造口袋公园、城市绿道: 新建和改造), if they open with one. */
export function verbRunOpening(words: string): string | undefined {
  const run = verbRuns(words, 0, Math.min(words.length, verbWords().VERB_MAX * 3))[0];
  return run?.from === 0 ? run.word : undefined;
}

/** The verbs an object opens with, where a thing of two characters or more follows them (新建绿色矿山: 新建; 新培育智能工厂: 新培育, the prefix with its verb). */
function leadingVerb(object: string): string | undefined {
  const prefix = verbRunOpening(object) ? '' : (commitmentsLexicon().NEW_START_RE.exec(object)?.[0] ?? '');
  const run = verbRunOpening(object.slice(prefix.length));
  const verb = run && prefix + run;
  return verb && object.length - verb.length >= 2 && !onlyVerbs(object.slice(verb.length)) ? verb : undefined;
}

/** Whether words end with a verb (太阳能路灯安装, not 太阳能路灯): a name of a work done, not of a thing. */
export function verbRunClosing(words: string): boolean {
  const runs = verbRuns(words, 0, words.length);
  return runs.length > 0 && runs[runs.length - 1].to === words.length;
}

/** Whether words are verbs only (更新改造, 新建改扩建): a thing so named names no thing, only what was done. */
// (完工并投入使用: verbs joined are verbs only)
export const onlyVerbs = (words: string): boolean =>
  words !== '' && verbWords().VERB_WHOLE.test(words.replace(commitmentsLexicon().VERB_JOINERS_RE, ''));

interface VerbRun {
  from: number;
  to: number;
  word: string;
}

/** Runs of verbs in text[from, to): 完成铺设, 开工建设, 推动开工和投用. */
function verbRuns(text: string, from: number, to: number): VerbRun[] {
  const LEX = commitmentsLexicon();
  const { VERB_AT: re, VERB_FIRST } = LEX;
  const runs: VerbRun[] = [];
  // a verb that starts before `to` ends within the longest verb's length of it: no need to look further
  // (unbounded, a stretch with no verb after it was searched to the end of the document)
  const within = text.slice(0, Math.min(text.length, to + verbWords().VERB_MAX));
  // the leftmost verb from each position, as a search would find it, tried only where a verb's first unit stands
  for (let p = from; p < to && p < within.length;) {
    if (!VERB_FIRST[within.charCodeAt(p)]) {
      p++;
      continue;
    }
    re.lastIndex = p;
    const m = re.exec(within);
    if (!m) {
      p++;
      continue;
    }
    p = m.index + m[0].length;
    // (…重点任务完成情况开展评估, 新增通车里程: a verb that opens a noun, a label of progress or a length, is a word of it)
    if (LEX.VERB_LED_NOUNS.some((w) => within.startsWith(w, m.index))) continue;
    // (筹措到位: a word of the result reached stays with its verb)
    const result = LEX.RESULT_COMPLEMENTS.find(
      (w) => within.startsWith(w, p) && p + w.length <= to && !/[\u4e00-\u9fff]/.test(within[p + w.length] ?? ''),
    );
    if (result) p += result.length;
    const end = Math.min(p, to);
    const last = runs[runs.length - 1];
    // (开工、投产新能源项目各1600万千瓦: two stages with 、 between them are two works, each with its figure; two
    // works that make a thing, 新建、改扩建, or two that are no stage, 新开通、优化公交线路, are one work on one thing)
    const madeBoth =
      last !== undefined &&
      text[last.to] === LIST_COMMA &&
      ((LEX.MADE_BY_RE.test(last.word) && LEX.MADE_BY_RE.test(m[0])) ||
        (LEX.stageOf(last.word) === 'none' && LEX.stageOf(m[0]) === 'none'));
    if (
      last &&
      (last.to === m.index || (last.to + 1 === m.index && (LEX.VERB_JOIN_RE.test(text[last.to]) || madeBoth)))
    ) {
      last.to = /^[)）]/.test(text.slice(end, end + 1)) && /[(（]/.test(text[last.to]) ? end + 1 : end;
      last.word = text.slice(last.from, end);
    } else runs.push({ from: m.index, to: end, word: text.slice(m.index, end) });
  }
  return runs;
}

/** Words before a verb that name who does the work (示范区, 我们; 省级财政已: who did it, then 已), a word of manner aside. */
function byWhom(before: string): boolean {
  const LEX = commitmentsLexicon();
  const who = before.replace(LEX.MANNER_END_RE, '');
  // (or an agency named whole, a bureau or a commission: 县住建局新建公厕15座; not a government, whose words run on into
  // a name, 中央政府建设投资总规模)
  const agency = LEX.AGENCY_OPENING_RE.exec(who)?.[0];
  return (
    LEX.SUBJECT_END_RE.test(who) ||
    LEX.DONE_ADVERB_END_RE.test(who) ||
    (agency === who && !LEX.GOVERNMENT_END_RE.test(who))
  );
}

/** Where the clause holding `at` starts within the sentence. */
/** A sheet's straight quote round a cell (,"新建幼儿园1所,新增学位270个",): a border, where a quotation's is none. */
const cellQuote = (text: string, i: number) =>
  text.charCodeAt(i) === 0x22 && (/^[,\n]?$/.test(text.slice(i - 1, i)) || /^[,\n]?$/.test(text.slice(i + 1, i + 2)));

function clauseFrom(text: string, sentence: Span, at: number): number {
  for (let i = at - 1; i >= sentence.from; i--) {
    if (BOUNDARY_CHARS[text.charCodeAt(i)] || cellQuote(text, i)) return i + 1;
    // (a part in brackets, 建成投用16所（其中幼儿园7所）, is a clause of its own)
    // (…and so is one that opens on a verb of its own and holds the figure, 3所（新增学位540个）: a second figure of the
    // work in brackets; not a verb in brackets closed before it, 新建（改造）社区老年助餐点15个)
    if (
      (text[i] === '（' || text[i] === '(') &&
      (commitmentsLexicon().PART_OPENING_RE.test(text.slice(i + 1, at)) ||
        (verbRunOpening(text.slice(i + 1, at)) && !/[)）]/.test(text.slice(i + 1, at))))
    )
      return i + 1;
  }
  return sentence.from;
}

function clauseTo(text: string, sentence: Span, at: number): number {
  for (let i = at; i < sentence.to; i++) if (BOUNDARY_CHARS[text.charCodeAt(i)] || cellQuote(text, i)) return i;
  return sentence.to;
}

const trimSpace = (text: string, from: number, to: number): [number, number] => {
  while (from < to && /[\s、,，]/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return [from, to];
};

/**
 * A phrase before a number, split into its verb and its object. A phrase that opens
 * with a verb is verb + object (完成铺设排水管道); one that ends with a verb is
 * object + verb (学前教育学位扩增, 老旧小区改造已完成); a verb after 将 or a year starts
 * a clause of its own (■优化基本公共服务2020年将扩增学前教育学位). A verb inside a
 * noun (城镇新增就业) is part of the object.
 */
export function splitPhrase(
  text: string,
  from: number,
  to: number,
  /** the quantity the phrase stands before, where there is one */
  q?: Quantity,
): { verbFrom: number; verb: string; object: string; objFrom: number } {
  const LEX = commitmentsLexicon();
  const { MODALS_RE, PER_UNIT_RE, LINK_TAIL, LEADING, BEFORE_VERB, MANNER_RE, NEW_RE } = LEX;
  let phrase = text.slice(from, to);
  const tail = LINK_TAIL.exec(phrase);
  if (tail) phrase = phrase.slice(0, tail.index);
  const per = PER_UNIT_RE.exec(phrase.replace(LEX.FROM_END_RE, ''));
  if (per) phrase = phrase.slice(0, per.index);
  phrase = phrase.replace(LEX.RESPECTIVELY_FROM_TAIL, '');
  // (今年完成了1.86万人, as speech says it: the 了 after the verb is no word of the phrase)
  phrase = phrase.replace(LEX.ASPECT_TAIL_RE, '');
  // 重点项目已开工（含续建）621个: a note in brackets between the verb and the figure is no word of the phrase
  const note = BRACKET_NOTE_END.exec(phrase);
  if (note && verbRuns(text, from, from + note.index).pop()?.to === from + note.index)
    phrase = phrase.slice(0, note.index);
  // (a label of progress in front, 进展情况：已完成…, is no part of the thing either)
  const label = LEX.PROGRESS_LABEL_OPENING_RE.exec(phrase)?.[0].length ?? 0;
  const bare = phrase.slice(label).replace(LEADING, '');
  const modal = MODALS_RE.exec(bare);
  let lead = phrase.length - bare.length + (modal ? modal[0].length : 0);
  // 共建社区微花园50个: a verb that starts inside the words in front (共) is a verb, not 共 and 建
  if (modal) lead = verbInLead(text, from, phrase.length - bare.length, lead, bare);
  let start = from + lead;
  const end = from + phrase.length;
  // 产值突破1300亿元: a verb of opening only (突破) after the thing says an amount is passed
  // (力争在…等方面突破关键技术125项以上: after a phrase of the fields where, 突破 opens the promise too)
  const fieldsBefore = (at: number) => {
    const before = text.slice(start, at);
    return LEX.PREPOSITION_RE.test(before) && LEX.FIELD_END_RE.test(before);
  };
  const runs = verbRuns(text, start, end).filter(
    (r) => r.from <= start || !LEX.LEAD_ONLY_VERB_RE.test(r.word) || fieldsBefore(r.from),
  );
  // 服务残疾人就业2.5万人次: a noun elsewhere (服务站), a verb before a count of people served
  const served =
    q && unitBase(q.unit)?.base === PERSON_TIMES ? LEX.PERSON_TIMES_VERB_RE.exec(text.slice(start, end)) : null;
  if (served) {
    const to = start + served[0].length;
    if (runs[0]?.from === to) {
      runs[0].from = start;
      runs[0].word = served[0] + runs[0].word;
    } else if (!runs[0] || runs[0].from > to) runs.unshift({ from: start, to, word: served[0] });
  }
  const first = runs[0];
  if (first && first.from > start) {
    const before = text.slice(start, first.from);
    // 规范建设零工驿站100个: a word of manner before the verb is no part of the thing
    if (MANNER_RE.test(before)) start = first.from;
    // 新培育科技型中小企业3000家: 新 and a verb of doing is a verb of doing
    else if (NEW_RE.test(before)) {
      first.from = start;
      first.word = before + first.word;
    }
    // 创新型产业集群示范区承接…成果: the body that does the work, then the verb
    // (自治区层面统筹推进…: the body, then a word of manner; 省级财政已统筹安排…资金: who did it, then 已)
    // (…or, after a body alone, the verb run right up to the figure, a verb its own thing: 全省各地组织开展义务植树8630万株;
    // not a part of the place where the work is counted, 其中园区新增647户, nor a thing done, 就业惠民工程已筹措4.1亿元)
    else if (
      byWhom(before) &&
      (first.to < end ||
        (LEX.SUBJECT_END_RE.test(before.replace(LEX.MANNER_END_RE, '')) &&
          !LEX.PLACE_PART_ONLY_RE.test(cleanObject(before))))
    ) {
      // (就业惠民工程已下达资金6.1亿元: but a work, its verb, then only money: the money is the work's)
      const money = first.to < end ? workThenMoney(text, start, end, runs, q) : undefined;
      if (money) return money;
      start = first.from;
    }
    // 为未成年人提供…服务, 对10类群体新发放…贷款: a phrase of for whom, to what or where, then the verb (after a
    // word of manner: 优先在边境地区、集体经济薄弱村新建…; the phrase has no verb, so a 、 in it lists places or people)
    else if (
      LEX.PREPOSITION_RE.test(before.replace(LEX.MANNER_START_RE, '')) &&
      (!/[，,]/.test(before) || fieldsBefore(first.from)) &&
      first.to < end
    ) {
      const fresh = LEX.NEW_END_RE.exec(before);
      if (fresh) {
        first.from -= fresh[0].length;
        first.word = fresh[0] + first.word;
      }
      start = first.from;
    }
  }
  if (first && first.from === start) {
    let object = cleanObject(text.slice(first.to, end));
    // 新开工安置房: a verb run that ate the noun's first word (安置房 is a thing, not 安置 + 房)
    if (object.length === 1) {
      const { VERBS_LONGEST, VERB_WHOLE } = verbWords();
      const tail = VERBS_LONGEST.find(
        (v) =>
          first.word.endsWith(v) && first.word.length > v.length && VERB_WHOLE.test(first.word.slice(0, -v.length)),
      );
      if (tail)
        return {
          verbFrom: first.from,
          verb: first.word.slice(0, -tail.length),
          object: cleanObject(tail + object),
          objFrom: first.to - tail.length,
        };
    }
    // 完成既有多层住宅加装电梯100部: a verb of doing in general, where the work is done, then the phrase's one other
    // verb: that verb and what it makes (电梯), as where the general verb is not said (既有住宅加装电梯100台, below)
    // (…or a verb of increase: 新增既有住宅加装电梯60部, the lifts fitted)
    const second = runs[1];
    if (
      runs.length === 2 &&
      (LEX.GENERAL_VERB_RE.exec(first.word)?.[0] === first.word ||
        LEX.INCREMENT_RE.exec(first.word)?.[0] === first.word) &&
      second.to < end &&
      !/[(（)）]/.test(second.word)
    ) {
      const where = cleanObject(text.slice(first.to, second.from));
      if (where && where.length <= TOPIC_NAME_MAX && LEX.WORK_SITE_END_RE.test(where))
        return {
          verbFrom: first.from,
          verb: second.word,
          object: cleanObject(text.slice(second.to, end)),
          objFrom: second.to,
        };
    }
    // 新建幼儿园项目已开工12所: how far the thing has got (已 and a verb right before the figure) is the figure's
    // verb, not part of the thing
    // (加装电梯完工523台: so is a verb of finishing at the end, the stage the work reached, after another verb)
    const last = runs[runs.length - 1];
    const finished = () =>
      LEX.stageOf(last.word) === 'finish' && LEX.stageOf(first.word) === 'none' && last.from > first.to;
    // (全省开工重点项目已完成2318个: a stage before the thing, then 已完成, says the stage was reached so often: the
    // stage is the verb)
    const doneOfStage = LEX.stageOf(first.word) !== 'none' && LEX.GENERAL_VERB_RE.exec(last.word)?.[0] === last.word;
    if (
      object &&
      last !== first &&
      last.to === end &&
      !doneOfStage &&
      (LEX.OBJECT_DONE_TAIL.test(text.slice(first.to, last.from)) || finished())
    )
      return {
        verbFrom: last.from,
        verb: last.word,
        object: cleanObject(text.slice(first.to, last.from).replace(LEX.OBJECT_DONE_TAIL, '')),
        objFrom: first.to,
      };
    // 完成筛查20458人次: a verb of doing in general, then what was done, names the thing
    const general = LEX.GENERAL_VERB_RE.exec(first.word);
    if (!object && general && first.word.length > general[0].length)
      return {
        verbFrom: first.from,
        verb: general[0],
        object: first.word.slice(general[0].length),
        objFrom: first.from + general[0].length,
      };
    return { verbFrom: first.from, verb: first.word, object, objFrom: first.to };
  }
  const money = workThenMoney(text, start, end, runs, q);
  if (money) return money;
  const last = runs[runs.length - 1];
  // 新能源新增并网投产装机786万千瓦: the thing, its one verb, then only the word of capacity: the thing's capacity is
  // counted (新能源装机), the verb is what was done to it, as 新增新能源装机 says it
  if (runs.length === 1 && last.from > start && text.slice(last.to, end) === LEX.CAPACITY_WORD) {
    const thing = cleanObject(text.slice(start, last.from));
    if (thing && thing.length <= TOPIC_NAME_MAX && !/[、，,]/.test(thing))
      return { verbFrom: start, verb: last.word, object: thing + LEX.CAPACITY_WORD, objFrom: start };
  }
  if (last && last.to === end) {
    // 为经营主体减负2500亿元: for whom it is done; what is counted is what the verb names
    if (LEX.PREPOSITION_RE.test(text.slice(start, last.from)) && runs.length === 1)
      return { verbFrom: start, verb: last.word, object: last.word, objFrom: last.from };
    let words = text.slice(start, last.from).replace(LEX.ADVERB_TAIL, '');
    let verb = last.word;
    // 保障性安居工程新安排740万套: 新 right before the verb is the verb's (新安排), the adverb before it no thing
    const fresh = LEX.NEW_END_RE.exec(words);
    if (fresh && words.length > fresh[0].length) {
      words = words.slice(0, -fresh[0].length).replace(LEX.ADVERB_TAIL, '');
      verb = fresh[0] + verb;
    }
    return { verbFrom: start, verb, object: cleanObject(words), objFrom: start };
  }
  const opening = [...runs].reverse().find((r) => BEFORE_VERB.test(text.slice(start, r.from)) && r.to < end);
  if (opening)
    return {
      verbFrom: opening.from,
      verb: opening.word,
      object: cleanObject(text.slice(opening.to, end)),
      objFrom: opening.to,
    };
  // 省级重点项目建立…机制、完成投资5000亿元以上: the thing named at the clause's start, a clause of its own
  // about it, then 、 and the verb of the figure: the thing's, with what that verb names
  const afterList = [...runs].reverse().find((r) => text[r.from - 1] === LIST_COMMA && r.to < end);
  const topic = first && afterList && first !== afterList ? cleanObject(text.slice(start, first.from)) : '';
  if (afterList && topic && topic.length <= TOPIC_NAME_MAX && !/[、，,]/.test(topic))
    return {
      verbFrom: afterList.from,
      verb: afterList.word,
      object: topic + cleanObject(text.slice(afterList.to, end)),
      objFrom: afterList.to,
    };
  const bodyVerb = bodyThenGeneral(text, start, end, runs);
  if (bodyVerb) return bodyVerb;
  // 既有住宅加装电梯100台: where the work is done (a short name of a place of work), then the phrase's one verb and
  // what it makes, the thing (电梯), as a notice says it (加装电梯完工523台).
  // (a run that holds a bracket, 加装（更新）, is left to the clause's verb)
  if (runs.length === 1 && first.from > start && first.to < end && !/[(（)）]/.test(first.word)) {
    const where = cleanObject(text.slice(start, first.from));
    if (where.length <= TOPIC_NAME_MAX && LEX.WORK_SITE_END_RE.test(where))
      return { verbFrom: start, verb: first.word, object: cleanObject(text.slice(first.to, end)), objFrom: first.to };
  }
  // 把…人均公用经费分别提高到300元: no verb before the link, the verb in it (提高到) is the clause's
  const linked = tail ? verbRuns(text, from + tail.index, from + tail.index + tail[0].length)[0] : undefined;
  const words = text.slice(start, end);
  return {
    verbFrom: start,
    verb: linked?.word ?? '',
    object: cleanObject(linked ? words.replace(LEX.ADVERB_TAIL, '') : words),
    objFrom: start,
  };
}

/** A mark that ends a clause: two figures with one between them are of two clauses. */
const CLAUSE_MARK = /[，,；;。]/;

/** The longest stretch before a figure that may be a preposition alone, with the spaces and marks before it. */
const FOR_WHOM_MAX = 8;

/** The fewest words that name who is counted before a word of where. */
const WHO_MIN = 2;

/** 农业转移人口在城镇 (before 落户): who is counted, the words of where after them taken off. */
function whoNotWhere(words: string): string {
  const where = words.slice(WHO_MIN).search(commitmentsLexicon().PLACE_PREPOSITION_RE);
  return where < 0 ? words : words.slice(0, WHO_MIN + where);
}

/** What a count of people is counted in: people, or people served (人次). */
export const PEOPLE_BASES = new Set(['persons', 'person_times', 'couples']);

/**
 * 1500万人次以上的职工技能提升和转岗转业培训: a count of people before 的 and a name that ends with a verb of
 * doing (培训) counts that work, done to them; it does not describe a thing (30万千瓦以下的煤电机组).
 */
function countsWorkAfter(text: string, q: Quantity, objTo: number): boolean {
  if (!PEOPLE_BASES.has(unitBase(q.unit)?.base ?? '')) return false;
  return verbRuns(text, q.to + 1, objTo).some((r) => r.to === objTo && r.from > q.to + 1);
}

/**
 * 农村饮水安全工程使6069万农民受益: a work, a word that makes (使), a count of people and a word of benefit closing
 * the clause (words.causatives, words.benefit_words): the people counted are the work's reach, so the work is
 * what the figure is of, and the benefit its verb.
 */
function beneficiariesOf(
  text: string,
  segFrom: number,
  q: Quantity,
  cTo: number,
): { work: string; verb: string } | undefined {
  const LEX = commitmentsLexicon();
  if (!PEOPLE_BASES.has(unitBase(q.unit)?.base ?? '')) return undefined;
  const verb = matchOf(LEX.BENEFIT_END_RE, text.slice(q.to, cTo));
  const causative = matchOf(LEX.CAUSATIVE_END_RE, text.slice(segFrom, q.from));
  if (!verb || !causative) return undefined;
  const work = cleanObject(text.slice(segFrom, q.from - causative.length));
  return work ? { work, verb } : undefined;
}

/**
 * The work a count of people alone (接种人数) is of: what the clause before does by the same verb (免费接种HPV疫苗，
 * 接种人数…: HPV疫苗), or a thing of that clause named by it (提供免费健康体检，体检人数…: 免费健康体检); else the verb.
 */
function workBefore(text: string, sentence: Span, at: number, verb: string): string {
  if (at - 1 <= sentence.from) return verb;
  const before = splitPhrase(text, clauseFrom(text, sentence, at - 1), at - 1);
  if (before.verb === verb && before.object) return before.object;
  return before.object.endsWith(verb) ? before.object : verb;
}

/**
 * Whether the words before a figure are a preposition alone (为, 对), with the words in front of a clause, a word of
 * manner before it and the scope of the whole place after it (免费为全市4万名适龄女性开展“两癌”筛查).
 */
/** The longest word of done that may stand before a preposition of whom (已经). */
const DONE_BEFORE_MAX = 2;

function prepositionOnly(words: string): boolean {
  const LEX = commitmentsLexicon();
  // (全州为3.12万名…: the whole place's scope before it too)
  const bare = words.replace(LEX.LEADING, '').replace(LEX.MODALS_RE, '').replace(LEX.PLACE_WIDE_START_RE, '');
  if (LEX.PREPOSITION_ONLY_RE.test(bare)) return true;
  // (会同省残联为10.6万名残疾人提供…: nor the agency that does the work)
  const doer = LEX.AGENCY_OPENING_RE.exec(bare)?.[0];
  if (doer && LEX.PREPOSITION_ONLY_RE.test(bare.slice(doer.length))) return true;
  // (今年以来已为3268名…老人提供…: a word of done before it says no more)
  for (let k = 1; k <= DONE_BEFORE_MAX && k < bare.length; k++)
    if (LEX.DONE_ADVERBS_ONLY_RE.test(bare.slice(0, k)) && LEX.PREPOSITION_ONLY_RE.test(bare.slice(k))) return true;
  // (a preposition of whom, not of where: 优先在25个粮食产能提升重点县布局… names the places in its own words)
  const manner = bare.replace(LEX.MANNER_START_RE, '');
  const preposition = LEX.PREPOSITION_RE.exec(manner)?.[0];
  if (!preposition || LEX.PLACE_PREPOSITION_RE.test(preposition)) return false;
  return manner.slice(preposition.length).replace(LEX.OBJECT_PREFIX_RE, '') === '';
}

/**
 * 实施农村饮水安全巩固提升工程，惠及群众8万人 · 农村供水保障工程惠及群众12.8万人 · …全面完工，受益人口15万人: a
 * count of people a work reaches (words.reach_verbs) who are named only as people (群众, 农村人口) is of the work,
 * named in the clause before the verb or in the clause before; the people say nothing of which work it is.
 */
function reachOfWork(
  text: string,
  sentence: Span,
  at: { cFrom: number; segFrom: number; verbFrom: number },
  q: Quantity,
  verb: string,
  object: string,
): { verb: string; work: string } | undefined {
  const LEX = commitmentsLexicon();
  if (!PEOPLE_BASES.has(unitBase(q.unit)?.base ?? '')) return undefined;
  const named = (work: string) => work !== '' && !/\d/.test(work) && !LEX.REACHED_PEOPLE_RE.test(work);
  // (…a verb of increase after the work is no part of it: 城乡供水一体化新增受益人口14.6万人)
  const inClause = LEX.WORK_REACHES_RE.exec(object);
  if (inClause) {
    const work = cleanObject(inClause[1]);
    const thing = work.replace(LEX.INCREMENT_END_RE, '');
    return named(thing) ? { verb: inClause[2], work: thing } : undefined;
  }
  const people = LEX.REACHED_PEOPLE_RE.exec(object);
  if (!people) return undefined;
  const said = people[0] === people[1] ? verb : people[0].slice(0, -people[1].length);
  // (农村供水工程改造提升惠及21.7万农村人口: the work's own verb run into the verb of reach is the work's)
  const reachVerb = LEX.REACH_VERBS.find((w) => said === w || said.endsWith(w));
  if (!reachVerb) return undefined;
  const workVerb = said.slice(0, said.length - reachVerb.length);
  // the work before the verb in its clause (农村学生营养改善计划惠及学生124600人), or in the clause before
  const before =
    verb && at.verbFrom > at.segFrom
      ? cleanObject(text.slice(at.segFrom, at.verbFrom).replace(LEX.LEADING, '')) + workVerb
      : '';
  if (named(before)) return { verb: reachVerb, work: before };
  // (实施农村供水工程512处、受益人口86万人: a work counted earlier in the same clause is the one, its figure aside;
  // the clause before is another's)
  if (at.segFrom > at.cFrom) {
    const earlier = splitPhrase(text, at.cFrom, at.segFrom).object;
    const digit = earlier.search(/\d/);
    const work = cleanObject(digit >= 0 ? earlier.slice(0, digit) : earlier);
    return named(work) ? { verb: reachVerb, work } : undefined;
  }
  if (at.cFrom - 1 <= sentence.from) return undefined;
  const prevFrom = clauseFrom(text, sentence, at.cFrom - 1);
  let work = splitPhrase(text, prevFrom, at.cFrom - 1).object;
  // (20件农村供水保障工程已全部完工，受益农村人口10.6万人: the unit of the count before the work is no word of it)
  const clauseBefore = text.slice(prevFrom, at.cFrom - 1);
  const i = clauseBefore.indexOf(work);
  if (i > 0 && /\d/.test(clauseBefore[i - 1])) {
    const unit = [2, 1].find((k) => work.length > k && unitBase(work.slice(0, k)) !== undefined);
    if (unit) work = work.slice(unit);
  }
  return named(work) ? { verb: reachVerb, work } : undefined;
}

/** The bases of a count of those a work reaches: people, or the homes they live in. */
const REACHED_BASES = new Set([...PEOPLE_BASES, 'households']);

/** 4620户居民受益: who is counted (居民) and the word of benefit after them (受益), the clause's words after the figure. */
function reachedBy(text: string, q: Quantity, objTo: number): { who: string; verb: string } | undefined {
  if (!REACHED_BASES.has(unitBase(q.unit)?.base ?? '')) return undefined;
  const words = text.slice(q.to, objTo);
  const verb = matchOf(commitmentsLexicon().BENEFIT_END_RE, words);
  const who = verb ? cleanObject(words.slice(0, -verb.length)) : '';
  return verb && who ? { who, verb } : undefined;
}

/**
 * 解决3200万人的安全饮水问题, 新增8000万吨标准煤的节能能力: a verb of doing right before the figure, and after 的 a
 * problem solved for the people counted (words.problem_words) or a capacity the figure measures
 * (words.capacity_heads): the figure is what the verb does, it does not describe a thing.
 */
function doneThroughWhatFollows(text: string, segFrom: number, q: Quantity, objTo: number): boolean {
  const LEX = commitmentsLexicon();
  const runs = verbRuns(text, segFrom, q.from);
  if (runs[runs.length - 1]?.to !== q.from) return false;
  const after = text.slice(q.to + 1, objTo);
  if (LEX.CAPACITY_HEAD_END_RE.test(after)) return true;
  return PEOPLE_BASES.has(unitBase(q.unit)?.base ?? '') && LEX.PROBLEM_END_RE.test(after);
}

/** Whether a name is made only of words of money or effort in general (投资, 项目建设): it names no thing itself. */
function onlyGenericWords(o: string): boolean {
  const { GENERIC_WORDS } = commitmentsLexicon();
  return !o.replace(GENERIC_WORDS, '').replace(/[^\u4e00-\u9fff]/g, '');
}

/**
 * 社保惠民工程筹措资金282.6亿元: a work, the verb, then only the money: the work is the thing. (A work, its name ending
 * so: 中央财政拟安排资金130亿元 names who spends it, no thing the money is for.)
 */
function workThenMoney(
  text: string,
  start: number,
  end: number,
  runs: VerbRun[],
  q: Quantity | undefined,
): { verbFrom: number; verb: string; object: string; objFrom: number } | undefined {
  const LEX = commitmentsLexicon();
  const last = runs[runs.length - 1];
  if (!last || last.from <= start || last.to >= end || !q || unitBase(q.unit)?.base !== MONEY) return undefined;
  const thing = cleanObject(text.slice(start, last.from).replace(LEX.ADVERB_TAIL, ''));
  if (!LEX.ACTIVITY_SUFFIX_RE.test(thing) || !LEX.MONEY_ONLY_RE.test(cleanObject(text.slice(last.to, end))))
    return undefined;
  return { verbFrom: start, verb: last.word, object: thing, objFrom: start };
}

/**
 * 重点项目完成投资2125亿元, 乡村建设品质提升行动完成投资310亿元: the body of works, a verb of doing in general
 * as the last verb, then only a word of money or effort (投资). The sum is the body's (重点项目投资), done by
 * that verb; without this the clause has no verb and its name runs through the verb.
 */
function bodyThenGeneral(
  text: string,
  start: number,
  end: number,
  runs: VerbRun[],
): { verbFrom: number; verb: string; object: string; objFrom: number } | undefined {
  const LEX = commitmentsLexicon();
  const run = runs[runs.length - 1];
  if (!run || run.from <= start || run.to >= end) return undefined;
  // (交通基础设施建设完成投资2486亿元: a verb of doing in general run into the work's own word, 建设, ends the run)
  const general = matchOf(LEX.GENERAL_VERB_END_RE, run.word);
  if (!general) return undefined;
  const last = { from: run.to - general.length, to: run.to, word: general };
  const thing = text.slice(last.to, end);
  const body = cleanObject(text.slice(start, last.from)).replace(LEX.ADVERB_TAIL, '');
  // (a list of things or of clauses before the verb is no one body: 省级重点项目建立…机制、完成投资…)
  if (!body || body.includes(LIST_COMMA) || !onlyGenericWords(thing)) return undefined;
  return { verbFrom: start, verb: last.word, object: body + thing, objFrom: start };
}

/**
 * The thing named before a figure that a verb follows, adverbs of completion at most between them
 * (国家区域医疗中心2所建成运行, 建成微型消防站20个并全部投入执勤): that name, without a verb of its own (from
 * `from`: the clause's start, or the end of the verb before the name), and the verb after the figure.
 */
function thingBeforeDone(
  text: string,
  from: number,
  q: Quantity,
  objTo: number,
): { object: string; verb: string; work: boolean } | undefined {
  const {
    DONE_ADVERBS_ONLY_RE,
    DONE_STATES_RE,
    PREDICATE_JOINER_RE,
    LEADING,
    ATTRIBUTIVE_START_RE,
    EACH,
    MONEY_IN_PLACE_RE,
    WORKS_START_RE,
  } = commitmentsLexicon();
  // (money, 给予每人1万元救助, is of whom it is given to, unless it is said raised in full: 就业惠民工程7亿元已全部筹措到位)
  // (…the word of money between, 2.29亿元资金已全部下达, said with it)
  const money = unitBase(q.unit)?.base === MONEY;
  const inPlace = money && MONEY_IN_PLACE_RE.test(text.slice(q.to, objTo));
  if (money && !inPlace) return undefined;
  // (or a second predicate of it: 建成微型消防站20个并全部投入执勤)
  const joined = PREDICATE_JOINER_RE.test(text.slice(q.to, objTo));
  const first = verbRuns(text, q.to, objTo)[0];
  // (县域快递物流中心44个项目已全部开工建设: the works word after the figure counts the thing's works, no thing of its own)
  const adverbs = first ? text.slice(q.to, first.from).trim().replace(WORKS_START_RE, '') : '';
  if (!joined && !inPlace && (!first || !DONE_ADVERBS_ONLY_RE.test(adverbs))) return undefined;
  if (!joined && !inPlace && !DONE_STATES_RE.test(text.slice(first!.to, objTo).trim())) return undefined;
  // (危桥改造40座已全部开工: the thing with its work, the work's verb right before the figure, names the thing too)
  const before = verbRuns(text, from, q.from);
  const work = before.length === 1 && before[0].to === q.from && before[0].from > from ? before[0] : undefined;
  if (from >= q.from || (before.length && !work)) return undefined;
  const object = cleanObject(text.slice(from, work ? work.from : q.from).replace(LEADING, '')).replace(
    ATTRIBUTIVE_START_RE,
    '',
  );
  if (object.length < 2 || object.startsWith(EACH)) return undefined;
  return { object, verb: first?.word ?? '', work: work !== undefined };
}

/** Whether the word of the predicates at `at` stands before a noun of people it describes (参保孕产妇). */
const peopleAfterPredicate = (text: string, at: number) =>
  commitmentsLexicon().PREDICATE_PEOPLE_RE.test(text.slice(at, at + 12));

/** How far after a count a place word may stand, a few words of kind before it (14个潜力地区). */
const PLACE_WORDS_SPAN = 6;

/** A count of places a programme covers (14个潜力地区), not of things a place word describes (100个农村养老服务设施). */
function coversPlaces(after: string, q: Quantity): boolean {
  const LEX = commitmentsLexicon();
  const head = after.slice(0, PLACE_WORDS_SPAN);
  return LEX.PLACE_COUNT_UNIT_RE.test(q.unit) && LEX.PLACE_AFTER_RE.test(after) && !LEX.PLACE_MODIFIER_RE.test(head);
}

/** The longest name at a clause's start that a verb after 、 may take as its thing (省级重点项目). */
const TOPIC_NAME_MAX = 10;

/**
 * What a pattern matches in `s`, if anything. (Read through this, a match met for the first time late in a
 * run asks nothing new of readSentence's compiled code: it would otherwise be thrown away and compiled again.)
 */
function matchOf(re: RegExp, s: string): string | undefined {
  const m = re.exec(s);
  return m ? m[0] : undefined;
}

/** A word of a few characters that may be a verb not listed (投运, 提质发展): nothing listed by example in it. */
const UNKNOWN_VERB = /^[\u4e00-\u9fff]{2,4}$/;

/** The base unit of capacity (千瓦). */
const CAPACITY = 'kW';

/** The base unit of a count of things (个). */
const COUNT = 'count';

/** The base unit of a count of homes (户). */
const HOUSEHOLDS = 'households';

/** The base unit of a count of people served (人次). */
const PERSON_TIMES = 'person_times';

/**
 * 新增并网4000万千瓦: a work on capacity (并网) ending the verb, and no object; what is counted is the
 * capacity (并网装机). The item takes it; whether it did. (A function of its own, called wherever an
 * object comes first: met first late in a run, it would throw away readSentence's compiled code.)
 */
function tookCapacityWork(item: Item, verb: string, object: string, q: Quantity): boolean {
  if (!verb || object || unitBase(q.unit)?.base !== CAPACITY) return false;
  const LEX = commitmentsLexicon();
  const work = matchOf(LEX.CAPACITY_WORK_END_RE, verb);
  if (work === undefined || verb.length <= work.length) return false;
  item.verb = verb.slice(0, -work.length);
  item.object = work + LEX.CAPACITY_WORD;
  return true;
}

/** Whether the figure before, in the sentence, counts capacity as `q` does, of a thing its clause names. */
function capacityNamedBefore(pending: readonly Pending[], q: Quantity): boolean {
  const prev = pending.length ? pending[pending.length - 1] : undefined;
  return (
    prev !== undefined &&
    unitBase(prev.q.unit)?.base === CAPACITY &&
    unitBase(q.unit)?.base === CAPACITY &&
    prev.item.object !== '' &&
    !prev.item.objectInherited
  );
}

/**
 * Where a phrase's words start once the words in front (今年, 共, 继续) are off: at a verb that starts
 * inside them and runs past them (共建), where the words before that verb are words in front themselves.
 */
function verbInLead(text: string, from: number, bareFrom: number, lead: number, bare: string): number {
  const { VERB_RE, MODALS_RE } = commitmentsLexicon();
  for (let i = bareFrom; i < lead; i++) {
    const before = bare.slice(0, i - bareFrom);
    if (before && MODALS_RE.exec(before)?.[0].length !== before.length) continue;
    VERB_RE.lastIndex = from + i;
    const v = VERB_RE.exec(text);
    if (v && i + v[0].length > lead) return i;
  }
  return lead;
}

/**
 * Whether the words from `from` to the next figure end the name of a set, a part of which that figure counts: the
 * name, then 中 (幼儿园中已有7所) or what was already done (幼儿园已建成12所), no verb in the name.
 */
function setBeforePart(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to);
  const { AMONG_WITHIN_RE, SET_DONE_AFTER_RE } = commitmentsLexicon();
  const at = AMONG_WITHIN_RE.exec(words)?.index ?? SET_DONE_AFTER_RE.exec(words)?.index ?? -1;
  return at >= 2 && !/[，,；;。、\d]/.test(words.slice(0, at)) && verbRuns(text, from, from + at).length === 0;
}

/** A note in brackets at the end of a phrase (（含续建）). */
const BRACKET_NOTE_END = /[(（][^()（）]*[)）]$/;

/** An object as it names the thing: without the words of time, place-wide scope and modality in front. */
export function cleanObject(s: string): string {
  const LEX = commitmentsLexicon();
  const { MODALS_RE } = LEX;
  // (开工建设（含续建）517个: a note in brackets alone names nothing)
  // (6所已全部竣工投用（其中幼儿园2所）: a note in brackets the clause ends inside, after the thing's words, is on the
  // figure, no part of the thing; one that opens the words, 新增53个（智能工厂18个, is a part's own)
  let o = s
    .replace(/(?<=[^\s(（])[(（][^()（）]*$/, '')
    // (…nor a sheet's straight quote round its cell: "新建幼儿园1所,新增学位270个")
    .replace(/^[\s、,，:：)）\]】\u0022]+|[\s、,，(（\u0022]+$/g, '')
    .replace(/^[(（][^()（）]*[)）]$/, '');
  const m = MODALS_RE.exec(o);
  // 320个共建重点项目: a verb that starts inside the words in front (共建) is a word of the name, not 共 and 建
  if (m) o = o.slice(verbInLead(o, 0, 0, m[0].length, o));
  return (
    o
      .replace(LEX.OBJECT_LEAD, '')
      .replace(LEX.ETC_END_RE, '')
      .replace(LEX.OBJECT_TOTAL_TAIL, '')
      .replace(LEX.OBJECT_TARGET_TAIL, '')
      // 充电桩建设已全部完成: the adverb before the verb is no part of the thing
      .replace(LEX.OBJECT_DONE_TAIL, '')
      // 2000个省级重点项目1—11月完成投资: the months the figure runs to are no part of the thing
      .replace(LEX.OBJECT_PERIOD_TAIL, '')
      // 绿色工厂名单已于9月公示，共212家: the list published counts the things on it
      .replace(LEX.OBJECT_LIST_TAIL, '')
      .trim()
  );
}

interface Pending {
  q: Quantity;
  item: Item;
  /** shares the object of the next quantity (517户1667人损毁农房重建) */
  sharesNext: boolean;
  /** an attribute of the clause before (全长约7.5公里) */
  attribute: boolean;
  /** a word opening its clause before a figure that comes first, no verb known (投运3所): its verb, not a neighbour's */
  ownWord: string | undefined;
  /** what is said of the counted object after a figure that comes first (1550个省重点项目完成投资) */
  predicate?: Span;
}

/**
 * Read every quantity of one sentence. `role` and `year` come from the zone; the
 * caller decides which items it keeps.
 */
export function readSentence(text: string, sentence: Span, qs: Quantity[], role: Role, year: number): Item[] {
  const LEX = commitmentsLexicon();
  const { ATTRIBUTE_ONLY, PREDICATE_RE, RESTATED_TARGET_RE, JOINER, LINK_TAIL } = LEX;
  const pending: Pending[] = [];
  let prevEnd = sentence.from;
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    const next = qs[k + 1];
    const cFrom = clauseFrom(text, sentence, q.from);
    const cTo = clauseTo(text, sentence, q.to);
    let segFrom = Math.max(cFrom, prevEnd);
    while (segFrom < q.from && JOINER.test(text.slice(segFrom, q.from)))
      segFrom += JOINER.exec(text.slice(segFrom, q.from))![0].length;
    // 年度目标新增学位3万个: the target's label before the verb is no word of the thing
    const label = LEX.TARGET_WORDS_HEAD_RE.exec(text.slice(segFrom, q.from));
    if (label && verbRunOpening(text.slice(segFrom + label[0].length, q.from))) segFrom += label[0].length;
    const inParens = /[(（]$/.test(text.slice(segFrom, q.from)) && /^[)）]/.test(text.slice(q.to, q.to + 1));
    const afterQ = text.slice(q.to, cTo);
    // 517户1667人损毁农房重建 · 778户、2766人受损农房维修加固: the next figure counts the same thing, named after it
    const nextVF =
      next &&
      /^[\u4e00-\u9fff]/.test(text.slice(next.to, next.to + 1)) &&
      !PREDICATE_RE.test(text.slice(next.to, next.to + 2)) &&
      !LEX.NEXT_NOT_OBJECT.test(text.slice(next.to, next.to + 1));
    const adjacent = next && (next.from === q.to || (text.slice(q.to, next.from) === '、' && nextVF));
    let headCount = false;
    const item = makeItem({
      role,
      year,
      kind: 'figure',
      q,
      from: q.from,
      to: q.to,
      verb: '',
      object: '',
      sentence,
      rule: 'object-figure',
      context: '',
    });
    const p: Pending = { q, item, sharesNext: Boolean(adjacent), attribute: false, ownWord: undefined };
    if (RESTATED_TARGET_RE.test(afterQ) && LEX.COMPLETED_BEFORE.test(text.slice(segFrom, q.from))) {
      // 超额完成40所的年度目标任务: the year's target, restated after its outcome (parsers/fraction.ts pairs them)
      item.rule = 'restated-target';
      item.verb = 'target';
      item.to = q.to + RESTATED_TARGET_RE.exec(afterQ)![0].length;
      prevEnd = item.to;
      p.sharesNext = false;
    } else if (inParens) {
      // 7条道路(82.12公里): the same thing measured again
      item.rule = 'figure-in-brackets';
      p.sharesNext = false;
      // (an index below 0 would make the compiled code give up: asked only when there is one)
      const prev = pending.length ? pending[pending.length - 1] : undefined;
      item.verb = prev?.item.verb ?? '';
      item.object = prev?.item.object ?? '';
      item.verbInherited = item.objectInherited = true;
      item.from = q.from;
      item.to = q.to;
      prevEnd = q.to + 1;
    } else if (adjacent) {
      // the object comes after the next figure
      const { verbFrom, verb } = splitPhrase(text, segFrom, q.from, q);
      item.verb = verb;
      item.from = verb ? verbFrom : q.from;
      item.rule = 'figures-one-object';
      prevEnd = q.to;
    } else if (
      afterQ === '' ||
      LEX.OBJECT_FIRST_AFTER.test(afterQ) ||
      // 完成裁减军队员额20万的任务: the task the count is of, after it
      LEX.TASK_TAIL_RE.test(afterQ) ||
      /^[(（]/.test(afterQ) ||
      LEX.ETC_AFTER.test(afterQ)
    ) {
      // object first: 新建中小学14所
      const { verbFrom, verb, object } = splitPhrase(text, segFrom, q.from, q);
      item.verb = verb;
      // 体检人数不少于60万人: a count of people alone after the verb of the work done for them; the work names it,
      // with the sentence it stands in (为65周岁及以上老年人提供免费健康体检，体检人数…)
      headCount = verb !== '' && LEX.HEAD_COUNT_RE.test(object);
      // (已通过验收的标准化乡镇养老服务中心为352家: a verb said of the things before 的, then the things, counted)
      const described =
        verb !== '' && LEX.ATTRIBUTIVE_START_RE.test(object) ? object.replace(LEX.ATTRIBUTIVE_START_RE, '') : object;
      item.object = headCount ? workBefore(text, sentence, cFrom, verb) : described.length >= 2 ? described : object;
      // 实施农村饮水安全巩固提升工程，惠及群众8万人: people a work reaches, named only as people, count its reach
      const reach = headCount ? undefined : reachOfWork(text, sentence, { cFrom, segFrom, verbFrom }, q, verb, object);
      if (reach) {
        item.verb = reach.verb;
        item.object = reach.work;
        headCount = true;
      }
      // “三北”工程完成建设任务10.6万亩: the thing, 完成 and its work's task: so much of the thing's work was done
      const task = item.verb ? null : LEX.TASK_DONE_INSIDE_RE.exec(item.object);
      if (task) {
        item.object = task[1] + task[3];
        item.verb = task[2];
      }
      // 全区已为十大为民办实事工程筹措资金878.10亿元: money named only as money, raised for a work named after 为
      // before the verb, is that work's (as a plan says it: 筹措890.59亿元实施十大为民办实事工程项目)
      const forWork =
        verb && unitBase(q.unit)?.base === MONEY && onlyGenericWords(item.object)
          ? LEX.MONEY_FOR_RE.exec(text.slice(segFrom, verbFrom).replace(LEX.LEADING, '').replace(LEX.MODALS_RE, ''))
          : null;
      if (forWork) item.object = forWork[1];
      item.from = Math.max(segFrom, verb ? verbFrom : segFrom);
      const phrase = text.slice(segFrom, q.from).replace(LINK_TAIL, '');
      // 力争全年开行2500列以上: a verb of its own and a unit that names the thing (列: 班列)
      const named = verb && !object ? LEX.UNIT_THINGS.get(q.unit) : undefined;
      if (named) item.object = named;
      // (not where the clause before counts capacity of a thing it names: 新能源项目新开工1688万千瓦，新增投产并网
      // 1126万千瓦, the second of that thing too)
      else if (!capacityNamedBefore(pending, q) && tookCapacityWork(item, verb, object, q)) {
        // the verb without its work on capacity, the capacity with it
      }
      // (not where a figure before it in its clause has the object it shares: 分别稳定在310万吨和750万吨)
      else if (
        ((!verb && ATTRIBUTE_ONLY.test(cleanObject(phrase))) || !object) &&
        !qs.some(
          (o) => o !== q && o.from >= cFrom && o.to <= q.from && unitBase(o.unit)?.base === unitBase(q.unit)?.base,
        )
      )
        p.attribute = true;
      item.rule = 'object-figure';
      prevEnd = q.to;
    } else {
      // figure first: 改造提升100所中小学教室照明
      let objTo = q.to;
      // objTo stays at q.to when what follows the figure is at once what is done (7万人享受…)
      let predicateFrom = -1;
      // 为6000栋老旧高层建筑安装…: after a preposition alone the figure counts whom or what the work is for,
      // and any verb of doing after them, not only a predicate, says the work
      // (asked only of a short stretch: a preposition is a word or two)
      // (after the words in front of a clause: 全市为213.6万名中小学生开展…)
      const forWhom = q.from - segFrom <= FOR_WHOM_MAX && prepositionOnly(text.slice(segFrom, q.from));
      // (a verb of one character may end a noun: 送 in 配送单位)
      const verbStarts = forWhom
        ? new Set(
            verbRuns(text, q.to + 1, cTo)
              .filter((r) => r.word.length > 1)
              .map((r) => r.from),
          )
        : undefined;
      for (let i = q.to; i < cTo; i++) {
        if (next && i >= next.from) break;
        if (verbStarts?.has(i)) {
          predicateFrom = i;
          break;
        }
        // 、 parts one object from the next figure's (12所幼儿园、8所小学); with no figure after it in the
        // clause it joins the words of one object (150个省、市重点项目)
        // (…unless the set is named whole before 中 and the part told after it: 9所新建改扩建中小学、幼儿园中已有7所)
        // (…but not inside a bracket: 16个县（市、区）已完成…)
        const listComma = text[i] === '、' && !insideBracket(text, q.to, i);
        if (listComma && next && next.from > i && next.from < cTo && !setBeforePart(text, i + 1, next.from)) break;
        // 新建5个紧密型城市医疗集团、区级覆盖率达80%: after 、 a clause with a rate of its own
        if (listComma && /\d[%％]/.test(text.slice(i, cTo))) break;
        // a figure in brackets after the object (7条道路(82.12公里)); 每个… starts what is said of each
        // (by code: a one-character string per unit of the object was the loop's cost)
        const c = text.charCodeAt(i),
          d = text.charCodeAt(i + 1);
        if ((c === 0x28 || c === 0xff08) && d >= 0x30 && d <= 0x39) break;
        // (512个（全州累计建成1860个）: a bracket right after the figure opens a note on it, no thing; so does one that
        // opens on a label, …免费健康体检（得票数：171票）, or on a part, …雨污混接改造（含计划外增补3个）)
        if (
          (c === 0x28 || c === 0xff08) &&
          (i === q.to ||
            NOTE_LABEL.test(text.slice(i, i + NOTE_LABEL_MAX)) ||
            LEX.BRACKET_NOTE_OPENING_RE.test(text.slice(i, i + NOTE_LABEL_MAX)))
        )
          break;
        if (text[i] === LEX.EACH && i > q.to) break;
        // (和 before the next figure of the same clause joins two counts, 12所幼儿园和8所小学; one with a clause between,
        // 7所新建改扩建幼儿园和中小学中，已竣工投用6所, joins the words of one name)
        if (
          LEX.AND_RE.test(text[i]) &&
          next &&
          next.from > i &&
          next.from - i < 12 &&
          !CLAUSE_MARK.test(text.slice(i, next.from)) &&
          !PREDICATE_RE.test(text.slice(q.to, i).replace(LEX.PREDICATE_PART_ALL_RE, ''))
        )
          break;
        if (
          // a predicate that starts here (index 0 below) starts with one of the predicates' first units
          LEX.PREDICATE_FIRST[c] &&
          PREDICATE_RE.test(text.slice(i, i + 2)) &&
          PREDICATE_RE.exec(text.slice(i, i + 4))?.index === 0 &&
          // 30万以上参保孕产妇: a word of the predicates before a noun of people describes them
          !peopleAfterPredicate(text, i) &&
          // 750万户城市低收入住房困难家庭: 入住 inside 收入住房 is no predicate
          !LEX.PREDICATE_PART_END_RE.test(text.slice(Math.max(q.to, i - 3), i + 1)) &&
          // (…重点任务完成情况开展评估: nor the first word of a label of progress)
          !LEX.PROGRESS_LABELS.some((w) => text.startsWith(w, i))
        ) {
          predicateFrom = i;
          break;
        }
        objTo = i + 1;
      }
      if (
        text[q.to] === LEX.ATTRIBUTIVE &&
        !LEX.RAISE_END_RE.test(text.slice(segFrom, q.from)) &&
        !countsWorkAfter(text, q, objTo) &&
        !doneThroughWhatFollows(text, segFrom, q, objTo)
      ) {
        item.code = 'attribute';
        item.dropped = 'an attribute (the figure describes what follows it)';
      }
      let end = objTo;
      if (predicateFrom >= 0) {
        end = next && next.from < cTo ? Math.min(cTo, next.from) : cTo;
        // stop the item at the next figure's clause part (with no figure after it in the clause, 、 lists the parts
        // of one thing: 为6万名适龄妇女免费开展宫颈癌、乳腺癌筛查)
        const cut = text.slice(predicateFrom, end).search(/[、]/);
        if (cut >= 0 && /\d/.test(text.slice(predicateFrom + cut, cTo))) end = predicateFrom + cut;
        // (…and at a labelled note: 提供免费健康体检（得票数：171票）)
        const note = text.slice(predicateFrom, end).search(/[(（]/);
        if (note >= 0 && NOTE_LABEL.test(text.slice(predicateFrom + note, predicateFrom + note + NOTE_LABEL_MAX)))
          end = predicateFrom + note;
      }
      [, end] = trimSpace(text, q.to, end);
      if (predicateFrom >= 0) p.predicate = { from: predicateFrom, to: end };
      const before = verbRuns(text, segFrom, q.from);
      // 开工长深高速改扩建等2个项目, 加快…汉江航道整治、…川气东送二线等3100个…: before 等 the things are named by
      // example, verbs in their names included (改扩建, 整治, 送); the verb is one in the first of them, before its name
      const segment = text.slice(segFrom, q.from);
      const examples = LEX.ETC_END_RE.test(segment.trim());
      const firstEnd = segFrom + (segment.includes(LIST_COMMA) ? segment.indexOf(LIST_COMMA) : segment.length);
      const run = examples ? before.find((r) => r.from < firstEnd) : before[before.length - 1];
      item.verb = run ? run.word : '';
      // 保持2300万省外劳动力: a verb of keeping right before the count promises it
      // 支持14个潜力地区…: a verb that promises only a count of the places a programme covers
      const keep = run
        ? undefined
        : (matchOf(LEX.KEEP_END_RE, text.slice(segFrom, q.from)) ??
          (coversPlaces(text.slice(q.to, cTo), q)
            ? matchOf(LEX.PLACE_VERB_END_RE, text.slice(segFrom, q.from))
            : undefined));
      if (!run && predicateFrom >= 0) {
        const pr = verbRuns(text, predicateFrom, end)[0];
        if (pr) item.verb = pr.word;
      }
      item.object = cleanObject(text.slice(q.to, objTo)).replace(LEX.ATTRIBUTIVE_START_RE, '');
      // 农村供水工程改造提升惠及21.7万农村人口: people a work reaches, counted before they are named only as people, count
      // the work's reach, as 惠及农村人口20万人 does
      // (…and people counted first who then got what a work gives, 21.6万农村群众喝上了…自来水: its beneficiaries)
      const gotBenefit =
        !run && predicateFrom >= 0 && LEX.BENEFIT_PREDICATE_START_RE.test(text.slice(predicateFrom, end));
      const reach =
        run && run.to === q.from
          ? reachOfWork(text, sentence, { cFrom, segFrom, verbFrom: run.from }, q, run.word, item.object)
          : gotBenefit
            ? reachOfWork(text, sentence, { cFrom, segFrom, verbFrom: q.from }, q, LEX.BENEFIT_WORD, item.object)
            : undefined;
      if (reach) {
        item.verb = reach.verb;
        item.object = reach.work;
      }
      // 由上年18亿元增加到95亿元: the words that link it to the next figure name nothing
      if (LINK_TAIL.exec(item.object)?.index === 0) item.object = '';
      // 帮助8.52万户群众改善了居住条件: people counted after the verb done for them, then what they got: the people
      // are what is counted, as the plan says it (帮助8万户以上群众实现安居梦)
      if (run && !reach && REACHED_BASES.has(unitBase(q.unit)?.base ?? '')) {
        const who = LEX.COUNTED_PEOPLE.find((w) => item.object.startsWith(w));
        if (who && item.object.length > who.length && verbRunOpening(item.object.slice(who.length))) item.object = who;
      }
      // 36个大城市率先实现…: the adverb before what they do is no part of the thing
      if (predicateFrom >= 0) item.object = item.object.replace(LEX.ADVERB_TAIL, '');
      // (the word of undergoing a service after people counted first: 3.9万名孕妇接受免费产前筛查)
      const receives =
        !run && !forWhom && predicateFrom >= 0 && PEOPLE_BASES.has(unitBase(q.unit)?.base ?? '')
          ? matchOf(LEX.RECEIVING_START_RE, text.slice(predicateFrom, end))
          : undefined;
      // 7万人享受医养护一体化签约服务: what they do names what is counted
      // (not a stage alone, 3所已投入使用: the things are the ones counted before, in the same unit)
      const doing = !item.object && predicateFrom >= 0 ? cleanObject(text.slice(predicateFrom, end)) : '';
      if (doing && !(LEX.stageOf(doing) !== 'none' && onlyVerbs(doing))) item.object = doing;
      // 3.9万名孕妇接受免费产前筛查: people counted first who undergo a service are counted by it, as after 为
      else if (receives) item.object = cleanObject(text.slice(predicateFrom + receives.length, end)) || item.object;
      // 为63.8万名…老年人提供免费健康体检: people a work is done for, then the work, which names what is counted (as
      // 体检人数不少于60万人 and 免费接种HPV疫苗1.8万人 do)
      // (…and so for homes, which name the work with it: 为812户老年人家庭完成居家适老化改造, 老年人家庭居家适老化改造)
      else if (predicateFrom >= 0 && forWhom && REACHED_BASES.has(unitBase(q.unit)?.base ?? '')) {
        const homes = PEOPLE_BASES.has(unitBase(q.unit)?.base ?? '') ? '' : item.object;
        let work: VerbRun | undefined = verbRuns(text, predicateFrom, end)[0];
        // (…or a predicate that is no verb of doing, 为1万名…儿童进行心理健康评估干预: the work is after it; so too
        // where the work's own verb ends it, 为16.8万名老年人进行了免费健康体检: 免费健康体检)
        const opening = PREDICATE_RE.exec(text.slice(predicateFrom, end));
        if (work && opening?.index === 0 && work.from > predicateFrom && work.to === end) work = undefined;
        const predicate = work ? null : opening;
        const from = work ? work.to : predicate?.index === 0 ? predicateFrom + predicate[0].length : predicateFrom;
        const done = cleanObject(text.slice(from, end));
        item.object = done ? homes + done : item.object;
        if (work) item.verb = work.word;
      } else if (
        run &&
        predicateFrom >= 0 &&
        PEOPLE_BASES.has(unitBase(q.unit)?.base ?? '') &&
        LEX.GENERAL_VERB_RE.exec(run.word)?.[0] === run.word
      ) {
        // 完成4.62万名65岁以上老年人免费健康体检: a verb of doing in general, people counted, then the work done for
        // them, no verb opening it: the work is what is counted, as the plan says it after 为 (not a task, 完成1000万
        // 以上农村贫困人口脱贫任务: the people are what the task counts)
        const work = cleanObject(text.slice(predicateFrom, end)).replace(LEX.MANNER_START_RE, '');
        if (work && !/\d/.test(work) && verbRunOpening(work) === undefined && !LEX.DONE_TASK_AFTER_RE.test(work))
          item.object = work;
      } else if (!run && predicateFrom >= 0 && PEOPLE_BASES.has(unitBase(q.unit)?.base ?? '')) {
        // 1.31万名适龄女生完成免费HPV疫苗接种, 3126名特殊困难老年人完成居家适老化改造: people counted first, then a verb
        // of doing in general and a work done for them: the work is what is counted, as the plan says it after 为
        const general = LEX.GENERAL_VERB_RE.exec(text.slice(predicateFrom, end));
        const from = general?.index === 0 ? predicateFrom + general[0].length : -1;
        const work = from >= 0 ? cleanObject(text.slice(from, end)) : '';
        // (…its own verb at its end, 免费HPV疫苗接种: that verb and the thing it is done with, as 免费接种HPV疫苗)
        const last = from >= 0 ? verbRuns(text, from, end).pop() : undefined;
        // (…but not words of manner alone, 线下培训: the work is all of it)
        const before = last && last.to === end && last.from > from ? cleanObject(text.slice(from, last.from)) : '';
        const own = LEX.MANNER_RE.test(before) ? '' : before;
        if (work && !/\d/.test(work) && (own || LEX.ACTIVITY_SUFFIX_RE.test(work))) {
          item.object = own || work;
          item.verb = own ? last!.word : general![0];
        }
      } else if (!run && predicateFrom >= 0 && LEX.COUNTED_PLACE_END_RE.test(item.object)) {
        // 2460个行政村完成生活污水治理: places, then a verb of doing in general and the work done in them: the work in
        // those places is what is counted, as a plan says it (完成2443个行政村生活污水治理)
        const general = LEX.GENERAL_VERB_RE.exec(text.slice(predicateFrom, end));
        const work = general?.index === 0 ? cleanObject(text.slice(predicateFrom + general[0].length, end)) : '';
        // (a work named by its activity, 治理, 改造; not what the places became, 整县建成美丽乡村)
        if (work && !/\d/.test(work) && LEX.ACTIVITY_SUFFIX_RE.test(work)) {
          item.object += work;
          item.verb = general![0];
        }
      }
      // the predicate's own word (进行, 享受), not the words after it
      if (!item.verb && predicateFrom >= 0) item.verb = PREDICATE_RE.exec(text.slice(predicateFrom, end))?.[0] ?? '';
      // 1667人损毁农房重建: the object first, its verb at the end
      if (!item.verb) {
        const tail = verbRuns(text, q.to, objTo).filter((r) => r.to === objTo && r.from > q.to)[0];
        // 1000亿元失业保险基金支持稳岗和培训: a verb after 和 is the second of two things done
        // 1600个城市更新: a place word alone before the verb is a name with it (城市更新), not the thing done
        const placeOnly = tail && LEX.PLACE_ONLY_RE.test(cleanObject(text.slice(q.to, tail.from)));
        if (tail && !placeOnly && !LEX.AND_RE.test(text[tail.from - 1] ?? '')) {
          // 42个源网荷储一体化试点加快推进: the word of pace is the verb's (under way), not the thing's
          const words = text.slice(q.to, tail.from);
          const adverb = matchOf(LEX.ADVERB_TAIL, words) ?? '';
          item.verb = (LEX.UNDER_WAY_RE.test(adverb + tail.word) ? adverb : '') + tail.word;
          item.object = cleanObject(whoNotWhere(words.slice(0, words.length - adverb.length))).replace(
            LEX.ATTRIBUTIVE_START_RE,
            '',
          );
        }
      }
      // 新改扩建的4所学校全部竣工投用: the things a verb before the figure made, then the stage they all reached
      // (全部, 已): that stage is what the figure says of the year, and no word of their name
      else if (run && item.verb === run.word) {
        const tail = verbRuns(text, q.to, objTo).filter((r) => r.to === objTo && r.from > q.to)[0];
        const words = tail && LEX.stageOf(tail.word) === 'finish' ? text.slice(q.to, tail.from) : '';
        const adverb = matchOf(LEX.OBJECT_DONE_TAIL, words) ?? '';
        const thing = adverb ? cleanObject(words.slice(0, -adverb.length)) : '';
        if (thing) {
          item.verb = tail!.word;
          item.object = thing.replace(LEX.ATTRIBUTIVE_START_RE, '');
        }
      }
      // 国家区域医疗中心2所建成运行, 城市书房30个已全部建成开放: after the figure only what was done to the thing
      // named before it, which has no verb of its own
      // (危桥改造40座已全部开工: the thing's work right before the figure is a word of its name; the stage after
      // the figure is the verb)
      const named = run !== undefined && run.to === q.from && run.from > segFrom && before.length === 1;
      const thingBefore = keep
        ? undefined
        : thingBeforeDone(text, run && !named ? run.to : segFrom, q, Math.max(objTo, end));
      if (thingBefore) {
        item.object = thingBefore.object;
        item.verb = run && !thingBefore.work ? run.word : thingBefore.verb;
      }
      item.verb = keep ?? item.verb;
      // 在2964个小区新设置智能回收机: 新 right before the verb after the thing is the verb's (新设置), no part of the thing
      const fresh = item.verb ? LEX.NEW_END_RE.exec(item.object) : null;
      if (fresh && item.object.length - fresh[0].length >= 2 && text.startsWith(item.object + item.verb, q.to)) {
        item.object = item.object.slice(0, -fresh[0].length);
        item.verb = fresh[0] + item.verb;
      }
      // 52座新建绿色矿山, an infographic's figure and its caption (图解): a figure that opens its clause, then the verb
      // and the thing; the verb is no part of the thing
      // (…or the body of works, then a verb of doing in general and a word of money: 3612亿元\n省级重点项目完成投资,
      // the sum is the body's, 重点项目投资, as before its figure)
      const body =
        !run && !thingBefore && segFrom === q.from && unitBase(q.unit)?.base === MONEY
          ? bodyThenGeneral(text, q.to, end, verbRuns(text, q.to, end))
          : undefined;
      if (body) {
        item.verb = body.verb;
        item.object = body.object;
      } else if (!run && !thingBefore && segFrom === q.from && item.object) {
        const verb = leadingVerb(item.object);
        if (verb && (!item.verb || item.verb === verb)) {
          item.verb = verb;
          // (the thing after the verb cleaned as one before a figure is: 新开工重点项目, 项目; not a second predicate
          // joined to the verb, 完成提升改造并开街迎客, which names no thing)
          const rest = item.object.slice(verb.length);
          const joined = rest.search(LEX.VERB_JOINERS_RE) === 0;
          item.object = joined ? rest : cleanObject(rest) || rest;
        }
      }
      // 已有173家完成标准化建设并通过县级验收: so many had it done, the verb right after the count; the words after it
      // are the work, and the things are unnamed (a line's name may say them, refiners/heading.ts)
      if (!run && !thingBefore && item.object && LEX.COUNT_HAD_BEFORE_RE.test(text.slice(segFrom, q.from))) {
        const verb = leadingVerb(item.object);
        if (verb && (!item.verb || item.verb === verb)) {
          item.verb = verb;
          item.object = '';
        } else if (onlyVerbs(item.object) && item.verb !== item.object) {
          // (已有5所投入使用: the words after the count are the stage alone, its verb; a verb before it was another's)
          item.verb = item.object;
          item.verbInherited = false;
          item.object = '';
        } else if (
          !verb &&
          item.verb &&
          LEX.PREPOSITION_RE.test(item.object) &&
          text.slice(q.to, cTo).includes(item.object + item.verb)
        ) {
          // (共有12个通过省级评估验收: a phrase of how, then the verb; still no thing of their own)
          item.object = '';
        }
      }
      // 8所新建扩建学校全部竣工: a thing named by the work that makes it (新建扩建), then the stage it reached: the
      // thing is the school, as the plan counts it (新建扩建公办中小学8所)
      // (25所中小学新建、改扩建项目全部竣工: the works and the word of a project after the thing, 中小学)
      if (!run && item.verb && LEX.stageOf(item.verb) !== 'none') {
        const made = LEX.MADE_BY_START_RE.exec(item.object);
        if (made && item.object.length - made[0].length >= 2) item.object = item.object.slice(made[0].length);
        const project = LEX.MADE_BY_END_RE.exec(item.object);
        if (project && project.index >= 2) item.object = item.object.slice(0, project.index);
      }
      // 农村饮水安全工程使6069万农民受益: people who benefit from a work named before 使 count that work's reach
      // (a word of benefit after them is no verb of doing there, though it opens a phrase as one: 受益群众1.6万人)
      const doneVerb = item.verb.replace(LEX.BENEFIT_END_RE, '') === '' ? '' : item.verb;
      const benefit = doneVerb ? undefined : beneficiariesOf(text, segFrom, q, cTo);
      if (benefit) {
        item.verb = benefit.verb;
        item.object = benefit.work;
      }
      // 4620户居民受益: a count of people or homes opening its clause, who they are, and a word of benefit closing it
      const reached = doneVerb || benefit || segFrom < q.from ? undefined : reachedBy(text, q, objTo);
      if (reached) {
        item.verb = reached.verb;
        item.object = reached.who;
      }
      // 举办百场…大会，…，形成10个…集群, 投运3所…: a word of its own opening the clause right before the
      // figure, no verb known, is its verb where it would take a neighbour's (not a name by example: 黄蒿界等6处)
      const own = cleanObject(text.slice(segFrom, q.from));
      const raw = text.slice(segFrom, q.from).replace(LEX.LEADING, '');
      let intent = false;
      if (!item.verb && segFrom === cFrom && UNKNOWN_VERB.test(own) && !LEX.ETC_END_RE.test(raw)) {
        // 加快发展5个国家先进制造业集群: after a word of intent or pace it is a verb, a neighbour or none
        intent = LEX.INTENT_START_RE.test(raw) && raw.endsWith(own);
        if (intent) item.verb = own;
        else p.ownWord = own;
      }
      // 3条高速、西安地铁15号线年内建成投运: a thing named by its number after 、 is not what the figure counts
      item.object = item.object.replace(LEX.NUMBERED_NAME_PART, '');
      // 筹措890.59亿元实施十大为民办实事工程项目: money, then the work it pays for, the work's verb first: the money
      // is the work's, named without that verb (十大为民办实事工程项目筹措资金906.42亿元)
      // (not a kind of money whose first word is a verb: 安排30亿元建设资金)
      const paysFor = unitBase(q.unit)?.base === MONEY ? leadingVerb(item.object) : undefined;
      if (paysFor && text.startsWith(item.object, q.to) && !onlyGenericWords(item.object.slice(paysFor.length)))
        item.object = item.object.slice(paysFor.length);
      item.from =
        benefit || (thingBefore && !run) ? segFrom : run ? run.from : q.from - (keep ?? (intent ? own : '')).length;
      item.to = Math.max(end, q.to);
      item.rule = 'figure-object';
      prevEnd = item.to;
      // (投入资金3.8亿元改造老旧小区60个: the work the money pays for, counted by the figure right after it, is that
      // figure's words too)
      if (paysFor && next !== undefined && end === next.from) prevEnd = item.to = q.to;
    }
    item.context = text.slice(headCount ? sentence.from : cFrom, Math.max(item.to, q.to));
    pending.push(p);
  }
  return shareBetweenFigures(text, sentence, qs, pending);
}

/**
 * 启动新的三年棚改攻坚计划，今年开工580万套: a programme named in the clause before a figure that has no object of
 * its own; the figure counts the programme's work (棚改), named before the programme's own words and after the
 * words that describe it (新的, 三年). Effort raised on a work names it the same way (加大保障性安居工程建设力度:
 * 保障性安居工程建设).
 */
function programmeWork(object: string): string {
  const LEX = commitmentsLexicon();
  // 加大保障性安居工程建设力度，今年新开工700万套以上: effort raised on a work names the work
  const effort = LEX.EFFORT_END_RE.exec(object);
  if (effort && effort.index > 0) {
    const work = object.slice(0, effort.index).replace(LEX.EFFORT_VERB_START_RE, '');
    if (work) return work;
  }
  const end = LEX.PROGRAMME_SUFFIX_END_RE.exec(object);
  if (!end || end.index === 0) return object;
  let work = object.slice(0, end.index);
  work = work.slice(work.lastIndexOf(LEX.ATTRIBUTIVE) + 1).replace(LEX.YEARS_SPAN_START_RE, '');
  return work || object;
}

/**
 * What the figures of one sentence, each read, take from each other: objects, verbs, the clause before.
 * (A function of its own: its rare branches, met late in a run, recompile this and not the reading loop.)
 */
function shareBetweenFigures(text: string, sentence: Span, qs: Quantity[], pending: Pending[]): Item[] {
  const LEX = commitmentsLexicon();
  // 投资2000万元以上的技改项目3000个: the thing a size or a threshold describes is what the figure right after it counts
  for (let k = 0; k + 1 < pending.length; k++) {
    const { item: it, q } = pending[k];
    const n = pending[k + 1];
    const describes =
      it.code === 'attribute' || (q.qualifierWord !== undefined && LEX.THRESHOLDS.includes(q.qualifierWord));
    if (describes && it.rule === 'figure-object' && it.object && !n.item.object && n.q.from === it.to) {
      n.item.object = it.object;
      n.item.objectInherited = true;
      n.attribute = false;
    }
  }
  // two figures of one thing share the object that follows the last of them
  for (let k = pending.length - 2; k >= 0; k--) {
    const p = pending[k];
    if (!p.sharesNext) continue;
    const n = pending[k + 1].item;
    p.item.object = n.object;
    p.item.objectInherited = true;
    if (!p.item.verb) {
      p.item.verb = n.verb;
      p.item.verbInherited = true;
    }
    p.item.to = Math.max(p.item.to, p.q.to);
    p.item.context = n.context;
  }
  forWhatWasSaid(text, pending);
  // an attribute of the clause before: 改造南山路-塘汛路段,全长约7.5公里
  for (const p of pending) {
    if (!p.attribute) continue;
    const ownFrom = clauseFrom(text, sentence, p.q.from);
    let cFrom = ownFrom;
    let prevFrom = cFrom - 1 > sentence.from ? clauseFrom(text, sentence, cFrom - 1) : sentence.from;
    let prevClause = text.slice(prevFrom, Math.max(prevFrom, cFrom - 1));
    let phrase = splitPhrase(text, prevFrom, cFrom - 1);
    // 继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套: a phrase of where or for what names no
    // work the figure is of; the clause before it may
    const whereOnly = () => !phrase.verb && LEX.PREPOSITION_RE.test(prevClause.replace(LEX.LEADING, ''));
    if (prevClause && whereOnly() && prevFrom > sentence.from) {
      cFrom = prevFrom;
      prevFrom = clauseFrom(text, sentence, cFrom - 1);
      prevClause = text.slice(prevFrom, Math.max(prevFrom, cFrom - 1));
      phrase = splitPhrase(text, prevFrom, cFrom - 1);
    }
    if (!prevClause) continue;
    if (qs.some((q) => q.from >= prevFrom && q.to <= ownFrom)) {
      lengthOf(p, pending, prevFrom, ownFrom);
      continue;
    }
    // a notice's label of progress (进展情况：已开工…) is no thing the figure is of
    if (LEX.PROGRESS_LABEL_OPENING_RE.test(text.slice(prevFrom, ownFrom))) continue;
    // 义务教育学校建设方面，竣工投用3所: the field the sentence opens on is what the figure counts
    // (…or, the clause before it saying only that the work went on, 高标准农田建设方面，全省分区分类推进，已开工建设
    // 986万亩: the field of the sentence)
    const onlyWentOn = prevFrom > sentence.from && LEX.GENERAL_VERB_END_RE.test(prevClause.trim());
    const field = LEX.FIELD_TOPIC_OPENING_RE.exec(text.slice(onlyWentOn ? sentence.from : prevFrom, ownFrom));
    if (field && (prevFrom === sentence.from || onlyWentOn)) {
      p.item.object = cleanObject(field[1]);
      p.item.objectInherited = true;
      p.item.rule = 'attribute-of-clause';
      p.item.context = text.slice(prevFrom, p.q.to);
      continue;
    }
    const { verb, object } = phrase;
    // a clause of no words (a table's row number, 1 |) is nothing to be an attribute of
    if (!/[\u4e00-\u9fff]/.test(object || verb)) continue;
    // (全市实施的社区停车综合治理项目中，已完工46个: a set named before 中, then the part of it done)
    // (…its verb's attributive 的 no part of it: 实施的…项目中)
    const set = LEX.AMONG_END_RE.test(object)
      ? cleanObject(object.replace(LEX.AMONG_END_RE, '').replace(LEX.ATTRIBUTIVE_START_RE, ''))
      : '';
    if (set.length >= 2 && !set.includes(LIST_COMMA) && !LEX.PREPOSITION_RE.test(set)) {
      p.item.object = set;
      p.item.objectInherited = true;
      p.item.rule = 'attribute-of-clause';
      p.item.context = text.slice(prevFrom, p.q.to);
      continue;
    }
    if (whereOnly()) continue;
    // (9月下旬启动，已接种1.8万人: a clause that says only when names no thing)
    if (LEX.TIME_ONLY_RE.test(object)) continue;
    if (!p.item.verb) {
      p.item.verb = verb;
      p.item.verbInherited = true;
    }
    const work = programmeWork(object);
    // 制定新一轮退耕还林还草方案，今年退耕还林还草1500万亩以上: a programme whose work is the figure's own verb
    const own = p.item.verbInherited ? '' : p.item.verb;
    p.item.object =
      workAfterOrganising(prevClause) || (work !== object && own && work.endsWith(own) ? own : work) || verb;
    p.item.objectInherited = true;
    p.item.rule = 'attribute-of-clause';
    p.item.context = text.slice(prevFrom, p.q.to);
  }
  // 建好2个国家级、3个省级文化生态保护区: a rank alone names the thing named after the next figure
  for (let k = 0; k + 1 < pending.length; k++) {
    const it = pending[k].item,
      n = pending[k + 1].item;
    if (LEX.RANK_ONLY_RE.test(it.object) && n.object && text.slice(it.to, n.q!.from).trim() === LIST_COMMA) {
      it.object = n.object;
      it.objectInherited = true;
    }
  }
  sumOfParts(text, sentence, pending);
  moneyOfProjects(pending);
  namedBefore(text, sentence, qs, pending);
  namedByProjects(pending);
  const ownOrShared = (p: Pending, verb: string) => {
    if (p.ownWord) {
      p.item.verb = p.ownWord;
      p.item.from = p.q.from - p.ownWord.length;
    } else {
      p.item.verb = verb;
      p.item.verbInherited = true;
    }
  };
  /** Whether a whole clause with a verb of its own and no figure stands between two items. */
  const otherVerbBetween = (a: Item, b: Item) => {
    const until = clauseFrom(text, sentence, b.q!.from);
    for (let at = clauseTo(text, sentence, a.q!.to); at + 1 < until; at = clauseTo(text, sentence, at + 1)) {
      const to = clauseTo(text, sentence, at + 1);
      if (to > until) break;
      if (verbRuns(text, at + 1, to).length && !qs.some((q) => q.from > at && q.to <= to)) return true;
    }
    return false;
  };
  const isChange = (it: Item) => LEX.CHANGE_RE.test(text.slice(clauseFrom(text, sentence, it.q!.from), it.q!.from));
  // a verb shared: the previous item's in the sentence, else the next one's in the same clause
  // built by push, not map: the array is of one kind however the caller was compiled
  const items: Item[] = [];
  for (const p of pending) items.push(p.item);
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.verb) continue;
    const prev = items[k - 1];
    // 赤字7500亿元，比上年增加5700亿元，同时…发行2000亿元债券: a change from a base gives its verb to no amount;
    // 新建农村幸福院30个，…，落实育儿补贴政策，运行…中心72个: a clause of another verb between stops it
    if (prev && prev.verb && !isChange(prev) && (pending[k].ownWord || !otherVerbBetween(prev, it)))
      ownOrShared(pending[k], prev.verb);
  }
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k];
    const next = items[k + 1];
    if (
      !it.verb &&
      next &&
      next.verb &&
      clauseFrom(text, sentence, next.q!.from) === clauseFrom(text, sentence, it.q!.from) &&
      // 赤字规模5.66万亿元、比上年增加1.6万亿元
      !isChange(next)
    )
      ownOrShared(pending[k], next.verb);
  }
  // an object shared: the nearest item before with the same unit (竣工2处 counts 停车场(库)), else the same base
  // unit (改扩建8所 counts 中小学); without one, the verb names what is counted (竣工60万平方米)
  const own: boolean[] = [];
  for (const it of items) own.push(Boolean(it.object));
  const baseOf = (it: Item) => unitOfItem(it)?.base;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.object) continue;
    let found: Item | undefined;
    for (let j = k - 1; j >= 0 && !found; j--) if (own[j] && items[j].q!.unit === it.q!.unit) found = items[j];
    for (let j = k - 1; j >= 0 && !found; j--) if (own[j] && baseOf(items[j]) === baseOf(it)) found = items[j];
    if (found) {
      it.object = found.object;
      it.objectInherited = true;
    }
  }
  // 新建…充电桩2万个以上，其中农村1万个以上: a place word alone names the part of the thing counted before
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (!own[k] || !LEX.PLACE_ONLY_RE.test(it.object)) continue;
    for (let j = k - 1; j >= 0; j--)
      if (own[j] && !LEX.PLACE_ONLY_RE.test(items[j].object) && baseOf(items[j]) === baseOf(it)) {
        it.object = it.object + items[j].object;
        break;
      }
  }
  // 今年拟安排430亿元，用于补助…实物廉租房建设: a sum with no name of its own is named by what it is for
  for (const it of items) {
    if (it.object || baseOf(it) !== MONEY) continue;
    const after = it.q!.to;
    if (!BOUNDARY_CHARS[text.charCodeAt(after)]) continue;
    const purpose = LEX.PURPOSE_OPENING_RE.exec(text.slice(after + 1, clauseTo(text, sentence, after + 1)));
    if (purpose && purpose[1]) {
      it.object = cleanObject(purpose[1]);
      it.objectInherited = true;
    }
  }
  // 改造城镇老旧小区70个、1.6万户: homes counted right after a count of things, with no words of their own, are the
  // homes of those things, counted as their residents are (惠及居民1.63万户)
  for (let k = 1; k < items.length; k++) {
    const it = items[k],
      before = items[k - 1];
    if (it.object || baseOf(it) !== HOUSEHOLDS || !own[k - 1] || baseOf(before) !== COUNT) continue;
    if (text.slice(before.q!.to, it.q!.from) !== LIST_COMMA) continue;
    it.object = LEX.HOUSEHOLDS_OF_THINGS;
    it.objectInherited = true;
    // (…homes the work reaches, as 惠及 counts them)
    it.verb = LEX.REACH_VERBS[0];
    it.verbInherited = false;
  }
  oneInEachPlace(items);
  for (const it of items) if (!it.object) it.object = it.verb;
  return eachOfVerbs(text, items);
}

/** The base of length (公里, 米). */
const LENGTH = 'm';

/**
 * 维修改造城区道路42条，总长度35公里: a length with only the word of its measure, after a clause that counts a thing,
 * is that thing's length: the thing and its verb are the figure's. (Not an area: 229个老旧小区已开工改造,建筑面积
 * 571.9万平方米 measures the homes, not the work another promise counts in 平方米.)
 */
function lengthOf(p: Pending, pending: Pending[], prevFrom: number, ownFrom: number): void {
  const base = unitBase(p.q.unit)?.base ?? '';
  if (base !== LENGTH) return;
  const counted = pending.filter((x) => x.q.from >= prevFrom && x.q.to <= ownFrom && !x.attribute);
  const thing = counted[counted.length - 1]?.item;
  if (!thing?.object || unitBase(thing.q!.unit)?.base === base) return;
  p.item.object = thing.object;
  p.item.objectInherited = true;
  if (!p.item.verb) {
    p.item.verb = thing.verb;
    p.item.verbInherited = true;
  }
  p.item.rule = 'attribute-of-clause';
}

/**
 * 1550个省重点项目完成投资7398亿元: a figure right after what is said of the figure before it, that saying a
 * verb and only a word of money or effort (完成投资): the figure is that, of the thing counted before
 * (省重点项目投资), not an attribute of the clause before; a verb and a thing of its own (286所中小学配备AED设备
 * 312台): the figure counts that thing.
 */
function forWhatWasSaid(text: string, pending: Pending[]): void {
  for (let k = 1; k < pending.length; k++) {
    const p = pending[k],
      prev = pending[k - 1];
    const said = prev.predicate;
    if ((!p.attribute && p.item.object) || !said || said.to !== p.q.from || !prev.item.object) continue;
    const { verb, object } = splitPhrase(text, said.from, said.to, p.q);
    if (!verb || !object) continue;
    const generic = onlyGenericWords(object);
    // (…a thing of its own only where the figure counts in another unit than the figure before: 8处易涝点位中已完成
    // 整治3处 is the set and its part)
    if (!generic && p.q.unit === prev.q.unit) continue;
    p.attribute = false;
    p.item.verb = verb;
    // (为全市286所中小学配备AED设备312台: a thing of its own named in what was said is what the figure counts)
    p.item.object = generic ? prev.item.object + object : object;
    // (the projects' name taken once: namedByProjects, after, leaves it be)
    p.item.objectInherited = generic;
    p.item.from = said.from;
    p.item.context = prev.item.context + text.slice(said.to, p.q.to);
  }
}

/**
 * 实施省重点项目1550个、年度计划投资7150亿元 · 安排重大项目1000个以上，完成年度投资1万亿元以上: a sum with a
 * verb of its own, named by no more than the year (年度) and a word of money (投资), after a count of
 * projects in its sentence, is those projects' investment (省重点项目投资). (With a neighbour's verb it is
 * the size of what was counted: refiners/not-promised.ts.)
 */
function namedByProjects(pending: Pending[]): void {
  const LEX = commitmentsLexicon();
  for (let k = 1; k < pending.length; k++) {
    const it = pending[k].item;
    if (!it.verb || it.verbInherited || it.objectInherited || unitBase(it.q!.unit)?.base !== MONEY) continue;
    const own = it.object.replace(LEX.OBJECT_PREFIX_RE, '');
    const money = own ? (onlyGenericWords(own) ? own : undefined) : matchOf(LEX.GENERIC_END_RE, it.verb);
    if (!money) continue;
    const projects = pending
      .slice(0, k)
      .reverse()
      .find((p) => unitBase(p.q.unit)?.base === COUNT && LEX.PROJECT_HEAD_RE.test(p.item.object));
    if (!projects) continue;
    it.object = projects.item.object + money;
    it.objectInherited = true;
  }
}

/** The fewest characters of a work named after a verb of doing in general inside a clause's words. */
const ORGANISED_WORK_MIN = 4;

/**
 * 省卫生健康委组织市县分批次开展乡村医生线下培训，截至9月底完成1.07万人: the words of a clause the figure is an
 * attribute of hold who organised whom, then a verb of doing in general (开展) and the work: the work is the thing.
 * '' where no such verb stands inside the words.
 */
function workAfterOrganising(words: string): string {
  const { GENERAL_VERB_RE } = commitmentsLexicon();
  for (let i = words.length - ORGANISED_WORK_MIN; i > 0; i--) {
    const verb = GENERAL_VERB_RE.exec(words.slice(i));
    if (verb) return cleanObject(words.slice(i + verb[0].length));
  }
  return '';
}

/** The longest topic a sentence opens with (高速公路，…): a few words that name a field. */
const TOPIC_MAX = 4;

/**
 * A thing named only by a generic word (项目, 投资) is named by the words before it: the clause
 * right before, where it has a verb, no figure and an object that names a work (ending in a generic
 * word: 工程, 建设, 项目) with no list in it (推进重大工程建设，
 * 全年完成投资2400亿元: 重大工程建设投资), else the sentence's topic, a clause of a few words
 * with no verb that opens it (高速公路，…建成临沂至滕州等15个项目: 高速公路项目).
 */
/**
 * 新培育独角兽企业8家、专精特新“小巨人”企业142家、单项冠军企业167家，合计317家: a sum after the parts it adds, listed
 * by 、 in its unit, counts them all: its thing is theirs together.
 */
function sumOfParts(text: string, sentence: Span, pending: Pending[]): void {
  const { SUM_BEFORE_RE } = commitmentsLexicon();
  for (let k = 2; k < pending.length; k++) {
    const sum = pending[k].item;
    if (!sum.q || !SUM_BEFORE_RE.test(text.slice(clauseFrom(text, sentence, sum.q.from), sum.q.from))) continue;
    const parts: Item[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const part = pending[j].item;
      if (!part.q || part.q.unit !== sum.q.unit || !part.object) break;
      parts.unshift(part);
      if (text[pending[j - 1]?.item.q?.to ?? -1] !== LIST_COMMA) break;
    }
    if (parts.length < 2) continue;
    // (加装住宅电梯312部、更新住宅电梯216部，合计528部: one thing by several works is that thing, by all of them)
    const one = parts.every((p) => p.object === parts[0].object);
    sum.object = one ? parts[0].object : parts.map((p) => p.object).join(LIST_COMMA);
    if (one && parts.every((p) => p.verb)) sum.verb = [...new Set(parts.map((p) => p.verb))].join(LIST_COMMA);
    sum.objectInherited = true;
  }
}

/** Whether a bracket opened between `from` and `at` is still open at `at`. */
function insideBracket(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let k = from; k < at; k++) {
    const c = text[k];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/** A bracket that opens on a label and its colon (（得票数：, （牵头单位：): a note, not words of a thing. */
const NOTE_LABEL = /^[(（][\u4e00-\u9fff]{1,6}[：:]/;
const NOTE_LABEL_MAX = 9;

/** A place's kind with what brackets add to it (县（区）, 县(市、区)): the kind alone names the places. */
const BRACKETED = /[(（][^()（）]*[)）]/g;

/**
 * 在11个县（区）各建成1个远程心电诊断中心: one thing in each of the places counted before 各 is as many things as
 * places, so the count of places counts the things, and the 1 is each place's own. (More each, 各建成2个, is each
 * place's share too; the total is written nowhere, so the places stay counted as places.)
 */
function oneInEachPlace(items: Item[]): void {
  const LEX = commitmentsLexicon();
  for (let k = 0; k + 1 < items.length; k++) {
    const places = items[k],
      each = items[k + 1];
    const kind = places.object.replace(LEX.EACH_SHARED_END_RE, '');
    if (kind === places.object || !LEX.PLACE_ONLY_RE.test(kind.replace(BRACKETED, '')) || !each.object) continue;
    if (places.to !== each.from || unitBase(each.q!.unit)?.base !== COUNT) continue;
    if (unitBase(places.q!.unit)?.base !== COUNT) continue;
    each.code = 'per_unit';
    each.dropped = `what each of the places counted before gets (${each.q!.number}${each.q!.unit}), not a count of its own`;
    places.object = kind;
    if (Number(each.q!.number) !== 1) continue;
    places.q = { ...places.q!, unit: each.q!.unit };
    places.object = each.object;
    places.objectInherited = true;
    places.verb = each.verb;
    places.to = each.to;
    places.context = each.context;
  }
}

/**
 * 已实施重大项目3672个，其中新开工项目1420个，完成投资8960亿元: money named by words of money alone, after a count of
 * projects named in its sentence, is those projects' money (重大项目投资).
 */
function moneyOfProjects(pending: Pending[]): void {
  const LEX = commitmentsLexicon();
  for (let k = 1; k < pending.length; k++) {
    const it = pending[k].item;
    if (!it.q || unitBase(it.q.unit)?.base !== MONEY || !it.object || !onlyGenericWords(it.object)) continue;
    const projects = pending
      .slice(0, k)
      .map((p) => p.item)
      .find(
        (p) =>
          p.q &&
          unitBase(p.q.unit)?.base === COUNT &&
          // (6条续建高铁均在加快建设，年内累计完成投资1846亿元: works counted as under way name the sum too)
          (LEX.PROJECT_HEAD_RE.test(p.object) ||
            // (…not a set said before its part, 640个省级重点项目中已开工建设619个)
            (p.rule === 'figure-object' && LEX.WORKS_VERB_END_RE.test(p.verb) && !LEX.AMONG_END_RE.test(p.object))) &&
          !onlyGenericWords(p.object),
      );
    if (!projects) continue;
    it.object = projects.object + it.object;
    it.objectInherited = true;
  }
}

function namedBefore(text: string, sentence: Span, qs: Quantity[], pending: Pending[]): void {
  const LEX = commitmentsLexicon();
  const onlyGeneric = (o: string) => !o.replace(LEX.GENERIC_WORDS, '').replace(/[^\u4e00-\u9fff]/g, '');
  const noFigure = (from: number, to: number) => !qs.some((q) => q.numFrom >= from && q.numFrom < to);
  const firstEnd = clauseTo(text, sentence, sentence.from);
  let topic = '';
  // (a label of progress, 进展情况：已完成建设任务…, names no topic; nor does one of the target, 年度目标：…)
  const label = LEX.PROGRESS_LABEL_OPENING_RE.test(text.slice(sentence.from, firstEnd + 1));
  // 农村危房改造方面，全年完成改造4712户: a figure whose words name only the work's verb, in a sentence that opens on a
  // field ending in it, counts the field's thing
  const fieldOpening = LEX.FIELD_TOPIC_OPENING_RE.exec(text.slice(sentence.from, sentence.to));
  const field = fieldOpening ? cleanObject(fieldOpening[1]) : '';
  if (firstEnd < sentence.to && noFigure(sentence.from, firstEnd) && !label) {
    const { verb, object } = splitPhrase(text, sentence.from, firstEnd);
    // (公路方面，…建成通车济南至宁津等5个项目: the field, not its word 方面, names the thing, and is measured without it:
    // 高速公路方面)
    const named = field && object.startsWith(field) ? field : object;
    // (nor do words of how the figures were found: 评估发现，…)
    if (
      !verb &&
      named.length <= TOPIC_MAX &&
      !onlyGeneric(named) &&
      !LEX.TARGET_WORDS_ONLY_RE.test(named) &&
      !LEX.FINDING_ONLY_RE.test(named)
    )
      topic = named;
    // (“智改数转”提速扩面，完成重点项目317个: a programme's quoted name, then only a word or two of how it goes)
    const quoted = QUOTED_OPENING_RE.exec(text.slice(sentence.from, firstEnd).trimStart());
    const rest = quoted ? text.slice(sentence.from, firstEnd).trim().slice(quoted[0].length) : '';
    if (!topic && quoted && rest.length <= TOPIC_MAX && /^[\u4e00-\u9fff]*$/.test(rest)) topic = quoted[0];
  }
  for (const [k, p] of pending.entries()) {
    const it = p.item;
    // 18个城镇老旧小区已全部开工，完成改造15个: in an outcome, a figure whose words after its verb are only the work's verbs
    // counts, in the same unit, the things counted right before it, the figure first
    const before = pending[k - 1]?.item;
    if (
      it.role === 'statement' &&
      !p.attribute &&
      !it.objectInherited &&
      it.verb !== '' &&
      it.verb !== it.object &&
      onlyVerbs(it.object) &&
      before?.rule === 'figure-object' &&
      before.q &&
      before.object &&
      !onlyVerbs(before.object) &&
      !onlyGeneric(before.object) &&
      unitBase(before.q.unit)?.base === unitBase(p.q.unit)?.base
    ) {
      it.verb += it.object;
      it.object = before.object;
      it.objectInherited = true;
      continue;
    }
    if (
      field &&
      !p.attribute &&
      !it.objectInherited &&
      it.object &&
      onlyVerbs(it.object) &&
      field.endsWith(it.object)
    ) {
      it.object = field;
      it.objectInherited = true;
      continue;
    }
    // (危旧简易楼排险工作有序推进，已完成排险解危318栋: a work named whole in the clause before, pushed on, whose last
    // word, the work done to its thing, the figure's own name opens with, is what the figure counts)
    const cFrom = clauseFrom(text, sentence, p.q.from);
    if (
      it.role === 'statement' &&
      !p.attribute &&
      !it.objectInherited &&
      it.object.length >= 2 &&
      cFrom - 1 > sentence.from
    ) {
      const prevFrom = clauseFrom(text, sentence, cFrom - 1);
      const { verb, object } = splitPhrase(text, prevFrom, cFrom - 1);
      const work = object.replace(LEX.ACTIVITY_SUFFIX_RE, '');
      const word = it.object.slice(0, 2);
      if (
        noFigure(prevFrom, cFrom) &&
        LEX.PUSH_VERB_END_RE.test(verb) &&
        work !== object &&
        work.endsWith(word) &&
        // (…not a thing the work's name holds whole, its own words in front of it standing: 新增省级临床重点专科46个 after
        // 国家级临床重点专科建设项目有序推进)
        !work.includes(it.object) &&
        !work.startsWith(word) &&
        // (…nor a thing named by that word and one more character, 安置房 after 棚户区改造安置工作加快推进: a house, not the work)
        it.object.length !== word.length + 1
      ) {
        it.object = work;
        it.objectInherited = true;
        it.context = text.slice(prevFrom, Math.max(it.to, p.q.to));
        continue;
      }
    }
    // (城区供水管网改造完工，累计完成改造15.6公里: a work named whole in the clause before, said done or pushed on, and
    // the figure's words only the work done to its thing: the figure counts that thing, by the work's verb)
    if (
      it.role === 'statement' &&
      !p.attribute &&
      !it.objectInherited &&
      it.object.length >= 2 &&
      onlyVerbs(it.object) &&
      cFrom - 1 > sentence.from
    ) {
      const prevFrom = clauseFrom(text, sentence, cFrom - 1);
      const { verb, object } = splitPhrase(text, prevFrom, cFrom - 1);
      // (the work's verb may open the clause's verb, 改造完工, or end its thing, 城区供水管网改造 + 完工)
      const work = object + verb;
      const at = work.lastIndexOf(it.object);
      const thing = at > 0 ? work.slice(0, at) : '';
      if (
        noFigure(prevFrom, cFrom) &&
        (LEX.PUSH_VERB_END_RE.test(verb) || LEX.stageOf(verb) !== 'none') &&
        at + it.object.length >= object.length &&
        thing.length >= 2 &&
        !onlyVerbs(thing) &&
        !onlyGeneric(thing)
      ) {
        it.verb += it.object;
        it.object = thing;
        it.objectInherited = true;
        it.context = text.slice(prevFrom, Math.max(it.to, p.q.to));
        continue;
      }
    }
    if (p.attribute || it.objectInherited || !it.object || !onlyGeneric(it.object)) continue;
    if (cFrom - 1 > sentence.from) {
      const prevFrom = clauseFrom(text, sentence, cFrom - 1);
      const { verb, object } = splitPhrase(text, prevFrom, cFrom - 1);
      // a work named whole (重大工程建设), not a list or a stance (坚持民生为大)
      // (…nor things of the figure's own word, 赛得利纤维等项目加快建设，已竣工投产项目2917个: another set of them)
      const works = LEX.GENERIC_END_RE.test(object) && !object.includes('、') && !object.endsWith(it.object);
      if (noFigure(prevFrom, cFrom) && verb && works && !onlyGeneric(object)) {
        it.object = object + it.object;
        it.context = text.slice(prevFrom, Math.max(it.to, p.q.to));
        continue;
      }
    }
    if (topic && cFrom > firstEnd) it.object = topic + it.object;
  }
}

/**
 * One figure for each of several verbs: 开工、投产新能源项目各1600万千瓦以上 promises 1600万千瓦 started and
 * 1600万千瓦 brought on line. The item keeps its first verb; each other verb joined by 、 gets an item of
 * its own, from that verb to the figure.
 */
/** A run of verbs joined by 、 (新建、改造), as the runs it joins. */
function runsApart(text: string, run: VerbRun): VerbRun[] {
  const apart: VerbRun[] = [];
  let from = run.from;
  for (let at = run.from; at <= run.to; at++)
    if (at === run.to || text[at] === LIST_COMMA) {
      apart.push({ from, to: at, word: text.slice(from, at) });
      from = at + 1;
    }
  return apart;
}

function eachOfVerbs(text: string, items: Item[]): Item[] {
  const LEX = commitmentsLexicon();
  const out: Item[] = [];
  for (const it of items) {
    out.push(it);
    const q = it.q;
    if (!q || it.rule !== 'object-figure' || it.verbInherited) continue;
    const phrase = text.slice(it.from, q.from);
    const each = LEX.EACH_SHARED_END_RE.exec(phrase);
    if (!each) continue;
    // (works joined by 、 into one run, 新建、改造, are each its own here: 各 gives each the figure)
    const runs = verbRuns(text, it.from, q.from).flatMap((r) => runsApart(text, r));
    const joined = [runs[0]];
    for (let k = 1; k < runs.length && text.slice(runs[k - 1].to, runs[k].from) === '、'; k++) joined.push(runs[k]);
    if (joined.length < 2 || joined[0].from !== it.from) continue;
    const object = cleanObject(text.slice(joined[joined.length - 1].to, q.from - each[0].length));
    if (!object) continue;
    it.verb = joined[0].word;
    it.object = object;
    for (const r of joined.slice(1))
      out.push(makeItem({ ...it, from: r.from, verb: r.word, rule: 'object-figure-each' }));
  }
  return out;
}
