// Refiner: a notice in sections, each headed by the work it reports on (一、就业惠民工程 / 全年筹措资金7.36亿元，
// 完成年度计划的105.1%): a figure or a completion whose own words name only money or effort (资金), or nothing, is
// of its section's work, as the plan said it (筹措7亿元实施就业惠民工程). Without the heading it names nothing a
// promise can be told by.
import type { Item } from '../types.js';
import { linesOf } from '../zones.js';
import { CLAUSE_END } from '../text.js';
import { clauseOf } from './scope.js';
import { cleanObject, onlyVerbs, verbRunClosing, verbRunOpening } from '../parsers/clauses.js';
import { normObject } from '../objects.js';
import { unitBase, MONEY } from '../quantities.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';
import { firstAtOrAfter } from '../../../core/sorted.js';

/** The longest heading that names a work, not a sentence (一、就业惠民工程). */
const HEADING_MAX = 20;
/** What is left of a name of money or effort alone once those words are off (资金, 项目资金). */
const GENERIC_LEFT = 1;

export function nameFromHeading(text: string, items: Item[]): void {
  const { GENERIC_WORDS, NOTICE_PART_HEADING_RE, FINDING_ONLY_RE, GENERAL_VERB_RE } = commitmentsLexicon();
  // each heading's span: from its line to the next line marked in its family (one pass: a family's open section
  // ends where its next marked line starts)
  const sections: Array<{ from: number; to: number; name: string }> = [];
  const open = new Map<string, { from: number; to: number; name: string }>();
  for (const l of linesOf(text)) {
    if (!l.marker || (l.marker.family !== 'chinese' && l.marker.family !== 'bracket')) continue;
    const before = open.get(l.marker.family);
    if (before) before.to = l.from;
    open.delete(l.marker.family);
    const body = text.slice(l.from + l.marker.length, l.to).trim();
    if (!body || body.length > HEADING_MAX || /[\d。；;，,]/.test(body)) continue;
    // (二、存在的问题: a part of the notice names no work, though it ends the section before it)
    // (…nor does 二、评估发现, the part of findings: FINDING_ONLY_RE)
    const noWork = NOTICE_PART_HEADING_RE.test(body) || FINDING_ONLY_RE.test(body);
    const section = { from: l.to, to: text.length, name: noWork ? '' : cleanObject(body) };
    sections.push(section);
    open.set(l.marker.family, section);
  }
  if (!sections.length) return;
  for (const it of items) {
    if (it.role !== 'statement' || it.dropped || (it.kind !== 'figure' && it.kind !== 'no_figure')) continue;
    // a figure with words of its own, or a completion (完成年度计划的105.1%, 各项建设任务全面完成)
    if (it.kind === 'figure' && !it.object) continue;
    // (…nor one named already by nearer words: its line's own label, （二）重点项目。完成投资10126亿元 under 一、扩大内需方面,
    // or the things its sentence counted before it)
    if (it.objectInherited) continue;
    // (…but not a completion beside a figure of its sentence, 实施…技改项目1326项，…，完成年度目标的110.5%: the share
    // is that figure's, no word on the part's field)
    const besideFigure = (x: Item) =>
      x.kind === 'figure' && x.role === 'statement' && !x.dropped && x.sentence.from === it.sentence.from;
    if (it.kind === 'no_figure' && items.some(besideFigure)) continue;
    if (normObject(it.object).replace(GENERIC_WORDS, '').length > GENERIC_LEFT) continue;
    // (…not a count of things a verb of its own does, 新转化项目43个: 项目 are what the verb made, whatever the section)
    const counted = it.kind === 'figure' && it.q && unitBase(it.q.unit)?.base !== MONEY;
    if (counted && it.object && it.verb && !GENERAL_VERB_RE.test(it.verb)) continue;
    // (…nor one whose words after its verb name a kind its object lost in front, 实施省级重点项目653个: 省级重点项目)
    if (it.kind === 'figure' && it.object && kindBeforeFigure(text, it)) continue;
    const s = sections.find((x) => it.from >= x.from && it.from < x.to);
    if (!s?.name) continue;
    // the work is the thing, as the plan names it (筹措7亿元实施就业惠民工程: the money for the work)
    it.object = s.name;
    it.objectInherited = true;
  }
}

