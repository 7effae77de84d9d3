// Stage: extract, for commitments. A document's text in; its numbered promises
// (每一条 counted quantity promised in a work plan, a 民生实事 list, or a progress
// notice that restates them) and its statements of outcomes out, each grounded in
// a span of the source. No dictionary entry names a project: the object counted is
// read from the clause as written, so a list of any jurisdiction reads the same way.
//
// Parsers (parsers/) read items from sentences; refiners (refiners/) set aside what
// is not a promise or an outcome, each with its reason.
import Big from 'big.js';
import type { DocKind, Qualifier, Segment } from '../../core/model.js';
import { detach } from '../index.js';
import { readText, toSource, CLAUSE_END, type ReadText } from './text.js';
import type { NormalText } from '../normalize.js';
import { findQuantities, baseValue, quoteRanges, figureEmphasis, type Quantity } from './quantities.js';
import { zonesOf, sentencesOf, linesOf } from './zones.js';
import { readSentence } from './parsers/clauses.js';
import { refineRespectively } from './parsers/respectively.js';
import {
  TABLE_DONE_RULE,
  TABLE_SUM_RULE,
  joinTableCells,
  readTableRows,
  ofEachKind,
  tableCellQuantities,
} from './parsers/table.js';
import { joinCaptions } from './parsers/captions.js';
import { nameFromHeading, nameFromLineLabel } from './refiners/heading.js';
import {
  readFractions,
  readRestatedTargets,
  readRestatedThenDone,
  readRestatedThenProgress,
  readSetThenParts,
} from './parsers/fraction.js';
import { readListPromise, readListDone, isListCount, listSpans, listCountAside } from './parsers/list-count.js';
import { readDone, isQuotedPromise, DONE_NAMED_AFTER } from './parsers/completion.js';
import {
  refineScope,
  refineParts,
  refinePlaceShares,
  refineVerb,
  refineNotYet,
  refineTargetWords,
  refineAlreadyDone,
  refineOtherYear,
  refineSeveralYears,
  refineHeadline,
} from './refiners/scope.js';
import type { Item, Span, Zone } from './types.js';
import type { SetAsideCode } from '../set-aside.js';
import { headsAgree, normObject, stepDone } from './objects.js';
import { unitOfItem } from './item.js';
import { refineLevels } from './refiners/levels.js';
import { refineNotPromised } from './refiners/not-promised.js';
import { refineCorrections } from './refiners/corrections.js';
import { refineRevisions, revisesTo } from './refiners/revisions.js';
import { keepOnce } from './repeated.js';
import { dateOfFigure } from './told-as-of.js';
import { commitmentsLexicon } from '../../lexicon/commitments.js';
import { lexicon } from '../../lexicon/index.js';
import { firstAtOrAfter } from '../../core/sorted.js';

export interface CommitmentInput {
  id: string;
  jurisdiction: string;
  doc_kind: DocKind;
  /** a work report's year, or the year a list or a notice covers */
  year: number;
  source: string;
  segments?: Segment[];
  /** source spans of the observations read from the same document: a figure is an observation or a commitment, never both */
  observed?: Array<{ start: number; end: number }>;
  /** the headline indicator an object names (城镇新增就业), if any: in a work report it stays with the dictionary */
  headline?: (object: string) => string | undefined;
  /** the source already normalised by another reader of the same document */
  norm?: NormalText;
}

/** One promise: a counted quantity for a year, as written. */
export interface CommitmentRecord {
  report_id: string;
  jurisdiction: string;
  year: number;
  item: string;
  object: string;
  verb: string;
  value: number;
  value_low: number | null;
  value_high: number | null;
  unit: string;
  value_base: number | null;
  unit_base: string | null;
  qualifier: Qualifier;
  /** from 631元 to 653元: the value a standard starts from */
  baseline: number | null;
  /** figure: an item of the list; list: the count of the list itself (十件民生实事) */
  kind: 'figure' | 'list';
  /** an item of a list of works (a 民生实事 list, or the part of a work report that lists them): a word on the whole list reports on it */
  in_list: boolean;
  start: number;
  end: number;
  /** the sentence it stands in */
  text: string;
  rule: string;
  /** the words of its clause, normalised and simplified, for matching in context */
  context: string;
  /** the document's kind and date, stamped by the runner from the manifest */
  doc_kind: DocKind;
  as_of: string | null;
}

