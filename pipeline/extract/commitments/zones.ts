// Which stretches of a document hold promises, and which say how a year went.
//   a work report: its plan for the year holds promises; its review of last year, statements.
//   a commitments list: its numbered items (or what follows 以下…: in prose) are promises;
//     a paragraph that opens with an earlier year (2022年,… / 刚刚过去的2020年) reports on it.
//   a progress notice: statements of the year it covers, except where it restates the promise:
//     the numbered items that a line of 进展情况： follows, what follows 目标任务为, a numbered
//     item's first sentence where its progress (or a label of it) follows on the same line, and
//     the numbered lines of a notice whose items are each followed by a line of progress.
//     (A table's target column restates promises too: parsers/table.ts.)
import { buildContext, kindIn, planYear, reviewYear } from '../context.js';
import type { DocKind } from '../../core/model.js';
import type { Span, Zone } from './types.js';
import { commitmentsLexicon } from '../../lexicon/commitments.js';
import { barCells, tableRows } from './parsers/table.js';
import { findQuantities, unitBase } from './quantities.js';
import { dice, headOf } from './objects.js';
import { cleanObject } from './parsers/clauses.js';
import { WHITE_SPACE, lexicon } from '../../lexicon/index.js';

export interface Line {
  from: number;
  to: number;
  /** the list marker it starts with, and its family (1. and 1、 are the same family; 一、 another; ■ another) */
  marker?: { family: string; length: number };
}

/** The last text's lines and sentences: the reader, its zones and its markers ask for the same text's in turn. */
let lastLines: { text: string; lexicon: unknown; lines: readonly Line[] } | undefined;
let lastSentences: { text: string; sentences: readonly Span[] } | undefined;

export function linesOf(text: string): readonly Line[] {
  const lexicon = commitmentsLexicon();
  if (lastLines?.text === text && lastLines.lexicon === lexicon) return lastLines.lines;
  const { LIST_MARKER } = lexicon;
  const lines: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const m = LIST_MARKER.exec(text.slice(from, to));
    // one shape for every line, marked or not
    const line: Line = { from, to, marker: undefined };
    if (m) {
      const family = m[1] ? 'arabic' : m[2] ? 'chinese' : m[3] ? 'bracket' : m[4] ? 'nth' : 'bullet';
      line.marker = { family, length: m[0].length };
    }
    lines.push(line);
    from = to + 1;
  }
  numberedBeforeFigure(text, lines);
  subNumbered(text, lines);
  lastLines = { text, lexicon, lines };
  return lines;
}

/** A line's number of two levels (1.1, 2.3), words right after it: a decimal by its shape alone. */
const SUB_NUMBER = /^[ \t]*(\d{1,2})[.．](\d{1,2})(?=[\u4e00-\u9fff])/;

/**
 * 1. 教育 / 1.1 实施…改造农村薄弱学校6所 / 1.2 新建…: works numbered under their field, two levels, are marked where
 * another line numbers the next or the one before under the same field (1.1 beside 1.2 is no one point one).
 */
function subNumbered(text: string, lines: Line[]): void {
  const numbers = lines.map((l) => {
    const m = l.marker ? null : SUB_NUMBER.exec(text.slice(l.from, l.to));
    return m ? { major: Number(m[1]), minor: Number(m[2]), length: m[0].length } : undefined;
  });
  const seen = new Set(numbers.flatMap((n) => (n ? [`${n.major}.${n.minor}`] : [])));
  numbers.forEach((n, k) => {
    if (n && (seen.has(`${n.major}.${n.minor + 1}`) || seen.has(`${n.major}.${n.minor - 1}`)))
      lines[k].marker = { family: 'arabic-sub', length: n.length };
  });
}

/** A line's number and its point, a figure right after them (3.100个村卫生室…): no marker by its shape alone. */
const NUMBER_THEN_FIGURE = /^[ \t]*(\d{1,2})[.．](?=\d)/;
/** A marked line's own number (12. 新建…). */
const LINE_NUMBER = /^[ \t]*(\d{1,2})/;

/**
 * 2.新建…32所 / 3.100个村卫生室… / 4.新增…: a line whose number runs straight into a figure is numbered all the same
 * where the lines marked before and after it are the numbers either side of it (3.100 is no 3.1 hundred there).
 */
function numberedBeforeFigure(text: string, lines: Line[]): void {
  const numberOf = (l: Line | undefined) =>
    l?.marker?.family === 'arabic' ? Number(LINE_NUMBER.exec(text.slice(l.from, l.to))?.[1]) : undefined;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (l.marker) continue;
    const m = NUMBER_THEN_FIGURE.exec(text.slice(l.from, l.to));
    if (!m) continue;
    const n = Number(m[1]);
    const before = lines
      .slice(0, k)
      .reverse()
      .find((x) => x.marker);
    const after = lines.slice(k + 1).find((x) => x.marker);
    if (numberOf(before) === n - 1 && (after === undefined || numberOf(after) === n + 1))
      l.marker = { family: 'arabic', length: m[0].length };
  }
}

