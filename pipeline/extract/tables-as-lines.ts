// Tables that reach the reader as lines with nothing to mark their cells: a page's table
// copied one cell a line (序号\n项目\n年度目标\n…\n1\n抓好…\n…), and a PDF's table whose text
// layer sets its cells apart by single spaces, its long cells wrapped onto the next line
// (序号 任务 目标 截至10月底完成情况\n1 新能源项目开工 新能源开工1600万千瓦 …已超额完成全\n年开工目标).
// Both are found by their shape alone: a header of a few short cells, then rows numbered
// 1, 2, … with as many. A PDF's table in single spaces with no column of row numbers (任务
// 年度目标 截至10月底 进度\n一般制造业企业疏解提质 80家 76家 序时推进) is found by its header,
// which names a target's column and a done one. normalize() writes their cells' borders as
// bars, so that each row is a line as a page's table copied with bars is, joins a wrapped
// cell to its row, and takes none of their other line breaks for a soft one.
import { commitmentsLexicon } from '../lexicon/commitments.js';
import { isFurniture } from './page-furniture.js';

/**
 * The longest cell of a header where no mark sets its cells apart (a line of prose has longer clauses), and the
 * fewest and most columns a table has (the fewest: a name, a target and what was done). The reader of a notice's
 * table of promises (commitments/parsers/table.ts) holds to the same.
 */
export const HEADER_CELL_MAX = 12;
export const COLUMNS_MIN = 3;
const COLUMNS_MAX = 10;
/** The longest a header's line is where no bar marks the table (a dozen columns of HEADER_CELL_MAX). */
export const HEADER_LINE_MAX = 12 * (HEADER_CELL_MAX + 1);
/** What a header's cell never holds: the marks that end a sentence or a clause. */
const CLAUSE_MARK = /[。；;，,！？!?]/;
/** A line that is only a row's number. */
const ROW_NUMBER_LINE = /^\d{1,3}$/;
/** One space between two cells of a PDF's line (a run of spaces or a tab is normalize()'s CELL_GAP already). */
const ONE_SPACE = /(?<=\S)[ \u3000](?=\S)/g;
/** The most lines a wrapped row runs on to. */
const WRAPPED_MAX = 2;

export interface TablesAsLines {
  /** the cells' borders, written as bars: [start, end) pairs */
  borders: number[];
  /** the line breaks inside a wrapped row, joined, with the ends of its cells before the last: [start, end) pairs */
  joins: number[];
  /** the tables, header to last row, where no other line break is joined: [start, end) pairs */
  blocks: number[];
}

export const NO_TABLES: TablesAsLines = { borders: [], joins: [], blocks: [] };

interface Line {
  from: number;
  to: number;
  /** the line without its line break and the spaces round it */
  text: string;
}

function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  for (let from = 0; from <= source.length;) {
    const nl = source.indexOf('\n', from);
    const to = nl < 0 ? source.length : nl;
    lines.push({ from, to, text: source.slice(from, to).replace(/\r$/, '').trim() });
    if (nl < 0) break;
    from = nl + 1;
  }
  return lines;
}

/** A header's cell: a few words, no clause, not a figure (it may open with the period it covers: 1-10月完成). */
const headerCell = (cell: string) =>
  cell.length > 0 &&
  cell.length <= HEADER_CELL_MAX &&
  !CLAUSE_MARK.test(cell) &&
  (!/^\d/.test(cell) || commitmentsLexicon().TABLE_HEADER_PERIOD_RE.test(cell));

/** The tables of both shapes in a text. */
export function tablesAsLines(source: string): TablesAsLines {
  const numbered = /\n1[ \u3000\r\n]/.test(source);
  const headers = unnumberedHeaders(source);
  if (!numbered && !headers.size) return NO_TABLES;
  const lines = linesOf(source);
  const out: TablesAsLines = { borders: [], joins: [], blocks: [] };
  if (numbered) {
    oneCellALine(lines, out);
    spacedCells(source, lines, out);
  }
  if (headers.size) unnumberedSpacedCells(source, lines, out, headers);
  return out;
}

/**
 * One cell a line: a run of a few short header lines right before a line that is only 1, then rows of as many lines,
 * each opening with its number, none of their lines empty.
 */