/** One statement of how a year went: a figure, a completion without one, or a word on the whole list. */
export interface StatementRecord {
  report_id: string;
  jurisdiction: string;
  year: number;
  kind: 'figure' | 'no_figure' | 'list_done';
  item: string;
  object: string;
  verb: string;
  value: number | null;
  unit: string | null;
  value_base: number | null;
  unit_base: string | null;
  qualifier: Qualifier | null;
  /** the stage its verb names: started (开工), finished (竣工), or neither */
  stage: 'start' | 'finish' | 'none';
  /** a total (总数, 共有) rather than what was added */
  stock: boolean;
  /** read as the second half of a fraction: the span of the promise it reports on, in the same document */
  paired: { start: number; end: number } | null;
  /** the date its figure is told as of, month × 100 + day, where its line says one before it (截至8月底, 上半年, an
   * entry's 6月30日) or a dated heading above it (第50周（12月7日—12月13日）) */
  told_as_of: number | null;
  start: number;
  end: number;
  text: string;
  rule: string;
  context: string;
  doc_kind: DocKind;
  as_of: string | null;
}

export interface CommitmentExtraction {
  commitments: CommitmentRecord[];
  statements: StatementRecord[];
  /** what the refiners set aside, and why */
  dropped: Array<{
    text: string;
    start: number;
    end: number;
    reason: string;
    code: SetAsideCode;
    /** the source span of its figure, where it has one */
    figure?: { start: number; end: number };
  }>;
}

/** Positions of list markers at line starts (1. / 一、 / (1)), whose numbers are not quantities. */
function markerTest(text: string): (at: number) => boolean {
  const marks: Span[] = [];
  for (const l of linesOf(text)) if (l.marker) marks.push({ from: l.from, to: l.from + l.marker.length });
  return (at) => spanAt(marks, at, at + 1) !== undefined;
}

/** The span of `spans` (in order, not overlapping) that holds [from, to), by a binary search on its start. */
function spanAt<T extends { from: number; to: number }>(spans: readonly T[], from: number, to: number): T | undefined {
  // the last span that starts at or before `from`
  const s = spans[firstAtOrAfter(spans, from + 1, (x) => x.from) - 1];
  return s && from >= s.from && to <= s.to ? s : undefined;
}

/** The zone holding `at` (zones are in order and do not overlap): a binary search. */
function zoneAt(zones: Zone[], at: number): Zone | undefined {
  // the last zone that starts at or before `at`, where it has not ended
  const z = zones[firstAtOrAfter(zones, at + 1, (x) => x.from) - 1];
  return z && at < z.to ? z : undefined;
}

/** A sentence's quotations when it has none: one empty map, iterated as the others are. */
const NO_QUOTES: ReadonlyMap<[number, number], Quantity[]> = new Map();