/** Sentences: up to each 。；！？ or line end. */
const SENTENCE_END = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of '。；;！？!?\n') t[c.charCodeAt(0)] = 1;
  return t;
})();

export function sentencesOf(text: string): readonly Span[] {
  if (lastSentences?.text === text) return lastSentences.sentences;
  const out: Span[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END[text.charCodeAt(i)]) continue;
    const end = i < text.length ? i + 1 : i;
    // a sentence with something besides white space (what trim() keeps), found without a copy
    let k = s;
    while (k < end && WHITE_SPACE[text.charCodeAt(k)]) k++;
    if (k < end) out.push({ from: s, to: end });
    s = end;
  }
  lastSentences = { text, sentences: out };
  return out;
}

/**
 * A list is numbered when at least two lines carry markers of one family; 第一件: and ■ count alone. Lines numbered
 * under the list's notes (备注：/1.各牵头单位要…) are no items: a table's rows stay the list.
 */
function listStart(text: string, lines: readonly Line[]): number | undefined {
  const { NOTES_LABEL_RE } = commitmentsLexicon();
  const byFamily = new Map<string, Line[]>();
  for (const l of lines) {
    if (NOTES_LABEL_RE.test(text.slice(l.from, l.to))) break;
    if (!l.marker) continue;
    const family = byFamily.get(l.marker.family);
    if (family) family.push(l);
    else byFamily.set(l.marker.family, [l]);
  }
  let start: number | undefined;
  for (const [family, ls] of byFamily) {
    if (!(ls.length >= 2 || family === 'nth' || family === 'bullet') || !figuresWithin(text, lines, ls)) continue;
    start = Math.min(start ?? Infinity, ls[0].from);
  }
  return start;
}

/**
 * Whether a family of marked lines holds the list's figures: in its lines, between them, or on the line after its
 * last one (✅【就业增收】 / 城镇新增就业1600人). Marks that only close a post whose items lost their emoji (…新建城市书房
 * 2个 / ✅ 每一件都明确了牵头单位和完成时限 / ✅ 年底由县人大代表进行满意度测评) start no list.
 */
function figuresWithin(text: string, lines: readonly Line[], family: readonly Line[]): boolean {
  const last = lines.indexOf(family[family.length - 1]);
  const after = nextLine(text, lines, last);
  return /\d/.test(text.slice(family[0].from, after ? after.to : family[family.length - 1].to));
}

/**
 * The sections of candidates (一、候选项目 … up to the next heading of its kind, 二、…) of a list whose works chosen
 * follow them (二、确定的2026年民生实事项目 / 1. 教育扩容。新建…): a draft's candidates are no promises. A section of
 * candidates with no marked line of figures after it is left as it is (a vote's result may name its works so).
 */
function candidateSections(text: string, lines: readonly Line[]): Span[] {
  const { CANDIDATE_HEADING_RE } = commitmentsLexicon();
  const out: Span[] = [];
  for (let k = 0; k < lines.length; k++) {
    const heading = lines[k];
    if (heading.marker?.family !== 'chinese' || !CANDIDATE_HEADING_RE.test(text.slice(heading.from, heading.to)))
      continue;
    const next = lines.findIndex((l, j) => j > k && l.marker?.family === 'chinese');
    if (next < 0) continue;
    const chosen = lines.slice(next).some((l) => l.marker && /\d/.test(text.slice(l.from + l.marker.length, l.to)));
    if (chosen) out.push({ from: heading.from, to: lines[next].from });
  }
  return out;
}

/** The year a sentence reports on, when it opens with an earlier year than the plan year. */
function pastYear(sentence: string, planYear: number): number | undefined {
  const { PAST_YEAR_RE } = commitmentsLexicon();
  const head = sentence.slice(0, 24);
  const m = PAST_YEAR_RE.exec(head);
  if (!m) return undefined;
  if (!m[1]) return planYear - 1;
  const y = Number(m[1]);
  return y < planYear && m.index <= 12 ? y : undefined;
}

