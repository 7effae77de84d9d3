// Rule: a progress notice's table of promises and how far each got, as a page's table comes
// out of it (序号 | 项目名称 | 年度目标任务 | 完成情况 | 完成率 |), one row a line or one cell a line,
// or as a sheet saved as text (cells split by tabs, spaces or commas, a column of units and bare
// numbers: normalize() writes the tabs and spaces as bars). The figure under the target's column
// restates the promise; the one under the column of what was done is its outcome, paired with it.
// Read as two outcomes, the first would say every promise was kept to the letter.
import type { Item } from '../types.js';
import { unitOfItem } from '../item.js';
import { findQuantities, unitBase, type Quantity } from '../quantities.js';
import { cleanObject, splitPhrase } from './clauses.js';
import { DONE_NAMED_AFTER } from './completion.js';
import { normObject, spreadIn, stepDone, LIST_COMMA } from '../objects.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';
import { drop } from '../refiners/set-aside.js';

/** The rule of a target a table's row gives (a notice's row restates its promise; derive/commitments.ts asks). */
export const TABLE_TARGET_RULE = 'table-target';
/** The rule of the figure a table's row gives as done against its target, and of one that sums its cell's parts. */
export const TABLE_DONE_RULE = 'table-done';
export const TABLE_SUM_RULE = 'table-sum';
import { COLUMNS_MIN, HEADER_CELL_MAX, HEADER_LINE_MAX } from '../../tables-as-lines.js';
import { recordRows } from './records.js';
import { firstAtOrAfter } from '../../../core/sorted.js';

/** A cell that numbers its row (1 |). */
const ROW_NUMBER = /^\s*\d{1,3}\s*\|\s*$/;
/** A line that is one cell (项目名称 |). */
const ONE_CELL = /^[^|\n]*\|\s*$/;

interface Cell {
  from: number;
  to: number;
}

/**
 * A table flattened one cell a line (序号 |\n项目名称 |\n…\n1 |\n…) with its rows joined, a line each: the line
 * breaks inside a row become spaces, so the text keeps its length and every offset. The header is the cells before
 * the first row's number; each row has as many.
 */