/** Every item of the document, before refining, and where a work report lists its works (listSpans). */
function readItems(t: ReadText, kind: DocKind, year: number): { items: Item[]; lists: Span[] } {
  const text = t.text;
  const zones = zonesOf(text, kind, year);
  if (!zones.length) return { items: [], lists: [] };
  const lists =
    kind === 'work_report'
      ? listSpans(
          text,
          zones.filter((z) => z.role === 'promise'),
          linesOf(text),
        )
      : [];
  const found = findQuantities(text, markerTest(text));
  // a table may hold bare numbers, its row or column giving their unit
  const cells = tableCellQuantities(text, found);
  const qs = cells.length ? [...found, ...cells].sort((a, b) => a.numFrom - b.numFrom) : found;
  const quotes = quoteRanges(text);
  // the quotations are in order and apart: the one that may hold q is the last opening before it
  const inQuote = (q: Quantity) => {
    const last = quotes[firstAtOrAfter(quotes, q.from, (x) => x[0]) - 1];
    return last && q.to < last[1] ? last : undefined;
  };
  const items: Item[] = [];
  let k = 0;
  for (const s of sentencesOf(text)) {
    const first = items.length;
    const inS: Quantity[] = [];
    while (k < qs.length && qs[k].numFrom < s.from) k++;
    for (let j = k; j < qs.length && qs[j].numFrom < s.to; j++) inS.push(qs[j]);
    const zone = zoneAt(zones, s.from) ?? zoneAt(zones, Math.max(s.from, s.to - 2));
    // a count of the list itself, wherever the document promises it (a title too)
    for (const q of inS) {
      const z = zoneAt(zones, q.from);
      if (z?.role === 'statement' || (kind === 'work_report' && !z)) continue;
      const it = readListPromise(text, q, s, year);
      if (it) items.push(it);
    }
    if (!zone) continue;
    if (zone.role === 'statement') {
      const done = readListDone(text, s, zone.year);
      if (done) items.push(done);
    }
    // a quotation that is a promise (in a story about outcomes): read on its own
    const plain: Quantity[] = [];
    // by the quotation (the one tuple quoteRanges made for it), in the order met; made only for a sentence that has one
    let quoted: Map<[number, number], Quantity[]> | undefined;
    // (the list's own counts, kept aside to be accounted for below)
    const listCounts: Quantity[] = [];
    for (const q of inS) {
      const qr = inQuote(q);
      if (!qr) {
        if (!isListCount(text, q)) plain.push(q);
        else listCounts.push(q);
        continue;
      }
      // (in a story about outcomes, a quoted promise; in a list, a draft's figure revised to the quoted words:
      // 现调整为“新增学位600个”)
      if (zone.role === 'statement' ? isQuotedPromise(text, qr[0], qr[1]) : revisesTo(text, s.from, qr[0])) {
        quoted ??= new Map();
        const list = quoted.get(qr);
        if (list) list.push(q);
        else quoted.set(qr, [q]);
      }
    }
    for (const [[a, b], list] of quoted ?? NO_QUOTES) {
      const read = readSentence(text, { from: a + 1, to: b - 1 }, list, 'promise', zone.year);
      for (const it of read) {
        it.rule = zone.role === 'statement' ? 'quoted-promise' : 'revised-promise';
        it.sentence = s;
        items.push(it);
      }
      if (zone.role !== 'statement') continue;
      const done = readDone(text, { from: b, to: s.to }, zone.year, () => false, true)[0];
      if (done && read.length) {
        done.object = read[0].object;
        done.pairedWith = read[0];
        done.rule = 'quoted-promise-done';
        done.sentence = s;
        items.push(done);
      }
    }
    if (plain.length) {
      const read = readSentence(text, s, plain, zone.role, zone.year);
      // a sentence across zones (a promise restated inside a notice): each item takes the zone it stands in
      for (const it of read) {
        const z = zoneAt(zones, it.q!.numFrom) ?? zone;
        it.role = z.role;
        it.year = z.year;
        if (z.restated) it.restated = true;
        items.push(it);
      }
    }
    if (zone.role === 'statement' && !quoted?.size) {
      const figures = inS.map((q) => [q.from, q.to]);
      items.push(...readDone(text, s, zone.year, (a, b) => figures.some(([f, g]) => f >= a && g <= b)));
    }
    // (a count of the list read as neither its promise nor its completion is the list's own count, set aside)
    const read = listCounts.length ? items.slice(first) : [];
    for (const q of listCounts)
      if (!read.some((it) => it.from <= q.from && it.to >= q.to))
        items.push(listCountAside(text, q, s, zone.role, zone.year));
  }
  return { items, lists };
}

const clean = (s: string) => s.replace(/\s+/g, '');