function commitmentZones(text: string, year: number): Zone[] {
  const whole = wholeReportZones(text, year);
  if (whole) return whole;
  const LEX = commitmentsLexicon();
  const { LIST_INTRO_RE, COMMENTARY_RE } = LEX;
  const lines = linesOf(text);
  const zones: Zone[] = [];
  let promiseFrom = listStart(text, lines);
  if (promiseFrom === undefined) {
    const intro = LIST_INTRO_RE.exec(text);
    promiseFrom = intro ? intro.index + intro[0].length : 0;
  }
  // commentary (解读:) runs to the next numbered line
  const excluded: Span[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (
      !COMMENTARY_RE.test(text.slice(lines[k].from, lines[k].to)) &&
      !LEX.COMMENTARY_TAIL_RE.test(text.slice(lines[k].from, lines[k].to))
    )
      continue;
    const at = COMMENTARY_RE.test(text.slice(lines[k].from, lines[k].to))
      ? lines[k].from
      : text.indexOf(LEX.COMMENTARY, lines[k].from);
    let end = text.length;
    for (let j = k + 1; j < lines.length; j++)
      if (lines[j].marker) {
        end = lines[j].from;
        break;
      }
    excluded.push({ from: at, to: end });
  }
  excluded.push(...candidateSections(text, lines));
  // sentences about an earlier year are statements of that year; the rest of the list, promises
  let carry: number | undefined;
  let paraFrom = -1;
  for (const s of sentencesOf(text)) {
    const body = text.slice(s.from, s.to);
    const para = text.lastIndexOf('\n', s.from - 1);
    if (para !== paraFrom) {
      paraFrom = para;
      carry = undefined;
    }
    const past = pastYear(body.trim(), year);
    if (past !== undefined) carry = past;
    else if (LEX.THIS_YEAR_OPENING_RE.test(body) || body.trimStart().startsWith(`${year}${LEX.YEAR_WORD}`))
      carry = undefined;
    if (carry !== undefined) {
      zones.push({ from: s.from, to: s.to, role: 'statement', year: carry, list: false, restated: false });
      continue;
    }
    const inCommentary = excluded.some((e) => s.from >= e.from && s.from < e.to);
    if (s.to > promiseFrom && !inCommentary)
      zones.push({ from: Math.max(s.from, promiseFrom), to: s.to, role: 'promise', year, list: true, restated: false });
  }
  // (each cell a statement of the earlier year it speaks of, or a promise of the later year it plans)
  return cutOut(zones, cellsOfOtherYears(text, year), (part, cell) =>
    cell.year < year ? { ...part, role: 'statement', year: cell.year, list: false } : { ...part, year: cell.year },
  );
}

/**
 * The cells of a list's table that promise nothing this year: under a heading of another year beside one of the
 * list's own (| 序号 | 2025年实事（已完成） | 2026年实事 |: what that year did; | 2026年 | 2027年 |: a three-year plan's
 * next year), or of what led to the promise (| 建议人 | 建议内容 | 转化为实事 |: the deputies and their proposal,
 * 约有600盏需要更换, of the year before), each with the year it speaks of.
 */
function cellsOfOtherYears(text: string, year: number): Array<Span & { year: number }> {
  const { YEAR_WORD, TABLE_CONTEXT_COLUMN_RE } = commitmentsLexicon();
  const heading = new RegExp(`^\\s*(\\d{4})${YEAR_WORD}`);
  const cells: Array<Span & { year: number }> = [];
  // the year each column not promised speaks of, from the table's header
  let columns: Array<number | undefined> | undefined;
  for (const { from, to } of linesOf(text)) {
    const line = text.slice(from, to);
    if (!line.includes('|')) {
      columns = undefined;
      continue;
    }
    const row = barCells(text, from, to);
    if (!columns) {
      const words = row.map((c) => text.slice(c.from, c.to).trim());
      const years = words.map((w) => {
        const m = heading.exec(w);
        return m ? Number(m[1]) : undefined;
      });
      const others = years.includes(year) && years.some((y) => y !== undefined && y !== year);
      const named = words.map((w, i) =>
        others && years[i] !== undefined && years[i] !== year
          ? years[i]
          : TABLE_CONTEXT_COLUMN_RE.test(w)
            ? year - 1
            : undefined,
      );
      // (a header of the list's own column beside them: no table of context alone)
      if (named.some((y) => y !== undefined) && named.some((y, i) => y === undefined && words[i] !== ''))
        columns = named;
      continue;
    }
    row.forEach((c, i) => {
      const y = columns![i];
      if (y !== undefined) cells.push({ from: c.from, to: c.to, year: y });
    });
  }
  return cells;
}

/**
 * Zones with `spans` cut out of them (in order, apart): each part cut is dropped, or becomes what `as` makes of it.
 */
function cutOut<S extends Span>(zones: Zone[], spans: readonly S[], as?: (part: Zone, span: S) => Zone): Zone[] {
  if (!spans.length) return zones;
  const out: Zone[] = [];
  for (const z of zones) {
    let from = z.from;
    for (const s of spans) {
      if (s.to <= from || s.from >= z.to) continue;
      if (s.from > from) out.push({ ...z, from, to: s.from });
      if (as) out.push(as({ ...z, from: Math.max(s.from, from), to: Math.min(s.to, z.to) }, s));
      from = Math.max(from, Math.min(s.to, z.to));
    }
    if (from < z.to) out.push({ ...z, from });
  }
  return out;
}