/**
 * Whether the words between a figure's verb and its number (or, the verb right before the number, the words before
 * the verb) name more than general words (重点项目: 重点), though its object, cleaned of the words in front, kept
 * only the general ones (项目).
 */
function kindBeforeFigure(text: string, it: Item): boolean {
  if (!it.q || !it.verb) return false;
  const said = text.slice(it.from, it.q.numFrom);
  const at = said.indexOf(it.verb);
  if (at < 0) return false;
  // (省级重点项目开复工621个: the words of the clause before a verb right before the figure are its thing's)
  const after = said.slice(at + it.verb.length);
  let from = it.from;
  while (from > it.sentence.from && !CLAUSE_END[text.charCodeAt(from - 1)]) from--;
  // (…and so are they where the words after the verb are general alone: 省级重点项目完成投资2964亿元)
  const { GENERIC_WORDS } = commitmentsLexicon();
  // (…after a line's label and its colon only: 4.科教惠民工程：已完成筹措资金108.7亿元, the label names it)
  const generalAfter = after.trim() !== '' && normObject(after).replace(GENERIC_WORDS, '') === '';
  if (after.trim() && !generalAfter) return kindIn(after);
  const before = text.slice(from, it.from + at);
  return kindIn(generalAfter ? before.slice(before.search(/[^：:]*$/)) : before);
}

/** Whether a figure that opens its item (640个省级重点项目) names after it more than general words, though its object kept only those. */
function kindAfterFigure(text: string, it: Item): boolean {
  if (!it.q || it.q.from > it.from || it.q.to >= it.to) return false;
  const words = text.slice(it.q.to, it.to).trim();
  // (not words that hold the figure's own verb, 为652名残疾儿童提供康复救助服务: what is done, no kind of the thing)
  if (it.verb && words.includes(it.verb)) return false;
  return kindIn(words);
}

/** Whether words name a kind besides general words (省级重点 in 省级重点项目), and not only verbs. */
function kindIn(words: string): boolean {
  const kind = normObject(words).replace(commitmentsLexicon().GENERIC_WORDS, '');
  return kind.length > GENERIC_LEFT && kind !== normObject(words) && !onlyVerbs(kind);
}

/** A work's name and the stretch of text it names (from the end of its line). */
interface LineLabel {
  from: number;
  to: number;
  name: string;
  /** a name the line gives alone or as a sentence of its own, or before a colon on a numbered line (1.就业惠民工程：…):
   * it names figures of a task, of money or of a general verb too */
  runIn: boolean;
  /** a promise restated (11.筹措310.33亿元实施健康惠民工程。): it names only figures whose own words are general */
  restated?: boolean;
  /** a numbered line that is a name alone, over a block of lines ([07] 太阳能路灯 / 已安装 918盏) */
  block?: boolean;
}

/** The label nearest a place: a line's own name before its colon, inside a block's numbered name ([01] …) above it. */
function innermost(labels: LineLabel[], at: number): LineLabel | undefined {
  let found: LineLabel | undefined;
  for (const x of labels) if (at >= x.from && at < x.to && (!found || x.from >= found.from)) found = x;
  return found;
}

/** The longest label a line opens with that names a work (高标准农田建设：…). */
const LABEL_MAX = 20;

/**
 * A notice's line that opens with the work's name and a colon, then its target and its progress (高标准农田建设：年度
 * 目标1000万亩，累计完成1000万亩), or a numbered line that opens with the name as a sentence (10.高标准农田建设
 * （牵头单位：…）。年度目标：…。进展情况：…): a figure whose own words name nothing, or only the target (年度目标), is
 * of that work.
 */