/**
 * In a notice that restates each promise and goes on with its progress on the same line
 * (（一）新建改扩建中小学、幼儿园10所。已开工10所，完工6所。) or on the next, the progress is of
 * that promise: a statement is paired with the one promise restated before it on its line,
 * or on the line before where its own line opens with its progress (截至9月底，已开工…).
 * Where the line restates several, the one counted in the figure's unit; where several are, the
 * matcher tells them apart by their objects.
 */
function pairWithinItems(text: string, items: Item[]): void {
  const LEX = commitmentsLexicon();
  const lineOf = (at: number) => text.lastIndexOf('\n', at - 1);
  const promises = new Map<number, Item[]>();
  for (const it of items) {
    if (it.role !== 'promise' || !it.restated || it.dropped || !it.q) continue;
    const line = lineOf(it.from);
    const list = promises.get(line);
    if (list) list.push(it);
    else promises.set(line, [it]);
  }
  // a row a table pairs its done figure with (parsers/table.ts) has its answer: a word of done elsewhere on its line
  // (| 超额完成 |) adds none; and where that figure sums its cell's parts (加装5412部、更新1035部，合计6447部), the
  // parts are no other answer to it (other figures may be: 开工712部，完工451部, each a stage)
  const answeredBy = (rules: string[]) =>
    new Set(items.filter((it) => rules.includes(it.rule)).map((it) => it.pairedWith));
  const [answered, summed] = [answeredBy([TABLE_DONE_RULE, TABLE_SUM_RULE]), answeredBy([TABLE_SUM_RULE])];
  for (const it of items) {
    if (it.role !== 'statement' || it.dropped || it.pairedWith) continue;
    if (it.kind !== 'no_figure' && (it.kind !== 'figure' || !it.q)) continue;
    const line = lineOf(it.from);
    const onLine = (promises.get(line) ?? []).filter((p) => p.to <= it.from);
    // (a word of done on a row of two promises, one answered, may be the other's: it stays with the two)
    const answeredByRow = it.kind === 'no_figure' && onLine.length === 1 ? answered : summed;
    // (nor a target of each kind a row names: its done figures name their own kinds)
    let before = onLine.filter((p) => !answeredByRow.has(p) && !ofEachKind(text, p));
    // the progress on the line after its promise (1. 新建幼儿园14所。 / 截至9月底，已开工14所)
    if (!before.length && LEX.PROGRESS_OPENING_RE.test(text.slice(line + 1, Math.max(it.from, line + 1 + 12))))
      before = promises.get(text.lastIndexOf('\n', line - 1)) ?? [];
    // done without a figure (进展情况：已全面完成): the item's one promise (not a step named after the word:
    // 已完成设备集中采购; nor a step of its own named before it while the work goes on, 笔试、面试已完成，…正在…)
    if (it.kind === 'no_figure') {
      const said = text.slice(it.sentence.from, it.sentence.to);
      if (before.length === 1 && it.rule !== DONE_NAMED_AFTER && !stepDone(it.object, before[0].object, said))
        it.pairedWith = before[0];
      continue;
    }
    // a figure of another kind of thing (亩 after 座), or one that names another thing with its own
    // object (14个市州 after 小区1500个), is not this promise's progress; of several promises on the line,
    // the one counted in its unit is (新建20个养老服务中心，新增5000张床位 / 已建成17个…；已建设4612张). The
    // work the promise names is no other thing (为200万名中小学生开展心理健康测评 / 完成测评213.6万人), nor is the
    // promise's thing with its kinds or its work (老旧管线 / 供水、排水等老旧管线更新改造927千米).
    // (赛得利纤维等3500多个拟竣工投产项目中，已竣工投产2684个: a figure after its own set, restated in its sentence, is
    // that set's part, not the progress of a promise restated earlier on the line; unless the set is that promise's,
    // 640个省级重点项目已开工611个 after 实施省级重点项目640个)
    const size = (q: Quantity) => baseValue(q.number, q.unit, q.perUnit).value;
    const ownSet = items.some(
      (o) =>
        o !== it &&
        o.code === 'restates_target' &&
        o.sentence.from === it.sentence.from &&
        o.to <= it.from &&
        o.q !== undefined &&
        sameKind(o.q, it.q!) &&
        !before.some((p) => sameKind(p.q!, o.q!) && size(p.q!) === size(o.q!)),
    );
    if (ownSet) continue;
    let inKind = before.filter((p) => sameKind(p.q!, it.q!));
    // of several counted alike (个, 张), the one in the figure's own unit (17个 of 20个, 4612张 of 5000张)
    if (inKind.length > 1) inKind = inKind.filter((p) => unitWord(p.q!) === unitWord(it.q!));
    const promised = inKind[0] && clean(text.slice(inKind[0].from, inKind[0].to));
    const own = clean(it.object),
      its = clean(inKind[0]?.object ?? '');
    const namesOther =
      !it.objectInherited &&
      it.object !== it.verb &&
      !headsAgree(inKind[0]?.object ?? '', it.object) &&
      !(promised && own.length >= 2 && promised.includes(own)) &&
      !(its.length >= 2 && own.includes(its)) &&
      // (a shorter name inside the restated one: 管网 of 农村供水管网更新改造)
      !(own.length >= 2 && its.includes(own));
    // a figure in another word of count, beside one in the promise's own (为1000家…配备终端 / 已为736家…配备终端，
    // 共安装终端1520台), counts other things: the devices, not the clinics
    const p = inKind[0];
    const otherWord =
      p !== undefined &&
      unitWord(p.q!) !== unitWord(it.q!) &&
      items.some(
        (o) =>
          o !== it &&
          o.role === 'statement' &&
          !o.dropped &&
          o.q !== undefined &&
          o.from >= p.to &&
          lineOf(o.from) === line &&
          unitWord(o.q) === unitWord(p.q!),
      );
    // a part of the figure before it (其中D级危房竣工2185户) is not the promise's progress
    if (inKind.length === 1 && !namesOther && !otherWord && !LEX.PART_OPENING_RE.test(it.context))
      it.pairedWith = inKind[0];
  }
}