/**
 * A numbered item of a progress notice that opens with the promise and goes on with
 * its progress: （一）新建改扩建中小学、幼儿园10所。已开工10所，完工6所。 The first
 * sentence, with no word of progress where the rest of the line has one, restates the
 * promise; read as an outcome it would say every promise was kept to the letter. So does
 * a whole numbered line with no word of progress whose progress opens the line after it
 * (1. 新建中小学14所。 / 截至9月底，已开工10所). An item of outcomes alone
 * (1. 新建中小学16所。改扩建9所。) has no such word, and stays.
 */
function restatedItem(text: string, lines: readonly Line[], k: number, alternating = false): Span | undefined {
  const LEX = commitmentsLexicon();
  const { PROGRESS_WORD_RE, PROGRESS_WORD_ONLY_RE } = LEX;
  const line = lines[k];
  const body = text.slice(line.from, line.to);
  const sentences = sentencesOf(body);
  if (!sentences.length) return undefined;
  const first = body.slice(sentences[0].from, sentences[0].to);
  // a label of progress after it says the first sentence is the promise, whatever its words
  // (1.完成老旧小区改造600个。进展情况：全年完成…612个)
  const { PROGRESS_LABEL_OPENING_RE } = LEX;
  if (sentences.length > 1 && PROGRESS_LABEL_OPENING_RE.test(body.slice(sentences[1].from, sentences[1].to)))
    return { from: line.from + sentences[0].from, to: line.from + sentences[0].to };
  // (a first sentence that says what has been done, 了 after its verb, reports: ▶开发公益性岗位615个，…，既解决了困难群众
  // 就业问题，又提升了乡村治理水平)
  if (LEX.ALREADY_DONE_RE.test(first)) return undefined;
  // a word a promise uses too (建成家庭养老床位7000张) leaves it the promise where the rest of the line reports in
  // words no promise uses (已建成…7268张); a line of one sentence, where the next line opens with its progress
  // (（三）建成…6000公里（牵头单位：…）。 / 进度正常。截至9月底，全省已建成…4920公里), in that line's words
  const next = nextLine(text, lines, k);
  const progressBelow =
    sentences.length === 1 && next && !next.marker && LEX.PROGRESS_OPENING_RE.test(text.slice(next.from, next.to));
  const rest = progressBelow ? text.slice(next.from, next.to) : body.slice(sentences[0].to);
  if (PROGRESS_WORD_ONLY_RE.test(first) || (PROGRESS_WORD_RE.test(first) && !PROGRESS_WORD_ONLY_RE.test(rest)))
    return undefined;
  // (农村公路：新改建农村公路432公里；危桥改造开工30座、完工19座: a clause before a semicolon is restated only where
  // what follows it opens as progress does, 已建成…)
  if (/[；;]\s*$/.test(first) && !LEX.PROGRESS_OPENING_RE.test(rest)) return undefined;
  // (what follows it is a total since an earlier year or over years, not its progress: ▶全年…提供就业岗位2.3万个。
  // 自2023年以来，累计提供就业岗位6.5万个: the line reports, it restates nothing)
  // (…nor is one that looks forward, the next year's plan: 改造提升公厕22座。明年，…还将改造提升公厕15座)
  const second = sentences.length > 1 ? body.slice(sentences[1].from, sentences[1].to) : '';
  if (LEX.SINCE_YEAR_RE.test(second) || second.search(lexicon().time.severalYearsScope) >= 0) return undefined;
  if (LEX.NOT_YET_RE.test(second) && !PROGRESS_WORD_ONLY_RE.test(second)) return undefined;
  // (…nor one whose progress is of other things it counts and names, the item's other promise: （六）新增公共停车泊位
  // 518个。受电力扩容影响，600个公共充电桩建设正在加快推进)
  if (progressOfOtherThings(first, rest)) return undefined;
  if (PROGRESS_WORD_RE.test(rest)) return { from: line.from + sentences[0].from, to: line.from + sentences[0].to };
  // (1.改造城中村1.4万户。全年完成城中村改造14620户: the next sentence tells the same thing again, in the same unit,
  // with a figure of its own: the first is the promise, the next its progress)
  const words = line.marker ? first.slice(Math.max(0, line.marker.length - sentences[0].from)) : first;
  if (sentences.length > 1 && toldAgain(words, rest))
    return { from: line.from + sentences[0].from, to: line.from + sentences[0].to };
  if (sentences.length > 1) return undefined;
  // the item's progress on the next line of words, before the next numbered line: opening with a word of progress,
  // or in a notice whose every item is so followed (1. 新建…赋能中心15个。 / 15个赋能中心已全部建成…)
  if (!next || next.marker || (!alternating && !LEX.PROGRESS_OPENING_RE.test(text.slice(next.from, next.to))))
    return undefined;
  return { from: line.from + sentences[0].from, to: line.from + sentences[0].to };
}