function oneCellALine(lines: Line[], out: TablesAsLines): void {
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].text !== '1') continue;
    let h = k;
    while (h > 0 && k - h < COLUMNS_MAX && headerCell(lines[h - 1].text)) h--;
    const columns = k - h;
    if (columns < COLUMNS_MIN) continue;
    let rows = 0;
    while (
      k + (rows + 1) * columns <= lines.length &&
      lines[k + rows * columns].text === String(rows + 1) &&
      lines
        .slice(k + rows * columns + 1, k + (rows + 1) * columns)
        .every((l) => l.text && !ROW_NUMBER_LINE.test(l.text))
    )
      rows++;
    if (rows < 2) continue;
    for (let r = -1; r < rows; r++) {
      const first = r < 0 ? h : k + r * columns;
      for (let c = first; c < first + columns - 1; c++) out.borders.push(lines[c].to, lines[c].to + 1);
    }
    // from the line break before the header: the header is no part of the line above it
    out.blocks.push(Math.max(0, lines[h].from - 1), lines[k + rows * columns - 1].to);
    k += rows * columns - 1;
  }
}

/** Whether a line opens with the row's number and a space. */
const rowNumbered = (l: Line | undefined, row: number) =>
  l !== undefined && (l.text.startsWith(`${row} `) || l.text.startsWith(`${row}\u3000`));

/**
 * Where the rows go on after a page's break: past a run of lines, each empty, a page's number or the table's header
 * again, with one that is not empty among them. `at` itself when no such run starts there.
 */
function pageBreakAt(lines: Line[], at: number, header: string): number {
  let j = at;
  let furniture = false;
  for (; j < lines.length; j++) {
    const t = lines[j].text;
    if (t && !isFurniture(t) && t !== header) break;
    furniture ||= Boolean(t);
  }
  return furniture ? j : at;
}

/** Where a line's single spaces stand (offsets in the text). */
const spacesOf = (source: string, l: Line) =>
  [...source.slice(l.from, l.to).matchAll(ONE_SPACE)].map((m) => l.from + m.index!);

/** What ends a line whose last cell is not wrapped onto the next. */
const ENDS_CLAUSE = /[。；;！？!?]$/;
/** A last cell that is a figure alone (112.0%, 100%), which is not cut across lines. */
const FIGURE_CELL_END = /[ \u3000][\d.,]+%?$/;

/**
 * Cells set apart by single spaces: a header line of a few short cells, then lines that open with their row's number
 * and a space and hold as many cells (the last may hold spaces of its own), or fewer, down to a name and a figure: a
 * PDF's text layer leaves out an empty cell, most often the last ones (备注, 完成率). A line after a row that opens with no
 * number, shorter than the row, after a row that ends inside a word, is the row's end, wrapped: its last cell goes on
 * from the row's last cell.
 */
function spacedCells(source: string, lines: Line[], out: TablesAsLines): void {
  for (let k = 1; k < lines.length; k++) {
    if (!/^1[ \u3000]/.test(lines[k].text)) continue;
    const header = lines[k - 1];
    const cells = header.text.split(/[ \u3000]/);
    const columns = cells.length;
    if (columns < COLUMNS_MIN || columns > COLUMNS_MAX || !cells.every(headerCell)) continue;
    const borders = spacesOf(source, header);
    const joins: number[] = [];
    let row = 1;
    let at = k;
    let last = k;
    while (at < lines.length) {
      // a page's number, and the header again at the top of the next page, stand between two rows
      const resume = pageBreakAt(lines, at, header.text);
      if (resume > at && rowNumbered(lines[resume], row)) {
        for (let p = at; p < resume; p++)
          if (lines[p].text === header.text) borders.push(...spacesOf(source, lines[p]));
        at = resume;
      }
      const gaps = spacesOf(source, lines[at]);
      if (!rowNumbered(lines[at], row) || gaps.length < COLUMNS_MIN - 1) break;
      borders.push(...gaps.slice(0, columns - 1));
      last = at;
      let next = at + 1;
      // a row short of cells whose next line holds the rest: the line was cut inside a cell, and the next line's
      // first cell goes on from it (…全市累计达1126个；\n适老化改造完工2135户 116.3%)
      const rest = next < lines.length ? lines[next] : undefined;
      const restGaps = rest ? spacesOf(source, rest) : [];
      if (
        rest?.text &&
        gaps.length < columns - 1 &&
        gaps.length + restGaps.length + 1 === columns &&
        !/^\d+[ \u3000]/.test(rest.text) &&
        !isFurniture(rest.text) &&
        rest.text.length < lines[at].text.length
      ) {
        joins.push(lines[at].to, rest.from);
        borders.push(...restGaps);
        last = next++;
      }
      while (
        next < lines.length &&
        next - at <= WRAPPED_MAX &&
        lines[next].text &&
        !/^\d+[ \u3000]/.test(lines[next].text) &&
        !ENDS_CLAUSE.test(lines[next - 1].text) &&
        !FIGURE_CELL_END.test(lines[next - 1].text) &&
        lines[next].text.length < lines[at].text.length
      ) {
        // a wrapped line's last cell is the row's last, wrapped; its cells before are the ends of cells before it
        // (园区规上工业企业 / 培育), which cannot join their own: they are passed over, unless they hold a figure
        const gapsAfter = spacesOf(source, lines[next]);
        const lastCell = gapsAfter.length ? gapsAfter[gapsAfter.length - 1] + 1 : lines[next].from;
        if (/\d/.test(source.slice(lines[next].from, lastCell))) break;
        joins.push(lines[next - 1].to, lastCell);
        last = next++;
      }
      at = next;
      row++;
    }
    if (row - 1 < 2) continue;
    for (const b of borders) out.borders.push(b, b + 1);
    out.joins.push(...joins);
    out.blocks.push(Math.max(0, header.from - 1), lines[last].to);
    k = last;
  }
}