/** A unit's word without its scale (万个 → 个). */
const unitWord = (q: Quantity) => q.unit.replace(lexicon().units.multiplierAtStart, '');

const sameKind = (a: Quantity, b: Quantity) =>
  baseValue(a.number, a.unit, a.perUnit).base === baseValue(b.number, b.unit, b.perUnit).base;

export function readCommitments(input: CommitmentInput): CommitmentExtraction {
  const {
    stageOf,
    INCREMENT_RE,
    STOCK_RE,
    GROWN_TO_RE,
    TOTAL_WORD_RE,
    WORK_AREA_END_RE,
    AREA_END_RE,
    WHOLE_YEAR_OPENING_RE,
    LEAD_ONLY_VERB_RE,
    LEVEL_REACHED_END_RE,
    LEVEL_NOW_END_RE,
    UNDER_WAY_RE,
    RELATIVE_START_RE,
    BURDEN_END_RE,
    RUNNING_TOTAL_RE,
    YEAR_OWN_END_RE,
  } = commitmentsLexicon();
  // a name joined to its figure by a level reached (达) or a level now (目前…为), the words before the figure read once
  const levelBefore = (words: string) => LEVEL_REACHED_END_RE.test(words) || LEVEL_NOW_END_RE.test(words);
  // a name joined to its figure by 达 in the figure's own clause, the name no area (营造林面积达187.3万亩) and the
  // clause not the whole year's (全年助餐服务达68.5万人次)
  const namedLevel = (words: string) => {
    const link = LEVEL_REACHED_END_RE.exec(words);
    return link !== null && !AREA_END_RE.test(words.slice(0, link.index)) && !WHOLE_YEAR_OPENING_RE.test(words);
  };
  const read = readText(input.source, input.segments, input.norm, figureEmphasis);
  // a notice's table flattened one cell a line, its rows joined, and an infographic's figures joined to their
  // captions, a notice's or a list's (一图读懂丨…十件民生实事: 5所 / 新建改扩建中小学、幼儿园) (the text's length kept)
  const t =
    input.doc_kind === 'progress'
      ? { ...read, text: joinCaptions(joinTableCells(read.text)) }
      : input.doc_kind === 'commitments'
        ? { ...read, text: joinCaptions(read.text) }
        : read;
  const text = t.text;
  const { items, lists } = readItems(t, input.doc_kind, input.year);
  // in a work report's review a running total (累计建成363个…, 城镇新增就业累计106万人) counts more than the
  // year, unless the year bounds it (全年累计新增…); a progress notice's 累计 is the year's so far
  const runningTotal = (words: string) => {
    const m = RUNNING_TOTAL_RE.exec(words);
    return m !== null && !YEAR_OWN_END_RE.test(words.slice(0, m.index));
  };
  // …and a notice's 累计 after the year's own figure of the same thing in its sentence (已建成24个，…，全市累计建成
  // 56个) is the total since the work began; so is one larger than it later on its line, of the same thing in the same
  // unit (老旧小区改造开工52个，…。截至年底，全区累计完成老旧小区改造386个)
  const lineOf = (at: number) => text.lastIndexOf('\n', at - 1);
  const sizeOf = (x: Item) => unitOfItem(x)?.factor.times(x.q!.number);
  // (one name inside the other: 老旧小区 in 老旧小区改造; not 中学学位 and 就业岗位, alike by their last word alone)
  const sameThingNamed = (a: string, b: string) => {
    const [x, y] = [normObject(a), normObject(b)];
    return x.length >= 2 && y.length >= 2 && (x.includes(y) || y.includes(x));
  };
  const afterSameUnit = (it: Item) =>
    items.some(
      (o) =>
        o !== it &&
        o.role === 'statement' &&
        o.kind === 'figure' &&
        !o.dropped &&
        o.from < it.from &&
        unitOfItem(o)?.base === unitOfItem(it)?.base &&
        (o.sentence.from === it.sentence.from ||
          (lineOf(o.from) === lineOf(it.from) &&
            o.q!.unit === it.q!.unit &&
            sameThingNamed(o.object, it.object) &&
            sizeOf(o)?.lt(sizeOf(it) ?? 0) === true)),
    );
  // a list or a notice is its list; a work report's list is where it names one (listSpans)
  const inList = (it: Item) =>
    input.doc_kind !== 'work_report' || it.kind === 'list' || lists.some((l) => it.from >= l.from && it.from < l.to);
  refineRespectively(text, items);
  if (input.doc_kind !== 'work_report') readTableRows(text, items, input.doc_kind === 'progress');
  readFractions(
    text,
    items.filter((it) => it.role === 'statement' || it.rule.startsWith('fraction')),
  );
  readRestatedTargets(text, items);
  readRestatedThenDone(text, items);
  if (input.doc_kind === 'progress') {
    readRestatedThenProgress(text, items);
    readSetThenParts(text, items);
    nameFromLineLabel(text, items);
  }
  refineScope(text, items);
  refineParts(text, items);
  refinePlaceShares(text, items);
  refineNotPromised(text, items);
  refineLevels(text, items);
  refineVerb(text, items);
  refineNotYet(text, items, input.doc_kind === 'progress');
  refineTargetWords(text, items);
  refineAlreadyDone(text, items);
  refineOtherYear(text, items, input.year);
  refineSeveralYears(text, items);
  if (input.doc_kind === 'commitments') refineRevisions(text, items);
  if (input.doc_kind === 'progress') {
    refineCorrections(text, items);
    pairWithinItems(text, items);
    nameFromHeading(text, items);
  }
  if (input.doc_kind === 'work_report') {
    refineHeadline(items, (it) => {
      if (it.role !== 'promise') return undefined;
      const { start, end } = toSource(t, it.q!.numFrom, it.q!.unitTo);
      if (input.observed?.some((o) => o.start < end && start < o.end))
        return 'read as an observation (a headline indicator)';
      // 新增有进出口实绩企业20家: an indicator's name inside a relative clause names no figure of it
      if (RELATIVE_START_RE.test(it.object)) return undefined;
      // 减轻企业税收…负担: relief from a burden, not the revenue named inside it
      if (BURDEN_END_RE.test(it.object)) return undefined;
      const name = input.headline?.(it.object) ?? input.headline?.(text.slice(it.from, it.q!.from));
      return name ? `names a headline indicator (${name}): it stays with the dictionary` : undefined;
    });
  }
  const sentenceText = new Map<number, string>();
  const sentenceOf = (s: Span) => {
    let v = sentenceText.get(s.from);
    if (v === undefined) {
      const span = toSource(t, s.from, s.to);
      v = detach(input.source.slice(span.start, span.end).trim());
      sentenceText.set(s.from, v);
    }
    return v;
  };
  const commitments: CommitmentRecord[] = [];
  // each commitment's figure in the source, two numbers a commitment (for the account, where one is set aside)
  const figureAt: number[] = [];
  const statements: StatementRecord[] = [];
  const dropped: CommitmentExtraction['dropped'] = [];
  // the spans of the items a fraction pairs, and of their promises (kept only for those: a map entry per item cost more)
  const pairs = new Set<Item>();
  for (const it of items)
    if (it.pairedWith && !it.dropped) {
      pairs.add(it);
      pairs.add(it.pairedWith);
    }
  const spanOf = new Map<Item, { start: number; end: number }>();
  // a span and a role as one number where that is exact (a source under 2^26 units), else as a string:
  // a string built per item cost more than the rest of the loop
  const exact = input.source.length < 2 ** 26;
  const keyOf = (start: number, end: number, role: 0 | 1 = 0) =>
    exact ? (start * 2 ** 26 + end) * 2 + role : `${role}:${start}:${end}`;
  const seen = new Set<number | string>();
  /** the statement of each source span (one per span: seen keeps the first) */
  const statementAt = new Map<number | string, StatementRecord>();
  for (const it of items.sort((a, b) => a.from - b.from || a.to - b.to)) {
    const { start, end } = toSource(t, it.from, it.to);
    if (pairs.size && pairs.has(it)) spanOf.set(it, { start, end });
    const item = detach(input.source.slice(start, end));
    if (it.dropped) {
      const figure = it.q ? toSource(t, it.q.numFrom, it.q.unitTo) : undefined;
      dropped.push({ text: item, start, end, reason: it.dropped, code: it.code ?? 'unclassified', figure });
      continue;
    }
    const key = keyOf(start, end, it.role === 'promise' ? 1 : 0);
    if (seen.has(key)) continue;
    seen.add(key);
    const q = it.q;
    const value = q ? Number(q.number) : null;
    const range = q?.number2 ? [Number(q.number), Number(q.number2)].sort((a, b) => a - b) : null;
    const base = q ? baseValue(q.number, q.unit, q.perUnit) : { value: null, base: null };
    // each record one literal, fields in the order the tables and the cache have them (building one on a
    // shared object, Object.assign or a spread, cost more than the rest of the loop)
    const object = detach(it.object);
    const sentence = sentenceOf(it.sentence);
    const context = detach(clean(it.context));
    if (it.role === 'promise') {
      if (!q || value === null) continue;
      const figure = toSource(t, q.numFrom, q.unitTo);
      figureAt.push(figure.start, figure.end);
      commitments.push({
        report_id: input.id,
        jurisdiction: input.jurisdiction,
        year: it.year,
        item,
        object,
        verb: it.verb,
        start,
        end,
        text: sentence,
        rule: it.rule,
        context,
        doc_kind: input.doc_kind,
        as_of: null,
        value,
        value_low: range ? range[0] : null,
        value_high: range ? range[1] : null,
        unit: q.unit,
        value_base: base.value,
        unit_base: base.base,
        qualifier: q.qualifier,
        baseline: it.baseline !== undefined ? Number(new Big(it.baseline)) : null,
        kind: it.kind === 'list' ? 'list' : 'figure',
        in_list: inList(it),
      });
    } else {
      const kind: StatementRecord['kind'] =
        it.kind === 'figure' ? 'figure' : it.kind === 'list_done' ? 'list_done' : 'no_figure';
      // the item's words and a few before it in its clause (全市…总数): not the clause before (…达到43个，完成32个…)
      let back = Math.max(it.sentence.from, it.from - 6);
      for (let i = it.from - 1; i >= back; i--)
        if (CLAUSE_END[text.charCodeAt(i)]) {
          back = i + 1;
          break;
        }
      const words = `${it.verb}${text.slice(back, it.to)}`;
      const statement: StatementRecord = {
        report_id: input.id,
        jurisdiction: input.jurisdiction,
        year: it.year,
        item,
        object,
        verb: it.verb,
        start,
        end,
        text: sentence,
        rule: it.rule,
        context,
        doc_kind: input.doc_kind,
        as_of: null,
        kind,
        value,
        unit: q?.unit ?? null,
        value_base: base.value,
        unit_base: base.base,
        qualifier: q?.qualifier ?? null,
        // a work under way (加快推进) is started, not finished
        stage: UNDER_WAY_RE.test(it.verb) ? 'start' : stageOf(it.verb),
        // a name joined to its figure by 达, with no verb of doing (有进出口实绩的企业达242家), is a total too; a
        // word of a total of its own beats a verb of increase it shares with the figures before it (新增…163家、
        // …机构增至1181家; 新增…通车里程426公里，全区高速公路总里程达到9600公里)
        stock:
          // (not what the year added, reaching a level: 新能源新增开发装机达到1048万千瓦; nor the area of a work done,
          // 黑土地保护性耕作实施面积达到1034万亩, as a plan promises it: “三北”工程建设面积70万亩)
          (!INCREMENT_RE.test(it.verb) &&
            // (a verb of doing only where it opens the phrase, 突破关键核心技术118项, is no level passed)
            !(LEAD_ONLY_VERB_RE.test(it.verb) && item.startsWith(it.verb)) &&
            !(INCREMENT_RE.test(object) && !TOTAL_WORD_RE.test(words)) &&
            !(!it.verb && WORK_AREA_END_RE.test(object) && !TOTAL_WORD_RE.test(words)) &&
            (STOCK_RE.test(words) ||
              (!it.verb && q !== undefined && levelBefore(text.slice(it.sentence.from, q.numFrom))))) ||
          (it.verbInherited && (GROWN_TO_RE.test(words) || TOTAL_WORD_RE.test(words))) ||
          // (…nor a verb it only shares, where its own clause joins a name to its figure by 达: 离境退税商店新增121家，
          // 全省退税商店达到397家; an area so reached is the year's extent of a work: 黑土地保护性耕作面积达到1080万亩)
          (it.verbInherited &&
            q !== undefined &&
            !INCREMENT_RE.test(object) &&
            namedLevel(text.slice(back, q.numFrom))) ||
          (input.doc_kind === 'work_report' && runningTotal(words)) ||
          (input.doc_kind === 'progress' && runningTotal(words) && afterSameUnit(it)),
        paired: null,
        // (a completion's too, where its line dates it: 12月20日　…租赁补贴已全部发放到位)
        told_as_of: q ? dateOfFigure(text, q.numFrom) : dateOfFigure(text, it.from, false),
      };
      statements.push(statement);
      statementAt.set(keyOf(start, end), statement);
    }
  }
  // a fraction's outcome points at its promise
  for (const it of items) {
    if (!it.pairedWith || it.dropped) continue;
    const own = spanOf.get(it),
      other = spanOf.get(it.pairedWith);
    const st = own && statementAt.get(keyOf(own.start, own.end));
    if (st && other) st.paired = other;
  }
  return { commitments: keepOnce(commitments, figureAt, dropped), statements, dropped };
}