/**
 * Whether every sentence of `rest` with a word of progress counts only things of their own, each named right after
 * its figure (600个公共充电桩建设正在加快推进), whose head nouns the first sentence does not say: that progress is
 * another promise's. A figure with no name after it (目前3所已投入使用) or a part of the first's thing (其中8所小学已建成)
 * is the first's progress.
 */
function progressOfOtherThings(first: string, rest: string): boolean {
  const { PROGRESS_WORD_RE } = commitmentsLexicon();
  let any = false;
  for (const s of sentencesOf(rest)) {
    const sentence = rest.slice(s.from, s.to);
    if (!PROGRESS_WORD_RE.test(sentence)) continue;
    const figures = findQuantities(sentence, () => false);
    const named =
      figures.length > 0 &&
      figures.every((q) => {
        let after = sentence.slice(q.to);
        const clauseEnd = after.search(/[，,；;。、]/);
        if (clauseEnd >= 0) after = after.slice(0, clauseEnd);
        const progress = after.search(PROGRESS_WORD_RE);
        const name = cleanObject(progress >= 0 ? after.slice(0, progress) : after);
        const head = headOf(name);
        return /^[\u4e00-\u9fff]{2,}$/.test(head) && !first.includes(head.slice(-2));
      });
    if (!named) return false;
    any = true;
  }
  return any;
}

/** How alike the words of two sentences about one thing are, their figures aside. */
const TOLD_AGAIN = 0.5;

/**
 * Whether the rest of a line tells the thing of its first sentence again: `first` holds one figure, and the first
 * clause after it that holds one has words alike and a figure in the same base unit but another value (新增老年大学学位
 * 3万个。全年新增老年大学学位3.4万个; 低效建设用地减量7平方公里。深化…机制，全年完成低效建设用地减量7.3平方公里). Two
 * outcomes of other works (新建中小学16所。改扩建9所。) are not alike.
 */
function toldAgain(first: string, rest: string): boolean {
  const a = figuresIn(first);
  if (a.length !== 1) return false;
  for (const clause of rest.split(/[，,；;。]/)) {
    const [y] = figuresIn(clause);
    if (!y) continue;
    const x = a[0];
    if (x.base !== y.base || x.text === y.text) return false;
    return dice(first.replace(x.text, ''), clause.replace(y.text, '')) >= TOLD_AGAIN;
  }
  return false;
}

/** The figures of a text, as the reader finds them, with a unit known (1.4万户, 14620户): each as written and its base. */
function figuresIn(text: string): Array<{ text: string; base: string }> {
  return findQuantities(text, () => false).flatMap((q) => {
    const base = unitBase(q.unit)?.base;
    return base ? [{ text: text.slice(q.numFrom, q.to), base }] : [];
  });
}

/**
 * A line without a marker whose first sentence a label of progress follows (新建幼儿园12所。进展：已建成10所，…):
 * the label says the first sentence is the promise restated. (Without a label, an unnumbered line's first
 * sentence may as well be an outcome: 全市新建幼儿园12所。已投入使用8所。)
 */
function labelledProgressAfter(text: string, line: Line): Span | undefined {
  const body = text.slice(line.from, line.to);
  const sentences = sentencesOf(body);
  if (sentences.length < 2) return undefined;
  const { PROGRESS_LABEL_OPENING_RE, PROGRESS_WORD_RE } = commitmentsLexicon();
  const first = body.slice(sentences[0].from, sentences[0].to);
  if (PROGRESS_WORD_RE.test(first) || !PROGRESS_LABEL_OPENING_RE.test(body.slice(sentences[1].from, sentences[1].to)))
    return undefined;
  return { from: line.from + sentences[0].from, to: line.from + sentences[0].to };
}

/** The next line with words after line k. */
const nextLine = (text: string, lines: readonly Line[], k: number) =>
  lines.slice(k + 1).find((l) => text.slice(l.from, l.to).trim());

/** The share of a notice's numbered lines an unnumbered line follows for it to be a notice of items and progress. */
const ALTERNATING_SHARE = 2 / 3;

/**
 * Whether a notice's numbered lines are, nearly all, a line of one sentence followed by an unnumbered line: each
 * item restated, its progress below it.
 */
function alternates(text: string, lines: readonly Line[]): boolean {
  const numbered = lines.map((l, k) => [l, k] as const).filter(([l]) => l.marker && l.marker.family === 'arabic');
  if (numbered.length < 3) return false;
  const followed = numbered.filter(([l, k]) => {
    const next = nextLine(text, lines, k);
    return next !== undefined && !next.marker && sentencesOf(text.slice(l.from, l.to)).length === 1;
  });
  return followed.length >= ALTERNATING_SHARE * numbered.length;
}

/**
 * The share of a notice's numbered items with a figure that must report in their first sentence for none to be read
 * as restated: a notice that restates its promises restates nearly all of them, and a promise restated has no such word.
 */
const REPORTING_SHARE = 1 / 3;