export function nameFromLineLabel(text: string, items: Item[]): void {
  const {
    TARGET_WORDS_ONLY_RE,
    PROGRESS_LABEL_OPENING_RE,
    GENERIC_WORDS,
    NAME_LABEL_RE,
    ATTRIBUTE_ONLY,
    PART_OPENING_RE,
    ADVERB_TAIL,
    TITLE_TAIL_RE,
    NEW_RE,
    GENERAL_VERB_RE,
    INCREMENT_RE,
    FIELD_END_RE,
    ETC_ALL_RE,
    OWNER_TAIL_RE,
    stageOf,
  } = commitmentsLexicon();
  const labels: LineLabel[] = [];
  // the figures kept, in the order they stand, gathered once and only where a numbered line may want them
  let inOrder: Item[] | undefined;
  const figures = () =>
    (inOrder ??= items.filter((it) => !it.dropped && it.kind === 'figure').sort((a, b) => a.from - b.from));
  // 1. 项目名称：老旧风机改造 / 完成情况：…: a line that only names the work names it for the lines after it, up to the
  // next numbered line or the next such name
  let named: LineLabel | undefined;
  const lines = linesOf(text);
  for (const [k, l] of lines.entries()) {
    const line = text.slice(l.from + (l.marker?.length ?? 0), l.to);
    const nameLabel = NAME_LABEL_RE.exec(line);
    if (named && (l.marker || nameLabel)) {
      named.to = l.from;
      named = undefined;
    }
    if (nameLabel) {
      const name = cleanObject(line.slice(nameLabel[0].length).trim());
      if (name && name.length <= LABEL_MAX && !/[\d。；;，,]/.test(name)) {
        named = { from: l.to, to: text.length, name, runIn: true };
        labels.push(named);
      }
      continue;
    }
    // [01] 牧区寄宿制小学新建改扩建　　责任单位：县教育局: a numbered line (not a part's, 一、) that only names a work,
    // who answers for it aside, names it for the lines under it, up to the next numbered line
    if (l.marker && l.marker.family !== 'chinese') {
      const bare = line.replace(OWNER_TAIL_RE, '').trim();
      const name = bare.length <= LABEL_MAX && !/[\d。；;，,：:]/.test(bare) ? cleanObject(bare) : '';
      // (a thing or a work named as a thing, not a field of effort that opens on its verb: （一）扩大有效投资; over lines
      // of a board, short, not a paragraph of sentences)
      const next = k + 1 < lines.length ? text.slice(lines[k + 1].from, lines[k + 1].to) : '';
      if (
        name.length >= 2 &&
        !/[。；;]/.test(next) &&
        verbRunOpening(name) === undefined &&
        !TITLE_TAIL_RE.test(name) &&
        !TARGET_WORDS_ONLY_RE.test(name)
      ) {
        named = { from: l.to, to: text.length, name, runIn: true, block: true };
        labels.push(named);
        continue;
      }
    }
    const colon = line.search(/[：:]/);
    // 10.高标准农田建设（牵头单位：…）。年度目标：…。进展情况：…: a numbered line that opens with the work's name as a
    // sentence of its own (its brackets aside) is labelled by it
    // (…and a rating in square brackets aside too: 2.省级重点项目【绿灯】。)
    const runIn = l.marker ? /^([^。；;，,：:\d【]+?)(?:[(（][^)）]*[)）]|【[^】\d]*】)?。/.exec(line.trim()) : null;
    const at = runIn
      ? l.from + l.marker!.length + line.indexOf(runIn[0]) + runIn[0].length
      : l.from + (l.marker?.length ?? 0) + colon + 1;
    // 11.筹措310.33亿元实施健康惠民工程。截至9月底，已筹措资金287.16亿元: a numbered line that opens with the promise
    // restated, as a sentence of its own, is labelled by that promise's thing
    if (!runIn && l.marker) {
      const restated = restatedOpening(text, l.from + l.marker.length, l.to, figures());
      if (restated) {
        labels.push(restated);
        continue;
      }
    }
    const raw = runIn ? runIn[1] : colon > 0 && colon <= LABEL_MAX ? line.slice(0, colon) : '';
    const name = cleanObject(raw.trim());
    // (a label of progress, 进展情况：, names no work)
    if (!name || name.length > LABEL_MAX || /[\d。；;，,]/.test(name) || TARGET_WORDS_ONLY_RE.test(name)) continue;
    // (nor a title that says how a field of work went, 扩大有效投资持续发力: it names no work a figure may be of)
    if (TITLE_TAIL_RE.test(name)) continue;
    // (the label as written: 当前完成：, cleaned to 当前, is a label of progress still)
    if (PROGRESS_LABEL_OPENING_RE.test(`${name}：`) || PROGRESS_LABEL_OPENING_RE.test(`${raw.trim()}：`)) continue;
    // (a numbered line's name before its colon is the item's, no speaker's)
    labels.push({ from: at, to: l.to, name, runIn: runIn !== null || l.marker !== undefined });
  }
  if (!labels.length) return;
  for (const it of items) {
    if (it.dropped) continue;
    // (（二）“数字领航”企业培育。已全面完成年度任务: a completion that names nothing, under a run-in name, is that work's)
    if (it.kind === 'no_figure' && it.role === 'statement' && !it.object.trim()) {
      const l = innermost(labels, it.from);
      // (…where the line gives no figure of its own: a share beside one, 改造…3942公里，完成年度目标的109.5%, is that
      // figure's, and the figure is the outcome)
      const figured = (x: Item) =>
        x.kind === 'figure' && x.role === 'statement' && !x.dropped && x.from >= l!.from && x.from < l!.to;
      if (l?.runIn && !items.some(figured)) ((it.object = l.name), (it.objectInherited = true));
      continue;
    }
    if (it.kind !== 'figure') continue;
    // a figure whose words name nothing, or only the target (年度目标); under a run-in name, also one that names
    // only a task (完成建设任务276万亩) or what was done. (A label with a colon may be a speaker's, 省发改委负责人：,
    // whose 项目投资 stays.)
    const own = it.object.trim();
    const namesNothing = !own || TARGET_WORDS_ONLY_RE.test(own);
    // (…or only what a general verb did, 已完成更新改造6420公里; not a verb that is its own thing, 免费体检8.7万人次,
    // but a stage is never a thing, 已完工41.5公里, nor a restated target's verb: 年度目标举办1000场)
    // (…or only a measure of the work, 新增推广面积106万亩)
    // (the label is looked for only where it may be wanted: a notice's every figure is asked)
    const labelOf = () => innermost(labels, it.from);
    // (…or a verb that is its own thing the label ends with: 老年人流感疫苗免费接种：…已接种1.8万人)
    // (…nor a verb of doing in general or of increase, which names nothing: 完成218公里, 新增3920张)
    const plainVerb = GENERAL_VERB_RE.exec(own)?.[0] === own || INCREMENT_RE.exec(own)?.[0] === own;
    const verbsOnly =
      onlyVerbs(own) &&
      (own !== it.verb ||
        plainVerb ||
        stageOf(own) !== 'none' ||
        it.restated === true ||
        labelOf()?.name.endsWith(own) === true ||
        // (…or the verb alone under a label that names a thing, no work: [07] 太阳能路灯 / 已安装 918盏)
        (labelOf()?.block === true && !verbRunClosing(labelOf()!.name)));
    // (…or only examples named before 等 and general words after it, 市第七中学扩建、城南实验小学新建等项目)
    const afterExamples = own.split(ETC_ALL_RE).pop() ?? own;
    const examplesOnly =
      afterExamples !== own && normObject(afterExamples).replace(GENERIC_WORDS, '').length <= GENERIC_LEFT;
    const generic =
      normObject(own).replace(GENERIC_WORDS, '').length <= GENERIC_LEFT ||
      verbsOnly ||
      examplesOnly ||
      ATTRIBUTE_ONLY.test(own);
    // (a name the run-in label says with more words in front, 3.危旧简易楼排险。已完成排险389栋, 18.高校毕业生就业
    // 岗位。已筹集提供就业岗位11.3万个, stays the figure's own; the label's words are said of it, in its context)
    if (!namesNothing && !generic) {
      const l = labelOf();
      if (l?.runIn && own.length >= 2 && l.name.length > own.length && l.name.endsWith(own))
        it.context = `${it.context}（${l.name}）`;
      continue;
    }
    // (…but not a figure whose words after its verb name a kind the object lost in front: 新开工重点项目2187个 under
    // ◆扩大有效需求。, its 重点项目 taken for 项目)
    if (!namesNothing && !verbsOnly && !examplesOnly && kindBeforeFigure(text, it)) continue;
    // (…nor a set named after its figure with a kind its object lost in front, （一）项目建设和有效投资。640个省级重点项目中
    // 已开工…: 省级重点项目)
    if (!namesNothing && !verbsOnly && kindAfterFigure(text, it)) continue;
    const label = labelOf();
    // (a label with a colon names what only verbs said too: 城市书房：建成开放12个)
    if (!label || (!namesNothing && !verbsOnly && !label.runIn)) continue;
    // (a promise restated names a sum of general words, 已筹措资金287.16亿元; a figure that names nothing, or only by
    // a verb, 在建1460公里, 3个州市…合计236户, is paired with it by its unit, or is no answer)
    if (label.restated && (namesNothing || verbsOnly || own.length < 2)) continue;
    // (12个“好房子”示范项目全部开工，其中3个项目已交付使用: a part's thing is its whole's, named in the clause before)
    if (PART_OPENING_RE.test(clauseOf(text, it))) continue;
    // (（四）科技成果转化。新转化项目43个: a label that names the work of the figure's own verb says what is done, and
    // the figure's own words, 项目, what is counted)
    let doing = it.verb;
    for (let k = 1; k < it.verb.length; k++) if (NEW_RE.test(it.verb.slice(0, k))) doing = it.verb.slice(k);
    if (own && own !== it.verb && !verbsOnly && doing.length >= 2 && label.name.endsWith(doing)) continue;
    // (…nor, under a run-in name that does not say that work, （一）产业科技创新。新转化项目26个, a count of new things its
    // own verb makes: the verb says what they are; a stage, 已竣工投用8所, names none)
    if (doing !== it.verb && doing.length >= 2 && stageOf(doing) === 'none' && own && !verbsOnly) continue;
    // (…nor a field's name, （一）扩大投资和促进消费方面。…累计完成投资3012.6亿元: the field is where the figure stands,
    // its own word, 投资, what it counts)
    if (label.runIn && own && !namesNothing && !verbsOnly && FIELD_END_RE.test(label.name)) continue;
    // (a label that ends with the figure's own verb after an adverb names the thing before them: 流感疫苗免费接种 for
    // 已接种1.8万人; without one the verb may be a word of the thing, 老年人免费健康体检)
    const before = own === it.verb && label.name.endsWith(own) ? label.name.slice(0, -own.length) : '';
    const work = ADVERB_TAIL.test(before) ? cleanObject(before.replace(ADVERB_TAIL, '')) : '';
    // (…or, opening with a verb of doing in general, the thing between the two: 开展职业技能培训。培训16.8万人次)
    const general = GENERAL_VERB_RE.exec(before);
    const between =
      general?.index === 0 && before.length - general[0].length >= 2 ? before.slice(general[0].length) : '';
    it.object = work || between || label.name + investmentOf(it, label.name);
    it.objectInherited = true;
  }
}