export function joinTableCells(text: string): string {
  if (!text.includes('|')) return text;
  const lines: Cell[] = [];
  for (let from = 0; from <= text.length;) {
    const to = text.indexOf('\n', from);
    const end = to < 0 ? text.length : to;
    lines.push({ from, to: end });
    from = end + 1;
  }
  // the line breaks inside rows, found first: most texts with a bar hold no table one cell a line
  const breaks: number[] = [];
  for (let k = 0; k < lines.length;) {
    const oneCell = (l: Cell) => ONE_CELL.test(text.slice(l.from, l.to));
    if (!oneCell(lines[k])) {
      k++;
      continue;
    }
    let end = k;
    while (end < lines.length && oneCell(lines[end])) end++;
    const run = lines.slice(k, end);
    const header = run.findIndex((l) => ROW_NUMBER.test(text.slice(l.from, l.to)));
    if (header >= COLUMNS_MIN) {
      for (let row = 0; row + header <= run.length; row += header)
        for (let c = row; c < row + header - 1; c++) breaks.push(run[c].to);
    }
    k = end;
  }
  if (!breaks.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const b of breaks) {
    parts.push(text.slice(at, b), ' ');
    at = b + 1;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The cells of a line split by `mark` (a bar, or a sheet's comma): every stretch before a mark, and the last one after
 * it where it holds words. Without bars, the space a line opens with is no cell.
 */
const splitBy =
  (mark: string) =>
  (text: string, from: number, to: number): Cell[] => {
    if (mark !== '|') while (from < to && text[from] === ' ') from++;
    const cells: Cell[] = [];
    let at = from;
    // a sheet's cell in double quotes may hold its mark ("已开工1952个,开工率97.6%"): only a mark outside them splits
    let quoted = false;
    for (let i = from; i < to; i++)
      if (mark !== '|' && text[i] === '"' && (quoted || i === at)) quoted = !quoted;
      else if (text[i] === mark && !quoted) {
        cells.push({ from: at, to: i });
        at = i + 1;
      }
    if (cells.length && text.slice(at, to).trim()) cells.push({ from: at, to });
    return cells;
  };

/** A line's cells between bars. */
export const barCells = splitBy('|');

type Split = (text: string, from: number, to: number) => Cell[];
/**
 * The ways a table comes out as text: with bars (a page's table copied, or a sheet's cells split by tabs or runs of
 * spaces, which normalize() writes as bars), or with commas; bars first.
 */
const SPLITS: Array<{ holds: (line: string) => boolean; split: Split; bars: boolean }> = [
  { holds: (l) => l.includes('|'), split: barCells, bars: true },
  { holds: (l) => l.includes(','), split: splitBy(','), bars: false },
];
/** The fewest columns headed by a year that make a table of years compared. */
const YEARS_MIN = 2;
/** The fewest columns of periods after a list's target that split it by period (一季度 … 四季度). */
const PERIODS_MIN = 2;
/** The longest heading of a column, with bars or without. */
const HEADING_MAX = 16;
/** What ends a sentence or a clause of prose, which no header holds. */
const SENTENCE_MARK = /[。；;]/;
/**
 * A unit in brackets at the end of a heading or a row's name: 年度目标（万亩）, 攻克关键技术（项）, and one that holds its
 * own bracket (保障性租赁住房交付（万套（间））).
 */
const UNIT_IN_BRACKETS = /[(（]([^()（）\d]{1,4}(?:[(（][^()（）\d]{1,2}[)）])?)[)）]\s*$/;
/** A cell that is a number and nothing else, as a sheet's cells are. */
export const BARE_NUMBER = /^\s*(\d+(?:\.\d+)?)\s*$/;

/** The unit a heading or a row's name gives in brackets (年度目标（万亩）, 攻克关键技术（项）), where it is one. */
function unitInBrackets(words: string): string | undefined {
  const written = UNIT_IN_BRACKETS.exec(words)?.[1];
  // (万套（间）: the unit, its own bracket a note of what else it counts)
  const u = written?.replace(/[(（][^()（）]*[)）]$/, '');
  return u && unitBase(u) ? u : undefined;
}

/** A row of a table of promises, with the columns its header names (-1 where it names none). */
export interface TableRow {
  cells: Cell[];
  target: number;
  /** what was done; -1 in a list's table, found by its column of units instead */
  done: number;
  /** a column of units (单位): its cell is the unit of the row's bare numbers */
  unit: number;
  /** a column of units for what was done, where the done column has its own (a second header line: 数量 | 单位) */
  doneUnit: number;
  /** the column that names the row's work (任务, 项目名称), where the header has one */
  name: number;
  /** columns of who answers for the row (牵头单位): no part of its name */
  owners: number[];
  /** columns of one period's own figures (一季度, 二季度 beside 累计完成): no outcome of the year */
  periods: number[];
  /** columns of the gap between target and done (差距: 超额28个, 尚差1个): no outcome */
  gaps: number[];
  /** columns of earlier years beside the latest's (| 2026年 | 2025年 |): no outcome of the year */
  otherYears: number[];
  /** columns of what was declared done before a check (申报完成量 beside 验收合格量): as first reported, no outcome */
  declared: number[];
  /** the unit a heading gives its column's numbers (年度目标（万亩）) */
  headerUnits: Array<string | undefined>;
}

/**
 * The rows of every table of promises in a text, found by their header (a column of targets and one of what was
 * done, or, in a list, one of units after the targets): a page's table copied with bars, or a sheet saved as text with
 * bars or commas between its cells. A table ends at the first line that does not split into as many cells as its
 * columns need.
 */
export function tableRows(text: string): TableRow[] {
  // asked twice of one text (its bare numbers, then its rows)
  if (lastRows?.text === text) return lastRows.rows;
  // (records pasted one field a line are rows too: records.ts)
  const rows = [...findTableRows(text), ...recordRows(text)];
  lastRows = { text, rows };
  return rows;
}
let lastRows: { text: string; rows: TableRow[] } | undefined;
/** A cell alone holds no list marker. */
const NO_MARKER = () => false;

function findTableRows(text: string): TableRow[] {
  const {
    TABLE_TARGET_COLUMN_RE,
    TABLE_DONE_COLUMN_RE,
    TABLE_HEADER_PERIOD_RE,
    TABLE_UNIT_COLUMN_RE,
    TABLE_NAME_COLUMN_RE,
    TABLE_OWNER_COLUMN_RE,
    TABLE_PERIOD_COLUMN_RE,
    TABLE_TO_DATE_COLUMN_RE,
    TABLE_GAP_COLUMN_RE,
    TABLE_YEAR_COLUMN_RE,
    TABLE_DECLARED_COLUMN_RE,
  } = commitmentsLexicon();
  const rows: TableRow[] = [];
  // the columns the last header named, how many cells it has, and how its lines split
  let header: { columns: Omit<TableRow, 'cells'>; count: number; way: (typeof SPLITS)[number] } | undefined;
  // the line after a header, which may name its columns' parts (数量 单位 under 2026年目标)
  let afterHeader = false;
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    // most lines of a notice are prose: neither a bar in them nor short enough to be a header of commas
    const bar = text.indexOf('|', from);
    if (!header && (bar < 0 || bar >= to) && to - from > HEADER_LINE_MAX) {
      from = to + 1;
      continue;
    }
    const line = text.slice(from, to);
    let found = false;
    for (const way of SPLITS) {
      // a header without bars is a few short cells: a line of prose with commas is passed over at once
      if (!way.holds(line) || (!way.bars && (line.length > HEADER_LINE_MAX || SENTENCE_MARK.test(line)))) continue;
      const cells = way.split(text, from, to);
      if (cells.length < COLUMNS_MIN) continue;
      const words = cells.map((c) => text.slice(c.from, c.to).trim());
      // | 任务 | 牵头单位 | 年度目标 |: 任务 names the row's work, 年度目标 holds its figure. (A column's heading is a few
      // words: a table's title run into its first cell, …推进情况一览表类别, names no column.)
      const heading = (w: string) => w.length <= HEADING_MAX;
      const targetAt = (w: string) => heading(w) && TABLE_TARGET_COLUMN_RE.test(w);
      // | 目标任务 | 全年目标 |: with no column named as the work's, the first of two columns side by side headed as
      // targets names the row (a table names its work right before the work's figure; | 计划完成数 | 累计开工数 | …
      // | 计划投资额 | are two figures)
      const nameHeading = words.findIndex((w) => heading(w) && TABLE_NAME_COLUMN_RE.test(w));
      const firstTarget = words.findIndex(targetAt);
      const work =
        nameHeading < 0 && firstTarget >= 0 && firstTarget + 1 < words.length && targetAt(words[firstTarget + 1])
          ? firstTarget
          : nameHeading;
      const other = words.findIndex((w, i) => i !== work && targetAt(w));
      // | 工作任务 | 1—11月完成情况 |: with no other column of targets, the column that names the work holds its figure
      const t = other < 0 && work >= 0 && TABLE_TARGET_COLUMN_RE.test(words[work]) ? work : other;
      const name = t === work ? -1 : work;
      // what was done: a column that names it before one headed by a single period (7月 | 8月 | 9月 | 累计完成)
      // (not what was declared done before a check: | 申报完成量 | 验收合格量 |, the checked column holds it)
      const declared = words.flatMap((w, i) => (heading(w) && TABLE_DECLARED_COLUMN_RE.test(w) ? [i] : []));
      const doneAt = (w: string, i: number) =>
        i !== t && heading(w) && TABLE_DONE_COLUMN_RE.test(w) && !declared.includes(i);
      const named = words.findIndex((w, i) => doneAt(w, i) && !TABLE_PERIOD_COLUMN_RE.test(w));
      // (…else, of columns headed by periods alone, the last: a ledger's 1月 … 11月 runs to its latest; so does a
      // ledger's 1—3月 | 1—6月 | 1—9月, each the year to date, the earlier ones periods of it)
      const toDate = words.flatMap((w, i) => (doneAt(w, i) && TABLE_TO_DATE_COLUMN_RE.test(w) ? [i] : []));
      const runsToDate = toDate.length >= 2 && toDate.includes(named);
      const d = runsToDate
        ? toDate[toDate.length - 1]
        : named >= 0
          ? named
          : words.reduce((last, w, i) => (doneAt(w, i) ? i : last), -1);
      // a header names the columns: no cell of it numbers a row or starts with a figure (截至9月底进展 may hold one),
      // and without bars, each is a heading's few words
      // (a list's table has no column of what was done: its targets, bare numbers, take the units of their own column)
      const unit = words.findIndex((w) => TABLE_UNIT_COLUMN_RE.test(w));
      // (| 指标 | 单位 | 本月 | 累计 | 同比 |: a table of what was done alone, no target beside it, its rows named and their
      // numbers counted in a column of units)
      const doneOnly = t < 0 && name >= 0 && unit >= 0 && d > unit;
      // (| 指标 | 2026年 | 2025年 |: what was done in the years compared, no target beside it: the latest year's column
      // holds what was done, the others earlier years')
      const years = words.map((w) => Number(TABLE_YEAR_COLUMN_RE.exec(w)?.[1] ?? NaN));
      const latest = years.reduce((best, y, i) => (!isNaN(y) && (best < 0 || y > years[best]) ? i : best), -1);
      const yearsCompared = t < 0 && name >= 0 && unit < 0 && years.filter((y) => !isNaN(y)).length >= YEARS_MIN;
      // (| 项目 | 全年目标 | 一季度 | 二季度 | … |: a list's target split by period, each period's share no promise)
      const byPeriod = t >= 0 && words.filter((w, i) => i > t && TABLE_PERIOD_COLUMN_RE.test(w)).length >= PERIODS_MIN;
      // (| 项目 | 申报完成量 | 验收合格量 |: what was declared and what a check accepted, no target beside them)
      const checked = t < 0 && name >= 0 && declared.length > 0 && d >= 0;
      if (
        (doneOnly || yearsCompared || checked || (t >= 0 && (d >= 0 || unit > t || byPeriod))) &&
        !words.some((w) => /^\d/.test(w) && !TABLE_HEADER_PERIOD_RE.test(w)) &&
        (way.bars || words.every((w) => w.length <= HEADER_CELL_MAX)) &&
        // (nor does any cell count something: | 农村公路 | 计划 | 新改建农村公路68公里 | 完成招标 | is a row of plans)
        !words.some((w) => findQuantities(w, NO_MARKER).length)
      ) {
        header = {
          columns: {
            target: t,
            done: yearsCompared ? latest : d,
            unit,
            doneUnit: -1,
            name: doneOnly || yearsCompared || checked || name < t ? name : -1,
            owners: words.flatMap((w, i) => (TABLE_OWNER_COLUMN_RE.test(w) ? [i] : [])),
            gaps: words.flatMap((w, i) => (TABLE_GAP_COLUMN_RE.test(w) ? [i] : [])),
            declared,
            otherYears: yearsCompared ? years.flatMap((y, i) => (!isNaN(y) && i !== latest ? [i] : [])) : [],
            periods: words.flatMap((w, i) =>
              i !== d && (TABLE_PERIOD_COLUMN_RE.test(w) || (runsToDate && toDate.includes(i))) ? [i] : [],
            ),
            headerUnits: words.map(unitInBrackets),
          },
          count: words.length,
          way,
        };
        found = true;
        break;
      }
    }
    if (!found && header) {
      const cells = header.way.holds(line) ? header.way.split(text, from, to) : [];
      const { target, done, unit } = header.columns;
      const units = afterHeader && !/\d/.test(line) ? unitsNamed(text, cells, header.columns) : undefined;
      if (units) header.columns = units;
      else if (cells.length < COLUMNS_MIN) {
        // a second line of the header, a few words and no figure (数量 单位), is no row and ends nothing; nor does a
        // line that names the group of the rows after it (乡村振兴), a few words alone
        const words = line.trim();
        const group = words.length <= HEADER_CELL_MAX && !/\d/.test(words) && !SENTENCE_MARK.test(words);
        if (!(afterHeader && words.length <= HEADER_CELL_MAX && !/\d/.test(line)) && !group) header = undefined;
      } else if (cells.length === header.count + 1 && unit < 0 && isUnitCell(text, cells[target + 1]))
        rows.push({ ...withUnitAfterTarget(header.columns), cells });
      else if (cells.length > Math.max(target, done, unit)) rows.push({ ...header.columns, cells });
    }
    afterHeader = found;
    from = to + 1;
  }
  return rows;
}

/**
 * A second header line that names the parts of the columns above it (| | 数量 | 单位 | 数量 | 单位 |, under 年度目标 | |
 * 完成 | |): a column headed 单位 there, blank in the header, holds the units of the column of figures before it. The
 * columns with those units; undefined where the line names no such column.
 */
function unitsNamed(
  text: string,
  cells: Cell[],
  columns: Omit<TableRow, 'cells'>,
): Omit<TableRow, 'cells'> | undefined {
  const { TABLE_UNIT_COLUMN_RE } = commitmentsLexicon();
  const named = (i: number) => cells[i] !== undefined && TABLE_UNIT_COLUMN_RE.test(cellWords(text, cells[i]));
  const unit = columns.unit < 0 && named(columns.target + 1) ? columns.target + 1 : columns.unit;
  const doneUnit = columns.done >= 0 && named(columns.done + 1) ? columns.done + 1 : columns.doneUnit;
  return unit === columns.unit && doneUnit === columns.doneUnit ? undefined : { ...columns, unit, doneUnit };
}

/** A cell that is a unit alone (场, 万人次), as a sheet's column of units holds. */
const isUnitCell = (text: string, c: Cell | undefined) => {
  const w = c && cellWords(text, c);
  return w !== undefined && w.length <= 4 && !/\d/.test(w) && unitBase(w) !== undefined;
};

/**
 * A header whose target's heading spans two cells of each row, its number and its unit (2026年目标 over 1000 | 场):
 * the columns as the rows have them, a column of units after the target's.
 */
function withUnitAfterTarget(columns: Omit<TableRow, 'cells'>): Omit<TableRow, 'cells'> {
  const shift = (i: number) => (i > columns.target ? i + 1 : i);
  return {
    ...columns,
    done: shift(columns.done),
    unit: columns.target + 1,
    name: shift(columns.name),
    owners: columns.owners.map(shift),
    periods: columns.periods.map(shift),
    gaps: columns.gaps.map(shift),
    otherYears: columns.otherYears.map(shift),
    declared: columns.declared.map(shift),
    headerUnits: [
      ...columns.headerUnits.slice(0, columns.target + 1),
      undefined,
      ...columns.headerUnits.slice(columns.target + 1),
    ],
  };
}

/** The words of a row's cell. */
const cellWords = (text: string, c: Cell) => text.slice(c.from, c.to).trim();

/** The row's name: the cell of the column its header names so, else its last cell of words before the target's, not its unit nor who answers for it. */
function rowNameCell(text: string, row: TableRow): Cell | undefined {
  if (row.name >= 0) return row.cells[row.name];
  return row.cells
    .slice(0, row.target)
    .filter(
      (c, i) =>
        i !== row.unit && i !== row.doneUnit && !row.owners.includes(i) && /[\u4e00-\u9fff]/.test(cellWords(text, c)),
    )
    .pop();
}
const rowName = (text: string, row: TableRow) => {
  const c = rowNameCell(text, row);
  return c && cellWords(text, c);
};

/** The first of quantities sorted by where their number starts that starts at `from` or after and passes `test`. */
function firstFrom(qs: Quantity[], from: number, test: (q: Quantity) => boolean): Quantity | undefined {
  const lo = firstAtOrAfter(qs, from, (q) => q.numFrom);
  return lo < qs.length && test(qs[lo]) ? qs[lo] : undefined;
}

/**
 * The bare numbers of tables' target and done cells (| 1000 | 976 |), as quantities in the unit the row gives
 * them: its column of units, its column's heading (年度目标（万亩）), its name (攻克关键技术（项）), or, for what
 * was done, the unit its target is written in (1000个 | 976). A number no unit is given for is not read.
 */
export function tableCellQuantities(text: string, found: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  const within = (c: Cell) => (q: Quantity) => q.numFrom >= c.from && q.to <= c.to;
  const inCell = (c: Cell) => firstFrom(found, c.from, within(c)) ?? out.find(within(c));
  const { QUALIFIER_AFTER, QUALIFIER_BEFORE } = commitmentsLexicon();
  const qualifiersAfter = Object.keys(QUALIFIER_AFTER);
  const qualifiersBefore = Object.keys(QUALIFIER_BEFORE);
  for (const row of tableRows(text)) {
    const name = rowName(text, row) ?? '';
    const given = (col: number) => {
      const unitColumn = col === row.done && row.doneUnit >= 0 ? row.doneUnit : row.unit;
      const u = unitColumn >= 0 && row.cells[unitColumn] ? cellWords(text, row.cells[unitColumn]) : undefined;
      if (u && unitBase(u)) return u;
      return row.headerUnits[col] ?? unitInBrackets(name);
    };
    for (const col of [row.target, row.done].filter((c) => c >= 0)) {
      const cell = row.cells[col];
      // (| 600以上 |: a bare number with its qualifier after it, the unit in its own column)
      const words = text.slice(cell.from, cell.to).trim();
      const tail = qualifiersAfter.find((w) => words.endsWith(w) && /\d$/.test(words.slice(0, -w.length)));
      // (| ≥105 |: or before it)
      const head = tail
        ? undefined
        : qualifiersBefore.find((w) => words.startsWith(w) && /^\d/.test(words.slice(w.length)));
      const bare = BARE_NUMBER.exec(tail ? words.slice(0, -tail.length) : head ? words.slice(head.length) : words);
      if (!bare) {
        // (| 老旧小区改造（个） | 3000 | 开工3108，其中完工2418 |: numbers after the words of a stage, each closing its
        // clause, are counted in the unit the row names, as a bare cell's is)
        const unit = col === row.done ? given(col) : undefined;
        if (unit) out.push(...unitlessInWords(text, cell, unit, found));
        continue;
      }
      if (inCell(cell)) continue;
      const unit = given(col) ?? (col === row.done ? inCell(row.cells[row.target])?.unit : undefined);
      if (!unit) continue;
      // (| 新建学校3所 | 3 | 所 |: a target the row already says with its unit in a cell of words is not read again; what
      // was done, | 15 | 已支持15个 |, says it again)
      if (
        col === row.target &&
        row.cells.some((c, i) => i !== col && i !== row.done && text.slice(c.from, c.to).includes(bare[1] + unit))
      )
        continue;
      const at = text.indexOf(bare[1], cell.from);
      out.push(
        tail
          ? {
              ...unitless(at, bare[1], unit),
              to: at + bare[1].length + tail.length,
              qualifier: QUALIFIER_AFTER[tail],
              qualifierWord: tail,
            }
          : head
            ? {
                ...unitless(at, bare[1], unit),
                from: at - head.length,
                qualifier: QUALIFIER_BEFORE[head],
                qualifierWord: head,
              }
            : unitless(at, bare[1], unit),
      );
    }
  }
  return out;
}

/** A number written with no unit of its own (its cell's bare figure), in the unit its row gives it. */
function unitless(numFrom: number, number: string, unit: string): Quantity {
  const numTo = numFrom + number.length;
  return {
    from: numFrom,
    to: numTo,
    numFrom,
    unitTo: numTo,
    number,
    number2: undefined,
    unit,
    perUnit: undefined,
    qualifier: 'exact',
    qualifierWord: undefined,
    chinese: false,
  };
}

/** A number right after a word, closing its clause or its cell, with no unit of its own. */
const NUMBER_CLOSING = /(?<=[\u4e00-\u9fff])(\d+(?:\.\d+)?)(?=\s*(?:[，,；;。]|$))/g;

/** The numbers of a cell's words that close their clauses with no unit (开工3108，其中完工2418), in `unit`. */
function unitlessInWords(text: string, cell: Cell, unit: string, found: Quantity[]): Quantity[] {
  const words = text.slice(cell.from, cell.to).replace(/\s+$/, '');
  const out: Quantity[] = [];
  for (const m of words.matchAll(NUMBER_CLOSING)) {
    const numFrom = cell.from + m.index!;
    if (found.some((q) => q.numFrom < numFrom + m[1].length && numFrom < q.to)) continue;
    out.push(unitless(numFrom, m[1], unit));
  }
  return out;
}

/** Where a cell's words begin. */
function firstWord(text: string, c: Cell): number {
  let at = c.from;
  while (at < c.to && /\s/.test(text[at])) at++;
  return at;
}

/**
 * One row: every figure of the target's cell restates a promise (and is no outcome, whatever the done cell holds:
 * 已全部完成, 完成年度任务的72%); the done cell's figures are their outcomes, one for one in order where the cells
 * hold as many, else the first of the one promise's unit; a completion in words there is the one promise's.
 */
function readRow(text: string, items: Item[], row: TableRow, restates: boolean): void {
  const { cells, target, done } = row;
  // (| 农村公路 | 计划 | 新改建农村公路68公里 | 完成20公里 | 全部完工 |: a row of what was planned, beside the row of
  // what was done under it, holds milestones, no outcome)
  if (restates && kindOfRow(text, row) === 'plan')
    for (const it of items)
      if (!it.dropped && it.role === 'statement' && cells.some((c, i) => i !== target && within(it, c)))
        drop(it, 'a milestone of a row of plans, not what was done', 'restates_target');
  const base = (it: Item) => unitOfItem(it)?.base;
  const inCell = (c: Cell, kind: Item['kind']) =>
    items.filter((it) =>
      it.kind !== kind || it.dropped
        ? false
        : kind === 'figure'
          ? it.q !== undefined && it.q.numFrom >= c.from && it.q.to <= c.to
          : it.from >= c.from && it.from < c.to,
    );
  // (…and the done cell, where it stands after such periods, is the year's so far only if none of them holds more, as a
  // ledger's months to date do: one less than a period before it is a period's own, 120人 | 95人 | 80人)
  const valueIn = (c: Cell | undefined) => {
    const it =
      c && items.find((x) => x.kind === 'figure' && x.q !== undefined && x.q.numFrom >= c.from && x.q.to <= c.to);
    return it ? Number(it.q!.number) : NaN;
  };
  const doneValue = valueIn(cells[done]);
  const most = Math.max(
    ...row.periods
      .filter((p) => p < done)
      .map((p) => valueIn(cells[p]))
      .filter((v) => !isNaN(v)),
  );
  if (doneValue < most)
    for (const it of inCell(cells[done], 'figure'))
      if (it.role === 'statement') drop(it, 'a figure of one period of the year, not the year’s', 'quarter_or_month');
  // (a quarter's own figure, in its column beside the year's so far, is no outcome of the year; nor, in a list, a
  // promise of the year)
  for (const p of row.periods)
    if (cells[p])
      for (const it of inCell(cells[p], 'figure'))
        if (it.role === 'statement' || !restates)
          drop(it, 'a figure of one period of the year, not the year’s', 'quarter_or_month');
  for (const y of row.otherYears)
    if (cells[y])
      for (const it of inCell(cells[y], 'figure'))
        if (it.role === 'statement') drop(it, 'a figure of an earlier year beside the latest', 'other_year');
  for (const c of row.declared)
    if (cells[c])
      for (const it of inCell(cells[c], 'figure'))
        if (it.role === 'statement') drop(it, 'a figure as declared done, before the check beside it', 'as_reported');
  // (| 差距 | 超额28个 |, | 尚差1个 |: how far what was done stands from the target, no outcome)
  for (const g of row.gaps)
    if (cells[g])
      for (const it of inCell(cells[g], 'figure'))
        if (it.role === 'statement') drop(it, 'the gap between what was done and the target', 'gap_to_other');
  if (target < 0) {
    doneAlone(text, items, row, inCell);
    return;
  }
  const targets = inCell(cells[target], 'figure');
  if (!targets.length) return;
  // | 黄蒿界等6处煤矿建成试运转 | 6处 | 4处建成试运转 |: a figure in the row's name, beside the target's own cell,
  // restates the promise; it is no outcome
  // (not the done cell where it stands before the target's: | 完成情况 | 年度目标 | 重点任务 |)
  const nameWithFigure = rowNameCell(text, row);
  if (nameWithFigure && nameWithFigure !== cells[done])
    for (const it of inCell(nameWithFigure, 'figure'))
      if (it.role === 'statement') drop(it, 'the row’s name restates the promise, not an outcome', 'restates_target');
  // the row's name: its cell of words before the target's, read as a phrase (引进培育首店: 引进培育 and 首店), its
  // unit in brackets aside (攻克关键技术（项）)
  const nameCell = rowNameCell(text, row);
  const named = nameCell && {
    whole: cleanObject(cellWords(text, nameCell).replace(UNIT_IN_BRACKETS, '')),
    ...splitPhrase(
      text,
      nameCell.from,
      nameCell.to - (UNIT_IN_BRACKETS.exec(text.slice(nameCell.from, nameCell.to))?.[0].length ?? 0),
    ),
  };
  for (const a of targets) {
    // as written in its cell, not from the joined line break before it
    a.from = Math.max(a.from, firstWord(text, cells[target]));
    while (a.to > a.from && /\s/.test(text[a.to - 1])) a.to--;
    // a figure that took no thing from its row's words, or a bare number: the thing is the row's name
    const own = text.slice(cells[target].from, cells[target].to);
    const bare = BARE_NUMBER.test(own);
    // a thing taken from another cell (省科技厅, the column of who answers for it) is not the row's
    // (a list's cell of words names its own things: only a bare number takes the row's)
    // (…its words in order, others between them: 特殊困难老年人家庭适老化改造 in 为3000户特殊困难老年人家庭实施适老化改造)
    const unnamed = restates
      ? !a.object || a.object === a.verb || bare || !(own.includes(a.object) || spreadIn(a.object, own))
      : bare;
    if (unnamed && named) {
      a.object = cleanObject(named.object) || named.whole;
      if (!a.verb) a.verb = named.verb;
    }
    a.rule = TABLE_TARGET_RULE;
    // a list's table promises; a notice's restates what was promised
    if (!restates) continue;
    a.role = 'promise';
    a.restated = true;
  }
  if (done < 0) return;
  const { SUM_BEFORE_RE, PART_OPENING_RE, PLACE_ONLY_RE, PLACE_NAME_ONLY_RE } = commitmentsLexicon();
  // (已开工13所，其中竣工4所: a part of the figure before it answers no promise of the row's own)
  const cell = cells[done];
  const partIn = (c: Cell, b: Item) => {
    const before = text.slice(c.from, b.q!.from);
    return PART_OPENING_RE.test(before.slice(Math.max(...[...'，,；;'].map((ch) => before.lastIndexOf(ch))) + 1));
  };
  const partOfBefore = (b: Item) => partIn(cell, b);
  // (| 1800万千瓦，其中非化石能源装机1000万千瓦 | 1863万千瓦，其中非化石能源装机1096万千瓦 |: a done cell that gives a
  // whole and its part as the target's cell does answers each in order, the part its part)
  const allDone = inCell(cell, 'figure').filter((b) => !b.pairedWith);
  const partsAlike =
    targets.length > 1 &&
    allDone.length === targets.length &&
    targets.some((a) => partIn(cells[target], a)) &&
    targets.every((a, i) => partIn(cells[target], a) === partOfBefore(allDone[i]) && base(a) === base(allDone[i]));
  const dones = partsAlike ? allDone : allDone.filter((b) => !partOfBefore(b));
  // (建成51个，其中中心城区23个: a part named by where it stands alone is the row's thing there, 中心城区银发综合体)
  const thing = named ? cleanObject(named.object) || named.whole : '';
  if (thing)
    for (const b of inCell(cell, 'figure'))
      if (partOfBefore(b) && (PLACE_ONLY_RE.test(b.object) || PLACE_NAME_ONLY_RE.test(b.object)))
        b.object = b.object + thing;
  // (…4210部、更新老旧电梯2035部，合计6245部: the sum of the parts answers the one promise)
  const sum = (a: Item) =>
    dones.find((b) => base(b) === base(a) && SUM_BEFORE_RE.test(text.slice(cells[done].from, b.q!.from)));
  // (fewer figures done than promised, 15所，新增学位1.2万个 | 已开工13所: each with the one promise in its very unit)
  const byUnit = (b: Item): Array<[Item, Item]> => {
    const same = targets.filter((a) => a.q!.unit === b.q!.unit);
    return same.length === 1 ? [[same[0], b]] : [];
  };
  // (as many, in order, where each pair is counted alike)
  const inOrder = dones.length === targets.length && targets.every((a, i) => base(a) === base(dones[i]));
  // (锦屏镇2个、新窑镇1个，日间照料中心3个均已建成运营: a figure named by a place alone is that place's part)
  const placeOnly = (b: Item) => PLACE_ONLY_RE.test(b.object) || PLACE_NAME_ONLY_RE.test(b.object);
  const alike = (a: Item) =>
    dones.find((b) => base(b) === base(a) && !placeOnly(b)) ?? dones.find((b) => base(b) === base(a));
  const pairs: Array<[Item, Item]> =
    inOrder && targets.length > 1
      ? targets.map((a, i) => [a, dones[i]])
      : targets.length === 1 && dones.length
        ? [[targets[0], sum(targets[0]) ?? alike(targets[0]) ?? dones[0]]]
        : dones.length < targets.length
          ? dones.flatMap(byUnit)
          : [];
  // (| 新培育概念验证中心、中试平台 | 10个、20个 | 概念验证中心11个，中试平台23个 |: a row that names as many kinds as
  // it has targets in order names one kind for each)
  const kinds = inOrder && targets.length > 1 ? targets[0].object.split(LIST_COMMA) : [];
  const oneKindEach =
    kinds.length === targets.length &&
    kinds.every((k) => k.length >= 2) &&
    targets.every((a) => a.object === targets[0].object);
  if (oneKindEach) targets.forEach((a, i) => (a.object = kinds[i]));
  for (const [a, b] of pairs) {
    if (base(a) === undefined || base(a) !== base(b) || ofEachKind(text, a)) continue;
    b.from = Math.max(b.from, firstWord(text, cells[done]));
    // (a sum's verb, if any, is its last part's: the row's is its own)
    const ofSum = b === sum(a);
    a.verb = a.verb || (ofSum ? '' : b.verb);
    // (| 线路6条 | 新开通公交线路6条 |: the done cell's own name, the target's with words more in front, says more)
    const own = normObject(b.object),
      target = normObject(a.object);
    b.object = !b.objectInherited && own.length > target.length && own.endsWith(target) ? b.object : a.object;
    b.objectInherited = true;
    // (…；全市轨道交通运营总里程909公里: a figure with no verb of its own takes the row's, and a word of a total in
    // its cell still makes it one)
    if (!b.verb || (ofSum && a.verb)) b.verbInherited = true;
    b.verb = ofSum ? a.verb || b.verb : b.verb || a.verb;
    b.pairedWith = a;
    b.rule = ofSum ? TABLE_SUM_RULE : TABLE_DONE_RULE;
  }
  // done in words (已全部完成): the one promise's (not a step of it named after the word: 已完成设备集中采购; nor a
  // step of its own named before it while the row says the work goes on: 笔试、面试已完成，拟聘人员正在体检 for
  // 招聘补充中小学教师; | 老城区段完工 | 67.7% | 正在推进 |)
  const rowWords = text.slice(cells[0].from, cells[cells.length - 1].to);
  if (targets.length === 1)
    for (const c of inCell(cells[done], 'no_figure'))
      if (!c.pairedWith && c.rule !== DONE_NAMED_AFTER && !stepDone(c.object, targets[0].object, rowWords))
        c.pairedWith = targets[0];
}

/**
 * A row of a table of what was done alone (| 新改建农村公路 | 公里 | 3.2 | 74.6 |): the done cell's bare figure counts
 * the row's named work, its verb the name's.
 */
function doneAlone(text: string, items: Item[], row: TableRow, inCell: (c: Cell, kind: Item['kind']) => Item[]): void {
  const nameCell = rowNameCell(text, row);
  const cell = row.cells[row.done];
  if (!nameCell || !cell) return;
  const { verb, object } = splitPhrase(text, nameCell.from, nameCell.to);
  const whole = cleanObject(cellWords(text, nameCell).replace(UNIT_IN_BRACKETS, ''));
  for (const b of inCell(cell, 'figure')) {
    if (b.role !== 'statement' || !BARE_NUMBER.test(text.slice(cell.from, cell.to))) continue;
    b.object = cleanObject(object) || whole;
    b.objectInherited = true;
    if (!b.verb) b.verb = verb;
    b.from = Math.max(b.from, firstWord(text, cell));
  }
}

/**
 * A target of each kind, no one thing (| 培育引进规上加工企业、精深加工项目 | 各200个以上 |, or | 分别达到200个以上 |): the
 * done figures after it name their own kinds, and no one of them is its answer.
 */
export function ofEachKind(text: string, a: Item): boolean {
  const { EACH_SHARED_END_RE, RESPECTIVELY_WORD_RE } = commitmentsLexicon();
  if (a.object !== '' && a.object.replace(EACH_SHARED_END_RE, '') === '') return true;
  return a.object.includes(LIST_COMMA) && RESPECTIVELY_WORD_RE.test(text.slice(a.from, a.q!.from));
}

/** An item's place in a cell: its figure's, or where it starts. */
const within = (it: Item, c: Cell) =>
  it.kind === 'figure' && it.q ? it.q.numFrom >= c.from && it.q.to <= c.to : it.from >= c.from && it.from < c.to;

/** A row that says in a cell of its own whether it holds what was planned or what was done (| 计划 | / | 实际 |). */
function kindOfRow(text: string, row: TableRow): 'plan' | 'actual' | undefined {
  const { TABLE_PLAN_ROW_RE, TABLE_ACTUAL_ROW_RE } = commitmentsLexicon();
  for (let i = 0; i < row.cells.length; i++) {
    if (i === row.target || i === row.done || i === row.name) continue;
    const words = cellWords(text, row.cells[i]);
    if (TABLE_PLAN_ROW_RE.test(words)) return 'plan';
    if (TABLE_ACTUAL_ROW_RE.test(words)) return 'actual';
  }
  return undefined;
}

/**
 * A row of what was done under the row of its plan, its target's cell empty (| | 实际 | — | … | 70.4公里 |), answers
 * the plan's target: it takes that cell for its own.
 */
function actualUnderPlan(text: string, group: TableRow[], items: Item[]): TableRow[] {
  return group.map((row, k) => {
    const above = group[k - 1];
    const empty = (r: TableRow) => !items.some((it) => it.kind === 'figure' && within(it, r.cells[r.target]));
    if (!above || row.target < 0 || !row.cells[row.target] || !above.cells[row.target]) return row;
    if (kindOfRow(text, row) !== 'actual' || kindOfRow(text, above) !== 'plan' || !empty(row)) return row;
    const cells = [...row.cells];
    cells[row.target] = above.cells[row.target];
    return { ...row, cells };
  });
}

export function readTableRows(text: string, items: Item[], restates: boolean): void {
  for (const rows of namedGroups(text, tableRows(text))) {
    const group = restates ? actualUnderPlan(text, rows, items) : rows;
    for (const row of group) readRow(text, items, row, restates);
    sharesOfTotal(text, items, group);
  }
}

/**
 * The rows in groups under one name: a row whose name's cell is empty goes on with the name above it (a group's name
 * written on its first row only: | 1 | 新改建农村公路 | 林甸镇 | 6.5 | … / |  |  | 红旗镇 | 9.8 | …), and takes that
 * cell for its own.
 */
function namedGroups(text: string, rows: TableRow[]): TableRow[][] {
  const groups: TableRow[][] = [];
  let last: TableRow | undefined;
  for (const row of rows) {
    const named = row.name >= 0 && row.cells[row.name] !== undefined;
    const blank = named && !cellWords(text, row.cells[row.name]);
    const next =
      last !== undefined &&
      last.name === row.name &&
      !/[\p{L}\d]/u.test(text.slice(last.cells[last.cells.length - 1].to, row.cells[0].from));
    if (blank && next && groups.length) {
      const group = groups[groups.length - 1];
      const cells = [...row.cells];
      cells[row.name] = group[0].cells[row.name];
      last = { ...row, cells };
      group.push(last);
    } else {
      last = row;
      groups.push([row]);
    }
  }
  return groups;
}

/** The fewest rows of a group with its total's: two parts and the total. */
const TOTAL_GROUP_MIN = 3;
/** How far the parts' sum may be from the total, rounded (a share of it). */
const SUM_SLACK = 0.005;

/**
 * A group of rows with a total's row (| 合计 | 58 | 公里 |): the total is the group's figure, and each other row's, a
 * place's share of it, is set aside.
 */
function sharesOfTotal(text: string, items: Item[], group: TableRow[]): void {
  // (a total of two parts at least; a table's last row, 合计 | 13项, after one named row totals the whole table)
  if (group.length < TOTAL_GROUP_MIN) return;
  const { TABLE_TOTAL_CELL_RE } = commitmentsLexicon();
  const total = group.filter((r) => r.cells.some((c) => TABLE_TOTAL_CELL_RE.test(text.slice(c.from, c.to))));
  if (total.length !== 1 || total[0] !== group[group.length - 1]) return;
  // (…its target the sum of theirs: 6.5 + 9.8 + … = 58)
  const first = (r: TableRow) => {
    const c = r.cells[r.target];
    const m = c && /\d+(?:\.\d+)?/.exec(text.slice(c.from, c.to));
    return m ? Number(m[0]) : NaN;
  };
  const parts = group.slice(0, -1).map(first);
  const sum = parts.reduce((a, b) => a + b, 0);
  if (parts.some(isNaN) || Math.abs(sum - first(total[0])) > SUM_SLACK * Math.max(1, sum)) return;
  for (const row of group) {
    if (row === total[0]) continue;
    for (const col of [row.target, row.done]) {
      const c = row.cells[col];
      if (col < 0 || !c) continue;
      for (const it of items)
        if (!it.dropped && it.kind === 'figure' && it.q && it.q.numFrom >= c.from && it.q.to <= c.to)
          drop(it, 'one place’s share of the total its group of rows gives, not the whole', 'narrower_scope');
    }
  }
}