/**
 * Whether a notice's numbered items report, each of them (a 工作简报: 2.省级重点项目完成投资3128.6亿元，占年度计划的
 * 89.4%，同比增长6.2%。 / 6.新建…中试平台23家，其中…。…已累计为中小企业提供…服务1300余次): a third of those with a
 * figure in their first sentence say there what was done, with a word of progress or of a report (同比, 占年度计划的),
 * or open on the months so far (1.1—10月，…). Then an item's first sentence is what was done, not its promise
 * restated, though words of progress follow it.
 */
function itemsReport(text: string, lines: readonly Line[]): boolean {
  const { PROGRESS_WORD_ONLY_RE, PROGRESS_OPENING_RE, REPORT_CUE_RE } = commitmentsLexicon();
  let items = 0;
  let reporting = 0;
  for (const l of lines) {
    if (l.marker?.family !== 'arabic') continue;
    const body = text.slice(l.from + l.marker.length, l.to);
    const [s] = sentencesOf(body);
    const first = s ? body.slice(s.from, s.to) : '';
    if (!/\d/.test(first)) continue;
    items++;
    if (PROGRESS_WORD_ONLY_RE.test(first) || REPORT_CUE_RE.test(first) || PROGRESS_OPENING_RE.test(first)) reporting++;
  }
  return items >= 3 && reporting >= REPORTING_SHARE * items;
}

/** How many marked lines a label of progress may answer for, at most, in a notice of labelled items. */
const MARKED_PER_LABEL_MAX = 2;

function progressZones(text: string, year: number): Zone[] {
  const { PROGRESS_LABEL_RE, PROGRESS_LABEL_OPENING_RE, TARGET_LABEL_RE, TARGET_LABEL_END_RE } = commitmentsLexicon();
  const lines = linesOf(text);
  // a line that opens with a label of progress (进展情况：…), not one that speaks of it (具体完成情况如下：), about as
  // often as a line opens with a marker: a slide deck's few 进度：████ 104% under many ▶ lines label no items
  const labels = lines.filter((l) =>
    PROGRESS_LABEL_OPENING_RE.test(text.slice(l.from, Math.min(l.to, l.from + 12))),
  ).length;
  const marked = lines.filter((l) => l.marker).length;
  const labelled = labels > 0 && labels * MARKED_PER_LABEL_MAX >= marked;
  // the promises restated: whole numbered lines that a 进展情况 line follows; or, on the line of
  // their progress, an item's first sentence and what follows 目标任务为
  const promise: Array<Span & { restated: boolean }> = [];
  if (labelled) {
    for (const l of lines)
      if (l.marker && !PROGRESS_LABEL_RE.test(text.slice(l.from, Math.min(l.to, l.from + 12))))
        promise.push({ from: l.from, to: l.to, restated: true });
  } else {
    const alternating = alternates(text, lines);
    const reporting = !alternating && itemsReport(text, lines);
    // a table's row (2|新能源项目投产|投产1000万千瓦以上|新增并网投产862万千瓦…；…, or a sheet's in commas) is read by
    // its columns (parsers/table.ts), no item restated: the lines the rows start on, found once
    const rowLines = new Set(tableRows(text).map((r) => text.lastIndexOf('\n', r.cells[0].from - 1) + 1));
    lines.forEach((l, k) => {
      if (l.marker && rowLines.has(l.from)) return;
      const item = l.marker
        ? reporting && l.marker.family === 'arabic'
          ? undefined
          : restatedItem(text, lines, k, alternating)
        : labelledProgressAfter(text, l);
      if (item) promise.push({ ...item, restated: true });
    });
    for (const task of tasksAskedAbout(text, lines))
      if (!promise.some((p) => p.from < task.to && task.from < p.to)) promise.push({ ...task, restated: true });
  }
  // the target restated after its label, to the sentence's end or to a clause of its progress (，上半年已…); a
  // line the label opens (年度目标：新建…100家；为1000户…) holds targets only, to its end
  for (const m of text.matchAll(TARGET_LABEL_RE)) {
    const at = m.index! + m[0].length;
    const opensLine = /^\s*$/.test(text.slice(text.lastIndexOf('\n', m.index! - 1) + 1, m.index!));
    // (…or to a cell's border: 年度目标：改造6个｜截至12月20日：6个小区全部完工)
    const sentenceEnd = text.slice(at).search(opensLine ? /[。\n|｜]/ : /[。；;\n|｜]/);
    let sentence = text.slice(at, sentenceEnd < 0 ? text.length : at + sentenceEnd);
    // (a label with the figure right after it, inside a line, restates that figure alone: 新能源开工：年度目标1600万
    // 千瓦，开工1388万千瓦)
    if (!opensLine && /^[:：]?\s*\d/.test(sentence)) sentence = sentence.slice(0, sentence.search(/[，,；;]|$/));
    // (a label inside brackets restates the target to its closing bracket: 1. 扩大…（年度目标：新建…3所，新增学位1500个）——
    // 3所学校全部竣工投用…, its progress after the dash)
    const lineStart = text.lastIndexOf('\n', m.index! - 1) + 1;
    const bracketed = /[(（][^)）]*$/.test(text.slice(lineStart, m.index!));
    const close = bracketed ? sentence.search(/[)）]/) : -1;
    if (close >= 0) sentence = sentence.slice(0, close);
    const progress = TARGET_LABEL_END_RE.exec(sentence);
    promise.push({ from: at, to: at + (progress ? progress.index : sentence.length), restated: true });
  }
  promise.sort((a, b) => a.from - b.from);
  const zones: Zone[] = [];
  let at = 0;
  for (const p of promise) {
    if (p.from < at) continue;
    if (p.from > at) zones.push({ from: at, to: p.from, role: 'statement', year, list: false, restated: false });
    zones.push({ from: p.from, to: p.to, role: 'promise', year, list: true, restated: p.restated });
    at = p.to;
  }
  if (at < text.length)
    zones.push({ from: at, to: text.length, role: 'statement', year, list: false, restated: false });
  return withoutLaterPlans(text, year, zones);
}