/**
 * The label a numbered line's first sentence gives where it is one promise restated (筹措310.33亿元实施健康惠民工程。):
 * that promise's thing, for the rest of the line.
 */
function restatedOpening(text: string, from: number, to: number, figures: Item[]): LineLabel | undefined {
  // (the first sentence's end on the line, looked for on the line only)
  let end = from;
  while (end < to && text[end] !== '。') end++;
  if (end >= to) return undefined;
  // (`figures` in the order they stand: the first at or after the line's words, by halves)
  const lo = firstAtOrAfter(figures, from, (f) => f.from);
  const inside: Item[] = [];
  for (let k = lo; k < figures.length && figures[k].from < end; k++) if (figures[k].to <= end) inside.push(figures[k]);
  const only = inside.length === 1 ? inside[0] : undefined;
  if (!only || only.role !== 'promise' || !only.object || only.object.length > LABEL_MAX) return undefined;
  const { GENERIC_WORDS } = commitmentsLexicon();
  if (normObject(only.object).replace(GENERIC_WORDS, '').length <= GENERIC_LEFT) return undefined;
  return { from: end + 1, to, name: only.object, runIn: true, restated: true };
}

/**
 * 2.省级重点项目建设。…完成投资1.02万亿元: a sum the figure's words name only as investment (投资, or 项目投资 from the
 * count before it), under a label that names works, is the works' investment (项目建设投资), as the plan says it
 * (完成投资9800亿元: 项目投资); money alone (资金: 筹措7亿元实施就业惠民工程) is the work's own, and stays the label.
 */
function investmentOf(it: Item, label: string): string {
  const { GENERIC_WORDS, MONEY_ONLY_RE, WORKS_RE, WORKS_ALL_RE } = commitmentsLexicon();
  const own = normObject(it.object);
  if (!it.q || unitBase(it.q.unit)?.base !== MONEY || !own || own.replace(GENERIC_WORDS, '')) return '';
  const money = own.replace(WORKS_ALL_RE, '');
  return money && !MONEY_ONLY_RE.test(money) && WORKS_RE.test(label) && !label.includes(money) ? money : '';
}
