// Rule: a progress notice's table of promises and how far each got, as a page's table comes
// out of it (序号 | 项目名称 | 年度目标任务 | 完成情况 | 完成率 |), one row a line or one cell a line.
// The figure under the target's column restates the promise; the one under the column of what
// was done is its outcome, paired with it. Read as two outcomes, the first would say every
// promise was kept to the letter.
import type { Item } from '../types.js';
import { unitOfItem } from '../item.js';
import { cleanObject } from './clauses.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';

/** The fewest columns a table of promises has: a name, a target and what was done. */
const COLUMNS_MIN = 3;
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

/** The cells of a line of a table (the last one with or without its closing bar), or none where it has too few. */
function cellsOf(text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let at = from;
  for (let i = from; i < to; i++)
    if (text[i] === '|') {
      cells.push({ from: at, to: i });
      at = i + 1;
    }
  if (cells.length && text.slice(at, to).trim()) cells.push({ from: at, to });
  return cells.length >= COLUMNS_MIN ? cells : [];
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
function readRow(text: string, items: Item[], cells: Cell[], target: number, done: number): void {
  const base = (it: Item) => unitOfItem(it)?.base;
  const inCell = (c: Cell, kind: Item['kind']) =>
    items.filter((it) =>
      it.kind !== kind || it.dropped
        ? false
        : kind === 'figure'
          ? it.q !== undefined && it.q.numFrom >= c.from && it.q.to <= c.to
          : it.from >= c.from && it.from < c.to,
    );
  const targets = inCell(cells[target], 'figure');
  if (!targets.length) return;
  // the row's name: its cell of words before the target's
  const name = cells
    .slice(0, target)
    .map((c) => text.slice(c.from, c.to).trim())
    .filter((w) => /[\u4e00-\u9fff]/.test(w))
    .pop();
  for (const a of targets) {
    // as written in its cell, not from the joined line break before it
    a.from = Math.max(a.from, firstWord(text, cells[target]));
    // a figure that took no thing from its row's words: the thing is the row's name
    if ((!a.object || a.object === a.verb) && name) a.object = cleanObject(name);
    a.role = 'promise';
    a.restated = true;
    a.rule = 'table-target';
  }
  const dones = inCell(cells[done], 'figure').filter((b) => !b.pairedWith);
  const pairs: Array<[Item, Item]> =
    dones.length === targets.length && targets.length > 1
      ? targets.map((a, i) => [a, dones[i]])
      : targets.length === 1 && dones.length
        ? [[targets[0], dones.find((b) => base(b) === base(targets[0])) ?? dones[0]]]
        : [];
  for (const [a, b] of pairs) {
    if (base(a) === undefined || base(a) !== base(b)) continue;
    b.from = Math.max(b.from, firstWord(text, cells[done]));
    a.verb = a.verb || b.verb;
    b.object = a.object;
    b.objectInherited = true;
    b.verb = b.verb || a.verb;
    b.pairedWith = a;
    b.rule = 'table-done';
  }
  // done in words (已全部完成): the one promise's
  if (targets.length === 1)
    for (const c of inCell(cells[done], 'no_figure')) if (!c.pairedWith) c.pairedWith = targets[0];
}

export function readTableRows(text: string, items: Item[]): void {
  if (!text.includes('|')) return;
  const { TABLE_TARGET_COLUMN_RE, TABLE_DONE_COLUMN_RE } = commitmentsLexicon();
  let target = -1,
    done = -1;
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    const cells = cellsOf(text, from, to);
    if (!cells.length) target = done = -1;
    else {
      const words = cells.map((c) => text.slice(c.from, c.to).trim());
      const t = words.findIndex((w) => TABLE_TARGET_COLUMN_RE.test(w));
      const d = words.findIndex((w, i) => i !== t && TABLE_DONE_COLUMN_RE.test(w));
      // a header names the columns: no cell of it numbers a row or starts with a figure (截至9月底进展 may hold one)
      if (t >= 0 && d >= 0 && !words.some((w) => /^\d/.test(w))) {
        // a header: the columns of the rows below it
        target = t;
        done = d;
      } else if (target >= 0 && cells.length > Math.max(target, done)) {
        readRow(text, items, cells, target, done);
      }
    }
    from = to + 1;
  }
}