/**
 * The numbered lines under a line that asks how far the tasks below it got (请于12月8日前报送下列任务截至11月底的完成情况：
 * / 1.实施亿元以上项目2000个以上；…): the tasks restated, where no word of progress says one done. Not the lines under
 * one that reports (下列任务完成情况如下：).
 */
function tasksAskedAbout(text: string, lines: readonly Line[]): Span[] {
  const { TASKS_ASKED_RE, PROGRESS_WORD_ONLY_RE } = commitmentsLexicon();
  const out: Span[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].marker || !TASKS_ASKED_RE.test(text.slice(lines[k].from, lines[k].to))) continue;
    let j = k + 1;
    while (j < lines.length && lines[j].from === lines[j].to) j++;
    for (; j < lines.length && lines[j].marker; j++)
      if (!PROGRESS_WORD_ONLY_RE.test(text.slice(lines[j].from, lines[j].to)))
        out.push({ from: lines[j].from, to: lines[j].to });
  }
  return out;
}

/** Zones without the lines a mail quotes from an earlier one (> 3.新建高标准农田…): said before, no statement now. */
function withoutQuotedLines(text: string, zones: Zone[]): Zone[] {
  const { QUOTED_LINE_RE } = commitmentsLexicon();
  return cutOut(
    zones,
    linesOf(text).filter((l) => QUOTED_LINE_RE.test(text.slice(l.from, l.to))),
  );
}

/**
 * A notice's or a review's part that plans a later year (二、2026年工作安排, 下一步工作打算): its figures are that
 * year's promises, no outcome of the year covered, and no restatement of its promises either. Cut out of the zones.
 */
/** The longest line that may be a part's heading (二、2026年工作安排, 三、存在的问题和下一步工作打算). */
const HEADING_MAX = 40;

function withoutLaterPlans(text: string, year: number, zones: Zone[]): Zone[] {
  const { FORWARD_IN_SENTENCE_RE, ASKED_HEADING_RE } = commitmentsLexicon();
  // the sections are read only where a short line (a heading) names a later year or the next step, or what is
  // asked for next (三、会议要求)
  const laterYears = [1, 2, 3].map((k) => String(year + k));
  const headingLike = linesOf(text).some((l) => {
    if (l.to - l.from > HEADING_MAX) return false;
    const line = text.slice(l.from, l.to);
    return laterYears.some((y) => line.includes(y)) || FORWARD_IN_SENTENCE_RE.test(line) || ASKED_HEADING_RE.test(line);
  });
  if (!headingLike) return zones;
  const later = buildContext(text).paragraphs.filter(
    ({ section: s }) =>
      // (a heading of what is asked says no kind of part: its paragraphs take the kind before, inherited)
      ASKED_HEADING_RE.test(s.heading) ||
      (!s.inherited &&
        s.kind === 'plan' &&
        (s.year !== undefined ? s.year > year : FORWARD_IN_SENTENCE_RE.test(s.heading))),
  );
  return cutOut(zones, later);
}

function workReportZones(text: string, reportYear: number): Zone[] {
  const { GLOSSARY_HEADING_RE, ANNEX_HEADING_RE, GLOSSARY_OR_ANNEX_FIRST } = commitmentsLexicon();
  const zones: Zone[] = [];
  // a glossary (名词解释) defines the plan's terms: its figures are neither promised nor reported, up to
  // an annex or the next section
  let glossary: string | undefined;
  for (const p of buildContext(text).paragraphs) {
    // the paragraph without white space, where it can be a glossary's or an annex's heading (few can)
    let k = p.from;
    while (k < p.to && WHITE_SPACE[text.charCodeAt(k)]) k++;
    const line = GLOSSARY_OR_ANNEX_FIRST[text.charCodeAt(k)] ? text.slice(p.from, p.to).replace(/\s+/g, '') : '';
    if (GLOSSARY_HEADING_RE.test(line)) glossary = p.section.heading;
    else if (glossary !== undefined && (ANNEX_HEADING_RE.test(line) || p.section.heading !== glossary))
      glossary = undefined;
    if (glossary !== undefined) continue;
    const kind = kindIn(p.section, reportYear);
    if (kind === 'plan')
      zones.push({
        from: p.from,
        to: p.to,
        role: 'promise',
        year: planYear(p.section, reportYear),
        list: false,
        restated: false,
      });
    else if (kind === 'review' && !p.multiYear)
      zones.push({
        from: p.from,
        to: p.to,
        role: 'statement',
        year: reviewYear(p.section, reportYear),
        list: false,
        restated: false,
      });
  }
  return zones;
}