/** The fewest rows of a table in single spaces whose rows have no number (the shape alone must show it). */
const UNNUMBERED_ROWS_MIN = 3;

/**
 * Cells set apart by single spaces with no column of row numbers (任务 年度目标 截至10月底 进度 / 一般制造业企业疏解提质
 * 80家 76家 序时推进): a header line of a few short cells that names a target's column and a done one, then at least
 * three lines that open with words, hold a figure and as many cells or one fewer (the last left empty), none of them
 * in a table found already.
 */
function unnumberedSpacedCells(source: string, lines: Line[], out: TablesAsLines, headers: Set<number>): void {
  const taken = (at: number) => {
    for (let b = 0; b < out.blocks.length; b += 2) if (at >= out.blocks[b] && at <= out.blocks[b + 1]) return true;
    return false;
  };
  for (let k = 0; k + UNNUMBERED_ROWS_MIN < lines.length; k++) {
    const header = lines[k];
    if (!headers.has(header.from) || taken(header.from)) continue;
    const columns = header.text.split(/[ \u3000]/).length;
    const borders = spacesOf(source, header);
    let at = k + 1;
    for (; at < lines.length; at++) {
      const l = lines[at];
      const gaps = spacesOf(source, l);
      // as many cells as the header, or one fewer (the last left empty)
      if (!/^[^\s\d]/.test(l.text) || !/\d/.test(l.text) || gaps.length < columns - 2 || taken(l.from)) break;
      borders.push(...gaps.slice(0, columns - 1));
    }
    if (at - k - 1 < UNNUMBERED_ROWS_MIN) continue;
    for (const b of borders) out.borders.push(b, b + 1);
    out.blocks.push(Math.max(0, header.from - 1), lines[at - 1].to);
    k = at - 1;
  }
}

/**
 * Where the lines start that can head a table in single spaces with no row numbers: a few short cells, one naming a
 * target's column and another a done one. A scan of each line's length and spaces first: most texts have none, and
 * are not cut into lines for it.
 */
function unnumberedHeaders(source: string): Set<number> {
  const out = new Set<number>();
  const { TABLE_TARGET_COLUMN_RE, TABLE_DONE_COLUMN_RE } = commitmentsLexicon();
  for (let from = 0; from < source.length;) {
    const nl = source.indexOf('\n', from);
    const to = nl < 0 ? source.length : nl;
    if (to - from <= HEADER_LINE_MAX && ONE_SPACE_IN.test(source.slice(from, to))) {
      const cells = source
        .slice(from, to)
        .replace(/\r$/, '')
        .trim()
        .split(/[ \u3000]/);
      const target = cells.findIndex((c) => TABLE_TARGET_COLUMN_RE.test(c));
      if (
        cells.length >= COLUMNS_MIN &&
        cells.length <= COLUMNS_MAX &&
        cells.every(headerCell) &&
        target >= 0 &&
        cells.some((c, i) => i !== target && TABLE_DONE_COLUMN_RE.test(c))
      )
        out.add(from);
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  return out;
}

/** A single space between two words of a line. */
const ONE_SPACE_IN = /\S[ \u3000]\S/;