/**
 * A list handed in as a whole work report (一、2024年工作回顾 … 三、2025年重点工作): its review states how the years
 * before it went, and its promises are the list its plan names (今年将办好十方面民生实事：一是…), not every figure of
 * the plan (开行3000列以上). Where the plan names no list, the plan promises, as a work report's does.
 * Undefined when the document is not a review followed by a plan.
 */
function wholeReportZones(text: string, year: number): Zone[] | undefined {
  // the reader asks, then the run's warning (readsAsWholeReport) asks of the same text
  const lexicon = commitmentsLexicon();
  if (lastWhole?.text === text && lastWhole.year === year && lastWhole.lexicon === lexicon) return lastWhole.zones;
  let whole: Zone[] | undefined;
  if (mayReview(text, year)) {
    const zones = workReportZones(text, year);
    const statements = zones.filter((z) => z.role === 'statement');
    const plan = zones.filter((z) => z.role === 'promise');
    if (statements.length && plan.length) {
      const named = namedList(text, plan);
      const promises = (named ? [named] : plan).map((z) => ({ ...z, list: true }));
      whole = [...statements, ...promises].sort((a, b) => a.from - b.from);
    }
  }
  lastWhole = { text, year, lexicon, zones: whole };
  return whole;
}

/** The last text's reading as a whole report. */
let lastWhole: { text: string; year: number; lexicon: unknown; zones: Zone[] | undefined } | undefined;

/** A heading of a part with a year in it (一、2024年工作回顾), the year caught: one pattern per lexicon. */
let yearHeading: { source: RegExp; re: RegExp } | undefined;

/**
 * Whether a text may hold a review of years before `year`: a word of review (回顾, 过去一年), or a part headed by an
 * earlier year. Most lists have neither, and are not read for their parts at all (the context costs a fifth of a
 * list's reading).
 */
function mayReview(text: string, year: number): boolean {
  const { reviewHeading, topHeading, year: yearRe } = lexicon().sections;
  if (reviewHeading.test(text)) return true;
  // (a year, not a four-digit count: 三、改造…涉及住户1260户 heads no part of 1260)
  if (yearHeading?.source !== topHeading)
    yearHeading = { source: topHeading, re: new RegExp(`${topHeading.source}[^\\n]{0,20}?${yearRe.source}`, 'gm') };
  for (const m of text.matchAll(yearHeading.re)) if (Number(m[1]) < year) return true;
  return false;
}

/**
 * The list a plan names, from the words after its name (…民生实事：) to its paragraph's end; or, where the name ends
 * its paragraph, the marked lines that follow it in the plan (一是…, 1.…).
 */
function namedList(text: string, plan: readonly Zone[]): Zone | undefined {
  const { NAMED_LIST_RE } = commitmentsLexicon();
  const lines = linesOf(text);
  for (const [k, z] of plan.entries()) {
    const m = NAMED_LIST_RE.exec(text.slice(z.from, z.to));
    if (!m) continue;
    const from = z.from + m.index + m[0].length;
    if (text.slice(from, z.to).trim()) return { ...z, from };
    let to = z.to;
    for (const next of plan.slice(k + 1)) {
      const line = lines.find((l) => l.from <= next.from && next.from <= l.to);
      if (!line?.marker || text.slice(to, next.from).trim()) break;
      to = next.to;
    }
    return to > from ? { ...z, from, to } : undefined;
  }
  return undefined;
}

/** Whether a commitments document reads as a whole work report (a review, then a plan), for a warning. */
export function readsAsWholeReport(text: string, year: number): boolean {
  return wholeReportZones(text, year) !== undefined;
}

/** The zones of a document, in order. `year` is the work report's year, or the year a list or notice covers. */
export function zonesOf(text: string, kind: DocKind, year: number): Zone[] {
  switch (kind) {
    case 'work_report':
      return withoutQuotedLines(text, workReportZones(text, year));
    case 'commitments':
      return withoutQuotedLines(text, commitmentZones(text, year));
    case 'progress':
      return withoutQuotedLines(text, progressZones(text, year));
    default:
      return [];
  }
}
